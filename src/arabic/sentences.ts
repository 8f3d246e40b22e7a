// Sentence splitting inside paragraphs. Arabic news uses . ! ? ؟ and line breaks;
// "3.6", "..", and punctuation inside quotations do not end a sentence.
import type { Paragraph, Sentence, Span } from '../types.js';

const CLOSERS = new Set(['"', '”', '»', "'", '’', ')']);

export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    let start = p.span.start;
    let depth = 0; // inside «…» or “…”
    let reversed = false; // inside »…«, the guillemets the other way round
    for (let i = p.span.start; i < p.span.end; i++) {
      const c = text[i];
      if (reversed) {
        if (c === '«' && closesHere(text, i)) reversed = false;
        continue;
      }
      if (c === '»' && depth === 0 && opensHere(text, i) && reversedCloser(text, i, p.span.end)) {
        reversed = true;
        continue;
      }
      if (c === '«' || c === '“') depth++;
      else if ((c === '»' || c === '”') && depth > 0) depth--;
      if (depth > 0) continue;
      if (c === '.' || c === '!' || c === '?' || c === '؟') {
        const prev = text[i - 1] ?? '';
        const next = text[i + 1] ?? '';
        if (c === '.' && /\d/.test(prev) && /\d/.test(next)) continue; // 3.6
        if (c === '.' && next === '.') continue; // ".." ellipsis continues to its last dot
        // "جون ك. هيرلي": one letter and a dot is an initial.
        if (c === '.' && /[\u0621-\u064A]/.test(prev) && /\s/.test(text[i - 2] ?? ' ') && next === ' ')
          continue;
        let end = i + 1;
        while (end < p.span.end && CLOSERS.has(text[end])) end++;
        if (end < p.span.end && !/\s/.test(text[end])) continue;
        push(out, text, { start, end }, pi);
        start = end;
      }
    }
    push(out, text, { start, end: p.span.end }, pi);
  });
  return out;
}

function push(out: Sentence[], text: string, span: Span, paragraph: number): void {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end - start > 1) out.push({ span: { start, end }, paragraph });
}

// A mark opens a quotation when it hugs the word after it, closes one when it hugs the word before.
const opensHere = (text: string, i: number) =>
  /\s/.test(text[i - 1] ?? ' ') && /\p{L}/u.test(text[i + 1] ?? '');
const closesHere = (text: string, i: number) =>
  !/\s/.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + 1] ?? '');

/** "قائلا »هناك …«،": a "»" opening a quotation some write for "«", closed by a "«" before any "»". */
function reversedCloser(text: string, i: number, end: number): boolean {
  for (let j = i + 1; j < end; j++) {
    if (text[j] === '»') return false;
    if (text[j] === '«') return closesHere(text, j);
  }
  return false;
}
