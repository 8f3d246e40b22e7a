// Sanctions name whom they fall on in the lines after the act: "وشملت العقوبات وزير الداخلية فلان",
// "من بين الأفراد الذين شملتهم العقوبات", "استهدفت العقوبات فلاناً وفلاناً". The people a sentence
// about the sanctions names are their targets, even names only the tagger found (most sanctioned
// officials are in no knowledge base) — but not who announces them, nor the sanctioning state's own.
import type { Claim, EntityMention, EventMention } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { tokenIndexAt, type SentenceView } from './context.js';
import { causeBetween } from './words.js';
import { ambiguousNames, givenNames } from '../arabic/names.js';
import type { Token } from '../types.js';

// "العقوبات", "بالعقوبات", "عقوبات"; "شملت", "شملتهم", "المشمولين"; "المستهدفين"; "المدرجين".
const DEATH = /^[وف]?ل?(?:وفاه|مقتل|اغتيال|اعتقال)$/;
const EARLIER = /^[وف]?(?:بعد|عقب|اثر|تلي|يلي|قبل|سبق|سبقت)$/;
const ABOUT_SANCTIONS = /^[وف]?(?:ب|ل|لل)?(?:ال)?(?:عقوب|شمل|مشمول|مستهدف|مدرج)/;

/**
 * An unlinked name is taken unless it opens with an everyday word ("أسماء بارزة") or a conjunction
 * glued to a given name ("وجعفر محمد"), as a tagger or a given-name rule may read a list.
 */
function listedName(m: EntityMention): boolean {
  if (!m.entity.id.includes('unknown-person') || m.via === 'described-name') return true;
  const first = normalize(m.text.split(/\s+/)[0] ?? '');
  if (ambiguousNames().has(first)) return false;
  return !(/^و/.test(first) && givenNames().has(first.slice(1)) && !givenNames().has(first));
}

export function sanctionedNamed(
  events: EventMention[],
  text: string,
  tokens: Token[],
  views: SentenceView[],
  entities: EntityMention[],
  claims: Claim[],
): EventMention[] {
  for (const e of events) {
    if (e.type !== 'SANCTION' || e.status !== 'asserted') continue;
    if (!/عقوب/.test(normalize(e.triggers[0]?.text ?? ''))) continue;
    const own = new Set(
      e.participants.filter((p) => p.role === 'source' && p.entity.country).map((p) => p.entity.country),
    );
    const span = e.participants.find((p) => p.role === 'source')?.span ?? e.triggers[0].span;
    for (const v of views) {
      if (v.span.start < e.sentence.start) continue;
      if (!tokens.slice(v.from, v.to).some((t) => ABOUT_SANCTIONS.test(t.norm))) continue;
      // Who says it ("وقال وزير الخزانة فلان إن …") stands before the verb of saying.
      const said = claims
        .filter((c) => c.span.start === v.span.start && c.verb)
        .map((c) => text.indexOf(c.verb!, c.span.start))
        .filter((at) => at >= 0);
      const saidAt = said.length ? Math.min(...said) : -1;
      for (const m of entities) {
        if (m.entity.type !== 'PERSON' || m.span.start < v.span.start || m.span.end > v.span.end) continue;
        if (!listedName(m)) continue;
        if (saidAt >= 0 && m.span.start < saidAt) continue;
        if (m.entity.country && own.has(m.entity.country)) continue;
        // (A name the claims give as a speaker anywhere is no target.)
        if (claims.some((c) => c.source?.id === m.entity.id)) continue;
        if (e.participants.some((p) => p.entity.id === m.entity.id)) continue;
        // A name right after a verb of saying or a source word belongs to the statement, not the list.
        const i = tokenIndexAt(tokens, m.span.start);
        if (i > v.from && /^[وف]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|حسب|بحسب|وفق)$/.test(tokens[i - 1].norm))
          continue;
        // "بعد وفاة الشابة فلانة", "على خلفية اعتقال فلان", "بعد إدراج فلان على القائمة": the person
        // of the cause or of an earlier act, not of the list (unless a word of the sanctions comes between).
        const from = Math.max(v.from, i - 4);
        if (causeBetween(tokens, from, i) || tokens.slice(from, i).some((t) => DEATH.test(t.norm))) continue;
        let k = i - 1;
        while (k >= v.from && !EARLIER.test(tokens[k].norm) && !ABOUT_SANCTIONS.test(tokens[k].norm)) k--;
        if (k >= v.from && EARLIER.test(tokens[k].norm)) continue;
        e.participants.push({ entity: m.entity, via: 'sanctioned', span, role: 'target' });
      }
    }
  }
  return events;
}
