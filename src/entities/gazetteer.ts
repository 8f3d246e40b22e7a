// Knowledge-base aliases as one phrase matcher over tokens.
import { PhraseMatcher } from '../arabic/phrases.js';
import { loadKb, type KbEntity } from './kb.js';
import { wordCounts } from './word-frequency.js';

let matcher: PhraseMatcher<KbEntity> | null = null;

export function gazetteer(): PhraseMatcher<KbEntity> {
  if (matcher) return matcher;
  const entries: [string, KbEntity][] = [];
  for (const [alias, entities] of loadKb().aliases)
    for (const e of entities) {
      entries.push([alias, e]);
      const fused = fusedAlias(alias, e);
      if (fused) entries.push([fused, e]);
    }
  return (matcher = new PhraseMatcher(entries, {
    stripArticle: false,
    // "ماليا", "معسكراً", "ساريا": a word with an accusative's alef is an adjective or a common noun, not
    // Mali, Mascara or Sari (a place's name takes no such alef; a body's may be misspelt so: "أرامكوا").
    accusativeAlef: (e) => (e as KbEntity).type !== 'GPE' && (e as KbEntity).type !== 'LOC',
    // "وتل أبيب": a short first word with a conjunction on it, unless newswire uses it more outside
    // names than in them ("وإن صالح" is "and if Salih", not In Salah).
    shortStemsInPhrases: (s) => {
      const [out, inside] = wordCounts(s);
      return out <= inside;
    },
    // ("بأم درمان": the short word may still open a name whose next word newswire uses mostly in names.)
    nameWord: (w) => {
      const [out, inside] = wordCounts(w);
      return out <= inside;
    },
  }));
}

/**
 * A page that lost a space between the words of a place's or a body's name ("الأممالمتحدة",
 * "الدارالبيضاء", "المسجدالأقصى") still names it: the alias with its words run together, for names of
 * two or three words each of three letters or more (shorter runs could be everyday words).
 */
function fusedAlias(alias: string, e: KbEntity): string | null {
  if (e.type === 'PERSON') return null;
  const words = alias.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || words.some((w) => w.length < 3)) return null;
  return words.join('');
}
