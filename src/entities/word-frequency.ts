// How often a word is seen outside names and inside them in newswire Arabic
// (data/ner/word-frequency.tsv, built from NewsFANE Gold by scripts/word-frequency.ts). Its own
// module: the gazetteer and the everyday-word checks both read it.
import { readFileSync } from 'node:fs';

let frequency: Map<string, [number, number]> | null = null;

/** Times the (normalized) word was seen outside names and inside them in newswire. */
export function wordCounts(word: string): [number, number] {
  if (!frequency) {
    frequency = new Map();
    const file = readFileSync(new URL('../../data/ner/word-frequency.tsv', import.meta.url), 'utf8');
    for (const line of file.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [w, out, inside] = line.split('\t');
      frequency.set(w, [+out, +inside]);
    }
  }
  return frequency.get(word) ?? [0, 0];
}
