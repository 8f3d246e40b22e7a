// Honest dates: a day when a day is known, and otherwise exactly what is known — a weekday, a
// month without its year, a bound ("on or before"), an inferred year — never an invented day.
import type { TimeValueJson } from '../api/schemas.js';
import { getLang } from './i18n.js';

const MONTHS = {
  ar: [
    'كانون الثاني',
    'شباط',
    'آذار',
    'نيسان',
    'أيار',
    'حزيران',
    'تموز',
    'آب',
    'أيلول',
    'تشرين الأول',
    'تشرين الثاني',
    'كانون الأول',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const WEEKDAYS: Record<string, string> = {
  Sunday: 'الأحد',
  Monday: 'الاثنين',
  Tuesday: 'الثلاثاء',
  Wednesday: 'الأربعاء',
  Thursday: 'الخميس',
  Friday: 'الجمعة',
  Saturday: 'السبت',
};
const PARTS: Record<string, [string, string]> = {
  dawn: ['فجراً', 'at dawn'],
  morning: ['صباحاً', 'morning'],
  noon: ['ظهراً', 'noon'],
  afternoon: ['بعد الظهر', 'afternoon'],
  evening: ['مساءً', 'evening'],
  night: ['ليلاً', 'night'],
};
const NOTES: Record<string, [string, string]> = {
  yearInferred: ['السنة مستنتجة', 'year inferred'],
  reportDay: ['يوم التقرير', 'report day'],
  dateUnknown: ['التاريخ غير معروف', 'date unknown'],
  yearUnknown: ['السنة غير معروفة', 'year unknown'],
  unknown: ['التاريخ غير معروف', 'date unknown'],
};
const DERIVATIONS: Record<string, [string, string]> = {
  explicit: ['مذكور صراحةً في النص', 'written out in the text'],
  'relative-to-publication': ['محسوب من تاريخ النشر', 'worked out from the publication date'],
  'relative-to-reference': ['محسوب من تاريخ آخر في النص', 'worked out from another date in the text'],
  'year-inferred': [
    'السنة مستنتجة من اليوم والشهر واسم اليوم',
    'the year inferred from day, month and weekday',
  ],
  'report-day': ['يوم صدور البيان الذي أعلن الحدث', 'the day of the statement that announced it'],
  'publication-bound': [
    'لا يُعرف إلا أنه وقع قبل نشر التقرير أو يومه',
    'only known to be on or before the report',
  ],
  unresolved: ['لم يُحسم', 'not resolved'],
};

const ar = () => getLang() === 'ar';
const note = (k: keyof typeof NOTES) => NOTES[k][ar() ? 0 : 1];

/** "4 شباط 2020" / "4 February 2020"; with a time "4 شباط 2020، 23:39". */
export function formatDay(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hm] = m;
  const month = mo ? MONTHS[ar() ? 'ar' : 'en'][Number(mo) - 1] : '';
  const day = [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
  return hm ? `${day}${ar() ? '،' : ','} ${hm}` : day;
}

function formatValue(v: string): string {
  const [a, b] = v.split('/');
  if (!b) return formatDay(a);
  // A range: "6–8 تموز 2021" when month and year are shared.
  if (a.length === 10 && b.length === 10 && a.slice(0, 7) === b.slice(0, 7))
    return `${Number(a.slice(8))}–${formatDay(b)}`;
  return `${formatDay(a)} – ${formatDay(b)}`;
}

/** The date as an analyst should read it, with what is uncertain said in words. */
export function honestDate(t: TimeValueJson | null | undefined): string {
  if (!t) return note('unknown');
  if (t.granularity === 'on-or-before' && t.notAfter) {
    return ar() ? `قبل ${formatDay(t.notAfter)} أو فيه` : `on or before ${formatDay(t.notAfter)}`;
  }
  const reportDay = t.derivation === 'report-day';
  const wd = t.weekday ? (ar() ? (WEEKDAYS[t.weekday] ?? t.weekday) : t.weekday) : '';
  if (t.value) {
    const part = t.partOfDay ? ` ${PARTS[t.partOfDay]?.[ar() ? 0 : 1] ?? t.partOfDay}` : '';
    const extra =
      t.derivation === 'year-inferred'
        ? ` (${note('yearInferred')})`
        : reportDay
          ? ` (${note('reportDay')})`
          : '';
    return `${formatValue(t.value)}${part}${extra}`;
  }
  if (wd) return `${wd} (${reportDay ? note('reportDay') : note('dateUnknown')})`;
  if (t.month) {
    const month = MONTHS[ar() ? 'ar' : 'en'][t.month - 1];
    return `${t.day ? t.day + ' ' : ''}${month} (${note('yearUnknown')})`;
  }
  return note('unknown');
}

export const derivationLabel = (d: string) => DERIVATIONS[d]?.[ar() ? 0 : 1] ?? d;

/** A field value of the merged record's date ("2020-02-04", "weekday:Monday", "month:3", "unknown"). */
export function dateKeyLabel(v: string): string {
  if (v.startsWith('weekday:'))
    return honestDate({
      value: null,
      granularity: 'weekday-only',
      derivation: 'unresolved',
      weekday: v.slice(8),
    });
  if (v.startsWith('month:'))
    return honestDate({
      value: null,
      granularity: 'month-of-unknown-year',
      derivation: 'unresolved',
      month: Number(v.slice(6)),
    });
  if (v === 'unknown' || !v) return note('unknown');
  return formatValue(v);
}

/** A publication date as stored ("2020-02-04T23:39", "2020-02-08") or unknown. */
export const publishedLabel = (p: string | null) => (p ? formatDay(p) : null);
