// Tokens over the shadow text, with spans over the original.
import type { Token } from '../types.js';
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
