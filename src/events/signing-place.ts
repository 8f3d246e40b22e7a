// Where an agreement was signed when its own clause names no place: the place of its signing
// ceremony ("في حفل التوقيع في الرياض", "احتضنت مدينة X مراسم التوقيع", "حطّ في الرياض لتوقيع
// الاتفاق"), else the town the agreement is named after ("وقّعا على اتفاق الرياض", "اتفاق مكة"),
// since such names are given by where they were signed. Better than either side's capital.
import type { EntityMention, EventMention, Token } from '../types.js';
import { tokenIndexAt, triggerThenLead, type SentenceView } from './context.js';
import { headedOrAfterPreposition, isPlaceEntity, placeLevel, townOf } from './place-marks.js';
import { isWord } from './words.js';

const CEREMONY = /^[وف]?(?:ب|ل)?(?:ال)?(?:حفل|مراسم|مراسيم|احتفال)$/;
const SIGNING = /^(?:ال)?توقيع$/;
const TO_SIGN = /^[وف]?(?:لتوقيع|للتوقيع)$/;
const ACCORD = /^[وف]?(?:ب|ل|ك)?(?:ال)?(?:اتفاق|اتفاقيه|معاهده)$/;
// ("شهدت العاصمة الرياض توقيع الاتفاق": a place that witnessed the signing hosts it.)
const WITNESSED = /^[وف]?شهدت$/;

export function signingPlace(
  e: EventMention,
  tokens: Token[],
  lead: SentenceView[],
  views: SentenceView[],
): EntityMention | null {
  const sentences = triggerThenLead(e, lead, views);
  // (A ceremony of signing told anywhere in the report's first paragraphs is this agreement's.)
  const told = [...sentences, ...views.slice(0, 8).filter((v) => !sentences.includes(v))];
  const norm = (k: number, v: SentenceView) => (k >= v.from && k < v.to ? tokens[k].norm : '');
  // (a town or a finer place the map holds, or a province, which "الرياض" alone names as much as
  // its capital; not a place the map lacks, which would keep this report from others of the
  // signing; nested too, as "اتفاق الرياض" may be read as a name holding the town's)
  const places = (v: SentenceView, nested = false) =>
    v.entities
      .filter(
        (m) => isPlaceEntity(m) && (nested || !m.nested) && !!m.entity.coordinates && placeLevel(m) >= 2,
      )
      .map((m) => ({ m, i: tokenIndexAt(tokens, m.span.start), last: tokenIndexAt(tokens, m.span.end - 1) }));
  for (const v of told)
    for (const { m, i, last } of places(v)) {
      const placed = headedOrAfterPreposition(tokens, v, m);
      // "في حفل التوقيع في الرياض", "وجرت مراسم التوقيع في العاصمة السعودية الرياض".
      for (let k = Math.max(v.from, i - 6); k < i - 1 && placed; k++)
        if (CEREMONY.test(tokens[k].norm) && SIGNING.test(norm(k + 1, v)))
          return { ...townOf(m), via: 'signing' };
      // "حطّ في الرياض لتوقيع اتفاق", "وصل إلى الدوحة لتوقيع الاتفاق".
      const reached = placed || (i > v.from && isWord('destinationMarks', tokens[i - 1].norm));
      if (reached && (TO_SIGN.test(norm(last + 1, v)) || TO_SIGN.test(norm(last + 2, v))))
        return { ...townOf(m), via: 'signing' };
      // "احتضنت مدينة الصخيرات المغربية اليوم مراسم التوقيع".
      let host = false;
      for (let k = Math.max(v.from, i - 3); k < i; k++)
        host ||= isWord('hosting', tokens[k].norm) || WITNESSED.test(tokens[k].norm);
      if (!host) continue;
      for (let k = last + 1; k < Math.min(v.to, last + 7); k++)
        if (CEREMONY.test(tokens[k].norm) || SIGNING.test(tokens[k].norm))
          return { ...townOf(m), via: 'signing' };
    }
  // "اتفاق الرياض", "اتفاق مكة التاريخي": a town the map holds right after the word.
  for (const v of sentences)
    for (const { m, i } of places(v, true)) {
      if (i > v.from && ACCORD.test(tokens[i - 1].norm)) return { ...townOf(m), via: 'named-accord' };
    }
  return null;
}
