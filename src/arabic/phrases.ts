// Longest-match lookup of multi-word phrases over tokens: a trie keyed by normalized tokens,
// entered through every clitic reading of the first token ("وبالرئاسة" -> "الرئاسه", "رئاسه").
import type { Token } from '../types.js';
import { normalize } from './normalize.js';
import { stems } from './clitics.js';
import { perForm } from './tokenize.js';

interface Node<V> {
  next: Map<string, Node<V>>;
  values?: V[];
}

export interface PhraseMatch<V> {
  first: number;
  last: number;
  values: V[];
}

export interface PhraseMatcherOptions {
  /** Also read a token without its article ("القصف" → "قصف"). Off for names: "ألباريس" is not "باريس". */
  stripArticle?: boolean;
  /** Which values a word read without the alef of an accusative ("اجتماعاً" → "اجتماع") may name; default all. */
  accusativeAlef?: (value: unknown) => boolean;
  /** Also read an imperfect verb without its future prefix ("سيزور" → "يزور", "وستعقد" → "تعقد"). For verbs. */
  future?: boolean;
  /** Which stems under 3 letters may open a phrase of several words ("وتل أبيب" → "تل أبيب"; never one alone). */
  shortStemsInPhrases?: (stem: string) => boolean;
  /** A short stem refused above may still open a phrase whose second word this accepts ("بأم درمان": "درمان" is no everyday word). */
  nameWord?: (word: string) => boolean;
}

// The future prefix on an imperfect (after an optional conjunction): س + ي/ت/ن/أ and a stem.
const FUTURE_PREFIX = /^([وف]?)س([يتنا]\p{L}{2,})$/u;

/** A first-level node a token enters, and whether it may only open a longer phrase there. */
interface Entry<V> {
  node: Node<V>;
  phraseOnly: boolean;
  /** Entered through a refused short stem: the phrase's second word must be a name word. */
  nameWordNext?: boolean;
  /** Entered only through a reading without an accusative's alef. */
  accusative?: boolean;
}

const NONE: Entry<unknown>[] = [];

export class PhraseMatcher<V> {
  private root: Node<V> = { next: new Map() };
  private stripArticle: boolean;
  private future: boolean;
  private accusativeAlef: ((value: unknown) => boolean) | null;
  private shortStemsInPhrases: ((stem: string) => boolean) | null;
  private nameWord: ((word: string) => boolean) | null;

  constructor(entries: Iterable<[string, V]>, opts: PhraseMatcherOptions = {}) {
    this.stripArticle = opts.stripArticle ?? true;
    this.future = opts.future ?? false;
    this.accusativeAlef = opts.accusativeAlef ?? null;
    this.shortStemsInPhrases = opts.shortStemsInPhrases ?? null;
    this.nameWord = opts.nameWord ?? null;
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: V): void {
    this.entriesOf = this.newEntryCache();
    let node = this.root;
    for (const tok of normalize(phrase)
      .split(/[\s-]+/)
      .filter(Boolean)) {
      let n = node.next.get(tok);
      if (!n) node.next.set(tok, (n = { next: new Map() }));
      node = n;
    }
    (node.values ??= []).push(value);
  }

  /** The longest phrase starting at token i. Stems under 3 letters count only as whole tokens (or, where allowed, as the first word of a longer phrase). */
  matchAt(tokens: Token[], i: number): PhraseMatch<V> | null {
    let best: PhraseMatch<V> | null = null;
    for (const { node: first, phraseOnly, nameWordNext, accusative } of this.entriesOf(tokens[i])) {
      if (nameWordNext && !(i + 1 < tokens.length && this.nameWord?.(tokens[i + 1].norm))) continue;
      const may = accusative ? this.accusativeAlef : null;
      let node: Node<V> | undefined = first;
      for (let j = i; node; ) {
        const values = node.values && may ? node.values.filter(may) : node.values;
        if (values?.length && (!best || j > best.last) && !(phraseOnly && j === i))
          best = { first: i, last: j, values };
        if (++j >= tokens.length) break;
        node = node.next.get(tokens[j].norm);
      }
    }
    return best;
  }

  // Every matcher is asked about every token of every document: the trie nodes a token's readings
  // enter (most enter none) are worked out once per distinct form (by word id, else by form), not
  // once per call; a phrase added starts the cache anew.
  private newEntryCache = () => perForm((form) => this.entries(form));
  private entriesOf = this.newEntryCache();

  /**
   * The first-level nodes entered by the readings of a token, in the order the readings come; a node
   * the token enters only through a short stem is `phraseOnly` (a phrase must go on from it).
   */
  private entries(token: string): Entry<V>[] {
    const nodes: Node<V>[] = [];
    const whole = new Set<Node<V>>();
    const guarded = new Set<Node<V>>();
    const viaAlef = new Set<Node<V>>();
    const bare = new Set<Node<V>>();
    // Accusative nouns carry a written alef ("اجتماعاً" → "اجتماعا"): try them without it too.
    const unprefixed = this.future ? FUTURE_PREFIX.exec(token) : null;
    const readings = unprefixed ? [...stems(token, 2), unprefixed[2]] : stems(token, 2);
    for (const stem of readings) {
      if (!this.stripArticle && articleRemoved(token, stem)) continue;
      for (const s of stem.length >= 5 && stem.endsWith('ا') ? [stem, stem.slice(0, -1)] : [stem]) {
        const short = s.length < 3 && s !== token;
        const refused = short && !this.shortStemsInPhrases?.(s);
        if (refused && !this.nameWord) continue;
        const node = this.root.next.get(s);
        if (!node || (short && !node.next.size)) continue;
        if (!short) whole.add(node);
        if (s !== stem) viaAlef.add(node);
        else bare.add(node);
        if (refused) guarded.add(node);
        nodes.push(node);
      }
    }
    return nodes.length
      ? nodes.map((node) => ({
          node,
          phraseOnly: !whole.has(node),
          nameWordNext: guarded.has(node) && !whole.has(node),
          accusative: viaAlef.has(node) && !bare.has(node),
        }))
      : (NONE as Entry<V>[]);
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i);
      if (m && m.last < to) {
        out.push(m);
        i = m.last;
      }
    }
    return out;
  }
}

/** Was the reading `s` of `token` made by removing the article ("بالرئاسه" → "رئاسه")? */
function articleRemoved(token: string, s: string): boolean {
  if (!token.endsWith(s) || token === s) return false;
  const removed = token.slice(0, token.length - s.length);
  return removed.endsWith('ال') || removed.endsWith('لل');
}
