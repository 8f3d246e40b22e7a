// Plain calendar arithmetic on UTC dates, and Umm al-Qura Hijri conversion through Intl.
import type { Weekday } from '../types.js';

export const WEEKDAYS: Weekday[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function toDate({ y, m, d }: YMD): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function fromDate(date: Date): YMD {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function isValid({ y, m, d }: YMD): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = fromDate(toDate({ y, m, d }));
  return t.y === y && t.m === m && t.d === d;
}

export function addDays(x: YMD, n: number): YMD {
  const t = toDate(x);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
}

export function weekdayOf(x: YMD): Weekday {
  return WEEKDAYS[toDate(x).getUTCDay()];
}

export function compare(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function iso(x: YMD): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}

export function parseIso(s: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

/** The most recent `weekday` on or before `x` (offset 0..6 days back). */
export function weekdayOnOrBefore(x: YMD, weekday: Weekday): YMD {
  const diff = (WEEKDAYS.indexOf(weekdayOf(x)) - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return addDays(x, -diff);
}

/** The `weekday` nearest `x`, three days either way at most. */
export function nearestWeekday(x: YMD, weekday: Weekday): YMD {
  const diff = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(x)) + 7) % 7;
  return addDays(x, diff > 3 ? diff - 7 : diff);
}

/** The next `weekday` strictly after `x`. */
export function weekdayAfter(x: YMD, weekday: Weekday): YMD {
  const diff = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(x)) + 7) % 7 || 7;
  return addDays(x, diff);
}

// --- Hijri (Umm al-Qura) --------------------------------------------------------------
const hijriFmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

export function gregorianToHijri(x: YMD): YMD {
  const parts = hijriFmt.formatToParts(toDate(x));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value.replace(/\D/g, ''));
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** Inverse of gregorianToHijri: estimate, then walk to the exact day. Null if the date does not exist. */
export function hijriToGregorian(h: YMD): YMD | null {
  if (h.m < 1 || h.m > 12 || h.d < 1 || h.d > 30) return null;
  // Days since the Hijri epoch (16 July 622) at the mean month length.
  const approxDays = (h.y - 1) * 354.36707 + (h.m - 1) * 29.530589 + (h.d - 1);
  let g = addDays({ y: 622, m: 7, d: 16 }, Math.round(approxDays));
  for (let i = 0; i < 60; i++) {
    const c = gregorianToHijri(g);
    const diff = (h.y - c.y) * 354 + (h.m - c.m) * 29.5 + (h.d - c.d);
    if (c.y === h.y && c.m === h.m && c.d === h.d) return g;
    g = addDays(g, Math.max(-15, Math.min(15, Math.round(diff))) || (diff > 0 ? 1 : -1));
  }
  return null;
}
