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

/** Receives one feature: a name, or a name with one or two values ("w=…", "w-1w=…|…"). */
export type Emit = (name: string, value?: string, value2?: string) => void;

export const featureName = (name: string, value?: string, value2?: string): string =>
  value === undefined ? name : value2 === undefined ? `${name}=${value}` : `${name}=${value}|${value2}`;

/** The two 32-bit halves of the last feature hashed (no allocation per feature). */
export const lastHash = { a: 0, b: 0 };

const prefixes = new Map<string, [number, number]>();

function feed(str: string): void {
  let a = lastHash.a;
  let b = lastHash.b;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  lastHash.a = a;
  lastHash.b = b;
}

/**
 * Hashes a feature's name into `lastHash` without building the string: tagging hashes the parts
 * as they come, loading the model hashes the whole name, and both agree.
 */
export function hashFeature(name: string, value?: string, value2?: string): void {
  if (value === undefined) {
    lastHash.a = 0x811c9dc5 | 0;
    lastHash.b = 0x9747b28c | 0;
    feed(name);
    return;
  }
  // The state after "name=" is the same for every value: computed once per feature name.
  let pre = prefixes.get(name);
  if (!pre) {
    lastHash.a = 0x811c9dc5 | 0;
    lastHash.b = 0x9747b28c | 0;
    feed(name);
    feed('=');
    prefixes.set(name, (pre = [lastHash.a, lastHash.b]));
  }
  lastHash.a = pre[0];
  lastHash.b = pre[1];
  feed(value);
  if (value2 === undefined) return;
  feed('|');
  feed(value2);
}

/** Open-addressing table from feature hashes to weight offsets, both halves compared. */
export class FeatureTable {
  private readonly mask: number;
  private readonly ka: Int32Array;
  private readonly kb: Int32Array;
  private readonly at: Int32Array;
  size = 0;

  constructor(capacity: number) {
    let n = 1;
    while (n < capacity * 2) n <<= 1;
    this.mask = n - 1;
    this.ka = new Int32Array(n);
    this.kb = new Int32Array(n);
    this.at = new Int32Array(n).fill(-1);
  }

  /** Stores `offset` under the hash in `lastHash`; false if that hash is already there. */
  set(offset: number): boolean {
    let i = lastHash.a & this.mask;
    while (this.at[i] >= 0) {
      if (this.ka[i] === lastHash.a && this.kb[i] === lastHash.b) return false;
      i = (i + 1) & this.mask;
    }
    this.ka[i] = lastHash.a;
    this.kb[i] = lastHash.b;
    this.at[i] = offset;
    this.size++;
    return true;
  }

  /** The offset stored under the hash in `lastHash`, or -1. */
  get(): number {
    let i = lastHash.a & this.mask;
    while (this.at[i] >= 0) {
      if (this.ka[i] === lastHash.a && this.kb[i] === lastHash.b) return this.at[i];
      i = (i + 1) & this.mask;
    }
    return -1;
  }
}

export function tokenFeatures(toks: TaggerToken[], i: number, facts: SequenceFacts): string[] {
  const out: string[] = [];
  emitFeatures(toks, i, facts, (n, v, v2) => out.push(featureName(n, v, v2)));
  return out;
}

export function emitFeatures(toks: TaggerToken[], i: number, facts: SequenceFacts, f: Emit): void {
  const t = toks[i];
  const w = t.norm;
  const s = facts.stem[i];
  const at = (k: number) => toks[i + k]?.norm ?? (k < 0 ? '<s>' : '</s>');
  const stemAt = (k: number) => (toks[i + k] ? facts.stem[i + k] : k < 0 ? '<s>' : '</s>');
  f('b');
  f('w', w);
  f('s', s);
  f('s3', w.slice(-3));
  f('s2', w.slice(-2));
  f('p2', s.slice(0, 2));
  f('p3', s.slice(0, 3));
  f('w-1', at(-1));
  f('w+1', at(1));
  f('w-2', at(-2));
  f('w+2', at(2));
  f('s-1', stemAt(-1));
  f('s+1', stemAt(1));
  f('w-1w', at(-1), s);
  f('pb', t.before);
  f('pa', toks[i + 1]?.before ?? '</s>');
  f('kb', t.kb);
  f('kb-1', toks[i - 1]?.kb ?? '<s>');
  f('kb+1', toks[i + 1]?.kb ?? '</s>');
  f('len', String(Math.min(s.length, 8)));
  if (w !== s) f('clitic');
  if (facts.article[i]) f('al');
  if (/\d/.test(w)) f('num');
  if (/[a-z]/.test(w)) f('latin');
  if (facts.given[i]) f('given');
  if (i > 0 && givenNames().has(facts.stem[i - 1])) f('given-1');
}
