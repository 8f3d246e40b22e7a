// What the merge stage compares of two reports, computed once per document at ingest and stored
// (the body itself is not carried with its mentions): a TF-IDF vector against fixed background word
// frequencies (data/cluster/idf.tsv, built by scripts/build-idf.ts), so that a report's vector
// depends on its own text only, whatever else is stored; and the hashes of its word 3-shingles, for
// telling a republished copy (shingle Jaccard, shared/shingles.ts) from an independent report.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COPY_THRESHOLD } from './shingles.js';

/** A report's TF-IDF vector: term hashes ascending, and their weights (unit length, float32). */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float32Array;
}

let idfTable: { passages: number; df: Map<string, number> } | null = null;

function loadIdf(): { passages: number; df: Map<string, number> } {
  if (idfTable) return idfTable;
  const file = fileURLToPath(new URL('../../data/cluster/idf.tsv', import.meta.url));
  const df = new Map<string, number>();
  let passages = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const [w, n] = line.split('\t');
    if (w === '#passages') passages = Number(n);
    else if (!w.startsWith('#')) df.set(w, Number(n));
  }
  return (idfTable = { passages, df });
}

/**
 * Inverse background frequency of a word, sharpened (to the power 1.5): a word no passage uses (a
 * rare word, a name the tagger left) weighs most, and the words every report of a kind uses ("اتصال",
 * "هاتفي", "بحث") weigh little beside them, as they did when frequencies were counted over the
 * reports being merged.
 */
export function idf(word: string): number {
  const { passages, df } = loadIdf();
  return Math.log(passages / (df.get(word) ?? IDF_UNSEEN)) ** 1.5;
}
/** The passage count a word never seen in the background is taken to have. */
const IDF_UNSEEN = 1;

/**
 * The TF-IDF vector of a report's normalized text: two reports of one happening share its rare
 * words (the district, the toll, the weapon), two reports of two calls between the same leaders
 * share only the leaders' names and the words every call report uses.
 */
export function textVector(text: string): SparseVector {
  const counts = new Map<string, number>();
  for (const w of contentWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byTerm = new Map<number, number>();
  let norm = 0;
  for (const [w, c] of counts) {
    const x = (1 + Math.log(c)) * idf(w);
    if (x <= 0) continue;
    const h = fnv1a(w);
    const y = (byTerm.get(h) ?? 0) + x;
    norm += y * y - (byTerm.get(h) ?? 0) ** 2;
    byTerm.set(h, y);
  }
  norm = Math.sqrt(norm) || 1;
  const terms = Uint32Array.from([...byTerm.keys()].sort((a, b) => a - b));
  const weights = Float32Array.from(terms, (t) => byTerm.get(t)! / norm);
  return { terms, weights };
}

export function cosine(a: SparseVector | undefined, b: SparseVector | undefined): number {
  if (!a || !b) return 0;
  let s = 0;
  let i = 0;
  let j = 0;
  const ta = a.terms;
  const tb = b.terms;
  while (i < ta.length && j < tb.length) {
    if (ta[i] === tb[j]) s += a.weights[i++] * b.weights[j++];
    else if (ta[i] < tb[j]) i++;
    else j++;
  }
  return s;
}

/** Words of a normalized text without their proclitics; numbers kept (tolls, dates). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2) continue;
    const w = raw.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?(?=\p{L}{3})/u, '');
    if (w.length >= 3 || /\d/.test(w)) out.push(w);
  }
  return out;
}

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** fnv1a(`${a} ${b} ${c}`), without making the string (a shingle per word of every body). */
function fnv1aOfThree(a: string, b: string, c: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 32, 0x01000193);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 32, 0x01000193);
  for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** What the merge stage compares of a document: its TF-IDF vector and its shingle hashes. */
export interface DocFeatures {
  vector: SparseVector;
  /** Hashes of the word 3-shingles of the normalized body, ascending, unique. */
  shingles: Uint32Array;
}

export function docFeatures(normalizedBody: string, vectorText = normalizedBody): DocFeatures {
  const words = normalizedBody.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const sh = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++) sh.add(fnv1aOfThree(words[i], words[i + 1], words[i + 2]));
  return { vector: textVector(vectorText), shingles: Uint32Array.from([...sh].sort((a, b) => a - b)) };
}

/** Shingle Jaccard of two documents (from their sorted hashes). */
export function shingleJaccard(a: DocFeatures, b: DocFeatures): number {
  const x = a.shingles;
  const y = b.shingles;
  if (!x.length || !y.length) return 0;
  let inter = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) inter++, i++, j++;
    else if (x[i] < y[j]) i++;
    else j++;
  }
  return inter / (x.length + y.length - inter);
}

export const isCopy = (a: DocFeatures, b: DocFeatures) => shingleJaccard(a, b) >= COPY_THRESHOLD;

/** Features as one blob: counts, then terms, weights and shingle hashes (little-endian 32-bit). */
export function encodeFeatures(f: DocFeatures): Buffer {
  const n = f.vector.terms.length;
  const m = f.shingles.length;
  const buf = Buffer.alloc(8 + 4 * (2 * n + m));
  buf.writeUInt32LE(n, 0);
  buf.writeUInt32LE(m, 4);
  let o = 8;
  for (let i = 0; i < n; i++, o += 4) buf.writeUInt32LE(f.vector.terms[i], o);
  for (let i = 0; i < n; i++, o += 4) buf.writeFloatLE(f.vector.weights[i], o);
  for (let i = 0; i < m; i++, o += 4) buf.writeUInt32LE(f.shingles[i], o);
  return buf;
}

export function decodeFeatures(buf: Uint8Array): DocFeatures {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const n = b.readUInt32LE(0);
  const m = b.readUInt32LE(4);
  const terms = new Uint32Array(n);
  const weights = new Float32Array(n);
  const shingles = new Uint32Array(m);
  let o = 8;
  for (let i = 0; i < n; i++, o += 4) terms[i] = b.readUInt32LE(o);
  for (let i = 0; i < n; i++, o += 4) weights[i] = b.readFloatLE(o);
  for (let i = 0; i < m; i++, o += 4) shingles[i] = b.readUInt32LE(o);
  return { vector: { terms, weights }, shingles };
}
