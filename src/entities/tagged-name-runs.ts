// A given name that opens a longer name the rules do not hold.
import type { EntityMention, Token } from '../types.js';
import { tokensWithin } from '../arabic/tokenize.js';
import { BOUNDARY } from './lookup.js';

/**
 * "كان علي أكبر ناطق نوري، مستشار … علي خامنئي": the given name at token k runs, with no break, into
 * a person only the tagger read a word or two on ("نوري"): it opens that person's name, and is not
 * the known person of that given name named elsewhere.
 */
export function opensTaggedName(text: string, tokens: Token[], found: EntityMention[], k: number): boolean {
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    if (BOUNDARY.test(text.slice(tokens[j - 1].span.end, tokens[j].span.start))) return false;
    const m = found.find((f) => tokensWithin(tokens, f.span).first === j);
    if (m) return m.via === 'tagger' && m.entity.type === 'PERSON';
  }
  return false;
}
