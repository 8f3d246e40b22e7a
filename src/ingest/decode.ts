// Bytes to text, decided per document with evidence: a BOM, a declared charset (HTTP header,
// <meta charset>, XML prolog), how much of the text is valid UTF-8, and NUL bytes in UTF-16's
// places. Valid UTF-8 with a few stray bytes stays UTF-8 (U+FFFD for each stray byte, a warning
// naming their byte offsets); only text that is not UTF-8 at all is read as windows-1256 or
// ISO-8859-6. UTF-8 that was once read as windows-1256 and saved again (mojibake, "ط§ظ„") is
// repaired. Binary files are refused, not garbled.
import iconv from 'iconv-lite';
import type { Message } from '../types.js';

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  encoding: string;
  /** What the decision rested on when it was not plain UTF-8, and every repair made. */
  messages: Message[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
/** At most this many offsets are named in a warning. */
const OFFSETS_SHOWN = 10;

export function decode(buf: Buffer, declared?: string): Decoded {
  const d = decodeBytes(buf, declared);
  // A stray NUL is no character of a text (and PostgreSQL refuses it): U+FFFD in its place keeps offsets.
  return d.text.includes('\u0000') ? { ...d, text: d.text.replaceAll('\u0000', '\uFFFD') } : d;
}

function decodeBytes(buf: Buffer, declared?: string): Decoded {
  if (buf.length === 0) throw new DecodeError('empty file');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return fromUtf8(buf.subarray(3), 3, []);
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le', messages: [] };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be', messages: [] };
  const utf16 = sniffUtf16(buf);
  if (utf16)
    return {
      text: iconv.decode(buf, utf16),
      encoding: utf16,
      messages: [info(`decoded as ${utf16} (no byte-order mark; NUL bytes in UTF-16's places)`)],
    };
  if (looksBinary(buf)) throw new DecodeError('binary file (not text)');
  const label = normalizeLabel(declared ?? sniffDeclared(buf));
  const legacy = label && label !== 'utf-8' && iconv.encodingExists(label) ? label : undefined;
  const scan = scanUtf8(buf);
  if (scan.stray.length === 0) {
    // Legacy Arabic text is never valid UTF-8 by chance: a declaration that says otherwise is wrong.
    if (legacy && scan.multibyte > 0)
      return fromUtf8(buf, 0, [info(`declared ${legacy}, but the bytes are valid UTF-8: decoded as UTF-8`)]);
    if (legacy) return { text: iconv.decode(buf, legacy), encoding: legacy, messages: [] };
    return fromUtf8(buf, 0, []);
  }
  // Mostly valid UTF-8: a few stray bytes in a UTF-8 text, not a text in another encoding.
  if (scan.stray.length * 20 <= scan.multibyte) return fromUtf8(buf, 0, []);
  const guess = legacy ?? 'windows-1256';
  const why = legacy
    ? `declared ${legacy}`
    : 'not UTF-8 and no charset declared: the Arabic code page windows-1256 assumed';
  return {
    text: iconv.decode(buf, guess),
    encoding: guess,
    messages: [info(`decoded from ${guess} (${why})`)],
  };
}

function info(reason: string): Message {
  return { level: 'info', stage: 'ingest', reason };
}

/** UTF-8, stray bytes replaced and named by offset (`base` = bytes before `buf` in the file), mojibake repaired. */
function fromUtf8(buf: Buffer, base: number, messages: Message[]): Decoded {
  let text: string;
  try {
    text = utf8Strict.decode(buf);
  } catch {
    text = utf8Lenient.decode(buf);
    const { stray } = scanUtf8(buf);
    const shown = stray
      .slice(0, OFFSETS_SHOWN)
      .map((o) => o + base)
      .join(', ');
    const more = stray.length > OFFSETS_SHOWN ? `, … (${stray.length} in all)` : '';
    const at = text.indexOf('\uFFFD');
    messages.push({
      level: 'warning',
      stage: 'ingest',
      reason: `invalid UTF-8: ${stray.length} stray byte${stray.length > 1 ? 's' : ''} at byte offset${stray.length > 1 ? 's' : ''} ${shown}${more} replaced by U+FFFD`,
      ...(at >= 0 ? { span: { start: at, end: at + 1 } } : {}),
    });
  }
  const repaired = repairMojibake(text);
  if (repaired.runs) {
    messages.push({
      level: 'warning',
      stage: 'ingest',
      reason: `mojibake repaired: ${repaired.runs} run(s) of UTF-8 that had been read as windows-1256`,
    });
    text = repaired.text;
  }
  return { text, encoding: 'utf-8', messages };
}

/**
 * Walks the bytes as UTF-8: how many valid multi-byte sequences, and the offset of every byte
 * that starts no valid sequence (truncated, overlong, surrogate or out-of-range sequences too).
 */
export function scanUtf8(buf: Uint8Array): { multibyte: number; stray: number[] } {
  let multibyte = 0;
  const stray: number[] = [];
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) {
      const c = buf[i + k];
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) ok = false;
    }
    if (ok) {
      multibyte++;
      i += len;
    } else {
      stray.push(i);
      i++;
    }
  }
  return { multibyte, stray };
}

/** UTF-16 without a BOM: NUL bytes, and the high bytes (0x00, or 0x06 for Arabic) all on one side. */
function sniffUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 8192) & ~1;
  if (n < 4 || buf.indexOf(0) < 0 || buf.indexOf(0) >= n) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0 || buf[i] === 6) evenHigh++;
    if (buf[i + 1] === 0 || buf[i + 1] === 6) oddHigh++;
  }
  const pairs = n / 2;
  if (oddHigh >= 0.9 * pairs && evenHigh <= 0.1 * pairs) return 'utf-16le';
  if (evenHigh >= 0.9 * pairs && oddHigh <= 0.1 * pairs) return 'utf-16be';
  return null;
}

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32)) control++;
  }
  // Binary formats are full of NULs; one stray NUL in a page ("<p>\0</p>") leaves it text.
  return nul > Math.max(1, n / 1000) || (control + nul) / n > 0.1;
}

/** Binary by its first bytes (NUL, or many control characters), and not UTF-16. */
export function isBinary(head: Buffer): boolean {
  return (
    head.length > 0 &&
    !(head[0] === 0xff && head[1] === 0xfe) &&
    !(head[0] === 0xfe && head[1] === 0xff) &&
    !sniffUtf16(head) &&
    looksBinary(head)
  );
}

/** charset declared in the first bytes: <meta charset=…>, http-equiv content, or an XML prolog. */
export function sniffDeclared(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1];
}

function normalizeLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label.toLowerCase().trim();
  if (l === 'utf8' || l === 'utf-8') return 'utf-8';
  if (l === 'cp1256' || l === 'windows-1256' || l === 'x-cp1256') return 'windows-1256';
  if (l === 'iso-8859-6' || l === 'iso_8859-6' || l === 'arabic') return 'iso-8859-6';
  return l;
}

// Mojibake: UTF-8 bytes read as windows-1256. An Arabic letter (UTF-8 D8–DB xx) becomes one of
// ط ظ ع غ followed by a character of the code page's 0x80–0xBF row; “ ” – (E2 80 xx) become â€….
const cp1256 = (from: number, to: number) =>
  iconv.decode(Buffer.from(Array.from({ length: to - from + 1 }, (_, i) => from + i)), 'windows-1256');
const esc = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const CONT = esc(cp1256(0x80, 0xbf));
const LEAD2 = esc(cp1256(0xc2, 0xdf));
const LEAD3 = esc(cp1256(0xe0, 0xef));
const MOJIBAKE_RUN = new RegExp(`(?:[${LEAD2}][${CONT}]|[${LEAD3}][${CONT}]{2})+`, 'g');
const ARABIC_PAIR = new RegExp(`[\\u0637\\u0638\\u0639\\u063a][${CONT}]`, 'g');

function count(re: RegExp, text: string, atLeast: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) && ++n < atLeast);
  return n;
}

function arabicLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) n++;
  }
  return n;
}

/**
 * Repairs UTF-8 that was decoded as windows-1256, only when the text as a whole says so: in real
 * Arabic a letter ط ظ ع غ before ، or « is rare; in mojibake half of all letters are such pairs.
 */
export function repairMojibake(text: string): { text: string; runs: number } {
  if (count(ARABIC_PAIR, text, 5) < 5) return { text, runs: 0 };
  const pairs = count(ARABIC_PAIR, text, Infinity);
  if (pairs < 0.3 * arabicLetters(text)) return { text, runs: 0 };
  let runs = 0;
  const out = text.replace(MOJIBAKE_RUN, (run) => {
    const bytes = iconv.encode(run, 'windows-1256');
    try {
      const fixed = utf8Strict.decode(bytes);
      runs++;
      return fixed;
    } catch {
      return run;
    }
  });
  return { text: out, runs };
}
