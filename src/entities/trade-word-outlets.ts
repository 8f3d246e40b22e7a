// Outlets named by a word and a foreign word of the trade: "صنعاء نيوز", "الحدث بريس", "المصدر
// أونلاين", "عدن تايم". The second word names no place, person or body in Arabic news but an
// outlet, so the pair is one, anywhere in the text — a place the KB read in the first word
// ("صنعاء", "عدن") is the outlet's word, not a place.
import { givenNames } from '../arabic/names.js';
import type { EntityMention, Token } from '../types.js';

const TRADE_WORD = /^(?:نيوز|برس|بريس|اونلاين|تايم|تايمز|بوست)$/;

/**
 * The first token of each pair whose second word is uncovered and whose first word is either
 * uncovered or covered only by a mention of that word alone that is no body (a place, a guessed
 * person); those mentions are dropped from found.
 */
export function tradeWordOutlets(text: string, tokens: Token[], found: EntityMention[]): number[] {
  const starts: number[] = [];
  const over = (k: number) =>
    found.filter((m) => tokens[k].span.start < m.span.end && m.span.start < tokens[k].span.end);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i];
    const second = tokens[i + 1];
    if (!TRADE_WORD.test(second.norm) || over(i + 1).length) continue;
    // (One phrase: a space between, no line break; no digits or Latin letters; no given name, "محمد برس".)
    if (!/^[^\S\n]+$/.test(text.slice(first.span.end, second.span.start))) continue;
    if (/[\dA-Za-z]/.test(text.slice(first.span.start, first.span.end))) continue;
    if (givenNames().has(first.norm) || first.norm.length < 3) continue;
    const owners = over(i);
    if (
      owners.some(
        (m) => m.entity.type === 'ORG' || m.span.start < first.span.start || m.span.end > first.span.end,
      )
    )
      continue;
    for (const m of owners) found.splice(found.indexOf(m), 1);
    starts.push(i);
  }
  return starts;
}
