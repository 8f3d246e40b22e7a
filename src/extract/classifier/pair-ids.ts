// Numbers for pairs of numbers, in order of first sight: the grouping keys of a page's elements
// (parent and template, an item's field) built from numbers rather than strings, since they are
// read for every block at every level of its stack and a string key is built and hashed each time.

/** b must lie in [0, 2^26) (element ids, class numbers, group masks of 26 groups at most); a may be -1. */
const SPAN = 2 ** 26;

export class PairIds {
  private readonly ids = new Map<number, number>();
  /** The pair's number (0, 1, 2… as pairs are first seen). */
  id(a: number, b: number): number {
    const k = a * SPAN + b;
    let v = this.ids.get(k);
    if (v === undefined) this.ids.set(k, (v = this.ids.size));
    return v;
  }
  /** How many pairs have numbers. */
  get size(): number {
    return this.ids.size;
  }
  /** The pair's number, or -1 when it was never seen. */
  find(a: number, b: number): number {
    return this.ids.get(a * SPAN + b) ?? -1;
  }
}

/** Numbers for strings (tag names), in order of first sight. */
export class StringIds {
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let v = this.ids.get(s);
    if (v === undefined) this.ids.set(s, (v = this.ids.size));
    return v;
  }
}

/**
 * An element's signature as a number (its tag name's number in `tags` and a number `word` gives it:
 * its class words or its groups' mask), worked out once per element of the page.
 */
export function signatureOf(
  els: readonly { name: string }[],
  tags: StringIds,
  word: (id: number) => number,
): (id: number) => number {
  const ids = new PairIds();
  const of = new Int32Array(els.length).fill(-1);
  return (id) => (of[id] >= 0 ? of[id] : (of[id] = ids.id(tags.id(els[id].name), word(id))));
}
