// Sentence splitting inside paragraphs. Arabic news uses . ! ? ؟ and line breaks;
// "3.6", "..", and punctuation inside quotations do not end a sentence.
import type { Paragraph, Sentence, Span } from '../types.js';

const CLOSERS = new Set(['"', '”', '»', "'", '’', ')']);

export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    let start = p.span.start;
    let depth = 0; // inside «…» or “…”
    for (let i = p.span.start; i < p.span.end; i++) {
      const c = text[i];
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
