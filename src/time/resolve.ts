// Resolution of recognized expressions to values, against the publication date (DCT) when
// known, against a year-inferred anchor when not, and to "unknown" otherwise. Every value
// says how it was derived; nothing gets more precision than the text gives.
import type { Derivation, Granularity, TimeValue, Weekday } from '../types.js';
import type { RawTime } from './recognize.js';
import type { Unit } from './lexicon.js';
import {
  addDays,
  compare,
  gregorianToHijri,
  fromDate,
  hijriToGregorian,
  iso,
  isValid,
  toDate,
  nearestWeekday,
  weekdayAfter,
  weekdayOf,
  weekdayOnOrBefore,
  WEEKDAYS,
  type YMD,
} from './calendar.js';

export interface ResolveContext {
  /** Publication date, or an inferred anchor. */
  ref: YMD | null;
  refInferred: boolean;
  /** The reference is the report's day as the text states it, not a publication date. */
  refStated?: boolean;
  /** Without any reference day, the report's weekday ("اليوم الأحد"), for "أمس" and "غداً". */
  reportWeekday?: Weekday;
  /** The narrative reference time for غداة/عشية: the last day-level date resolved so far. */
  narrative: YMD | null;
  /** The last year the text has spoken of ("من العام نفسه"). */
  narrativeYear: number | null;
  /** The last date resolved in the same sentence, for "بعد ثمانية أشهر" and bare weekdays after a future date. */
  sentenceRef: YMD | null;
  /** The clause speaks of the future ("وتعلن الهيئة النتائج يوم الأربعاء", "حتى الأحد"). */
  future: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const unknown = (g: Granularity, extra: Partial<TimeValue> = {}): TimeValue => ({
  value: null,
  granularity: g,
  derivation: 'unresolved',
  ...extra,
});

export function resolve(r: RawTime, ctx: ResolveContext): TimeValue {
  const relDerivation: Derivation = ctx.refInferred
    ? 'year-inferred'
    : ctx.refStated
      ? 'relative-to-reference'
      : 'relative-to-publication';
  switch (r.kind) {
    case 'date':
      return resolveDate(r, ctx, relDerivation);
    case 'day-range': {
      const a = resolveDate({ ...r, kind: 'date', weekday: undefined }, ctx, relDerivation);
      if (!a.value) return unknown('day-of-unknown-year', { day: r.day, month: r.month });
      const start = a.value.slice(0, 10);
      const y = +start.slice(0, 4);
      const end = { y, m: r.month!, d: r.day2! };
      if (!isValid(end)) return unknown('unknown');
      return { value: `${start}/${iso(end)}`, granularity: 'day-range', derivation: a.derivation };
    }
    case 'month': {
      const m = r.month!;
      if (r.year) {
        if (r.calendar === 'hijri') {
          const a = hijriToGregorian({ y: r.year, m, d: 1 });
          const b = hijriToGregorian(
            m === 12 ? { y: r.year + 1, m: 1, d: 1 } : { y: r.year, m: m + 1, d: 1 },
          );
          return a && b
            ? { value: `${iso(a)}/${iso(addDays(b, -1))}`, granularity: 'day-range', derivation: 'explicit' }
            : unknown('unknown');
        }
        return { value: `${r.year}-${pad(m)}`, granularity: 'month', derivation: 'explicit' };
      }
      if (!ctx.ref) return unknown('month-of-unknown-year', { month: m });
      const y = r.yearOffset !== undefined ? ctx.ref.y + r.yearOffset : yearForMonth(m, r.modifier, ctx.ref);
      return { value: `${y}-${pad(m)}`, granularity: 'month', derivation: relDerivation, month: m };
    }
    case 'year':
      if (r.calendar === 'hijri') {
        const a = hijriToGregorian({ y: r.year!, m: 1, d: 1 });
        const b = hijriToGregorian({ y: r.year! + 1, m: 1, d: 1 });
        return a && b
          ? { value: `${iso(a)}/${iso(addDays(b, -1))}`, granularity: 'day-range', derivation: 'explicit' }
          : unknown('unknown');
      }
      return { value: String(r.year), granularity: 'year', derivation: 'explicit' };
    case 'year-range':
      return { value: `${r.year}/${r.year2}`, granularity: 'year-range', derivation: 'explicit' };
    case 'weekday':
      return resolveWeekday(r, ctx, relDerivation);
    case 'deictic': {
      if (!ctx.ref && ctx.reportWeekday) {
        const weekday = WEEKDAYS[(WEEKDAYS.indexOf(ctx.reportWeekday) + (r.offset ?? 0) + 7 * 4) % 7];
        return {
          value: null,
          granularity: 'weekday-only',
          derivation: 'relative-to-reference',
          weekday,
          partOfDay: r.partOfDay,
        };
      }
      if (!ctx.ref || ctx.refInferred) return unknown('unknown', { partOfDay: r.partOfDay });
      return {
        value: iso(addDays(ctx.ref, r.offset ?? 0)),
        granularity: 'day',
        derivation: relDerivation,
        partOfDay: r.partOfDay,
      };
    }
    case 'anaphoric': {
      const base = ctx.narrative ?? ctx.ref;
      if (!base) return unknown('unknown');
      return {
        value: iso(addDays(base, r.offset ?? 0)),
        granularity: 'day',
        derivation: ctx.narrative ? 'relative-to-reference' : relDerivation,
      };
    }
    case 'relative':
      return resolveRelative(r, ctx);
    case 'unit-relative':
      return resolveUnitPhrase(r, ctx, relDerivation);
    case 'vague':
      return unknown(r.vague === 'past' ? 'vague-past' : r.vague === 'future' ? 'vague-future' : 'vague');
    case 'duration':
      return { value: isoDuration(r.n!, r.unit!), granularity: 'duration', derivation: 'explicit' };
    case 'clock':
      return unknown('unknown');
  }
}

function isoDuration(n: number, unit: string): string {
  return unit === 'hour'
    ? `PT${n}H`
    : `P${n}${unit === 'day' ? 'D' : unit === 'week' ? 'W' : unit === 'month' ? 'M' : 'Y'}`;
}

function resolveDate(r: RawTime, ctx: ResolveContext, relDerivation: Derivation): TimeValue {
  if (r.anniversary) {
    // "في مثل هذا اليوم من عام 2018": the publication's day and month (an inferred anchor is an event's day, not the report's).
    if (!ctx.ref || ctx.refInferred) return unknown('unknown');
    const d = { y: r.year!, m: ctx.ref.m, d: ctx.ref.d };
    return isValid(d)
      ? { value: iso(d), granularity: 'day', derivation: 'relative-to-publication' }
      : unknown('unknown');
  }
  const { day, month } = r;
  if (!day || !month) return unknown('unknown');
  const extra: Partial<TimeValue> = { partOfDay: r.partOfDay };
  // "غداً الثلاثاء التاسع من ذي الحجة": the deictic word fixes the day.
  if (!r.year && r.offset !== undefined && ctx.ref && !ctx.refInferred) {
    return {
      value: iso(addDays(ctx.ref, r.offset)),
      granularity: 'day',
      derivation: 'relative-to-publication',
      ...extra,
    };
  }
  if (r.sameYear) {
    // "من العام نفسه" with no year before it: the year is not known.
    if (!ctx.narrativeYear)
      return unknown('day-of-unknown-year', { day, month, weekday: r.weekday, ...extra });
    r = { ...r, year: ctx.narrativeYear };
  }
  if (r.calendar === 'hijri' && !r.year) {
    if (!ctx.ref) return unknown('day-of-unknown-year', extra);
    const hy = gregorianToHijri(ctx.ref).y;
    const options = [hy - 1, hy, hy + 1]
      .map((y) => hijriToGregorian({ y, m: month, d: day }))
      .filter((g): g is YMD => !!g);
    const near = options.sort(
      (a, b) =>
        Math.abs(toDate(a).getTime() - toDate(ctx.ref!).getTime()) -
        Math.abs(toDate(b).getTime() - toDate(ctx.ref!).getTime()),
    )[0];
    return near
      ? {
          value: iso(addDays(onStatedWeekday(near, r.weekday), r.shiftDays ?? 0)),
          granularity: 'day',
          derivation: relDerivation,
          ...extra,
        }
      : unknown('unknown');
  }
  if (r.yearOffset !== undefined && !r.year) {
    // "3 مارس من العام الماضي": the year before the reference's.
    if (!ctx.ref) return unknown('day-of-unknown-year', { day, month, weekday: r.weekday, ...extra });
    const d = { y: ctx.ref.y + r.yearOffset, m: month, d: day };
    if (!isValid(d) || (r.weekday && weekdayOf(d) !== r.weekday))
      return unknown('day-of-unknown-year', { day, month, weekday: r.weekday, ...extra });
    return { value: iso(d), granularity: 'day', derivation: relDerivation, ...extra };
  }
  if (r.year) {
    const h = r.calendar === 'hijri' ? hijriToGregorian({ y: r.year, m: month, d: day }) : null;
    const d =
      r.calendar === 'hijri'
        ? h
          ? addDays(onStatedWeekday(h, r.weekday), r.shiftDays ?? 0)
          : null
        : { y: r.year, m: month, d: day };
    if (!d || !isValid(d)) return unknown('unknown');
    // "يوم السبت 4 يناير 2002" (a Friday): the text contradicts itself and settles no day.
    if (r.calendar === 'gregorian' && r.weekday && weekdayOf(d) !== r.weekday)
      return unknown('day-of-unknown-year', { day, month, weekday: r.weekday, ...extra });
    if (r.hour !== undefined) {
      return {
        value: `${iso(d)}T${pad(r.hour)}:${pad(r.minute ?? 0)}`,
        granularity: 'minute',
        derivation: 'explicit',
        ...extra,
      };
    }
    return { value: iso(d), granularity: 'day', derivation: 'explicit', ...extra };
  }
  if (!ctx.ref) {
    return unknown('day-of-unknown-year', { day, month, weekday: r.weekday, ...extra });
  }
  let y = yearForDay(day, month, r.modifier, ctx.ref);
  // A stated weekday picks the year among the neighbours when the nearest one does not match it.
  if (r.weekday && r.modifier === undefined && weekdayOf({ y, m: month, d: day }) !== r.weekday) {
    const fits = [ctx.ref.y - 1, ctx.ref.y, ctx.ref.y + 1].filter(
      (c) => isValid({ y: c, m: month, d: day }) && weekdayOf({ y: c, m: month, d: day }) === r.weekday,
    );
    if (fits.length !== 1)
      return unknown('day-of-unknown-year', { day, month, weekday: r.weekday, ...extra });
    y = fits[0];
  }
  const d = { y, m: month, d: day };
  if (!isValid(d)) return unknown('unknown');
  return { value: iso(d), granularity: 'day', derivation: relDerivation, ...extra };
}

/**
 * A Hijri date with its weekday ("يوم الاثنين 29 ذي الحجة 1434"): countries start the month by
 * sighting, a day or two from Umm al-Qura, so the stated weekday picks the day within ±2.
 */
function onStatedWeekday(d: YMD, weekday: RawTime['weekday']): YMD {
  if (!weekday || weekdayOf(d) === weekday) return d;
  for (const n of [1, -1, 2, -2]) if (weekdayOf(addDays(d, n)) === weekday) return addDays(d, n);
  return d;
}

/** The year of a day/month written without one, read relative to the reference date. */
function yearForDay(day: number, month: number, mod: RawTime['modifier'], ref: YMD): number {
  const same = { y: ref.y, m: month, d: day };
  if (mod === 'current') return ref.y;
  if (mod === 'next') return compare(same, ref) > 0 ? ref.y : ref.y + 1;
  if (mod === 'past') return compare(same, ref) < 0 ? ref.y : ref.y - 1;
  // No modifier: the closest such day to the reference.
  const options = [ref.y - 1, ref.y, ref.y + 1];
  const dist = (y: number) =>
    Math.abs(toDate({ y, m: month, d: Math.min(day, 28) }).getTime() - toDate(ref).getTime());
  return options.sort((a, b) => dist(a) - dist(b))[0];
}

function yearForMonth(month: number, mod: RawTime['modifier'], ref: YMD): number {
  if (mod === 'next') return month > ref.m ? ref.y : ref.y + 1;
  if (mod === 'past') return month < ref.m ? ref.y : ref.y - 1;
  if (mod === 'current') return ref.y;
  return yearForDay(15, month, undefined, ref);
}

function resolveWeekday(r: RawTime, ctx: ResolveContext, relDerivation: Derivation): TimeValue {
  const wd = r.weekday!;
  if (!ctx.ref) return unknown('weekday-only', { weekday: wd, partOfDay: r.partOfDay });
  let d: YMD;
  if (ctx.refInferred) {
    // The anchor is an event date near publication: take the nearest such weekday.
    d = nearestWeekday(ctx.ref, wd);
  } else if (r.modifier === 'next') {
    d = weekdayAfter(ctx.ref, wd);
  } else if (
    r.modifier === undefined &&
    r.offset === undefined &&
    ctx.sentenceRef &&
    compare(ctx.sentenceRef, ctx.ref) > 0
  ) {
    // After a future date in the same sentence ("غد الاثنين … وأن الثلاثاء أول أيام رمضان").
    d = weekdayOnOrBefore(addDays(ctx.sentenceRef, 6), wd);
  } else if (r.modifier === undefined && r.offset === undefined && ctx.future) {
    d = weekdayOnOrBefore(addDays(ctx.ref, 6), wd);
  } else if (r.modifier === 'past') {
    d = weekdayOnOrBefore(addDays(ctx.ref, -1), wd);
  } else if (r.offset !== undefined) {
    // "أمس السبت" names one day near the publication date: a weekday a day or three off it says the
    // date we hold is off (a print edition's date, a Hijri stamp), never that the day is a week
    // before; the nearest such weekday is meant. (Not past the publication date for a past or
    // present deixis: that would make the report's news its plans.)
    const at = addDays(ctx.ref, r.offset);
    const near = nearestWeekday(at, wd);
    d = r.offset <= 0 && compare(near, ctx.ref) > 0 ? weekdayOnOrBefore(at, wd) : near;
  } else {
    d = weekdayOnOrBefore(ctx.ref, wd);
  }
  return {
    value: iso(d),
    granularity: 'day',
    derivation: relDerivation,
    weekday: wd,
    partOfDay: r.partOfDay,
  };
}

function shift(ref: YMD, unit: Unit, n: number): YMD {
  if (unit === 'hour') return addDays(ref, Math.trunc(n / 24));
  if (unit === 'day') return addDays(ref, n);
  if (unit === 'week') return addDays(ref, 7 * n);
  const t = toDate({ ...ref, d: 1 });
  if (unit === 'month') t.setUTCMonth(t.getUTCMonth() + n);
  else t.setUTCFullYear(t.getUTCFullYear() + n);
  return { ...fromDate(t), d: ref.d };
}

function formatAt(d: YMD, unit: Unit): { value: string; granularity: Granularity } {
  if (unit === 'day' || unit === 'hour') return { value: iso(d), granularity: 'day' };
  if (unit === 'week') return { value: isoWeek(d), granularity: 'week' };
  if (unit === 'month') return { value: `${d.y}-${pad(d.m)}`, granularity: 'month' };
  return { value: String(d.y), granularity: 'year' };
}

function resolveRelative(r: RawTime, ctx: ResolveContext): TimeValue {
  if (r.ofEvent) return unknown('unknown');
  // "انتهت بعد ثمانية أشهر" counts from the date the sentence has just given.
  if (r.direction === 'after' && ctx.sentenceRef) {
    return {
      ...formatAt(shift(ctx.sentenceRef, r.unit!, r.n!), r.unit!),
      derivation: 'relative-to-reference',
    };
  }
  if (!ctx.ref || ctx.refInferred) return unknown('unknown');
  const sign = r.direction === 'after' ? 1 : -1;
  const d = shift(ctx.ref, r.unit!, sign * r.n!);
  return { ...formatAt(d, r.unit!), derivation: 'relative-to-publication' };
}

function resolveUnitPhrase(r: RawTime, ctx: ResolveContext, relDerivation: Derivation): TimeValue {
  if (!ctx.ref) return unknown('unknown');
  const n = r.modifier === 'past' ? -1 : r.modifier === 'next' ? 1 : 0;
  return { ...formatAt(shift(ctx.ref, r.unit!, n), r.unit!), derivation: relDerivation };
}

/** ISO-8601 week label, e.g. 2020-W06. */
export function isoWeek(d: YMD): string {
  const t = toDate(d);
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7) + 3); // the Thursday of the week names its year
  const week = 1 + Math.floor((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86400000 / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}
