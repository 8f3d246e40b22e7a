// Near-duplicate texts at ingest: MinHash over word 3-shingles of the normalized body, banded
// for locality-sensitive lookup (16 bands × 4 rows: a pair at Jaccard 0.8 shares a band with
// probability 0.9998, a pair at 0.3 with 0.12), then the exact Jaccard decides. A wire story
// republished with another outlet's header, a changed sentence or a trimmed tail is one text.
import { COPY_THRESHOLD, jaccard, shingles } from '../shared/shingles.js';

export { COPY_THRESHOLD };
const BANDS = 16;
const ROWS = 4;
/** Below this many shingles a text is too short to call a near copy; the exact hash decides. */
const MIN_SHINGLES = 20;

// One seed per MinHash function, fixed so that bands stay comparable across runs.
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface Fingerprint {
  shingles: Set<string>;
  /** MinHash signature, BANDS × ROWS values; empty when the text is too short to compare. */
  signature: Uint32Array;
  bands: string[];
}

/** Shingles, MinHash signature and band keys of a normalized body. */
export function fingerprint(normalizedBody: string): Fingerprint {
  const sh = shingles(normalizedBody);
  if (sh.size < MIN_SHINGLES) return { shingles: sh, signature: new Uint32Array(0), bands: [] };
  return { shingles: sh, ...minHash(Array.from(sh, fnv1a)) };
}

/**
 * The same signature and bands from the body's shingle hashes (DocFeatures.shingles: the same FNV-1a
 * of the same shingles, so the minima are the same), without shingling the body again; `distinct`
 * counts the shingles themselves when so few hashes could mean a text too short to compare.
 */
export function fingerprintOfHashes(
  hashes: ArrayLike<number>,
  distinct: () => number,
): Pick<Fingerprint, 'signature' | 'bands'> {
  if (hashes.length < MIN_SHINGLES && distinct() < MIN_SHINGLES)
    return { signature: new Uint32Array(0), bands: [] };
  return minHash(hashes);
}

function minHash(hashes: ArrayLike<number>): Pick<Fingerprint, 'signature' | 'bands'> {
  const mins = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (let k = 0; k < hashes.length; k++) {
    const h = hashes[k];
    for (let i = 0; i < SEEDS.length; i++) {
      const v = mix(h ^ SEEDS[i]);
      if (v < mins[i]) mins[i] = v;
    }
  }
  const bands: string[] = [];
  for (let b = 0; b < BANDS; b++)
    bands.push(
      `${b}:${Array.from(mins.subarray(b * ROWS, (b + 1) * ROWS), (v) => v.toString(36)).join('.')}`,
    );
  return { signature: mins, bands };
}

/** Jaccard estimated from two signatures: the share of equal minima. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * The exact word 3-shingle Jaccard against a stored body, computed only when the estimate is
 * near enough (the estimate's standard error at 64 hashes is about 0.06).
 */
export function copySimilarity(a: Fingerprint, bSignature: Uint32Array, bBody: () => string): number {
  if (estimatedSimilarity(a.signature, bSignature) < COPY_THRESHOLD - 0.2) return 0;
  return jaccard(a.shingles, shingles(bBody()));
}
