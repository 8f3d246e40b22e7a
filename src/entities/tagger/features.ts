// Features of one token for the statistical name tagger, shared by training (scripts/train-ner.ts)
// and tagging: the word and its clitic-free stem, affixes, the neighbours, punctuation around it,
// given names, and what the knowledge base calls the phrase it starts or sits in.
import { stems } from '../../arabic/clitics.js';
import { givenNames } from '../../arabic/names.js';

export interface TaggerToken {
  /** Normalized word (src/arabic/normalize.ts). */
  norm: string;
  /** Punctuation between the previous token and this one ("", "،", "\"", "(" …), trimmed. */
  before: string;
  /** The knowledge base's type for the phrase that covers this token: B-LOC, I-PER …, or "". */
  kb: string;
}

/** Per token of a sequence: the clitic- and article-free stem, and whether a reading has the article. */
export interface SequenceFacts {
  stem: string[];
  article: boolean[];
  given: boolean[];
}

export function sequenceFacts(toks: TaggerToken[]): SequenceFacts {
  const names = givenNames();
  const stem: string[] = [];
  const article: boolean[] = [];
  const given: boolean[] = [];
  for (const t of toks) {
    const readings = stems(t.norm, 2);
    const s = readings[readings.length - 1];
    stem.push(s);
    article.push(readings.some((x) => x.startsWith('ال')));
    given.push(names.has(s) || names.has(t.norm));
  }
  return { stem, article, given };
}

export function tokenFeatures(toks: TaggerToken[], i: number, facts: SequenceFacts): string[] {
  const t = toks[i];
  const w = t.norm;
  const s = facts.stem[i];
  const at = (k: number) => toks[i + k]?.norm ?? (k < 0 ? '<s>' : '</s>');
  const stemAt = (k: number) => (toks[i + k] ? facts.stem[i + k] : k < 0 ? '<s>' : '</s>');
  const f = [
    'b',
    `w=${w}`,
    `s=${s}`,
    `s3=${w.slice(-3)}`,
    `s2=${w.slice(-2)}`,
    `p2=${s.slice(0, 2)}`,
    `p3=${s.slice(0, 3)}`,
    `w-1=${at(-1)}`,
    `w+1=${at(1)}`,
    `w-2=${at(-2)}`,
    `w+2=${at(2)}`,
    `s-1=${stemAt(-1)}`,
    `s+1=${stemAt(1)}`,
    `w-1w=${at(-1)}|${s}`,
    `pb=${t.before}`,
    `pa=${toks[i + 1]?.before ?? '</s>'}`,
    `kb=${t.kb}`,
    `kb-1=${toks[i - 1]?.kb ?? '<s>'}`,
    `kb+1=${toks[i + 1]?.kb ?? '</s>'}`,
    `len=${Math.min(s.length, 8)}`,
  ];
  if (w !== s) f.push('clitic');
  if (facts.article[i]) f.push('al');
  if (/\d/.test(w)) f.push('num');
  if (/[a-z]/.test(w)) f.push('latin');
  if (facts.given[i]) f.push('given');
  if (i > 0 && givenNames().has(facts.stem[i - 1])) f.push('given-1');
  return f;
}
