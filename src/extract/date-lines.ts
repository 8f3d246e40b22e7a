// Date lines of a page ("تاريخ النشر: الإثنين، 07 نوفمبر 2022", "الأربعاء 26/أكتوبر/2022 - 09:05 م",
// "2023 / 06 / 12", "Publié le Jeudi 11 Septembre 2025", "تاريخ النشر: 23rd, May 2024 GMT"):
// the line is rewritten into forms the time stage reads (spaces around separators closed, slashes
// around a month name opened, a Latin month name put as its Arabic name in day-month-year order),
// the time stage finds the date, and its span is mapped back onto the original line.
import type { Span, TimeValue } from '../types.js';
import type { Line } from './lines.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { findTimes } from '../time/index.js';
import { lexicon } from '../time/lexicon.js';
import { furnitureRules } from './furniture.js';
import { EMBED_SIGNATURE } from '../time/anchor.js';

interface DatesData {
  latinMonths: Record<string, number>;
  latinWeekdays: string[];
  arabicMonths: string[];
  cues: string[];
  updatedCues: string[];
  mastheadCues: string[];
  todayLabels: string[];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const key = (s: string) =>
  normalize(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

let data: ReturnType<typeof build> | null = null;
function build() {
  const d = loadData<DatesData>('extract/dates.json');
  const month = `(${words(Object.keys(d.latinMonths))})`;
  const B = '(?<![\\p{L}\\p{N}])';
  return {
    months: new Map(Object.entries(d.latinMonths)),
    arabicMonths: d.arabicMonths,
    weekdays: new Set([...d.latinWeekdays.map(key), ...lexicon().weekdays.keys()]),
    cues: new Set(d.cues.map(key)),
    updated: new Set(d.updatedCues.map(key)),
    masthead: new RegExp(`(?:^|\\s)(?:${words(d.mastheadCues.map(key))})(?:\\s|$)|°`, 'u'),
    today: new RegExp(`^(?:${words(d.todayLabels.map(key))})(?:\\s|$)`, 'u'),
    // "23rd, May 2024", "11 Septembre 2025", "3. März 2021", "5 de mayo de 2020"
    dmy: new RegExp(
      `${B}(\\d{1,2})(?:st|nd|rd|th|er|ème|e|º)?\\.?,?\\s+(?:de\\s+|of\\s+)?${month}\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
      'giu',
    ),
    // "May 23, 2024", "Sept. 4 2025"
    mdy: new RegExp(`${B}${month}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
  };
}
const dates = () => (data ??= build());

/** A text rewritten piece by piece, with the original offset of every rewritten character. */
interface Rewritten {
  text: string;
  map: number[];
}

function rewrite(text: string, edits: { start: number; end: number; by: string }[]): Rewritten {
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  const map: number[] = [];
  let at = 0;
  // (The text between edits is copied in one slice, not character by character.)
  for (const e of edits) {
    if (e.start < at) continue;
    out += text.slice(at, e.start);
    for (; at < e.start; at++) map.push(at);
    for (let k = 0; k < e.by.length; k++) map.push(k === 0 ? e.start : e.end - 1);
    out += e.by;
    at = e.end;
  }
  out = at === 0 ? text : out + text.slice(at);
  for (; at < text.length; at++) map.push(at);
  map.push(text.length);
  return { text: out, map };
}

function edits(text: string): { start: number; end: number; by: string }[] {
  const d = dates();
  const out: { start: number; end: number; by: string }[] = [];
  const add = (m: RegExpExecArray, by: string) =>
    out.push({ start: m.index, end: m.index + m[0].length, by });
  const arabic = (name: string) =>
    d.arabicMonths[(d.months.get(name.toLowerCase().replace(/\.$/, '')) ?? 0) - 1];
  for (const m of text.matchAll(d.dmy)) if (arabic(m[2])) add(m, `${m[1]} ${arabic(m[2])} ${m[3]}`);
  for (const m of text.matchAll(d.mdy)) if (arabic(m[1])) add(m, `${m[2]} ${arabic(m[1])} ${m[3]}`);
  // ISO date-times: "2020-01-05T10:00:00+03:00" → "2020-01-05 10:00".
  for (const m of text.matchAll(
    /(?<!\d)(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g,
  ))
    add(m, `${m[1]} ${m[2]}`);
  // Spaced separators: "2023 / 06 / 12", "12 - 06 - 2023"; dots in year-first dates: "2024.05.23".
  for (const m of text.matchAll(/(?<![\d/.-])(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d/.-])/g))
    add(m, `${m[1]}/${m[3]}/${m[4]}`);
  for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})\s+([/.-])\s+(\d{1,2})\s+\2\s+(\d{4})(?![\d/.-])/g))
    add(m, `${m[1]}/${m[3]}/${m[4]}`);
  // Numbers with spaces only, on a date line: "2 02 2025".
  for (const m of text.matchAll(/(?<![\d/.:-])(\d{1,2})\s+(\d{1,2})\s+(\d{4})(?![\d/.:-])/g))
    add(m, `${m[1]}/${m[2]}/${m[3]}`);
  // Month first where the second number cannot be a month: "09/25/2025".
  for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])/g))
    if (+m[1] <= 12 && +m[3] > 12) add(m, `${m[3]}/${m[1]}/${m[4]}`);
  // A month name between slashes: "15/ديسمبر/2020".
  for (const m of text.matchAll(
    /(\d{1,2})\s*[/-]\s*(\p{Script=Arabic}+(?:\s\p{Script=Arabic}+)?)\s*[/-]\s*(\d{4})/gu,
  )) {
    if (lexicon().gregorianMonths.has(normalize(m[2]))) add(m, `${m[1]} ${m[2]} ${m[3]}`);
  }
  // One month in two calendars' names: "12 فبراير فيفري 2017".
  for (const m of text.matchAll(/(\d{1,2})\s+(\p{Script=Arabic}+)\s+(\p{Script=Arabic}+)\s+(\d{4})/gu)) {
    const a = lexicon().gregorianMonths.get(normalize(m[2]));
    if (a && a === lexicon().gregorianMonths.get(normalize(m[3]))) add(m, `${m[1]} ${m[2]} ${m[4]}`);
  }
  return out;
}

export interface DateReading {
  value: TimeValue;
  /** Span of the date in the document. */
  span: Span;
  text: string;
  /** What the words before the date say it is. */
  cue: 'publication' | 'updated' | 'today' | null;
  /** The line holds the date and little else (a weekday, a time, a section name). */
  bare: boolean;
  /** A site header's line: editor-in-chief, weather, prayer times beside it. */
  masthead: boolean;
  /** The line also gives a Hijri date (the "today" bars of Arabic sites give both calendars). */
  hijri: boolean;
}

const bylineWord = (w: string) =>
  furnitureRules().bylineWords.includes(w) || w === 'von' || w === 'par' || w === 'por';

/** A line of a site header: the editor-in-chief, weather, prayer times. */
export function isMastheadLine(line: Line): boolean {
  return dates().masthead.test(key(line.text));
}

/** The first full date in a free string ("Thu, 09/25/2025 - 11:38", "Jun 24, 2025"), as the time stage reads it. */
export function readDate(text: string): { value: TimeValue; text: string } | null {
  const rw = rewrite(text, edits(text));
  const e = findTimes(rw.text).expressions.find(
    (x) => x.derivation === 'explicit' && (x.granularity === 'day' || x.granularity === 'minute'),
  );
  return e
    ? {
        value: { value: e.value, granularity: e.granularity, derivation: 'explicit' },
        text: text.slice(rw.map[e.span.start], rw.map[e.span.end - 1] + 1),
      }
    : null;
}

const FILLER = /^(?:gmt|utc|am|pm|h|م|ص|مساء|صباحا|الساعه|at|um|à|a|de|le|the|,)$/u;

/** The first full date (day, month, year) of a short line, and what the line says about it. */
export function readDateLine(line: Line): DateReading | null {
  // A full date has a year in digits (the time stage reads no year in words): a line without two
  // digits in a row is no date line, and the time stage's rules need not run over it.
  if (line.words > 40 || !DIGIT.test(line.text)) return null;
  // A year is four digits, or two after a day and a month in digits ("5/3/24", "5 Mar '24"): a line
  // with one short number ("Top 10 tips", "15 comments") gives no full date either.
  if (!YEAR.test(line.text) && !TWO_NUMBERS.test(line.text)) return null;
  // "— صحيفة اليوم (@alyaum) January 4, 2024": an embedded post's signature dates the post, not the page.
  if (EMBED_SIGNATURE.test(line.text)) return null;
  // The title, the header and the date each ask of the same lines: each line is read once.
  let r = readings.get(line);
  if (r === undefined) readings.set(line, (r = readLine(line)));
  return r;
}
const readings = new WeakMap<Line, DateReading | null>();
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]{2}/;
const YEAR = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}/;
const TWO_NUMBERS =
  /[0-9\u0660-\u0669\u06F0-\u06F9][^0-9\u0660-\u0669\u06F0-\u06F9]+[0-9\u0660-\u0669\u06F0-\u06F9]/;

function readLine(line: Line): DateReading | null {
  const rw = rewrite(line.text, edits(line.text));
  const found = findTimes(rw.text).expressions;
  const e =
    found.find(
      (x) =>
        x.derivation === 'explicit' &&
        (x.granularity === 'day' || x.granularity === 'minute') &&
        x.rule !== 'hijri-date',
    ) ??
    found.find((x) => x.derivation === 'explicit' && (x.granularity === 'day' || x.granularity === 'minute'));
  if (!e) return null;
  const start = rw.map[e.span.start];
  const end = rw.map[e.span.end - 1] + 1;
  const d = dates();
  const before = key(line.text.slice(0, start));
  // Words left on the line once the dates, times, weekdays and cue are set aside.
  let rest = rw.text;
  for (const x of found)
    rest = rest.slice(0, x.span.start) + ' '.repeat(x.span.end - x.span.start) + rest.slice(x.span.end);
  let leftover = key(rest)
    .split(' ')
    .filter((w) => w && !d.weekdays.has(w) && !FILLER.test(w) && !/^\d+$/.test(w));
  // "September 1st, 2023 By Emily Norwood": a byline beside the date leaves it a date line.
  const by = leftover.findIndex((w) => bylineWord(w));
  if (by >= 0 && leftover.length - by <= 6) leftover = leftover.slice(0, by);
  const cueWords = before
    .split(' ')
    .filter((w) => w && !d.weekdays.has(w))
    .join(' ');
  const cue: DateReading['cue'] = d.today.test(before)
    ? 'today'
    : d.updated.has(cueWords) || [...d.updated].some((u) => cueWords.endsWith(u) && u.length > 4)
      ? 'updated'
      : d.cues.has(cueWords) || [...d.cues].some((c) => c.includes(' ') && cueWords.endsWith(c))
        ? 'publication'
        : null;
  const cueLength = cue ? cueWords.split(' ').length : 0;
  return {
    value: { value: e.value, granularity: e.granularity, derivation: 'explicit' },
    span: { start: line.span.start + start, end: line.span.start + end },
    text: line.text.slice(start, end),
    cue,
    bare: leftover.length - cueLength <= 2,
    masthead: d.masthead.test(key(line.text)),
    hijri: found.some((x) => x.rule === 'hijri-date'),
  };
}
