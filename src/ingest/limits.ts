// Limits on what one input may cost, with defaults that fit news: an article page is tens to
// hundreds of KB, a feed a few MB, a crawl (WARC) or a JSONL dump many GB. Every limit is checked
// while the bytes stream in, never after a whole file or archive has been read or inflated.
export interface Limits {
  /** One document (a text or HTML page, a WARC payload, a JSONL record's text), after decompression. */
  maxDocumentBytes: number;
  /** One RSS/Atom feed file (parsed whole), after decompression. */
  maxFeedBytes: number;
  /** One file as it lies on disk, compressed or not. */
  maxFileBytes: number;
  /** Everything one .gz file inflates to, counted while inflating (a gzip bomb stops here). */
  maxDecompressedBytes: number;
  /**
   * Inflated bytes per compressed byte, checked once 16 MiB have been inflated: text and HTML
   * compress 3–20 to 1; a gzip bomb (zeros, one byte repeated) 1000 to 1.
   */
  maxCompressionRatio: number;
  /** One JSONL line. */
  maxLineBytes: number;
  /** Extraction and analysis of one document, enforced by stopping its worker thread. */
  timeBudgetMs: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxDocumentBytes: 8 * MiB,
  maxFeedBytes: 64 * MiB,
  maxFileBytes: 8 * 1024 * MiB,
  maxDecompressedBytes: 8 * 1024 * MiB,
  maxCompressionRatio: 100,
  maxLineBytes: 16 * MiB,
  timeBudgetMs: 10_000,
};

/** A limit was passed; the reason says which and what to change. */
export class LimitError extends Error {}

export function withDefaults(limits: Partial<Limits> = {}): Limits {
  const out = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(limits) as [keyof Limits, number | undefined][])
    if (v !== undefined) out[k] = v;
  return out;
}

/** "8 MiB", "1.5 GiB", "120 bytes". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[u]}`;
}

/** "8MB", "8 MiB", "512k", "1g", "1000" → bytes (K/M/G are powers of 1024). */
export function parseBytes(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(s);
  if (!m) throw new Error(`"${s}" is not a size (say 8MB, 512KB, 2GB)`);
  const power = ' kmgt'.indexOf(m[2].toLowerCase() || ' ');
  return Math.round(Number(m[1]) * 1024 ** power);
}

/** "10s", "500ms", "2m", "10" (seconds) → milliseconds. */
export function parseDuration(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/i.exec(s);
  if (!m) throw new Error(`"${s}" is not a duration (say 10s, 500ms, 2m)`);
  const unit = (m[2] ?? 's').toLowerCase();
  return Math.round(Number(m[1]) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000));
}
