// A town the KB does not hold, placed twice in a phrase of place ("اشتباكات في خلدة" … "اندلعت
// الاشتباكات في منطقة خلدة"): a word newswire never writes outside names, that the report twice
// places things in, is a place's name. Once after "في" is no cue (a foreign name, a rare word), nor
// is a word the report also writes with the article ("في جريمة" beside "الجريمة"), in the plural's
// shape ("في تظاهرات") or with an adjective after it ("في تغريدة سابقة"): a common noun. So is a
// word of the events' triggers ("في كمين": an ambush is what happened, not where) and a nisba made
// from an everyday word ("في مليونية", from "مليون": a march, not a town).
import type { EntityMention, Token } from '../types.js';
import { coveredTokens } from '../arabic/tokenize.js';
import { givenNames } from '../arabic/names.js';
import { loadKb, record, unknownPlace } from './kb.js';
import { BOUNDARY, gz, nisbaCountry, withoutProclitics } from './lookup.js';
import { isEverydayWord, unseenOutsideNames } from './everyday.js';
import { wordCounts } from './word-frequency.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';

/** Written with a pronoun on it, a verb's plural or dual, or a feminine plural: no place. */
const SENTENCE_SHAPE = /(?:ه|ها|هم|هما|كم|نا|ات)$|^[يت]\S{2,}(?:ون|ان)$/;
/** The prepositions of place a name is read after: "في", "وفي", "إلى". */
const INTO = /^[وف]?(?:في|الي)$/;

let triggerWords: Set<string> | null = null;
/** The words of the events' trigger phrases (data/events/triggers.json), normalized: "كمين", "غارة". */
function eventWord(t: string): boolean {
  if (!triggerWords) {
    triggerWords = new Set();
    const data = loadData<{ types: Record<string, { modes: Record<string, string[]> }> }>(
      'events/triggers.json',
    );
    for (const type of Object.values(data.types))
      for (const phrases of Object.values(type.modes))
        for (const p of phrases) for (const w of normalize(p).split(/\s+/)) triggerWords.add(w);
  }
  // (with or without the accusative's alif: "كمينا")
  return triggerWords.has(t) || triggerWords.has(`${t}ا`);
}

/** A nisba made from an everyday word ("مليونيه" from "مليون", "شهريه" from "شهر"). */
const everydayNisba = (t: string) => /يه$/.test(t) && t.length > 5 && isEverydayWord(t.slice(0, -2));

export function addRepeatedPlaces(text: string, tokens: Token[], found: EntityMention[]): void {
  const kb = loadKb();
  const covered = coveredTokens(tokens, found);
  const written = (k: number) => text.slice(tokens[k].span.start, tokens[k].span.end);
  const gap = (a: number, b: number) => text.slice(tokens[a].span.end, tokens[b].span.start);
  const nameLike = (k: number) => {
    const t = tokens[k].norm;
    if (covered[k] || t.length < 3 || t.startsWith('ال') || /\d/.test(t) || SENTENCE_SHAPE.test(written(k)))
      return false;
    if (kb.notNames.has(t) || kb.everydayTokens.has(t) || kb.namedPlaceHeads.has(t) || kb.placeHeads.has(t))
      return false;
    if (eventWord(t) || everydayNisba(t)) return false;
    return unseenOutsideNames(t) && !givenNames().has(t) && !nisbaCountry(t) && !gz(tokens, k);
  };
  // In a phrase of place: right after "في" or "إلى", or after a settlement's head after one ("في منطقة X").
  const placedAt = (k: number) => {
    if (k < 1 || !/^\s+$/.test(gap(k - 1, k))) return false;
    if (INTO.test(tokens[k - 1].norm)) return true;
    const head = tokens[k - 1].norm;
    return (
      kb.namedPlaceHeads.get(withoutProclitics(head)) === 'settlement' &&
      (/^[وف]?ب/.test(head) || (k >= 2 && INTO.test(tokens[k - 2].norm) && /^\s+$/.test(gap(k - 2, k - 1))))
    );
  };
  // An indefinite adjective after the word ("جريمة جديدة", "معملين تابعين"): the word is a common noun.
  const describedAt = (k: number) => {
    const n = tokens[k + 1];
    if (!n || BOUNDARY.test(gap(k, k + 1)) || n.norm.startsWith('ال') || n.norm.startsWith('و')) return false;
    // (or a dual's or plural's that agrees with it: "في معملين تابعين")
    if (/(?:ين|ان)$/.test(tokens[k].norm) && /(?:ين|ان)$/.test(n.norm)) return true;
    return /[هة]$/.test(n.norm) && (wordCounts(n.norm)[0] > 0 || isEverydayWord(n.norm));
  };
  // A word in construct with a place already read ("في بادية السماوة", "في ضواحي X"): a head, no name.
  const headOfPlace = (k: number) =>
    !!tokens[k + 1] &&
    /^\s+$/.test(gap(k, k + 1)) &&
    found.some(
      (m) =>
        (m.entity.type === 'GPE' || m.entity.type === 'LOC') &&
        m.span.start <= tokens[k + 1].span.start &&
        tokens[k + 1].span.start < m.span.end,
    );
  const candidates = new Set<string>();
  for (let k = 1; k < tokens.length; k++) if (placedAt(k) && nameLike(k)) candidates.add(tokens[k].norm);
  if (!candidates.size) return;
  const at = new Map<string, number[]>();
  const common = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k].norm;
    // ("الجريمة", "وجريمة", "للجريمة": the word written with the article is a common noun.)
    const bare = withoutProclitics(t);
    if (bare.startsWith('ال') && candidates.has(bare.slice(2))) common.add(bare.slice(2));
    if (/^[وف]?لل/.test(t) && candidates.has(t.replace(/^[وف]?لل/, '')))
      common.add(t.replace(/^[وف]?لل/, ''));
    if (!candidates.has(t)) continue;
    if (describedAt(k) || headOfPlace(k)) common.add(t);
    if (!covered[k]) at.set(t, [...(at.get(t) ?? []), k]);
  }
  for (const [t, ks] of at) {
    if (common.has(t) || ks.filter(placedAt).length < 2) continue;
    for (const k of ks) {
      const span = { start: tokens[k].span.start, end: tokens[k].span.end };
      const name = text.slice(span.start, span.end);
      found.push({ span, text: name, entity: record(unknownPlace(name)), via: 'place-name' });
    }
  }
}
