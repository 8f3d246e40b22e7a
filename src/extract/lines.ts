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
        words: wordCount(norm),
      });
    }
    start = i + 1;
  }
  return lines;
}

/** Words of a normalized text (single spaces, trimmed). */
function wordCount(norm: string): number {
  if (!norm) return 0;
  let n = 1;
  for (let i = norm.indexOf(' '); i >= 0; i = norm.indexOf(' ', i + 1)) n++;
  return n;
}

/** A line that reads as running prose: long enough, and ending as a sentence ends (or very long). */
export function isProse(line: Line): boolean {
  if (line.words >= 15) return true;
  return line.words >= 8 && /[.!?؟…:»”"')]$/.test(line.text);
}
