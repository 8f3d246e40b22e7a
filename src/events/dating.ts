// When an event happened, as an analyst dates it:
//   1. the clause's own time expression ("أجرى … يوم الاثنين"), never one across a new statement
//      ("…، وقال مصدر …") — when the expression dates the statement that announces the event
//      ("أعلنت الرئاسة مساء اليوم الأحد أن الرئيس تلقى اتصالاً"), the derivation says `report-day`;
//   2. else the report's news day, from its lead (`settleDates`): a report's events that carry no
//      time of their own and are not marked as earlier happen on the day its lead gives;
//   3. else only a bound: on or before the publication date (`publication-bound`, never a day).
// An event dated well before the report is background, one dated after it planned.
import type { EventMention, TimeExpression, TimeValue, Token } from '../types.js';
import { addDays, iso, parseIso, weekdayOf } from '../time/calendar.js';
import { eventLexicon } from './lexicon.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { tokenIndexAt, type SentenceView } from './context.js';
import { isExactWord, isWord, isWordAfter } from './words.js';

export const UNKNOWN_DATE: TimeValue = { value: null, granularity: 'unknown', derivation: 'unresolved' };

const DATING = new Set([
  'minute',
  'day',
  'weekday-only',
  'day-range',
  'day-of-unknown-year',
  'week',
  'month',
  'month-of-unknown-year',
  'year',
]);

const dating = (t: TimeExpression) =>
  DATING.has(t.granularity) &&
  (t.value !== null || !!t.weekday || !!t.month) &&
  !(t.granularity === 'year' && /^منذ/.test(t.text));

/** "(راجع «الشرق»، 3 آذار 2021)": the date of an article the report cites, not of any event. */
function citation(text: string, t: TimeExpression): boolean {
  const before = text.slice(Math.max(0, t.span.start - 60), t.span.start);
  const open = before.lastIndexOf('(');
  return open >= 0 && !before.includes(')', open) && /^\(\s*(?:راجع|انظر|اقرأ|إقرأ)/.test(before.slice(open));
}

// "…، وقال مصدر …", "…، وكانت إيران قد …": a comma and a verb of saying or كان open a new statement;
// "فيما", "بينما" another one.
// (words.json statementVerbs, strongBreaks; a statement verb needs its conjunction)
const newStatement = (n: string) => /^[وف]/.test(n) && isExactWord('statementVerbs', n.slice(1));
const strong = (n: string) => isWord('strongBreaks', n);

// "…، مضيفاً أنه قرر …": a participle of saying after a comma opens another statement (claims.json participles).
let participleSet: Set<string> | null = null;
const participles = () =>
  (participleSet ??= new Set(
    loadData<{ participles: string[] }>('events/claims.json').participles.map(normalize),
  ));

/** Does a new statement begin between the character offsets a < b? */
function statementBoundary(text: string, tokens: Token[], a: number, b: number): boolean {
  for (let i = tokenIndexAt(tokens, a) + 1; i < tokens.length && tokens[i].span.start < b; i++) {
    if (tokens[i].span.start <= a) continue;
    const n = tokens[i].norm;
    if (strong(n)) return true;
    if (
      (newStatement(n) || participles().has(n)) &&
      /[،,;؛]/.test(text.slice(tokens[i - 1].span.end, tokens[i].span.start))
    )
      return true;
  }
  return false;
}

/** "أعلنت الرئاسة مساء اليوم الأحد أن …": a verb of saying (and its subject) right before the time. */
function datesStatement(tokens: Token[], from: number, t: TimeExpression): boolean {
  const ti = tokenIndexAt(tokens, t.span.start);
  return eventLexicon()
    .speech.findAll(tokens, Math.max(from, ti - 9), ti)
    .some((m) => ti - m.last <= 8);
}

// "ازدياد حصيلة تفجير الكرادة", "ذكرى مجزرة …": the event is named by its toll or memory, an earlier happening.
// (words.json referenceHeads, after an optional و/ف/ب/ل and an optional article)
const REFERENCE_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ال', 'وال', 'فال', 'بال', 'لال'];
/** "هجوم سابق", "الزيارة الأخيرة", "زيارته الماضية": an earlier happening of the same kind. */
const isEarlier = (n: string) => isExactWord('earlierMarks', n);

/**
 * "الاتصال الأول من نوعه منذ 2011", "الزيارة الأولى له منذ توليه منصبه": the first since a time is
 * the news itself, not an earlier occasion — an ordinal with "منذ" a few words after it.
 */
function firstSince(tokens: Token[], at: number): boolean {
  if (!/^(?:الاول|الاولي)$/.test(tokens[at].norm)) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 6); k++)
    if (/^[وف]?منذ$/.test(tokens[k].norm)) return true;
  return false;
}

function referencedAt(tokens: Token[], i: number): boolean {
  return i > 0 && isWordAfter('referenceHeads', tokens[i - 1].norm, REFERENCE_PREFIXES);
}

export interface ClauseDateOptions {
  /** Only times within this many characters of the trigger. */
  window?: number;
  /** Only times that follow the trigger by at most this many characters ("الاتصال الذي جرى أمس"). */
  after?: number;
}

/**
 * The clause's own time: the dating expression nearest the trigger, in the same statement. An
 * expression that dates a statement announcing the event gives the report's day (`report-day`);
 * one that dates the announcement of a toll or memory of an earlier happening dates nothing here.
 */
export function clauseDate(
  text: string,
  tokens: Token[],
  v: SentenceView,
  trigger: { start: number; end: number },
  opts: ClauseDateOptions = {},
): TimeExpression | null {
  const ti = tokenIndexAt(tokens, trigger.start);
  const cands: TimeExpression[] = [];
  for (const t of v.times) {
    if (!dating(t) || citation(text, t) || sinceAnother(tokens, v.from, t) || untilBound(tokens, t)) continue;
    if (opts.window !== undefined && Math.abs(t.span.start - trigger.start) > opts.window) continue;
    if (
      opts.after !== undefined &&
      !(t.span.start >= trigger.end && t.span.start - trigger.end <= opts.after)
    )
      continue;
    const [a, b] = t.span.start < trigger.start ? [t.span.start, trigger.start] : [trigger.end, t.span.start];
    if (statementBoundary(text, tokens, a, b)) continue;
    if (t.span.start < trigger.start && datesStatement(tokens, v.from, t)) {
      if (referencedAt(tokens, ti)) continue;
      // (A weekday the report cannot place, "أفادت الوزارة، السبت، بأنها استدعت", is the statement's too.)
      cands.push(
        t.derivation === 'relative-to-publication' || t.derivation === 'relative-to-reference'
          ? { ...t, derivation: 'report-day' }
          : t.derivation === 'unresolved'
            ? { ...t, ofStatement: true }
            : t,
      );
      continue;
    }
    cands.push(t);
  }
  const at = opts.after !== undefined ? trigger.end : trigger.start;
  return cands.sort((a, b) => Math.abs(a.span.start - at) - Math.abs(b.span.start - at))[0] ?? null;
}

/**
 * "أول زيارة له منذ تسلّمه منصبه في نيسان الماضي": a time after "منذ" and another happening dates
 * that happening, the start of a period, not the act ("منذ يومين" right after it is the act's "ago").
 */
function sinceAnother(tokens: Token[], from: number, t: TimeExpression): boolean {
  const at = tokenIndexAt(tokens, t.span.start);
  // ("منذ اتفاق التطبيع الذي أبرم بين البلدين في 2020": a relative clause of the noun after "منذ"
  // holds its time too.)
  let relative = false;
  for (let k = at - 2; k >= Math.max(from, at - (relative ? 10 : 6)); k--) {
    if (/^[وف]?منذ$/.test(tokens[k].norm)) return true;
    if (/^(?:الذي|التي)$/.test(tokens[k].norm)) relative = true;
  }
  return false;
}

/** "سيكون ساري المفعول حتى 3 يوليو", "لغاية نهاية الشهر": the end of what the act sets, not its day. */
function untilBound(tokens: Token[], t: TimeExpression): boolean {
  if (/^[وف]?(?:حتى|حتي|لغاية|لغايه)\s/.test(t.text)) return true;
  const at = tokenIndexAt(tokens, t.span.start);
  return at > 0 && /^[وف]?(?:حتي|لغايه|غايه)$/.test(tokens[at - 1].norm);
}

/** A time expression as the value an event carries (without its span and rule). */
export function dateValue(t: TimeExpression | null | undefined): TimeValue {
  if (!t) return UNKNOWN_DATE;
  const { span: _s, text: _t, rule: _r, ...v } = t;
  // "الليلة الماضية", "ليلة أمس": the night before the report runs past midnight, over two days.
  const d = v.granularity === 'day' && v.value ? parseIso(v.value) : null;
  if (d && LAST_NIGHT.test(t.text)) {
    const { weekday: _w, partOfDay: _p, ...rest } = v;
    return { ...rest, value: `${v.value}/${iso(addDays(d, 1))}`, granularity: 'day-range' };
  }
  return v;
}

const LAST_NIGHT = /ليل[ةه]?\s+(?:ال)?(?:ماضي|أمس|امس|البارح)/;

/** An event dated explicitly well before the reference time is background; after its day, planned. */
export function statusOfDate(t: TimeValue | null, ref: string | null): string {
  if (!t?.value || !ref) return 'asserted';
  const start = t.value.slice(0, 10);
  const refDay = Date.parse(ref.slice(0, 10));
  // A month or a year ends after it begins: "مارس الجاري" is neither before nor after a day of March.
  const when = Date.parse(start.length === 4 ? `${start}-12-31` : start.length === 7 ? `${start}-28` : start);
  const begins = Date.parse(
    start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start,
  );
  if (!Number.isNaN(when) && refDay - when > 30 * 86400000) return 'background';
  if (!Number.isNaN(begins) && begins - refDay >= 86400000) return 'planned';
  return 'asserted';
}

export interface SettleContext {
  text: string;
  tokens: Token[];
  views: SentenceView[];
  /** The report's day: its publication date or the day its text states; else an inferred anchor. */
  ref: string | null;
  /** The day the report was published or states as its own (never an inferred anchor): the bound. */
  reportDay: string | null;
}

const DAY = 86400000;
/** How long before its report the lead's day may be and still be the report's news day. */
const NEWS_DAY_LAG = 7;
// The headline and the lead: pages often put a dateline, a section name or a subtitle line between them.
const LEAD_SENTENCES = 5;

interface Lead {
  time: TimeExpression;
  view: SentenceView;
  statement: boolean;
}

/**
 * The clause opens with كان: "وكانت إيران قد أعادت …" (with قد, an earlier happening), "وكان
 * التقى …" (without, often earlier the same day: `strict` asks for قد).
 */
function pluperfect(text: string, tokens: Token[], v: SentenceView, at: number, strict = false): boolean {
  const ti = tokenIndexAt(tokens, at);
  let qad = false;
  // (a dozen words at most: transcripts and long sentences run on without commas)
  for (let i = ti - 1; i >= Math.max(v.from, ti - 12); i--) {
    if (tokens[i].norm === 'قد') qad = true;
    if (isWord('kanaPluperfect', tokens[i].norm)) return !strict || qad;
    // (Past "قد", commas set off what stands between كان and its subject: "وكان ثمانية مدنيين، أغلبهم
    // من عائلة واحدة، قد قُتلوا أمس".)
    if (!qad && i > v.from && /[،,;؛:]/.test(text.slice(tokens[i - 1].span.end, tokens[i].span.start)))
      return false;
  }
  return false;
}

/**
 * The report's news day as its lead gives it: the first day (or weekday) in its first sentences
 * that is not the future, not an earlier statement ("وكانت … قد"), and not long before the report.
 */
export function leadDate(ctx: SettleContext): Lead | null {
  const ref = ctx.ref ? Date.parse(ctx.ref.slice(0, 10)) : null;
  const leads = ctx.views.slice(0, LEAD_SENTENCES);
  // "في مثل هذا اليوم 9 أغسطس من العام 2018": an anniversary piece's lead is the day it remembers.
  for (const v of leads) {
    const a = v.times.find((x) => x.rule === 'anniversary');
    const t =
      a &&
      (a.value
        ? a
        : v.times.find(
            (x) =>
              x.span.start >= a.span.end &&
              x.span.start - a.span.end <= 3 &&
              x.granularity === 'day' &&
              x.derivation === 'explicit',
          ));
    if (t) return { time: t, view: v, statement: false };
  }
  for (const v of leads) {
    for (const t of v.times) {
      if (stampLine(ctx.text, t) || citation(ctx.text, t)) continue;
      const weekday =
        (t.granularity === 'weekday-only' || t.granularity === 'day-of-unknown-year') && t.weekday;
      if (newsDay(ctx, v, t, ref) || (weekday && !pluperfect(ctx.text, ctx.tokens, v, t.span.start)))
        return { time: t, view: v, statement: datesStatement(ctx.tokens, v.from, t) };
    }
  }
  return null;
}

/**
 * "نُشر في 9 أكتوبر 2025", "الخميس 2017/03/30" on a line of their own: the page's stamp (its
 * publication, a site header's clock), no day the report tells of its news.
 */
export function stampLine(text: string, t: TimeExpression): boolean {
  const from = text.lastIndexOf('\n', t.span.start) + 1;
  const to = text.indexOf('\n', t.span.end);
  const line = text.slice(from, to < 0 ? text.length : to).trim();
  return line.length <= t.span.end - t.span.start + 12;
}

/** A day that can be a report's news day: not the future, not an earlier statement, not long before the report. */
function newsDay(ctx: SettleContext, v: SentenceView, t: TimeExpression, ref: number | null): boolean {
  if (!((t.granularity === 'day' || t.granularity === 'minute') && t.value)) return false;
  if (untilBound(ctx.tokens, t)) return false;
  if (
    pluperfect(ctx.text, ctx.tokens, v, t.span.start) ||
    afterAnother(ctx.text, ctx.tokens, v, t.span.start)
  )
    return false;
  if (runsOn(v, t) || contextClause(ctx.tokens, v, t) || appositiveDate(ctx.text, v, t)) return false;
  const when = Date.parse(t.value.slice(0, 10));
  return ref === null || (when <= ref && ref - when <= NEWS_DAY_LAG * DAY);
}

/**
 * "تحتضن تونس المؤتمر اليوم السبت وغدا الأحد": a day joined to a later one dates a period that runs
 * on (a conference, a programme), not a happening the report tells of.
 */
function runsOn(v: SentenceView, t: TimeExpression): boolean {
  return v.times.some(
    (x) =>
      x !== t &&
      x.span.start >= t.span.end &&
      x.span.start - t.span.end <= 3 &&
      !!x.value &&
      !!t.value &&
      x.value.slice(0, 10) > t.value.slice(0, 10),
  );
}

/**
 * "ردّاً على التجربة النووية الخامسة (9 سبتمبر 2016)": a date in brackets right after a noun dates
 * what that noun names; one right after a time ("مساء أمس الأربعاء (9 نوفمبر)") spells that time out.
 */
function appositiveDate(text: string, v: SentenceView, t: TimeExpression): boolean {
  const before = text.slice(Math.max(v.span.start, t.span.start - 3), t.span.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.slice(open + 1).trim()) return false;
  if (!/^\s*\)/.test(text.slice(t.span.end, t.span.end + 3))) return false;
  const bracket = t.span.start - before.length + open;
  return !v.times.some((x) => x !== t && x.span.end <= bracket && !text.slice(x.span.end, bracket).trim());
}

// "وتأتي هذه الخطوة إلحاقاً لبيان صدر في 27 أكتوبر", "ويأتي ذلك بعد هجوم الأحد": a sentence that
// sets the news in its context dates what came before it, never the news. So does one that opens
// with "يُشار إلى أن", "يُذكر أن", "تجدر الإشارة": background by its first word.
const CONTEXT_OPENERS = /^[وف]?(?:تاتي|ياتي)$/;
const CONTEXT_LINKS = /^(?:بعد|عقب|اثر|إثر|غداه|غداة|الحاقا|إلحاقا|خلفيه|خلفية|ردا)$/;
const BACKGROUND_OPENERS = /^[وف]?(?:يشار|يذكر|تجدر)$/;
function contextClause(tokens: Token[], v: SentenceView, t: TimeExpression): boolean {
  const ti = tokenIndexAt(tokens, t.span.start);
  if (v.from < ti && BACKGROUND_OPENERS.test(tokens[v.from].norm)) return true;
  // "ويُرجَّح أن تكون الخلفية الأساسية للخطوة المظاهرة … يوم السبت الماضي": a sentence about the
  // news's background, named in its first words, dates that background.
  for (let k = v.from; k < Math.min(ti, v.from + 5); k++)
    if (/^[وف]?الخلفيه$/.test(tokens[k].norm)) return true;
  let opener = -1;
  for (let k = v.from; k < Math.min(ti, v.from + 3); k++)
    if (CONTEXT_OPENERS.test(tokens[k].norm)) opener = k;
  if (opener < 0) return false;
  for (let k = opener + 1; k < ti; k++) if (CONTEXT_LINKS.test(tokens[k].norm)) return true;
  return false;
}

/**
 * The narrative's day before an undated sentence of the same paragraph ("وتأتي تصريحات أردوغان
 * غداة مواجهات … . إذ قصفت قوات الأسد …": the shelling is on the clashes' day).
 */
function paragraphDate(ctx: SettleContext, v: SentenceView): Lead | null {
  const ref = ctx.ref ? Date.parse(ctx.ref.slice(0, 10)) : null;
  for (let i = v.index - 1; i >= 0 && ctx.views[i].paragraph === v.paragraph; i--) {
    const w = ctx.views[i];
    const t = [...w.times].reverse().find((x) => !citation(ctx.text, x) && newsDay(ctx, w, x, ref));
    if (t) return { time: t, view: w, statement: datesStatement(ctx.tokens, w.from, t) };
  }
  return null;
}

const TERMINAL = new Set(['planned', 'negated', 'conditional']);

const sentenceAt = (ctx: SettleContext, at: number) =>
  ctx.views.findIndex((x) => at >= x.span.start && at < x.span.end);
const inLead = (ctx: SettleContext, at: number) => {
  const i = sentenceAt(ctx, at);
  return i >= 0 && i < LEAD_SENTENCES;
};
const sameSentence = (ctx: SettleContext, a: number, b: number) => sentenceAt(ctx, a) === sentenceAt(ctx, b);

/**
 * The document-level dating pass, after the events of a report are known: a weekday completed by
 * the lead's date on that weekday; an agreement reached at talks held over a period dated to its
 * closing day; events without a time of their own dated to the lead's news day; the rest bounded
 * by the report's day. Statuses follow the dates.
 */
export function settleDates(events: EventMention[], ctx: SettleContext): EventMention[] {
  const lead = leadDate(ctx);
  const closing =
    events
      .find((e) => e.type === 'CONSULT' && e.date.granularity === 'day-range' && e.date.value)
      ?.date.value?.split('/')[1] ?? null;
  for (const e of events) {
    if (TERMINAL.has(e.status)) continue;
    let own = e.dateSpan !== null && e.date.granularity !== 'unknown';
    // A happening the lead reports is the report's news: a day from a later sentence of a mention
    // folded into it, weeks before the report ("وفي 10 أكتوبر الماضي، استدعت …"), is another occasion.
    if (
      own &&
      e.dateSpan &&
      e.date.value &&
      ctx.ref &&
      inLead(ctx, e.triggers[0].span.start) &&
      !sameSentence(ctx, e.triggers[0].span.start, e.dateSpan.start) &&
      Date.parse(ctx.ref.slice(0, 10)) - Date.parse(e.date.value.slice(0, 10)) > NEWS_DAY_LAG * DAY
    ) {
      e.date = UNKNOWN_DATE;
      e.dateSpan = null;
      own = false;
    }
    // With no report day to measure by, the clause the day comes from says so itself: a later
    // sentence recalling an earlier occasion ("وكان الأمير قد زار بغداد في 29 مارس 2012", "بعدما
    // زار طهران في آب 2009") dates that occasion, not the happening an earlier sentence tells.
    if (own && e.dateSpan && recalledDate(ctx, e)) {
      e.date = UNKNOWN_DATE;
      e.dateSpan = null;
      own = false;
    }
    // "فجر الخميس" with the headline's "أول أيام 2026", a Thursday.
    if (
      own &&
      lead?.time.value &&
      !e.date.value &&
      e.date.weekday &&
      (lead.time.granularity === 'day' || lead.time.granularity === 'minute') &&
      weekdayOf(parseIso(lead.time.value)!) === e.date.weekday
    ) {
      e.date = {
        ...dateValue(lead.time),
        weekday: e.date.weekday,
        partOfDay: e.date.partOfDay ?? lead.time.partOfDay,
      };
      continue;
    }
    if (own) {
      // Every type's status follows its date: a strike "غداً" is planned, a statement of 2015 background.
      if (e.status === 'asserted') e.status = statusOfDate(e.date, ctx.ref);
      continue;
    }
    const at = e.triggers[0].span.start;
    const ti = tokenIndexAt(ctx.tokens, at);
    const v = ctx.views.find((x) => at >= x.span.start && at < x.span.end);
    // "في ختام هذه المفاوضات، تمّ التوقيع": the agreement closes talks held "من 6 إلى 10 آذار".
    const period =
      e.type === 'AGREE'
        ? (v?.times.find((t) => t.granularity === 'day-range' && t.value)?.value?.split('/')[1] ?? closing)
        : null;
    if (period) {
      e.date = { value: period, granularity: 'day', derivation: 'relative-to-reference' };
      e.status = statusOfDate(e.date, ctx.ref);
      continue;
    }
    const earlier =
      referencedAt(ctx.tokens, ti) ||
      (ti + 1 < ctx.tokens.length && isEarlier(ctx.tokens[ti + 1].norm) && !firstSince(ctx.tokens, ti + 1)) ||
      (!!v && pluperfect(ctx.text, ctx.tokens, v, at, true)) ||
      // A time of its own that nothing resolves ("زيارة أجراها أمس" with no day to count from), or
      // an earlier statement's "في وقت سابق" ("وكان المجلس قد أكد في وقت سابق أن …، وأن …").
      (!!v &&
        v.times.some(
          (t) =>
            !t.value &&
            !t.weekday &&
            (t.rule === 'deictic' ||
              t.rule === 'anaphoric' ||
              (t.granularity === 'vague-past' && pluperfect(ctx.text, ctx.tokens, v, t.span.start, true))) &&
            !statementBoundary(ctx.text, ctx.tokens, Math.min(t.span.start, at), Math.max(t.span.start, at)),
        ));
    const narrative = (v && paragraphDate(ctx, v)) ?? (lead?.time.value ? lead : null);
    if (narrative && !earlier && e.status !== 'background') {
      // The news day, not the lead's hour: "مساء الأحد" is when the lead's own event happened.
      const { partOfDay: _p, ...day } = dateValue(narrative.time);
      e.date = day;
      if (narrative.statement && e.date.derivation !== 'explicit')
        e.date = { ...e.date, derivation: 'report-day' };
      e.status = e.status === 'asserted' ? statusOfDate(e.date, ctx.ref) : e.status;
      continue;
    }
    if (ctx.reportDay)
      e.date = {
        value: null,
        granularity: 'on-or-before',
        derivation: 'publication-bound',
        notAfter: ctx.reportDay.slice(0, 10),
      };
  }
  // "الليلة الماضية" runs over two days; the report that also says the night's first day itself —
  // "مساء أمس", "في وقت متأخر من يوم أمس" — has said the attack came before midnight: that day.
  const evening = ctx.views
    .flatMap((v) => v.times)
    .find(
      (t) =>
        t.granularity === 'day' &&
        !!t.value &&
        !LAST_NIGHT.test(t.text) &&
        (t.partOfDay === 'evening' ||
          LATE.test(normalize(ctx.text.slice(Math.max(0, t.span.start - 30), t.span.start)).trim())),
    );
  if (evening)
    for (const e of events) {
      const [from, to] = e.date.granularity === 'day-range' ? (e.date.value?.split('/') ?? []) : [];
      if (from === evening.value && to === iso(addDays(parseIso(from)!, 1)))
        e.date = { ...e.date, value: from, granularity: 'day' };
    }
  return events;
}

/** "في وقت متأخر من", "في ساعة متأخرة من": late in the day that follows. */
const LATE = /متاخر[ةه]?\s+(?:من\s+)?(?:(?:ليل|مساء|يوم)\s*)?$/;

// "بعدما زار", "بعد أن زار": the verb after them tells an occasion before the one the report tells.
const AFTER_ANOTHER = /^[وف]?(?:بعدما|عقبما)$/;

/**
 * The event's day comes from another trigger than its first, at or after the first's sentence, and
 * that trigger is told as an earlier occasion: a pluperfect clause ("وكان … قد زار"), one after
 * "بعدما"/"بعد أن", or what the news comes after ("وتأتي الزيارة بعد اجتماع … يوم الأربعاء").
 */
function recalledDate(ctx: SettleContext, e: EventMention): boolean {
  const span = e.dateSpan!;
  const first = sentenceAt(ctx, e.triggers[0].span.start);
  const at = sentenceAt(ctx, span.start);
  if (first < 0 || at < first) return false;
  const v = ctx.views[at];
  // The trigger the day belongs to: the one of that sentence nearest the day, not the first.
  const trigger = e.triggers
    .filter((t) => sentenceAt(ctx, t.span.start) === at)
    .sort((a, b) => Math.abs(a.span.start - span.start) - Math.abs(b.span.start - span.start))[0];
  if (!trigger || trigger === e.triggers[0]) return false;
  // (Without قد, "وكانت الأولى حين ترأس وفد بلاده إلى القمة عام 2012" recalls an occasion when it
  // gives only a year or a month: "وكان التقى" with the news's day is often that day's.)
  const coarse = e.date.granularity === 'year' || e.date.granularity === 'month';
  // ("وتأتي الزيارة بعد اجتماع عقدته المنظمة يوم الأربعاء": the day of what the news follows.)
  const time = v.times.find((t) => t.span.start === span.start);
  // (Only for a mention an earlier sentence tells: "وتأتي الزيارة بعد زيارة قام بها الوزير في كانون
  // الثاني" read as one mention is mostly the minister's visit, its month its own.)
  if (time && at > first && contextClause(ctx.tokens, v, time)) return true;
  // (A day of its own — "وكان الأمير قد وصل صباح اليوم" may be the news's — only when written out.)
  return (
    e.date.derivation === 'explicit' &&
    (pluperfect(ctx.text, ctx.tokens, v, trigger.span.start, !coarse) ||
      afterAnother(ctx.text, ctx.tokens, v, Math.min(trigger.span.start, span.start)))
  );
}

/**
 * "بعدما زار عمّان في تموز 2010", "بعد أن التقاه في …", "وسبق أن زار …": the clause at `at` (a few
 * words on from "بعدما", "بعد أن" or "سبق أن", no comma between) tells an occasion before the one the
 * report tells.
 */
function afterAnother(text: string, tokens: Token[], v: SentenceView, at: number): boolean {
  const ti = tokenIndexAt(tokens, at);
  for (let i = ti - 1; i >= Math.max(v.from, ti - 6); i--) {
    const n = tokens[i].norm;
    if (AFTER_ANOTHER.test(n) || (n === 'ان' && i > v.from && /^[وف]?بعد$/.test(tokens[i - 1].norm)))
      return true;
    // "وسبق أن استُهدفت الوزارة بتفجير شبيه في 2007": an earlier occasion of the same kind.
    if (n === 'ان' && i > v.from && isExactWord('sabaqa', tokens[i - 1].norm)) return true;
    if (/[،,;؛:.]/.test(text.slice(tokens[i].span.end, tokens[i + 1].span.start))) return false;
  }
  return false;
}
