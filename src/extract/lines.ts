// Lines of a text with their spans, trimmed of spaces and invisible marks at both ends.
import type { Span } from '../types.js';
import { normalize } from '../arabic/normalize.js';

export interface Line {
  index: number;
  span: Span;
  text: string;
  /** Normalized text for matching. */
  norm: string;
  words: number;
}

const EDGE = /[\s\u00A0\u200B-\u200F\u061C\uFEFF]/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    i = text.indexOf('\n', i);
    if (i < 0) i = text.length;
    let s = start;
    let e = i;
    while (s < e && EDGE.test(text[s])) s++;
    while (e > s && EDGE.test(text[e - 1])) e--;
    if (e > s) {
      const t = text.slice(s, e);
      const norm = normalize(t);
      lines.push({
        index: lines.length,
        span: { start: s, end: e },
        text: t,
        norm,
        words: norm.split(' ').filter(Boolean).length,
      });
    }
    start = i + 1;
  }
  return lines;
}

/** A line that reads as running prose: long enough, and ending as a sentence ends (or very long). */
export function isProse(line: Line): boolean {
  if (line.words >= 15) return true;
  return line.words >= 8 && /[.!?؟…:»”"')]$/.test(line.text);
}
