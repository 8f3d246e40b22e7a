// The temporal layer: recognize expressions in a text and resolve them against the
// publication date, an inferred anchor, or nothing.
import type { TimeExpression } from '../types.js';
import { shadow as makeShadow, toOriginalSpan, type Shadow } from '../arabic/normalize.js';
import { recognize } from './recognize.js';
import { resolve } from './resolve.js';
import { inferAnchor } from './anchor.js';
import { fromDate, parseIso, type YMD } from './calendar.js';

export interface TimeOptions {
  /** Publication date (ISO), when the document has one. */
  published?: string | null;
  /** When the document was seen: the upper bound for year inference. Defaults to now. */
  seen?: Date;
}

export interface TimeResult {
  expressions: TimeExpression[];
  /** The year-inferred anchor when there was no publication date. */
  anchor: { value: string; from: string; candidates: number[] } | null;
}

export function findTimes(text: string, opts: TimeOptions = {}, sh: Shadow = makeShadow(text)): TimeResult {
  const raws = recognize(sh.text);
  const dct = opts.published ? parseIso(opts.published) : null;
  const seen = fromDate(opts.seen ?? new Date());
  const anchor = dct ? null : inferAnchor(raws, seen);
  const ref: YMD | null = dct ?? anchor?.date ?? null;
  let narrative: YMD | null = null;
  const expressions: TimeExpression[] = [];
  for (const r of raws) {
    const v = resolve(r, { ref, refInferred: !dct && !!anchor, narrative });
    if (v.value && v.granularity === 'day' && r.kind !== 'anaphoric') narrative = parseIso(v.value);
    const span = toOriginalSpan(sh, r.start, r.end);
    expressions.push({ ...v, span, text: text.slice(span.start, span.end), rule: r.rule });
  }
  return {
    expressions,
    anchor: anchor
      ? {
          value: `${anchor.date.y}-${String(anchor.date.m).padStart(2, '0')}-${String(anchor.date.d).padStart(2, '0')}`,
          from: text.slice(toOriginalSpan(sh, anchor.from.start, anchor.from.end).start, toOriginalSpan(sh, anchor.from.start, anchor.from.end).end),
          candidates: anchor.candidates,
        }
      : null,
  };
}
