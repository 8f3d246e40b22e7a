// A person an attack was aimed at by name: the owner of the convoy it struck ("تفجير استهدف موكب وزير
// الداخلية فلان", "مقتل فلان في تفجير استهدف موكبه") or the one who survived it ("نجا المحافظ فلان من
// محاولة اغتيال"). He is its target, and the guards, passers-by and persons counted who fell beside
// him fell in the attack on him: the sectors guessed from them give way to him.
import type { EntityMention, EventMention, Participant, Token } from '../types.js';
import { loadKb } from '../entities/kb.js';
import { nisbaCountry } from '../entities/lookup.js';
import { inEntity, tokenIndexAt, type SentenceView } from './context.js';
import { roleWeight } from './role-weight.js';
import { isWord } from './words.js';

const CONVOY = /^[وف]?(?:ب|ل)?(?:ال)?موكب$/;
const HIS_CONVOY = /^[وف]?(?:ب|ل)?موكب(?:ه|ها)$/;
const SURVIVED = /^[وف]?(?:نجا|نجي|ينجو|نجت|تنجو)$/;
/** "موكب تشييع فلان", "جنازة فلان": a procession carrying the dead is his mourners', no convoy of his. */
const FUNERAL = /^[وف]?(?:ب|ل)?(?:ال)?(?:تشييع|جنازه|جثمان|نعش|عزاء|مجلس عزاء)$/;

/** Titles, offices, places and nisbas that describe the person named after them. */
function describes(tokens: Token[], view: SentenceView, k: number): boolean {
  const t = tokens[k].norm;
  return inEntity(tokens, view, k) || isWord('titles', t) || loadKb().honorifics.has(t) || !!nisbaCountry(t);
}

/** The persons the sentence names as aimed at. */
export function aimedIn(tokens: Token[], view: SentenceView): EntityMention[] {
  const out: EntityMention[] = [];
  const persons = view.entities.filter((e) => e.entity.type === 'PERSON');
  for (const e of persons) {
    const i = tokenIndexAt(tokens, e.span.start);
    const j = tokenIndexAt(tokens, e.span.end - 1);
    // (A name the finder ran into the verb, "فلان نجا", is no name of his.)
    if (tokens.slice(i, j + 1).some((t) => SURVIVED.test(t.norm) || isWord('deathNouns', t.norm))) continue;
    let aimed = false;
    // "موكب محافظ المدينة، فلان": his office may stand between (up to three words it does not name).
    for (let k = i - 1, other = 0; k >= view.from && other <= 3 && !aimed; k--) {
      if (FUNERAL.test(tokens[k].norm)) break;
      aimed = CONVOY.test(tokens[k].norm) || (SURVIVED.test(tokens[k].norm) && other <= 1);
      if (!describes(tokens, view, k)) other++;
    }
    // "فلان … في تفجير استهدف موكبه": his convoy later in the sentence, no other person between.
    // (Not across what he said: "قال فلان إن التفجير استهدف موكبه" is another's convoy as often.)
    for (let k = j + 1; k < Math.min(view.to, j + 9) && !aimed; k++) {
      if (/^[وف]?(?:ان|بان|لان)$/.test(tokens[k].norm)) break;
      if (persons.some((x) => x !== e && inEntity(tokens, { ...view, entities: [x] }, k))) break;
      aimed = HIS_CONVOY.test(tokens[k].norm);
    }
    // "فلان، محافظ المدينة، ينجو من …": the subject of surviving after his name and office.
    for (let k = j + 1, other = 0; k < view.to && other <= 3 && !aimed; k++) {
      aimed = SURVIVED.test(tokens[k].norm);
      if (!describes(tokens, view, k)) other++;
    }
    if (aimed && !out.some((x) => x.entity.id === e.entity.id)) out.push(e);
  }
  return out;
}

const GUESSED = new Set(['civilians', 'military', 'police']);

/** A target people named only by their sector, who fell beside the person the attack was aimed at. */
export const besideAimed = (p: Participant) => p.role === 'target' && GUESSED.has(p.entity.sector ?? '');

/**
 * Each sentence's persons aimed at become targets of its own asserted attack, or, in a sentence that
 * tells no event, of the nearest asserted attack before it (else the first after).
 */
export function aimedPersonsTold(
  events: EventMention[],
  tokens: Token[],
  views: SentenceView[],
): EventMention[] {
  const attacks = events.filter((e) => e.type === 'ASSAULT' && e.status === 'asserted');
  if (!attacks.length) return events;
  for (const v of views) {
    const persons = aimedIn(tokens, v);
    if (!persons.length) continue;
    // (An attempt on his life told in his sentence may read as planned: it is the attack told; each
    // attack its sentence tells is the one on him.)
    const here = events.filter((e) => e.sentence.start === v.span.start);
    const told = here.length
      ? here.filter((e) => e.type === 'ASSAULT' && (e.status === 'asserted' || e.status === 'planned'))
      : [[...attacks].reverse().find((e) => e.sentence.start < v.span.start) ?? attacks[0]];
    for (const attack of told) aimAt(attack, persons);
  }
  return events;
}

/** The persons become the attack's targets; the sectors guessed beside them give way. */
function aimAt(attack: EventMention, persons: EntityMention[]): void {
  const added = persons
    .filter((e) => !attack.participants.some((p) => p.entity.id === e.entity.id && p.role === 'target'))
    .map((e) => {
      const p: Participant = { entity: e.entity, via: 'aimed', span: e.span, role: 'target' };
      roleWeight.set(p, 2);
      return p;
    });
  const named = new Set(persons.map((e) => e.entity.id));
  attack.participants = [
    ...attack.participants.filter((p) => !besideAimed(p) && !(named.has(p.entity.id) && p.role === 'source')),
    ...added,
  ].map((p) => (named.has(p.entity.id) ? Object.assign(p, { via: 'aimed' }) : p));
}
