// Extraction scoring on trafilatura's evaluation set: each "with" snippet found in the
// extracted body is a true positive, each missing one a false negative; each "without"
// snippet found is a false positive, each absent one a true negative.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from '../ingest/decode.js';

export interface SnippetCase {
  url: string;
  file: string;
  with: string[];
  without: string[];
}

export interface SnippetScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export function loadTrafilaturaSet(dir: string): {
  cases: SnippetCase[];
  html: (c: SnippetCase) => string | null;
} {
  const data = JSON.parse(readFileSync(path.join(dir, 'tests/evaldata.json'), 'utf8')) as Record<
    string,
    Omit<SnippetCase, 'url'>
  >;
  const cases = Object.entries(data).map(([url, v]) => ({ url, ...v }));
  return {
    cases,
    html: (c) => {
      try {
        return decode(readFileSync(path.join(dir, 'tests/eval', c.file))).text;
      } catch {
        return null;
      }
    },
  };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function scoreSnippets(body: string, c: SnippetCase, acc: SnippetScore): void {
  const text = squash(body);
  for (const w of c.with) text.includes(squash(w)) ? acc.tp++ : acc.fn++;
  for (const w of c.without) text.includes(squash(w)) ? acc.fp++ : acc.tn++;
}

export function snippetMetrics(s: SnippetScore) {
  const precision = s.tp / Math.max(1, s.tp + s.fp);
  const recall = s.tp / Math.max(1, s.tp + s.fn);
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    accuracy: (s.tp + s.tn) / Math.max(1, s.tp + s.tn + s.fp + s.fn),
  };
}
