// A place named with a compass or size adjective after it is one name: "القدس الشرقية" (East
// Jerusalem, a part of the city), "اليمن الجنوبي", "أميركا الجنوبية", "تونس الكبرى" (another
// place than the country or city alone). "ريف حلب الشرقي", "جبهة إيران الشمالية": an adjective that
// does not agree with the place, or follows a noun in construct with it, is that noun's.
import type { EntityMention, Token } from '../types.js';
import { tokensWithin } from '../arabic/tokenize.js';
import { loadKb, record, unknownPlace, type KbEntity } from './kb.js';
import { BOUNDARY, withoutProclitics } from './lookup.js';

const FEMININE = new Set(['الشرقيه', 'الغربيه', 'الشماليه', 'الجنوبيه', 'الكبري', 'الوسطي']);
const MASCULINE = new Set(['الشرقي', 'الغربي', 'الشمالي', 'الجنوبي']);
/** Greater X is a region of its own, not the city. */
const GREATER = new Set(['الكبري']);

// Nouns that govern a place in construct and take a feminine adjective of their own ("حدود تركيا الجنوبية").
const REGION_NOUNS = new Set([
  'ريف',
  'اطراف',
  'ضواحي',
  'حدود',
  'سواحل',
  'مياه',
  'اجواء',
  'اراضي',
  'جبهه',
  'مناطق',
  'مدن',
  'قري',
  'احياء',
  'محيط',
  // "جائزة البحرين الكبرى": a Grand Prix, the adjective the prize's.
  'جايزه',
]);

/** Would the word before the place govern it in construct ("ريف", "جبهة", "محكمة")? */
function constructNoun(tokens: Token[], k: number): boolean {
  if (k < 0) return false;
  const kb = loadKb();
  const bare = withoutProclitics(tokens[k].norm);
  return REGION_NOUNS.has(bare) || kb.orgHeads.has(bare) || kb.namedPlaceHeads.get(bare) === 'facility';
}

export function joinCompassPlaces(text: string, tokens: Token[], found: EntityMention[]): void {
  const kb = loadKb();
  for (const [n, m] of found.entries()) {
    if ((m.entity.type !== 'GPE' && m.entity.type !== 'LOC') || m.nested || m.descriptive) continue;
    const place: KbEntity | undefined = kb.byId.get(m.entity.id);
    if (!place?.subtype) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    const next = tokens[last + 1];
    if (first < 0 || !next || BOUNDARY.test(text.slice(tokens[last].span.end, next.span.start))) continue;
    const country = place.subtype === 'country';
    // Countries may be masculine ("اليمن الجنوبي"); towns and regions take the feminine.
    if (!FEMININE.has(next.norm) && !(country && MASCULINE.has(next.norm))) continue;
    // ("بتونس الكبرى": a place with a preposition on it is in construct with no noun before it.)
    if (withoutProclitics(tokens[first].norm) === tokens[first].norm && constructNoun(tokens, first - 1))
      continue;
    if (found.some((o) => o !== m && o.span.start < next.span.end && o.span.end > next.span.start)) continue;
    const span = { start: m.span.start, end: next.span.end };
    const written = text.slice(span.start, span.end);
    // A part of a town keeps the town ("القدس الشرقية"); a country's or a greater region is a place of its own.
    const entity =
      country || GREATER.has(next.norm) || place.type === 'LOC'
        ? record(unknownPlace(written, place))
        : m.entity;
    found[n] = { ...m, span, text: written, entity, via: m.via };
  }
}
