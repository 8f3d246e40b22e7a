// Knowledge-base aliases as one phrase matcher over tokens.
import { PhraseMatcher } from '../arabic/phrases.js';
import { loadKb, type KbEntity } from './kb.js';
import { wordCounts } from './word-frequency.js';

let matcher: PhraseMatcher<KbEntity> | null = null;

export function gazetteer(): PhraseMatcher<KbEntity> {
  if (matcher) return matcher;
  const entries: [string, KbEntity][] = [];
  for (const [alias, entities] of loadKb().aliases) for (const e of entities) entries.push([alias, e]);
  return (matcher = new PhraseMatcher(entries, {
    stripArticle: false,
    // "وتل أبيب": a short first word with a conjunction on it, unless newswire uses it more outside
    // names than in them ("وإن صالح" is "and if Salih", not In Salah).
    shortStemsInPhrases: (s) => {
      const [out, inside] = wordCounts(s);
      return out <= inside;
    },
  }));
}
