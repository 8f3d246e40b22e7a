// The runs of letters, digits and underscores of a text, as /[\p{L}\p{N}_]+/gu cuts them, read
// without the regular expression: the extractor cuts every kept block of a page into its words,
// and the Unicode-aware expression was the larger part of that.

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
// Per UTF-16 unit outside the surrogates: 0 not known yet, 1 a word character, 2 not one.
const unitClass = new Uint8Array(65536);
const isWordUnit = (c: number) => {
  let v = unitClass[c];
  if (!v) unitClass[c] = v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
};

/** The runs of [\p{L}\p{N}_] in text, in order (the matches of /[\p{L}\p{N}_]+/gu, none as []). */
export function wordRuns(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  const n = text.length;
  for (let k = 0; k < n; ) {
    const c = text.charCodeAt(k);
    let width = 1;
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const cp = text.codePointAt(k)!;
      // A pair is one code point; a lone surrogate is none of the classes.
      if (cp > 0xffff) {
        width = 2;
        word = WORD_CHAR.test(String.fromCodePoint(cp));
      } else word = false;
    } else word = isWordUnit(c);
    if (word) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      out.push(text.slice(start, k));
      start = -1;
    }
    k += width;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}
