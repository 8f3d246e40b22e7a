// What ties two attack reports to one happening beyond their words: the person both say was
// struck, the named sides both give (the same hand against the same target), the same site or
// town, the same toll. Reports that give no date at all (no day, no publication) leave nothing
// else to compare, and two reports of one bombing often share few rare words (one tells the
// blast, another the funerals); two attacks with the same ties are unlikely to be told apart by
// words anyway.
import type { EventMention, Participant } from '../types.js';
import { placeLevel } from '../events/location.js';

/** A side named by name, not a sector or a side implied. */
const told = (p: Participant) => !p.entity.sector && p.via !== 'implied';

const ids = (e: EventMention, keep: (p: Participant) => boolean) =>
  new Set(e.participants.filter((p) => told(p) && keep(p)).map((p) => p.entity.id));

const shares = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** Towns and sites where it happened or that the report names. */
function towns(e: EventMention): Set<string> {
  const all = [...(e.location ? [e.location] : []), ...e.placesDiscussed];
  return new Set(all.filter((p) => placeLevel(p) >= 3).map((p) => p.entity.id));
}

/**
 * Killed (or wounded) counted alike by both: the same number, or one apart — and enough of them
 * to mark one happening (one or two dead fall in many attacks of a town).
 */
function sameCount(a: EventMention, b: EventMention, kind: 'killed' | 'wounded'): boolean {
  const n = (e: EventMention) => {
    const v = e.casualties?.[kind]?.value;
    return v && /^\d+$/.test(v) ? Number(v) : null;
  };
  const x = n(a);
  const y = n(b);
  return x !== null && y !== null && Math.min(x, y) >= 5 && Math.abs(x - y) <= 1;
}

/**
 * How many independent ties two attack mentions share, and whether one of them marks a single
 * happening: a named person struck (two ties: attacks on one person are rare) or the same toll.
 * A named body struck, a named attacker, a town or site both name count one each but mark
 * nothing alone — a state's air force strikes one group in one town month after month (Derna in
 * 2015 and in 2017), and one group bombs one city again.
 */
export function attackTies(a: EventMention, b: EventMention): { ties: number; marked: boolean } {
  const target = (p: Participant) => p.role === 'target';
  const person = (p: Participant) => target(p) && p.entity.type === 'PERSON';
  const body = (p: Participant) => target(p) && p.entity.type !== 'PERSON' && p.entity.type !== 'GPE';
  const source = (p: Participant) => p.role === 'source';
  let ties = 0;
  const struck = shares(ids(a, person), ids(b, person));
  const toll = sameCount(a, b, 'killed') || sameCount(a, b, 'wounded');
  if (struck) ties += 2;
  if (toll) ties++;
  if (shares(ids(a, body), ids(b, body))) ties++;
  if (shares(ids(a, source), ids(b, source))) ties++;
  if (shares(towns(a), towns(b))) ties++;
  return { ties, marked: struck || toll };
}

/** An abduction and a bombing or a raid are two acts, however a town and a day tie them. */
export const abductionApart = (a: EventMention, b: EventMention) =>
  !!a.mode && !!b.mode && (a.mode === 'abduction') !== (b.mode === 'abduction');
