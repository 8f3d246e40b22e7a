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

/** The tokenizer's fields the fast paths read (private in its typings). */
interface State {
  buffer: string;
  offset: number;
  index: number;
  decodeEntities: boolean;
}
type Step = (this: State, c: number) => void;
const base = Tokenizer.prototype as unknown as Record<string, Step>;

const isBlank = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
// htmlparser2's isEndOfTagSection: what ends a tag's or an attribute's name.
const endsName = (c: number) => c === SLASH || c === GT || isBlank(c);

// Each fast step: the base step for a character its state acts on; else the index moves to the
// character before the next one it acts on (the parse loop steps onto it), or to the buffer's
// last character when none is left (as the base's fast-forward leaves it).
const fast: Record<string, Step> = {
  stateText(c) {
    if (c === LT || c === AMP || !this.decodeEntities) return base.stateText.call(this, c);
    const buf = this.buffer;
    let i = this.index - this.offset + 1;
    for (let d = buf.charCodeAt(i); i < buf.length && d !== LT && d !== AMP; d = buf.charCodeAt(++i));
    this.index = i + this.offset - 1;
  },
  stateInAttributeValueDoubleQuotes(c) {
    if (c === DQ || c === AMP || !this.decodeEntities)
      return base.stateInAttributeValueDoubleQuotes.call(this, c);
    const buf = this.buffer;
    let i = this.index - this.offset + 1;
    for (let d = buf.charCodeAt(i); i < buf.length && d !== DQ && d !== AMP; d = buf.charCodeAt(++i));
    this.index = i + this.offset - 1;
  },
  stateInAttributeValueSingleQuotes(c) {
    if (c === SQ || c === AMP || !this.decodeEntities)
      return base.stateInAttributeValueSingleQuotes.call(this, c);
    const buf = this.buffer;
    let i = this.index - this.offset + 1;
    for (let d = buf.charCodeAt(i); i < buf.length && d !== SQ && d !== AMP; d = buf.charCodeAt(++i));
    this.index = i + this.offset - 1;
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

/** htmlparser2's Tokenizer, its text, value and name states stepping over what they pass by. */
export class FastTokenizer extends Tokenizer {}
Object.assign(FastTokenizer.prototype, fast);
