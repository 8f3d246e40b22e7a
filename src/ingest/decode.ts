// Bytes to text: BOM, strict UTF-8, a declared charset (<meta charset>, XML prolog), else a
// guess between the Arabic legacy code pages. Binary files are refused, not garbled.
import iconv from 'iconv-lite';

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(buf: Buffer, declared?: string): Decoded {
  if (buf.length === 0) throw new DecodeError('empty file');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (looksBinary(buf)) throw new DecodeError('binary file (not text)');
  const label = normalizeLabel(declared ?? sniffDeclared(buf));
  if (label && label !== 'utf-8' && iconv.encodingExists(label)) return { text: iconv.decode(buf, label), encoding: label };
  try {
    return { text: utf8.decode(buf), encoding: 'utf-8' };
  } catch {
    // Not UTF-8 and nothing declared: Arabic pages of this kind are windows-1256 far more often than ISO-8859-6.
    const guess = label && label !== 'utf-8' ? label : 'windows-1256';
    return { text: iconv.decode(buf, guess), encoding: guess };
  }
}

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
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
