// Text similarity between reports (TF-IDF cosine); shingles and Jaccard live in shared/shingles.ts.

/**
 * TF-IDF vectors of the reports' words (clitics off), unit length, over the reports being merged:
 * two reports of one happening share its rare words (the district, the toll, the weapon), two
 * reports of two calls between the same leaders share only the leaders' names.
 */
export function tfidfVectors(texts: Map<string, string>): Map<string, Map<string, number>> {
  const tf = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const [id, text] of texts) {
    const counts = new Map<string, number>();
    for (const w of contentWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    tf.set(id, counts);
    for (const w of counts.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = Math.max(2, tf.size);
  const out = new Map<string, Map<string, number>>();
  for (const [id, counts] of tf) {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of counts) {
      const x = (1 + Math.log(c)) * Math.log(n / df.get(w)!);
      if (x <= 0) continue;
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    out.set(id, v);
  }
  return out;
}

export function cosine(a: Map<string, number> | undefined, b: Map<string, number> | undefined): number {
  if (!a || !b) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y) s += x * y;
  }
  return s;
}

/** Words of a normalized text without their proclitics; numbers kept (tolls, dates). */
function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2) continue;
    const w = raw.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?(?=\p{L}{3})/u, '');
    if (w.length >= 3 || /\d/.test(w)) out.push(w);
  }
  return out;
}
