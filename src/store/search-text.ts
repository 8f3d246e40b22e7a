// What search indexes of a document and shows of a hit, the same in both stores.
import { normalize, shadow, toOriginalSpan } from '../arabic/normalize.js';
import { stemsOfNormalized } from './prepare.js';
import type { SearchHit } from './store.js';

/** A document row a search returns, as both stores select it. */
export interface SearchRow {
  id: string;
  title: string | null;
  outlet: string | null;
  text: string;
}

/** A hit: the document and its text around the query's first word. */
export function searchHit(r: SearchRow, word: string): SearchHit {
  return { id: r.id, title: r.title, outlet: r.outlet, snippet: snippet(r.text, word) };
}

/** The words of a query, normalized as the index is. */
export function queryWords(query: string): string[] {
  return normalize(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every clitic reading of every word, so "بوتين" finds "لبوتين" and "تباحث" finds "وتباحث". */
export function stemsOf(text: string): string {
  return stemsOfNormalized(normalize(text));
}

/** The same of a text already normalized. */
export function snippet(text: string, word: string): string {
  const sh = shadow(text);
  const at = sh.text.indexOf(word);
  if (at < 0) return text.slice(0, 120).replace(/\s+/g, ' ');
  const span = toOriginalSpan(sh, at, at + word.length);
  const from = Math.max(0, span.start - 60);
  return (from > 0 ? '…' : '') + text.slice(from, span.end + 60).replace(/\s+/g, ' ') + '…';
}
