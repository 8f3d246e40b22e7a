// Numbers for pairs of numbers, in order of first sight: the grouping keys of a page's elements
// (parent and template, an item's field) built from numbers rather than strings, since they are
// read for every block at every level of its stack and a string key is built and hashed each time.

/**
 * Numbers for pairs of 32-bit integers (a may be -1), in an open-addressing table of typed arrays:
 * a pair is looked up without a key to build (a * 2^26 + b outgrew the small integers a Map keys
 * without boxing, and each lookup boxed a number).
 */
export class PairIds {
  private slots = 64;
  private left = new Int32Array(this.slots);
  private right = new Int32Array(this.slots);
  /** The pair's number plus one in each slot, 0 for an empty slot. */
  private taken = new Int32Array(this.slots);
  private count = 0;
  /** The pair's number (0, 1, 2… as pairs are first seen). */
  id(a: number, b: number): number {
    const at = this.slotOf(a, b);
    if (this.taken[at]) return this.taken[at] - 1;
    this.left[at] = a;
    this.right[at] = b;
    this.taken[at] = ++this.count;
    if (this.count * 2 > this.slots) this.grow();
    return this.count - 1;
  }
  /** How many pairs have numbers. */
  get size(): number {
    return this.count;
  }
  /** The pair's number, or -1 when it was never seen. */
  find(a: number, b: number): number {
    return this.taken[this.slotOf(a, b)] - 1;
  }
  /** The pair's slot, or the empty slot where it would go. */
  private slotOf(a: number, b: number): number {
    const mask = this.slots - 1;
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    let at = (h ^ (h >>> 13)) & mask;
    while (this.taken[at] && !(this.left[at] === a && this.right[at] === b)) at = (at + 1) & mask;
    return at;
  }
  private grow(): void {
    const { left, right, taken } = this;
    this.slots *= 2;
    this.left = new Int32Array(this.slots);
    this.right = new Int32Array(this.slots);
    this.taken = new Int32Array(this.slots);
    for (let k = 0; k < taken.length; k++) {
      if (!taken[k]) continue;
      const at = this.slotOf(left[k], right[k]);
      this.left[at] = left[k];
      this.right[at] = right[k];
      this.taken[at] = taken[k];
    }
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
