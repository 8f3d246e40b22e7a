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

const SENTENCE_END = /[.!?\n]/;

function sentenceStartOf(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !(SENTENCE_END.test(text[i]) && !/\d/.test(text[i + 1] ?? ''))) i--;
  return i + 1;
}

// An imperfect or سـ-future verb opening the clause ("وتعلن الهيئة النتائج يوم الأربعاء"),
// or "حتى" right before the expression, points forward in time.
// Sentence-initial ت- verbs are left out: without vowels تعرض/تأهل (past) look like تعلن (present).
const FUTURE_OPENING = /^\s*[وف]?(?:س[يتن][\p{L}]{2,}|ي[\p{L}]{2,}|ت(?:ست|ت|ن(?!ا))[\p{L}]{2,})/u; // not تناول/تبادل (past)
const NOT_FUTURE = /^\s*[وف]?(?:يوم|يات|يشار|يذكر|يعد|يعتبر|يعيش|يبلغ|يضم|تستغرق)(?![\p{L}])/u;
const FUTURE_CUE = /(?:من\s+المقرر|من\s+المنتظر|من\s+المتوقع|(?:^|\s)[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو)(?:\s|$))/u;
const UNTIL = /(?:حتي|الي\s+غايه|لغايه)\s*$/u;

function isFutureClause(before: string): boolean {
  return UNTIL.test(before) || FUTURE_CUE.test(before) || (FUTURE_OPENING.test(before) && !NOT_FUTURE.test(before));
}

export function findTimes(text: string, opts: TimeOptions = {}, sh: Shadow = makeShadow(text)): TimeResult {
  const raws = recognize(sh.text);
  const dct = opts.published ? parseIso(opts.published) : null;
  const seen = fromDate(opts.seen ?? new Date());
  const anchor = dct ? null : inferAnchor(raws, seen);
  const ref: YMD | null = dct ?? anchor?.date ?? null;
  let narrative: YMD | null = null;
  let narrativeYear: number | null = null;
  let sentenceStart = -1;
  let sentenceRef: YMD | null = null;
  const expressions: TimeExpression[] = [];
  for (const r of raws) {
    const start = sentenceStartOf(sh.text, r.start);
    if (start !== sentenceStart) {
      sentenceStart = start;
      sentenceRef = null;
    }
    const future = isFutureClause(sh.text.slice(start, r.start));
    let v = resolve(r, { ref, refInferred: !dct && !!anchor, narrative, narrativeYear, sentenceRef, future });
    if (r.hour !== undefined && v.value && v.granularity === 'day') {
      v = { ...v, value: `${v.value}T${String(r.hour).padStart(2, '0')}:${String(r.minute ?? 0).padStart(2, '0')}`, granularity: 'minute' };
    }
    if (v.value && (v.granularity === 'day' || v.granularity === 'minute') && r.kind !== 'anaphoric') narrative = parseIso(v.value);
    if (v.value && /^\d{4}/.test(v.value) && v.granularity !== 'duration') {
      narrativeYear = +v.value.slice(0, 4);
      sentenceRef = parseIso(v.value.length === 4 ? `${v.value}-01-01` : v.value.length === 7 ? `${v.value}-01` : v.value) ?? sentenceRef;
    }
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
