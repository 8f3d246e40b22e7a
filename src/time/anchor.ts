// Without a publication date, a document can still fix its own year: "الخميس 24 من حزيران"
// falls on a Thursday only in some years. Those years are bounded below by the latest year the
// document mentions and above by the moment the document was seen; the earliest remaining
// year is taken and marked as inferred. With no year mentioned at all nothing is inferred.
import type { RawTime } from './recognize.js';
import { addDays, isValid, weekdayOf, WEEKDAYS, type YMD } from './calendar.js';
import type { Weekday } from '../types.js';

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
export function yearsMatchingWeekday(
  day: number,
  month: number,
  weekday: string,
  from: number,
  to: number,
): number[] {
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
    if (r.kind !== 'date' || r.year || !r.weekday || !r.day || !r.month || r.calendar !== 'gregorian')
      continue;
    const candidates = yearsMatchingWeekday(r.day, r.month, r.weekday, lo, seen.y);
    const inPast = candidates.filter(
      (y) => y < seen.y || r.month! < seen.m || (r.month === seen.m && r.day! <= seen.d),
    );
    if (inPast.length === 0) continue;
    return { date: { y: inPast[0], m: r.month, d: r.day }, from: r, candidates: inPast };
  }
  return null;
}

/**
 * The report's day as the text states it: a deictic word joined to a full Gregorian date
 * ("اليوم الإثنين 14 أبريل 2025", "غداً الخميس 22 نوفمبر 2018" → the day before). A stated weekday
 * that contradicts the date settles nothing.
 */
export function reportDayOf(raws: RawTime[]): { date: YMD; from: RawTime } | null {
  for (const r of raws) {
    if (
      r.kind !== 'date' ||
      r.calendar !== 'gregorian' ||
      r.offset === undefined ||
      !r.year ||
      !r.month ||
      !r.day
    )
      continue;
    const d = { y: r.year, m: r.month, d: r.day };
    if (!isValid(d) || (r.weekday && weekdayOf(d) !== r.weekday)) continue;
    return { date: addDays(d, -r.offset), from: r };
  }
  return null;
}

/** The report's weekday from "اليوم الأحد" / "أمس السبت" when no date settles the day itself. */
export function reportWeekdayOf(raws: RawTime[]): Weekday | undefined {
  for (const r of raws) {
    if ((r.kind !== 'weekday' && r.kind !== 'date') || !r.weekday || r.offset === undefined) continue;
    return WEEKDAYS[(WEEKDAYS.indexOf(r.weekday) - r.offset + 7 * 4) % 7];
  }
  return undefined;
}

/**
 * The latest full Gregorian date the text writes ("June 26, 2022", "(21 مارس 2018)"), when there is
 * no publication date: a report is written on or after the last day it names, so a past weekday
 * that this day falls on ("الأحد", "اليوم الأحد") is that day.
 */
export function latestFullDate(
  raws: RawTime[],
  text: string,
  forward: (r: RawTime) => boolean = () => false,
): { date: YMD; from: RawTime } | null {
  let best: { date: YMD; from: RawTime } | null = null;
  for (const r of raws) {
    if (r.kind !== 'date' || r.calendar !== 'gregorian' || !r.year || !r.month || !r.day) continue;
    if (r.offset !== undefined || r.year2 || r.day2) continue;
    // A deadline or a planned date ("حتى 1 فبراير 2018", "سيعقد في …") lies ahead of the report's day.
    if (forward(r)) continue;
    // An embedded post's signature ("— صحيفة اليوم (@alyaum) January 4, 2024") dates the post.
    // A date alone on its line (a site header's "today", a stamp) is page furniture, no date the
    // text tells: the day the report names must come from its sentences.
    const line = lineAt(text, r.start);
    if (EMBED_SIGNATURE.test(line) || line.trim().length <= r.end - r.start + 12) continue;
    const d = { y: r.year, m: r.month, d: r.day };
    if (!isValid(d) || (r.weekday && weekdayOf(d) !== r.weekday)) continue;
    if (!best || toKey(d) > toKey(best.date)) best = { date: d, from: r };
  }
  return best;
}
const toKey = (d: YMD) => d.y * 10000 + d.m * 100 + d.d;
/** The handle in an embedded post's signature line: that line dates the post, not the page. */
export const EMBED_SIGNATURE = /\(@[A-Za-z0-9_]{1,30}\)/;
const lineAt = (text: string, at: number) =>
  text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
