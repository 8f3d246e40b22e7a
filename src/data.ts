// Data files (lexicons, knowledge base, event ontology) live in ./data as JSON and are loaded once.
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown>();

/** Load `data/<relPath>` relative to the package root (works from src/ with tsx and from dist/). */
export function loadData<T>(relPath: string): T {
  let v = cache.get(relPath);
  if (v === undefined) {
    v = JSON.parse(readFileSync(new URL(`../data/${relPath}`, import.meta.url), 'utf8'));
    cache.set(relPath, v);
  }
  return v as T;
}
