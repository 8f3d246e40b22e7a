// Proclitics attached to Arabic words: conjunctions (و، ف), prepositions (ب، ل),
// the article (ال) and the fused preposition+article (لل). Works on normalized tokens.

const CONJ = ['و', 'ف'];
// ك ("like") is left out: it almost never attaches to a name, and "كبير" is not ك + "بير".
const PREP = ['ب', 'ل'];

/**
 * Every reading of a token with its proclitics peeled off, longest (the token itself) first.
 * "وبالرئاسه" -> ["وبالرئاسه", "بالرئاسه", "الرئاسه", "رئاسه"].
 * Stems shorter than `minStem` letters are not produced.
 */
export function stems(token: string, minStem = 2): string[] {
  // One cache per minimum (a key built per call would cost more than the lookup saves).
  let cache = caches[minStem];
  if (!cache) caches[minStem] = cache = new Map();
  let hit = cache.get(token);
  if (!hit) {
    if (cache.size > 200_000) cache.clear();
    cache.set(token, (hit = computeStems(token, minStem)));
  }
  return hit;
}

// Every matcher asks for the stems of every token: remember them.
const caches: Map<string, string[]>[] = [];

function computeStems(token: string, minStem: number): string[] {
  const out = new Set<string>([token]);
  const bases = [token];
  if (CONJ.includes(token[0]) && token.length - 1 >= minStem) bases.push(token.slice(1));
  for (const b of [...bases]) {
    if (PREP.includes(b[0]) && b.length - 1 >= minStem) bases.push(b.slice(1));
    if (b.startsWith('لل') && b.length - 2 >= minStem) bases.push('ال' + b.slice(2), b.slice(2));
  }
  for (const b of bases) {
    out.add(b);
    if (b.startsWith('ال') && b.length - 2 >= minStem) out.add(b.slice(2));
  }
  return [...out];
}

/** The article-less form of a normalized word, for keys of lexicons. */
export function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}
