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
    if (e > s) lines.push(lineAt(text, { start: s, end: e }, lines.length));
    start = i + 1;
  }
  return lines;
}

function lineAt(text: string, span: Span, index: number): Line {
  const t = text.slice(span.start, span.end);
  const norm = normalize(t);
  return { index, span, text: t, norm, words: wordCount(norm) };
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
  return isProseText(line.text, line.words);
}

/** isProse of a text of so many words that is not a line (a block's text). */
export function isProseText(text: string, words: number): boolean {
  if (words >= 15) return true;
  return words >= 8 && ENDS_PROSE.test(text);
}
const ENDS_PROSE = /[.!?؟…:»”"')]$/;

// A line that ends as a sentence or a quoted sentence ends.
const ENDS_SENTENCE = /[.!?؟…:»”"')\]]$/;

/**
 * Lines of hard-wrapped copy joined into their paragraphs. Wire copy and texts pasted from a
 * narrow column break every line near one width, mid-sentence ("أعلن المتحدث باسم وزارة" /
 * "الداخلية التونسية اليوم …"): read line by line, the lead becomes a run of short headings and a
 * name or a verb's object falls to the next line. A text is taken as wrapped when most of its
 * longer lines stop short of a full stop near the same width and some paragraphs end in one after
 * such a line; then a line of four words or more without a full stop runs on into the next. The
 * first line (a headline) is never joined.
 */
export function joinWrapped(text: string, lines: Line[]): Line[] {
  const longer = lines.filter((l) => l.words >= 5);
  if (longer.length < 5) return lines;
  const lengths = longer.map((l) => l.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9) - 1] ?? lengths.at(-1)!;
  if (width > 110) return lines;
  const full = (l: Line) => l.text.length >= 0.7 * width && l.words >= 5 && !ENDS_SENTENCE.test(l.text);
  const broken = longer.filter(full).length;
  let closed = 0;
  for (let i = 1; i < lines.length; i++)
    if (full(lines[i - 1]) && ENDS_SENTENCE.test(lines[i].text)) closed++;
  if (broken < 3 || broken < 0.3 * longer.length || closed < 2) return lines;
  // In wrapped copy, a shorter line without a full stop breaks a sentence too ("… توقيف ناصر" /
  // "الزفزافي بعد …"), where the column was narrower.
  const runsOn = (l: Line) => l.words >= 4 && !ENDS_SENTENCE.test(l.text);
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j > 0 && j + 1 < lines.length && runsOn(lines[j]) && lines[j + 1].words > 0) j++;
    if (j === i) {
      out.push({ ...lines[i], index: out.length });
      continue;
    }
    out.push(lineAt(text, { start: lines[i].span.start, end: lines[j].span.end }, out.length));
    i = j;
  }
  return out;
}
