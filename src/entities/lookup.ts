// Lookups every entity rule shares: the gazetteer at a token (memoized per token list), the
// country of a nisba adjective, and the words of a nasab.
import type { Token } from '../types.js';
import type { PhraseMatch } from '../arabic/phrases.js';
import { stems } from '../arabic/clitics.js';
import { loadKb, type KbEntity } from './kb.js';
import { gazetteer } from './gazetteer.js';

// Each token is looked up in the gazetteer by several rules (a name, a role's holder, a body's
// place): one lookup per token and text.
const lookups = new WeakMap<Token[], (PhraseMatch<KbEntity> | null)[]>();
export function gz(tokens: Token[], k: number): PhraseMatch<KbEntity> | null {
  let memo = lookups.get(tokens);
  if (!memo) lookups.set(tokens, (memo = []));
  if (memo[k] === undefined) memo[k] = gazetteer().matchAt(tokens, k);
  return memo[k];
}

/**
 * The country most nisbas of a text name ("نائب نقيب المعلمين الأردنيين"), none on a tie at the
 * top: what a report naming no place is about.
 */
export function nisbaMajority(tokens: Token[]): string | undefined {
  const votes = new Map<string, number>();
  for (const t of tokens) {
    const c = nisbaCountry(t.norm);
    if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  return soleTop(votes);
}

/** The key with the most votes, none when there are no votes or two share the top. */
export function soleTop(votes: Map<string, number>): string | undefined {
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
}

export function nisbaCountry(token: string): string | undefined {
  const kb = loadKb();
  for (const s of stems(token)) {
    const c = kb.nisba.get(s.replace(/^ال/, ''));
    if (c) return c;
  }
  return undefined;
}

/** Does a reading of the token, with its proclitics and article off or on, stand in the set? */
export function hasStem(token: string, set: Set<string>): boolean {
  return stems(token).some((x) => set.has(x) || set.has(x.replace(/^ال/, '')));
}

/** The token without a leading conjunction and preposition ("وبمحافظة" → "محافظه"), for head nouns. */
export const withoutProclitics = (token: string) => token.replace(/^(?:و|ف)?(?:ب|ل)?/, '');

export const NASAB = /^(?:بن|ابن|بنت)$/;
/** The particles a family name is written with: "بن علي", "ولد عبدالعزيز", "بو تفليقة". */
export const FAMILY_PARTICLE = /^(?:بن|ابن|ولد|بو)$/;
// Adjectives that follow a facility or body named after a person ("مطار الملك خالد الدولي"), never a family name.
export const NOT_FAMILY_NAMES = new Set([
  'الدولي',
  'الدوليه',
  'الوطني',
  'الوطنيه',
  'الرسمي',
  'الرسميه',
  'المركزي',
  'المركزيه',
  'الحكومي',
  'الحكوميه',
  'الجديد',
  'الجديده',
  // (Nor the object of an idiom a name runs into: "أماط الوزير فلان اللثام عن", "كشف فلان النقاب عن".)
  'اللثام',
  'النقاب',
  'الستار',
]);

/** Between two words, a mark that ends a name: punctuation, quotes, a line break, a spaced dash ("صلاح - أعلنت"). */
export const CLAUSE_BREAK = /[\n،,.:;؛()«»"“”!?؟–—]|\s-|-\s/;
/** The same, and dashes: the end of a body's or a place's name. */
export const BOUNDARY = /[\n،,.:;؛()«»"“”!?؟\-–]/;
