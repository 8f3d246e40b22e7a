// The temporal layer: recognize expressions in a text and resolve them against the
// publication date, an inferred anchor, or nothing.
import type { TimeExpression } from '../types.js';
import { shadow as makeShadow, toOriginalSpan, type Shadow } from '../arabic/normalize.js';
import { recognize } from './recognize.js';
import { resolve } from './resolve.js';
import { inferAnchor, latestFullDate, reportDayOf, reportWeekdayOf } from './anchor.js';
import { addDays, fromDate, iso, parseIso, weekdayOf, type YMD } from './calendar.js';

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
  /**
   * The report's own day when there is no publication date but the text states it: a deictic
   * word joined to a full date ("اليوم الإثنين 14 أبريل 2025", "غداً الخميس 22 نوفمبر 2018").
   */
  reportDay: { value: string; from: string } | null;
}

const SENTENCE_END = /[.!?\n]/;

/** The start of the clause the expression is in: after a comma, colon, quote, أن/إن or a relative pronoun. */
const CLAUSE_OPENER =
  /(?:[,;:"]|(?<![\p{L}])(?:[وف]?(?:ان|بان|لان)|الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|حيث|فيما|بينما)(?![\p{L}]))/gu;
function clauseOf(before: string): { text: string; opener: string } {
  let at = 0;
  let opener = '';
  for (const m of before.matchAll(CLAUSE_OPENER)) {
    at = m.index! + m[0].length;
    opener = m[0].replace(/^[وف]/, '');
  }
  return { text: before.slice(at), opener };
}

function sentenceStartOf(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !(SENTENCE_END.test(text[i]) && !/\d/.test(text[i + 1] ?? ''))) i--;
  return i + 1;
}

// An imperfect or سـ-future verb opening the clause ("وتعلن الهيئة النتائج يوم الأربعاء"),
// or "حتى" right before the expression, points forward in time.
// Sentence-initial ت- verbs are left out: without vowels تعرض/تأهل (past) look like تعلن (present).
const FUTURE_OPENING = /^\s*[وف]?(?:س[يتن][\p{L}]{2,}|ي[\p{L}]{2,}|ت(?:ست|ت|ن(?!ا))[\p{L}]{2,})/u; // not تناول/تبادل (past)
// Sentence-initial ت- imperfects that cannot be read as past (تفعّل/تفاعل): the verbs of schedules.
const T_SCHEDULE =
  /^\s*[وف]?(?:تعلن|تعقد|تشهد|تبدا|تنطلق|تجري|تزور|تختتم|تنظم|تحتضن|تصوت|تفتتح|تنعقد|تقام|تنتهي)(?![\p{L}])/u;
const NOT_FUTURE = /^\s*[وف]?(?:يوم|يات|يشار|يذكر|يعد|يعتبر|يعيش|يبلغ|يضم|تستغرق)(?![\p{L}])/u;
const FUTURE_CUE =
  /(?:من\s+المقرر|من\s+المنتظر|من\s+المتوقع|(?:^|\s)[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو)(?:\s|$))/u;
const UNTIL = /(?:حتي|الي\s+غايه|لغايه)\s*$/u;

// A سـ-future verb ("سيجري", "ستعقد", "سنعمل") or سوف; not the nouns that begin the same way.
const FUTURE_VERB = /^[وف]?(?:سوف|س[يتن][\p{L}]{2,})$/u;
const SIN_NOUN =
  /^[وف]?(?:سيا|سيط|سيد|سين|سير|سيف|سيول|سيي|سيك|سيم|سيب|ستة|سته|ستين|ستار|ستو|ستر|سنه|سنو|سني|سنغ|سنت|سند|سنا)/u;
// After a relative pronoun, an imperfect verb: "الاجتماع الذي يعقد الأحد", "القمة التي تستضيفها الرياض".
const IMPERFECT = /^[وف]?(?:ي[\p{L}]{2,}|ت(?:ست|ت|ن(?!ا))[\p{L}]{2,})$/u;
const RELATIVE = /^(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)$/;

function isFutureClause(before: string): boolean {
  if (
    UNTIL.test(before) ||
    FUTURE_CUE.test(before) ||
    T_SCHEDULE.test(before) ||
    (FUTURE_OPENING.test(before) && !NOT_FUTURE.test(before))
  )
    return true;
  // The clause's own verb: "أعلنت الرئاسة أن الرئيس سيزور … يوم الأحد" points forward, "أعلنت
  // الرئاسة يوم الأحد أن …" back. The verb comes first in the clause or after a short subject.
  const clause = clauseOf(before);
  const words = clause.text.split(/\s+/).filter(Boolean).slice(0, 6);
  if (words.some((w) => FUTURE_VERB.test(w) && !SIN_NOUN.test(w))) return true;
  return (
    RELATIVE.test(clause.opener) && words.length > 0 && IMPERFECT.test(words[0]) && !NOT_FUTURE.test(words[0])
  );
}

export function findTimes(text: string, opts: TimeOptions = {}, sh: Shadow = makeShadow(text)): TimeResult {
  const raws = recognize(sh.text);
  const stamped = opts.published ? parseIso(opts.published) : null;
  // A report stamped the day after the day its text calls its own ("اليوم (الاثنين)" in a report
  // stamped Tuesday: put out after midnight, or stamped in another time zone) was written that day:
  // its "اليوم" and "أمس" count from there.
  const published =
    stamped && reportWeekdayOf(raws) === weekdayOf(addDays(stamped, -1)) ? addDays(stamped, -1) : stamped;
  const seen = fromDate(opts.seen ?? new Date());
  // Without a publication date, the last full date the text writes is the report's day when the
  // text calls its day by that date's weekday ("اليوم الأحد" … "June 26, 2022", a Sunday).
  // (A year inferred from a yearless date with its weekday, "اليوم الأربعاء 4 سبتمبر", comes first.)
  const ownDay = published ? null : reportDayOf(raws);
  const inferred = published || ownDay ? null : inferAnchor(raws, seen);
  const latest =
    published || ownDay || inferred
      ? null
      : latestFullDate(raws, sh.text, (r) =>
          isFutureClause(sh.text.slice(sentenceStartOf(sh.text, r.start), r.start)),
        );
  const statedWeekday = latest ? reportWeekdayOf(raws) : undefined;
  const stated =
    ownDay ?? (latest && statedWeekday && weekdayOf(latest.date) === statedWeekday ? latest : null);
  const dct = published ?? stated?.date ?? null;
  const anchor = dct ? null : inferred;
  const ref: YMD | null = dct ?? anchor?.date ?? null;
  // "اليوم الأحد" with no date anywhere: the report's day is a Sunday, "أمس" a Saturday.
  const reportWeekday = ref ? undefined : latest ? statedWeekday : reportWeekdayOf(raws);
  let narrative: YMD | null = null;
  let narrativeYear: number | null = null;
  let sentenceStart = -1;
  let sentenceRef: YMD | null = null;
  const expressions: TimeExpression[] = [];
  const written = new Map<string, string>();
  for (const r of raws) {
    const start = sentenceStartOf(sh.text, r.start);
    if (start !== sentenceStart) {
      sentenceStart = start;
      sentenceRef = null;
    }
    const future = isFutureClause(sh.text.slice(start, r.start));
    let v = resolve(r, {
      ref,
      refInferred: !dct && !!anchor,
      refStated: !!stated,
      reportWeekday,
      narrative,
      narrativeYear,
      sentenceRef,
      future,
    });
    // A past weekday the last written date falls on is that day ("يوم الأربعاء (21 مارس 2018)").
    if (
      !dct &&
      latest &&
      !future &&
      r.kind === 'weekday' &&
      r.modifier === undefined &&
      !v.value &&
      v.weekday === weekdayOf(latest.date)
    )
      v = { ...v, value: iso(latest.date), granularity: 'day', derivation: 'relative-to-reference' };
    // With no reference day, a day and month the text has written with its year ("يوم 22 فيفري
    // 2019" … "موعد 22 فيفري") is that date again.
    if (r.kind === 'date' && r.calendar === 'gregorian' && r.day && r.month) {
      const key = `${r.month}-${r.day}`;
      if (r.year && v.derivation === 'explicit' && v.value) written.set(key, v.value.slice(0, 10));
      else if (!ref && !r.year && !v.value && written.has(key) && !future)
        v = { ...v, value: written.get(key)!, granularity: 'day', derivation: 'year-inferred' };
    }
    if (r.hour !== undefined && v.value && v.granularity === 'day') {
      v = {
        ...v,
        value: `${v.value}T${String(r.hour).padStart(2, '0')}:${String(r.minute ?? 0).padStart(2, '0')}`,
        granularity: 'minute',
      };
    }
    if (v.value && (v.granularity === 'day' || v.granularity === 'minute') && r.kind !== 'anaphoric')
      narrative = parseIso(v.value);
    if (v.value && /^\d{4}/.test(v.value) && v.granularity !== 'duration') {
      narrativeYear = +v.value.slice(0, 4);
      sentenceRef =
        parseIso(
          v.value.length === 4 ? `${v.value}-01-01` : v.value.length === 7 ? `${v.value}-01` : v.value,
        ) ?? sentenceRef;
    }
    const span = toOriginalSpan(sh, r.start, r.end);
    expressions.push({ ...v, span, text: text.slice(span.start, span.end), rule: r.rule });
  }
  return {
    expressions,
    anchor: anchor
      ? {
          value: `${anchor.date.y}-${String(anchor.date.m).padStart(2, '0')}-${String(anchor.date.d).padStart(2, '0')}`,
          from: text.slice(
            toOriginalSpan(sh, anchor.from.start, anchor.from.end).start,
            toOriginalSpan(sh, anchor.from.start, anchor.from.end).end,
          ),
          candidates: anchor.candidates,
        }
      : null,
    reportDay: stated
      ? {
          value: iso(stated.date),
          from: text.slice(
            toOriginalSpan(sh, stated.from.start, stated.from.end).start,
            toOriginalSpan(sh, stated.from.start, stated.from.end).end,
          ),
        }
      : null,
  };
}
