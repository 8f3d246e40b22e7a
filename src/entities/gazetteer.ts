// Knowledge-base aliases as one phrase matcher over tokens.
import { PhraseMatcher } from '../arabic/phrases.js';
import { loadKb, type KbEntity } from './kb.js';

let matcher: PhraseMatcher<KbEntity> | null = null;

export function gazetteer(): PhraseMatcher<KbEntity> {
  if (matcher) return matcher;
  const entries: [string, KbEntity][] = [];
  for (const [alias, entities] of loadKb().aliases) for (const e of entities) entries.push([alias, e]);
  return (matcher = new PhraseMatcher(entries, { stripArticle: false }));
}
