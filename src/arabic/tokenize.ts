// Tokens over the shadow text, with spans over the original.
import type { Span, Token } from '../types.js';
import { shadow, toOriginalSpan, type Shadow } from './normalize.js';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.:][\p{N}]+)*/gu;

export function tokenize(original: string, sh: Shadow = shadow(original)): Token[] {
  const tokens: Token[] = [];
  for (const m of sh.text.matchAll(WORD)) {
    const start = m.index!;
    tokens.push({ span: toOriginalSpan(sh, start, start + m[0].length), norm: m[0] });
  }
  return tokens;
}

/** The first and last tokens inside a span, in text order ({ first: -1, last: -1 } when none). */
export function tokensWithin(tokens: Token[], span: Span): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].span.start >= span.start && tokens[k].span.end <= span.end) {
      if (first < 0) first = k;
      last = k;
    } else if (first >= 0) break;
  }
  return { first, last };
}
