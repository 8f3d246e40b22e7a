// Precision, recall and F1 from counts: one definition for every evaluation.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision and recall are 0 when nothing was predicted or nothing was to be found; F1 0 when both are. */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  return { precision, recall, f1: harmonic(precision, recall) };
}

export const harmonic = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** A table row's first cells: gold, tp, fp, fn, then P, R and F1 to three places. */
export function prfCells(c: Counts, s: { precision: number; recall: number; f1: number }): string[] {
  return [
    String(c.tp + c.fn),
    String(c.tp),
    String(c.fp),
    String(c.fn),
    s.precision.toFixed(3),
    s.recall.toFixed(3),
    s.f1.toFixed(3),
  ];
}
