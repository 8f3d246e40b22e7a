// A person's name the rules or the tagger read past its end or from before its start: "البشير
// وقوى الحرية", "سعد وسعدي" (a word joined by "و" is the next phrase or the next person), "هادي
// بإقالة", "بإقالة عبدالعزيز" (a preposition on a hamza-initial word opens a phrase: "بإقالة",
// "لأسباب"; no name begins so), or the sentence going on after its last word ("… فشدد", "… ليقود",
// "… بوصفه", "… اعتزازه", "… اختراق": see sentenceAfterName).
import type { EntityMention, Token } from '../types.js';
import { tokensWithin } from '../arabic/tokenize.js';
import { givenNames } from '../arabic/names.js';
import { normalize } from '../arabic/normalize.js';
import { isMadeEntity, record, unknownPerson } from './kb.js';
import { isEverydayWord } from './everyday.js';
import { NASAB } from './lookup.js';
import { wordCounts } from './word-frequency.js';

/** Seen in newswire outside names and never inside one. */
const wordOnly = (w: string) => wordCounts(w)[0] > 0 && wordCounts(w)[1] === 0;

/**
 * A word that no name ends with, by its shape and a stem newswire writes as a word, whichever rule or
 * the tagger read the name: a conjunction "ف" on a frequent word ("فشدد"; not "بن فليس"), "ل" on an
 * imperfect ("ليقود"; not "ليفيت"), "ب" on a noun with its pronoun written with ه ("بوصفه", where
 * "بو" opens family names, written with ة: "بوتفليقة"), and from a name's third word a derived
 * verbal noun "افتعال", "انفعال", "استفعال", bare or with its pronoun ("رمضان صبحي اختراق",
 * "… اعتزازه"; "هشام اختيار" is a name), which given names such as "ابتسام" and "انتصار" are kept from.
 */
function sentenceAfterName(text: string, tokens: Token[], k: number, first: number): boolean {
  const t = tokens[k];
  const w = text.slice(t.span.start, t.span.end);
  const n = t.norm;
  if (givenNames().has(n) || wordCounts(n)[1] > 0 || NASAB.test(tokens[k - 1].norm)) return false;
  const rest = n.slice(1);
  if (/^ف\S{3,}$/.test(n) && !givenNames().has(rest) && wordCounts(n)[0] === 0)
    return wordOnly(rest) && wordCounts(rest)[0] >= 10;
  if (/^ل[يت]\S{3,}$/.test(n) && !givenNames().has(rest)) return wordOnly(rest) && wordCounts(rest)[0] >= 2;
  if (/^ب\S{3,}ه$/.test(w)) {
    const stem = normalize(w.slice(1, -1));
    return wordOnly(stem) || isEverydayWord(stem);
  }
  return k >= first + 2 && /^ا(?!ل)/.test(w) && /^(?:ا\Sت|ان\S|است\S)\Sا\S(?:ه|ها|هم|هما)?$/.test(n);
}

/** A word with "و" that starts another phrase: a given name, a word with the article, or an everyday word after it. */
function joined(t: Token): boolean {
  const rest = t.norm.slice(1);
  return (
    t.norm.startsWith('و') &&
    rest.length >= 3 &&
    !givenNames().has(t.norm) &&
    (givenNames().has(rest) || rest.startsWith('ال') || isEverydayWord(rest))
  );
}

/** A preposition on a word with a hamza on its alef ("بإقالة", "لأجل"), as written. */
const prepositionPhrase = (text: string, t: Token) => /^[بل][إأ]/.test(text.slice(t.span.start, t.span.end));

export function endNamesAtJoins(text: string, tokens: Token[], found: EntityMention[]): void {
  for (const [n, m] of found.entries()) {
    if (m.entity.type !== 'PERSON' || !isMadeEntity(m.entity.id) || m.nested || m.via === 'role') continue;
    let { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last <= first) continue;
    const from = first;
    const to = last;
    while (first < last && prepositionPhrase(text, tokens[first])) first++;
    for (let k = first + 1; k <= last; k++)
      if (joined(tokens[k]) || prepositionPhrase(text, tokens[k])) {
        last = k - 1;
        break;
      }
    if (first === from && last === to) continue;
    const span = {
      start: first === from ? m.span.start : tokens[first].span.start,
      end: last === to ? m.span.end : tokens[last].span.end,
    };
    const written = text.slice(span.start, span.end);
    found[n] = { ...m, span, text: written, entity: record(unknownPerson(written, undefined, undefined)) };
  }
}

/**
 * A made person's name read on into the sentence ("… فشدد", "… ليقود", "… بوصفه", "… اعتزازه"),
 * once the given names and nasabs before and inside it are read (sentenceAfterName).
 */
export function endNamesAtSentence(text: string, tokens: Token[], found: EntityMention[]): void {
  for (const [n, m] of found.entries()) {
    if (m.entity.type !== 'PERSON' || !isMadeEntity(m.entity.id) || m.nested || m.via === 'role') continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last <= first) continue;
    let end = last;
    while (end > first && sentenceAfterName(text, tokens, end, first)) end--;
    if (end === last) continue;
    const span = { start: m.span.start, end: tokens[end].span.end };
    const written = text.slice(span.start, span.end);
    found[n] = { ...m, span, text: written, entity: record(unknownPerson(written, undefined, undefined)) };
  }
}
