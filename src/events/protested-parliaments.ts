// A parliament protesters storm, march on or want dissolved is what their protest is against:
// "اقتحم المحتجون مبنى البرلمان", "تظاهروا أمام مجلس النواب", "احتجاجات ضد الحكومة والبرلمان",
// "مطالبين بحل مجلس الأمة". Written bare ("البرلمان", "مجلس النواب"), the body is the protesters'
// own state's parliament (or that of the nisba after it: "البرلمان العراقي"), a target even where the
// names of the report do not resolve it; named by a protester's slot it is no protester.
import type { EntityRecord, EventMention, Participant, Token } from '../types.js';
import { loadKb, record } from '../entities/kb.js';
import { institutionEntity } from '../entities/descriptions.js';
import { nisbaCountry } from '../entities/lookup.js';
import { normalize } from '../arabic/normalize.js';
import type { SentenceView } from './context.js';

/** "البرلمان" with its proclitics, or "مجلس" before the word that makes it a house of deputies. */
const ONE_WORD = /^[وف]?(?:البرلمان|بالبرلمان|للبرلمان)$/;
const COUNCIL = /^[وف]?(?:ب|ل)?مجلس$/;
const HOUSE = /^(?:النواب|الامه|الشعب|نواب)$/;
/** A noun for the body's building, which may stand between the slot and its name ("مبنى البرلمان"). */
const SEAT = /^(?:مبني|مقر|مقار|ساحه|قبه|قاعه|بوابه|بوابات|محيط)$/;
/** The words right before a body protesters act on: against it, demanding its dissolution ("حل"). */
const SLOT = /^[وف]?(?:ضد|حل|بحل|داخل)$/;
/** Storming or entering, whose subject may stand between it and the body ("اقتحم المحتجون اليوم المبنى"). */
const STORM =
  /^[وف]?(?:اقتحم|اقتحموا|اقتحمو|اقتحمت|يقتحم|يقتحمون|تقتحم|اقتحام|اقتحامهم|دخل|دخلوا|دخلو|دخلت|يدخل|يدخلون|تدخل|دخول|اجتاح|اجتاحوا|يجتاحون)$/;
/**
 * Marching to, before or around its building ("أمام مبنى البرلمان") — the building named, since
 * "أحالته الحكومة إلى البرلمان" and "اشتباكات قرب البرلمان" are no protest at it.
 */
const AT_SEAT = /^[وف]?(?:الي|امام|حول)$/;

/** The token index where a parliament's name starts at `i`, and where it ends (exclusive). */
function parliamentAt(tokens: Token[], i: number, to: number): number | null {
  if (ONE_WORD.test(tokens[i].norm)) return i + 1;
  if (COUNCIL.test(tokens[i].norm) && i + 1 < to && HOUSE.test(tokens[i + 1].norm)) {
    // ("مجلس نواب الشعب": Tunisia's house is three words.)
    return tokens[i + 1].norm === 'نواب' && tokens[i + 2]?.norm === 'الشعب' ? i + 3 : i + 2;
  }
  return null;
}

/** Does the body named at `i` stand in a slot protesters act on? */
function protestedAt(tokens: Token[], i: number, end: number, from: number): boolean {
  let k = i - 1;
  const seat = k >= from && SEAT.test(tokens[k].norm);
  if (seat) k--;
  if (k >= from && (SLOT.test(tokens[k].norm) || (seat && AT_SEAT.test(tokens[k].norm)))) return true;
  for (let j = k; j >= Math.max(from, k - 4); j--) if (STORM.test(tokens[j].norm)) return true;
  // "ضد الحكومة والبرلمان": the second of two bodies joined after the slot.
  // ("ضد الحكومة الحالية والبرلمان": the first body may take an adjective.)
  if (/^و/.test(tokens[i].norm))
    for (let j = i - 2; j >= Math.max(from, i - 4); j--) if (SLOT.test(tokens[j].norm)) return true;
  // "داعين الحكومة إلى التنحي والبرلمان إلى الحل".
  return tokens[end]?.norm === 'الي' && /^(?:الحل|حل)$/.test(tokens[end + 1]?.norm ?? '');
}

export function protestedParliaments(
  events: EventMention[],
  tokens: Token[],
  views: SentenceView[],
  docCountry?: string,
): EventMention[] {
  const kind = loadKb().institutions.get('البرلمان');
  if (!kind) return events;
  const firstProtest = events.find((e) => e.type === 'PROTEST' && e.status === 'asserted');
  return events.map((e) => {
    if (e.type !== 'PROTEST' || e.status !== 'asserted') return e;
    if (e.participants.some((p) => p.role === 'target' && p.entity.institution === 'parliament')) return e;
    // The sentences that tell it, and the headline and lead (an outlet's line may stand between) of the
    // report whose first protest it is.
    const told = views.filter(
      (v, n) =>
        (e === firstProtest && n < 3) ||
        e.triggers.some((t) => t.span.start >= v.span.start && t.span.end <= v.span.end),
    );
    const protesterState =
      e.participants.find((p) => p.role === 'source' && p.entity.country)?.entity.country ??
      docCountry ??
      e.participants.find((p) => p.entity.country)?.entity.country;
    for (const v of told) {
      for (let i = v.from; i < v.to; i++) {
        const end = parliamentAt(tokens, i, v.to);
        if (end === null || !protestedAt(tokens, i, end, v.from)) continue;
        const country = (end < v.to && nisbaCountry(tokens[end].norm)) || protesterState;
        if (!country) continue;
        const span = { start: tokens[i].span.start, end: tokens[end - 1].span.end };
        // (A name for it the report resolved, stood in a protester's slot, gives way: "بحل مجلس الأمة".)
        // (One named as a target already stays as the report names it.)
        const named = (p: Participant) =>
          p.role === 'source' &&
          p.entity.type !== 'PERSON' &&
          ((p.span.start < span.end && p.span.end > span.start) || sameBody(p.entity, tokens, i, end));
        const kept = e.participants.filter((p) => !named(p));
        const already = kept.some((p) => p.role === 'target' && sameBody(p.entity, tokens, i, end));
        if (already) return e;
        const body = record(institutionEntity(kind, country));
        return {
          ...e,
          participants: [...kept, { entity: body, via: 'protested-body', span, role: 'target' }],
        };
      }
    }
    return e;
  });
}

/** A target already named by the same words ("مجلس النواب العراقي" the report left unresolved). */
function sameBody(entity: EntityRecord, tokens: Token[], i: number, end: number): boolean {
  // (Its first word without the proclitics: "والبرلمان", "بمجلس", "للبرلمان".)
  const first = tokens[i].norm
    .replace(/^[وف]?(?:ب|ل)?(?=مجلس|البرلمان)/, '')
    .replace(/^[وف]?ل(?=لبرلمان)/, 'ا');
  const words = [first, ...tokens.slice(i + 1, end).map((t) => t.norm)].join(' ');
  return !!entity.ar && normalize(entity.ar).includes(words);
}
