// Word 3-shingles and their Jaccard overlap: how the store and the cluster stage tell a republished
// copy from an independent report.

/** Shingle Jaccard at or above which two texts are copies of one text (a republished wire story). */
export const COPY_THRESHOLD = 0.8;

export function shingles(text: string, n = 3): Set<string> {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

export function jaccard(sa: Set<string>, sb: Set<string>): number {
  if (!sa.size || !sb.size) return 0;
  let inter = 0;
  for (const s of sa) if (sb.has(s)) inter++;
  return inter / (sa.size + sb.size - inter);
}
