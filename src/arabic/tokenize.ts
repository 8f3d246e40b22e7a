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

/**
 * Which tokens overlap one of the spans (1) and which do not (0): the tokens a set of mentions
 * already holds. One sweep over the spans in text order.
 */
export function coveredTokens(tokens: Token[], spans: readonly { span: Span }[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  const sorted = [...spans].sort((a, b) => a.span.start - b.span.start);
  for (let i = 0, m = 0; i < tokens.length; i++) {
    while (m < sorted.length && sorted[m].span.end <= tokens[i].span.start) m++;
    for (let k = m; k < sorted.length && sorted[k].span.start < tokens[i].span.end; k++)
      if (sorted[k].span.end > tokens[i].span.start) covered[i] = 1;
  }
  return covered;
}
