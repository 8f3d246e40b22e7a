// Normalization for matching, never for display: a "shadow" of the original
// text plus a map from every shadow offset back to the original offset.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u0640\u00AD]/; // ZW*, LRM/RLM, bidi, ALM, BOM, tatweel, soft hyphen

const CHAR_MAP: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  ة: 'ه',
  ۀ: 'ه',
  ہ: 'ه',
  ھ: 'ه',
  ک: 'ك',
  گ: 'ك',
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '″': '"',
  '‟': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‹': "'",
  '›': "'",
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\u3000': ' ',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '،': ',',
  '؛': ';',
  '؟': '?',
  '٪': '%',
  '٫': '.',
  '٬': ',',
};

// Arabic-Indic ٠-٩ (U+0660) and Persian ۰-۹ (U+06F0) digits.
function mapDigit(c: number): string | null {
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  return null;
}

export interface Shadow {
  /** The normalized text. */
  text: string;
  /** toOriginal[i] = offset in the original of shadow offset i (length = text.length + 1). */
  toOriginal: Int32Array;
}

function computeChar(ch: string): string {
  if (DIACRITICS.test(ch) || INVISIBLE.test(ch)) return '';
  const mapped = CHAR_MAP[ch];
  if (mapped !== undefined) return mapped;
  const d = mapDigit(ch.charCodeAt(0));
  if (d !== null) return d;
  return ch.toLowerCase();
}

// The rules above, precomputed up to the end of the Arabic blocks and general punctuation:
// normalization is the hottest loop of the pipeline.
const TABLE_SIZE = 0x3100;
const TABLE: string[] = Array.from({ length: TABLE_SIZE }, (_, c) => computeChar(String.fromCharCode(c)));
/** Units the rules leave as they are. */
const SAME = Uint8Array.from(TABLE, (t, c) => (t === String.fromCharCode(c) ? 1 : 0));

/** Normalize one UTF-16 unit; '' drops it. */
export function normalizeChar(ch: string): string {
  const c = ch.charCodeAt(0);
  return c < TABLE_SIZE && ch.length === 1 ? TABLE[c] : computeChar(ch);
}

export function shadow(original: string): Shadow {
  let text = '';
  const map = new Int32Array(original.length * 2 + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const s = c < TABLE_SIZE ? TABLE[c] : computeChar(original[i]);
    for (let k = 0; k < s.length; k++) map[n++] = i;
    text += s;
  }
  map[n] = original.length;
  return { text, toOriginal: map.slice(0, n + 1) };
}

/** Normalize a string for comparison (same rules as the shadow, whitespace folded). */
export function normalize(s: string): string {
  // The opening run of units the rules leave as they are or only lowercase (A-Z): the rules read
  // it as toLowerCase does (it holds no unit they change otherwise, no surrogate, no Σ or İ), so it
  // is lowercased whole rather than copied letter by capital letter (most of a Latin text's lines).
  const n = s.length;
  let i = 0;
  let upper = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < TABLE_SIZE && SAME[c]) continue;
    if (c >= 65 && c <= 90) upper = true;
    else break;
  }
  // Runs of units the rules leave as they are are copied whole (most of a page's text).
  let out = upper ? s.slice(0, i).toLowerCase() : '';
  let from = upper ? i : 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < TABLE_SIZE) {
      if (SAME[c]) continue;
      out += s.slice(from, i) + TABLE[c];
    } else {
      const m = computeChar(s[i]);
      if (m === s[i]) continue;
      out += s.slice(from, i) + m;
    }
    from = i + 1;
  }
  out = from ? out + s.slice(from) : s;
  return collapseBlanks(out);
}

/** A character trim() removes: JavaScript's white space and line terminators (a regular expression's \s). */
export function isBlank(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}

/**
 * s.replace(RUNS, ' ').trim() for RUNS the runs of the characters inRun tells (blanks all: /\s+/g),
 * in one pass: trimmed at both ends (inRun tells blanks only, so the ends are the same), then each
 * inner run made one space. Most texts need no run collapsed: a slice, or the text itself.
 */
export function collapseBlanks(s: string, inRun: (c: number) => boolean = isBlank): string {
  let a = 0;
  let b = s.length;
  while (a < b && isBlank(s.charCodeAt(a))) a++;
  while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
  let out = '';
  let from = a;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    // (A lone space is its own run; the text's last character is no blank, so a run ends before it.)
    if (!inRun(c) || (c === 32 && !inRun(s.charCodeAt(i + 1)))) continue;
    let e = i + 1;
    while (inRun(s.charCodeAt(e))) e++;
    out += `${s.slice(from, i)} `;
    from = e;
    i = e - 1;
  }
  if (from === a) return a === 0 && b === s.length ? s : s.slice(a, b);
  return out + s.slice(from, b);
}

/** Map a shadow span back to an original span. */
export function toOriginalSpan(sh: Shadow, start: number, end: number): { start: number; end: number } {
  const s = sh.toOriginal[start];
  // end is exclusive: take the original offset of the last included char, plus one.
  const e = end > start ? sh.toOriginal[end - 1] + 1 : s;
  return { start: s, end: e };
}

/** Letters only: for comparing headline variants that differ in punctuation. */
export function lettersOnly(s: string): string {
  return normalize(s).replace(/[^\p{L}\p{N}]+/gu, '');
}
