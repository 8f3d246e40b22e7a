// A person's name the rules or the tagger read past its end or from before its start: "البشير
// وقوى الحرية", "سعد وسعدي" (a word joined by "و" is the next phrase or the next person), "هادي
// بإقالة", "بإقالة عبدالعزيز" (a preposition on a hamza-initial word opens a phrase: "بإقالة",
// "لأسباب"; no name begins so).
import type { EntityMention, Token } from '../types.js';
import { tokensWithin } from '../arabic/tokenize.js';
import { givenNames } from '../arabic/names.js';
import { isMadeEntity, record, unknownPerson } from './kb.js';
import { isEverydayWord } from './everyday.js';

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
