// The word lists the event rules read (data/events/words.json), normalized once.
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';

let sets: Map<string, Set<string>> | null = null;

/** A named list of data/events/words.json as a set of normalized words. */
export function wordSet(name: string): Set<string> {
  if (!sets) {
    const data = loadData<Record<string, string | string[]>>('events/words.json');
    sets = new Map(
      Object.entries(data)
        .filter((e): e is [string, string[]] => Array.isArray(e[1]))
        .map(([k, v]) => [k, new Set(v.map(normalize))]),
    );
  }
  const set = sets.get(name);
  if (!set) throw new Error(`data/events/words.json has no list "${name}"`);
  return set;
}

// (Asked of most tokens by many rules: the first letter rules out most before the expression runs.)
const WAW = 'و'.charCodeAt(0);
const FA = 'ف'.charCodeAt(0);
/** Is the word in the set, as written or after a conjunction ("وفرضت" is "فرضت"; "فرضت" stays itself)? */
export const hasWord = (set: Set<string>, t: string) =>
  set.has(t) ||
  ((t.charCodeAt(0) === WAW || t.charCodeAt(0) === FA) && /^[وف]../.test(t) && set.has(t.slice(1)));

/** Is the token (a normalized word) one of the named list's words? */
export const isWord = (name: string, token: string) => hasWord(wordSet(name), token);

/** Does the token begin with one of the list's words (after an optional conjunction)? */
export function startsWithWord(name: string, token: string): boolean {
  const t = token.replace(/^[وف](?=..)/, '');
  for (const w of wordSet(name)) if (token.startsWith(w) || t.startsWith(w)) return true;
  return false;
}

/** Does the normalized text hold one of the list's words anywhere? */
export function containsWord(name: string, text: string): boolean {
  for (const w of wordSet(name)) if (text.includes(w)) return true;
  return false;
}

/** Is the token exactly one of the named list's words (no conjunction stripped)? */
export const isExactWord = (name: string, token: string) => wordSet(name).has(token);

/** Does the token begin with one of the list's words, as written (no conjunction stripped)? */
export function beginsWithWord(name: string, token: string): boolean {
  for (const w of wordSet(name)) if (token.startsWith(w)) return true;
  return false;
}

/** Is the token one of the list's words after exactly one of the given prefixes ('' for none)? */
export function isWordAfter(name: string, token: string, prefixes: readonly string[]): boolean {
  const set = wordSet(name);
  return prefixes.some((p) => token.startsWith(p) && set.has(token.slice(p.length)));
}

/** Does the token begin, after one of the given prefixes ('' for none), with one of the list's words? */
export function beginsWithWordAfter(name: string, token: string, prefixes: readonly string[]): boolean {
  const set = wordSet(name);
  return prefixes.some((p) => token.startsWith(p) && [...set].some((w) => token.startsWith(w, p.length)));
}

/** Does the token end with one of the list's words? */
export function endsWithWord(name: string, token: string): boolean {
  for (const w of wordSet(name)) if (token.endsWith(w)) return true;
  return false;
}

/** Does a word opening a cause ("على خلفية", "احتجاجاً على", "ردا على") stand in tokens [from, to)? */
export function causeBetween(tokens: readonly { norm: string }[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (isWord('causeOpeners', tokens[k].norm)) return true;
  return false;
}
