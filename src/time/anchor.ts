// Without a publication date, a document can still fix its own year: "الخميس 24 من حزيران"
// falls on a Thursday only in some years. Those years are bounded below by the latest year the
// document mentions and above by the moment the document was seen; the earliest remaining
// year is taken and marked as inferred. With no year mentioned at all nothing is inferred.
import type { RawTime } from './recognize.js';
import { isValid, weekdayOf, type YMD } from './calendar.js';

export interface Anchor {
  date: YMD;
  /** The expression the year was inferred from. */
  from: RawTime;
  candidates: number[];
}

/** Explicit Gregorian years written in the document. */
export function mentionedYears(raws: RawTime[]): number[] {
  const ys: number[] = [];
  for (const r of raws) {
    if (r.calendar !== 'gregorian') continue;
    if (r.year) ys.push(r.year);
    if (r.year2) ys.push(r.year2);
  }
  return ys;
}

/** Years in [from, to] where day/month falls on the weekday. */
export function yearsMatchingWeekday(day: number, month: number, weekday: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) {
    const d = { y, m: month, d: day };
    if (isValid(d) && weekdayOf(d) === weekday) out.push(y);
  }
  return out;
}

export function inferAnchor(raws: RawTime[], seen: YMD): Anchor | null {
  const years = mentionedYears(raws);
  if (years.length === 0) return null;
  const lo = Math.max(...years);
  for (const r of raws) {
    if (r.kind !== 'date' || r.year || !r.weekday || !r.day || !r.month || r.calendar !== 'gregorian') continue;
    const candidates = yearsMatchingWeekday(r.day, r.month, r.weekday, lo, seen.y);
    const inPast = candidates.filter((y) => y < seen.y || r.month! < seen.m || (r.month === seen.m && r.day! <= seen.d));
    if (inPast.length === 0) continue;
    return { date: { y: inPast[0], m: r.month, d: r.day }, from: r, candidates: inPast };
  }
  return null;
}
