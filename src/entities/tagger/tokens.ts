// The tagger's view of a token sequence: normalized words, the punctuation before each, and
// the knowledge base's reading of the phrases (B-/I- + PER, ORG, LOC).
import type { Token } from '../../types.js';
import { gazetteer } from '../gazetteer.js';
import type { TaggerToken } from './features.js';
import type { PhraseMatch } from '../../arabic/phrases.js';
import type { KbEntity } from '../kb.js';

const KB_TYPE: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', GPE: 'LOC' };

/** The last punctuation mark in a stretch of text, as one of a few classes. */
export function punctuationClass(between: string): string {
  let cls = '';
  for (const ch of between) {
    if ('"«»“”\'‘’'.includes(ch)) cls = '"';
    else if ('([{'.includes(ch)) cls = '(';
    else if (')]}'.includes(ch)) cls = ')';
    else if ('،,;؛'.includes(ch)) cls = ',';
    else if ('.!?؟'.includes(ch)) cls = '.';
    else if ('-–—/'.includes(ch)) cls = '-';
    else if (':'.includes(ch)) cls = ':';
  }
  return cls;
}

type MatchAt = (tokens: Token[], i: number) => PhraseMatch<KbEntity> | null;

/** Knowledge-base labels over a token sequence (longest matches, left to right). */
export function kbLabels(tokens: Token[], matchAt: MatchAt = (t, i) => gazetteer().matchAt(t, i)): string[] {
  const out = tokens.map(() => '');
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(tokens, i);
    if (!m) continue;
    i = m.last;
    const type = KB_TYPE[m.values[0].type] ?? '';
    if (!type) continue;
    for (let k = m.first; k <= m.last; k++) out[k] = `${k === m.first ? 'B' : 'I'}-${type}`;
  }
  return out;
}

/** Tagger tokens for tokens of a text (spans into `text`). */
export function taggerTokens(text: string, tokens: Token[], matchAt?: MatchAt): TaggerToken[] {
  const kb = kbLabels(tokens, matchAt);
  return tokens.map((t, i) => ({
    norm: t.norm,
    before: punctuationClass(
      text.slice(i > 0 ? tokens[i - 1].span.end : Math.max(0, t.span.start - 3), t.span.start),
    ),
    kb: kb[i],
  }));
}
