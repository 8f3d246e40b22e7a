// htmlparser2's tokenizer with fast paths: its parse loop dispatches on its state once per
// character, though in text, in an attribute's value and in a tag's or an attribute's name most
// characters change nothing. Here such a character's state skips, in one tight loop, every
// character up to the next one its state acts on ('<' or '&' in text; the quote or '&' in a
// quoted value; '=', '/', '>' or a blank in a name) and leaves that one to the parse loop, so
// the tokens, their offsets and the callbacks are the tokenizer's own, called alike.
import { Tokenizer } from 'htmlparser2';

const LT = 60;
const AMP = 38;
const DQ = 34;
const SQ = 39;
const EQ = 61;
const SLASH = 47;
const GT = 62;

/** The tokenizer's fields the fast paths read (private in its typings), and the fast paths' own. */
interface State {
  buffer: string;
  offset: number;
  index: number;
  decodeEntities: boolean;
  /** Where the buffer's next '&', '<', '"' and "'" stand (its length for none), from the last position asked. */
  nextAt: Int32Array;
  nextIn: string;
}
type Step = (this: State, c: number) => void;
const base = Tokenizer.prototype as unknown as Record<string, Step>;

const isBlank = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
// htmlparser2's isEndOfTagSection: what ends a tag's or an attribute's name.
const endsName = (c: number) => c === SLASH || c === GT || isBlank(c);

// The characters searched for, by slot in nextAt.
const SEARCHED = ['&', '<', '"', "'"];
/**
 * The buffer's first SEARCHED[slot] from i (its length for none). A search's answer is kept till
 * the index passes it (a long value full of entities, "{&quot;a&quot;…}", is searched once).
 */
function next(t: State, buf: string, slot: number, i: number): number {
  if (t.nextIn !== buf) {
    t.nextAt.fill(-1);
    t.nextIn = buf;
  }
  if (t.nextAt[slot] < i) {
    const k = buf.indexOf(SEARCHED[slot], i);
    t.nextAt[slot] = k < 0 ? buf.length : k;
  }
  return t.nextAt[slot];
}
/** The buffer's first SEARCHED[slot] or '&' from i (its length for none). */
const nextOrAmp = (t: State, buf: string, slot: number, i: number) =>
  Math.min(next(t, buf, slot, i), next(t, buf, 0, i));
const CHARS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

// Each fast step: the base step for a character its state acts on; else the index moves to the
// character before the next one it acts on (the parse loop steps onto it), or to the buffer's
// last character when none is left (as the base's fast-forward leaves it).
const fast: Record<string, Step> = {
  stateText(c) {
    if (c === LT || c === AMP || !this.decodeEntities) return base.stateText.call(this, c);
    this.index = nextOrAmp(this, this.buffer, 1, this.index - this.offset + 1) + this.offset - 1;
  },
  stateInAttributeValueDoubleQuotes(c) {
    if (c === DQ || c === AMP || !this.decodeEntities)
      return base.stateInAttributeValueDoubleQuotes.call(this, c);
    this.index = nextOrAmp(this, this.buffer, 2, this.index - this.offset + 1) + this.offset - 1;
  },
  stateInAttributeValueSingleQuotes(c) {
    if (c === SQ || c === AMP || !this.decodeEntities)
      return base.stateInAttributeValueSingleQuotes.call(this, c);
    this.index = nextOrAmp(this, this.buffer, 3, this.index - this.offset + 1) + this.offset - 1;
  },
  stateInTagName(c) {
    if (endsName(c)) return base.stateInTagName.call(this, c);
    const buf = this.buffer;
    let i = this.index - this.offset + 1;
    while (i < buf.length && !endsName(buf.charCodeAt(i))) i++;
    this.index = i + this.offset - 1;
  },
  stateInClosingTagName(c) {
    if (endsName(c)) return base.stateInClosingTagName.call(this, c);
    const buf = this.buffer;
    let i = this.index - this.offset + 1;
    while (i < buf.length && !endsName(buf.charCodeAt(i))) i++;
    this.index = i + this.offset - 1;
  },
  stateInAttributeName(c) {
    if (c === EQ || endsName(c)) return base.stateInAttributeName.call(this, c);
    const buf = this.buffer;
    let i = this.index - this.offset + 1;
    for (let d = buf.charCodeAt(i); i < buf.length && d !== EQ && !endsName(d); d = buf.charCodeAt(++i));
    this.index = i + this.offset - 1;
  },
};

/**
 * The base's fast-forward (to the end of a comment, a script, a closing tag) by the string's own
 * search: true with the index on the next character c, else false with it on the buffer's last.
 */
function fastForwardTo(this: State, c: number): boolean {
  const buf = this.buffer;
  const k = buf.indexOf(CHARS[c] ?? String.fromCharCode(c), this.index - this.offset + 1);
  this.index = (k < 0 ? buf.length - 1 : k) + this.offset;
  return k >= 0;
}

/** htmlparser2's Tokenizer, its text, value and name states stepping over what they pass by. */
export class FastTokenizer extends Tokenizer {
  nextAt = new Int32Array(SEARCHED.length);
  nextIn = '';
}
Object.assign(FastTokenizer.prototype, fast, { fastForwardTo });

/**
 * Names (of tags, of attributes) read straight from the parser's buffer: the one of the table's
 * lowercase ASCII names that buf[start, end) spells in ASCII letters of either case, null for
 * none, undefined when the span holds a character outside ASCII (lowercasing it may give what
 * no code unit comparison sees: the Kelvin sign's "k").
 */
export class NameTable {
  private readonly byKey = new Map<number, string[]>();
  constructor(names: Iterable<string>) {
    for (const n of names) {
      const k = NameTable.key(n.length, n.charCodeAt(0), n.charCodeAt(n.length - 1));
      const list = this.byKey.get(k);
      if (list) list.push(n);
      else this.byKey.set(k, [n]);
    }
  }
  private static key(len: number, first: number, last: number): number {
    return (len << 16) | (first << 8) | last;
  }
  find(buf: string, start: number, end: number): string | null | undefined {
    const len = end - start;
    for (let i = start; i < end; i++) if (buf.charCodeAt(i) >= 128) return undefined;
    if (len <= 0) return null;
    const list = this.byKey.get(
      NameTable.key(len, lower(buf.charCodeAt(start)), lower(buf.charCodeAt(end - 1))),
    );
    if (!list) return null;
    outer: for (const n of list) {
      for (let j = 1; j < len - 1; j++)
        if (lower(buf.charCodeAt(start + j)) !== n.charCodeAt(j)) continue outer;
      return n;
    }
    return null;
  }
}
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
