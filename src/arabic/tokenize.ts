// Tokens over the shadow text, with spans over the original.
import type { Span, Token } from '../types.js';
import { shadow, toOriginalSpan, type Shadow } from './normalize.js';
import { stems } from './clitics.js';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.:][\p{N}]+)*/gu;

export function tokenize(original: string, sh: Shadow = shadow(original)): Token[] {
  const tokens: Token[] = [];
  for (const m of sh.text.matchAll(WORD)) {
    const start = m.index!;
    tokens.push({ span: toOriginalSpan(sh, start, start + m[0].length), norm: m[0], id: wordId(m[0]) });
  }
  return tokens;
}

// Every matcher and lexicon asks about every token: a number per distinct form, given once per token,
// lets each keep what it found for a form in an array (an index) instead of a map of strings (a hash
// probe per question). Bounded: past the limit new forms get none and are looked up by their string.
const WORD_IDS = new Map<string, number>();
const MAX_WORD_IDS = 1 << 19;

/** The number of a normalized form (undefined once the table is full). */
export function wordId(norm: string): number | undefined {
  let id = WORD_IDS.get(norm);
  if (id === undefined && WORD_IDS.size < MAX_WORD_IDS) {
    id = WORD_IDS.size;
    // A property key is a copy of the characters, not a slice that would keep the document alive.
    WORD_IDS.set(Object.keys({ [norm]: 0 })[0], id);
  }
  return id;
}

/**
 * A function of a token's form, computed once per form: kept by word id (and, for tokens without
 * one, in a bounded map of forms).
 */
export function perForm<T>(compute: (norm: string) => T): (t: { norm: string; id?: number }) => T {
  const byId: T[] = [];
  const byForm = new Map<string, T>();
  return (t) => {
    const id = t.id;
    if (id !== undefined) {
      if (id < byId.length) {
        const hit = byId[id];
        if (hit !== undefined) return hit;
      } else while (byId.length <= id) byId.push(undefined as T);
      return (byId[id] = compute(t.norm));
    }
    let hit = byForm.get(t.norm);
    if (hit === undefined) {
      if (byForm.size > 50_000) byForm.clear();
      byForm.set(t.norm, (hit = compute(t.norm)));
    }
    return hit;
  };
}

/** The first and last tokens inside a span, in text order ({ first: -1, last: -1 } when none). */
export function tokensWithin(tokens: Token[], span: Span): { first: number; last: number } {
  // (Tokens are in text order and do not overlap: a binary search, so a long document's many
  // mentions do not each scan it from the start.)
  const first = firstTokenFrom(tokens, (t) => t.span.start >= span.start);
  if (first >= tokens.length || tokens[first].span.end > span.end) return { first: -1, last: -1 };
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].span.end <= span.end) last++;
  return { first, last };
}

/**
 * Where each of some words stands as a reading of a token (clitics stripped), in text order:
 * a long document's repeated names are looked for where their first word is, not token by token.
 */
export function stemPositions(tokens: Token[], words: ReadonlySet<string>): Map<string, number[]> {
  const at = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++)
    for (const s of new Set(tokenStems(tokens[i]))) {
      if (!words.has(s)) continue;
      const list = at.get(s);
      if (list) list.push(i);
      else at.set(s, [i]);
    }
  return at;
}

/**
 * Every place a name stands on tokens no mention covers: its first word by stem, the rest as written
 * (normalized). Yields [name, value, first token]; a caller that marks what it takes in `covered`
 * keeps the later places from overlapping it.
 */
export function* uncoveredPlaces<T>(
  tokens: Token[],
  names: ReadonlyMap<string, T>,
  covered: Uint8Array,
): Generator<[string, T, number]> {
  const at = stemPositions(tokens, new Set([...names.keys()].map((k) => k.split(' ')[0])));
  for (const [key, value] of names) {
    const words = key.split(' ');
    for (const i of at.get(words[0]) ?? []) {
      if (i + words.length > tokens.length || covered[i]) continue;
      let ok = true;
      for (let j = 1; j < words.length && ok; j++) ok = !covered[i + j] && tokens[i + j].norm === words[j];
      if (ok) yield [key, value, i];
    }
  }
}

/** The tokens that overlap a span, [first, last] (first > last when none). */
export function tokensOverlapping(tokens: Token[], span: Span): { first: number; last: number } {
  const first = firstTokenFrom(tokens, (t) => t.span.end > span.start);
  let last = first - 1;
  while (last + 1 < tokens.length && tokens[last + 1].span.start < span.end) last++;
  return { first, last };
}

/** The first token for which a test that is false, then true, along the text holds (tokens.length if none). */
function firstTokenFrom(tokens: Token[], test: (t: Token) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(tokens[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Which tokens overlap one of the spans (1) and which do not (0): the tokens a set of mentions
 * already holds. One sweep over the spans in text order.
 */
export function coveredTokens(tokens: Token[], spans: readonly { span: Span }[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  const sorted = [...spans].sort((a, b) => a.span.start - b.span.start);
  for (let i = 0, m = 0; i < tokens.length; i++) {
    while (m < sorted.length && sorted[m].span.end <= tokens[i].span.start) m++;
    for (let k = m; k < sorted.length && sorted[k].span.start < tokens[i].span.end; k++)
      if (sorted[k].span.end > tokens[i].span.start) covered[i] = 1;
  }
  return covered;
}

/** `stems(t.norm)` (every proclitic reading, 2 letters at least) of a token, by its word id. */
export const tokenStems = perForm((form) => stems(form));
