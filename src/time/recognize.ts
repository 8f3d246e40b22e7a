// Recognition of Arabic temporal expressions on the normalized shadow text.
// Each rule is one regular expression built from the lexicon; overlapping matches are
// settled longest-first. Nothing here resolves a value: see resolve.ts.
import { alternation, lexicon, type Modifier, type Unit } from './lexicon.js';
import type { PartOfDay, Weekday } from '../types.js';
import { gregorianToHijri, hijriToGregorian } from './calendar.js';

/** "26 رمضان 2023": the Hijri year in which that day falls within the Gregorian year written beside it. */
function hijriYearIn(gy: number, month: number, d: number): number | undefined {
  const hy = gregorianToHijri({ y: gy, m: 7, d: 1 }).y;
  const fits = [hy - 1, hy, hy + 1].filter((y) => hijriToGregorian({ y, m: month, d })?.y === gy);
  return fits.length === 1 ? fits[0] : undefined;
}

export type RawKind =
  | 'date'
  | 'day-range'
  | 'month'
  | 'year'
  | 'year-range'
  | 'weekday'
  | 'deictic'
  | 'anaphoric'
  | 'relative'
  | 'unit-relative'
  | 'vague'
  | 'duration'
  | 'clock';

/** A recognized expression, with its parts as found (shadow offsets). */
export interface RawTime {
  start: number;
  end: number;
  kind: RawKind;
  rule: string;
  calendar: 'gregorian' | 'hijri';
  day?: number;
  day2?: number;
  month?: number;
  year?: number;
  year2?: number;
  weekday?: Weekday;
  modifier?: Modifier;
  partOfDay?: PartOfDay;
  /** Days relative to the anchor (deictic) or reference (anaphoric). */
  offset?: number;
  /** For قبل/بعد/منذ N units. */
  direction?: 'before' | 'after' | 'since';
  n?: number;
  unit?: Unit;
  vague?: 'past' | 'future' | 'present';
  hour?: number;
  minute?: number;
  /** "من العام نفسه": the year of the narrative. */
  sameYear?: boolean;
  /** "بعد عام واحد من توليه": measured from an event, not a date. */
  ofEvent?: boolean;
  trimOf?: number;
  nounYear?: boolean;
  clockPeriod?: 'am' | 'pm' | 'pm-noon';
  /** Days to move the resolved date ("عشية عيد الأضحى" is the day before the feast). */
  shiftDays?: number;
  /** "3 مارس من العام الماضي": the year counted from the reference's (−1, 0, +1). */
  yearOffset?: number;
  /** "في مثل هذا اليوم من عام 2018": the reference's day and month in that year. */
  anniversary?: boolean;
}

// Start of a word, allowing one attached proclitic (و، ف، ب، ل، ك), which is left out of the span.
const B = '(?<![\\p{L}\\p{N}])(?<clitic>[وفبلك](?=[\\p{L}\\p{N}]))?';
const E = '(?![\\p{L}\\p{N}])';

interface Rule {
  name: string;
  re: RegExp;
  make: (
    g: Record<string, string | undefined> & { 0?: string },
  ) => Omit<RawTime, 'start' | 'end' | 'rule'> | null;
}

function compileRules(): Rule[] {
  const L = lexicon();
  const MON = alternation(L.gregorianMonths.keys());
  const HMON = alternation(L.hijriMonths.keys());
  const WD = alternation(L.weekdays.keys());
  const POD = alternation(L.partsOfDay.keys());
  const MOD = alternation(L.modifiers.keys());
  const ORD = alternation(L.ordinals.keys());
  const NUMW = alternation(L.numberWords.keys());
  const UNITS = alternation(L.units.keys());
  const DEIX = alternation(L.deictic.keys());
  const ANA = alternation(L.anaphoric.keys());
  const UPH = alternation(L.unitPhrases.keys());
  const DUR = alternation(L.durationIntro);
  const PLAIN = alternation(L.plainUnits);
  const SEASON = alternation(L.seasons);
  const YNOUN = alternation(L.yearNouns);
  const SAME = alternation(L.sameYear);
  const HOUR = alternation(L.clockHours.keys());
  const PERIOD = alternation(L.clockPeriods.keys());
  const NOT_TODAY = alternation(L.notDeicticAfterToday);
  const OF = '\\s*(?:-\\s*)?(?:من\\s+)?(?:شهر\\s+)?';
  // The other family's name of the month: "سبتمبر/أيلول", "أغسطس (آب)", "9 أغسطس آب", "12 فبراير فيفري".
  const PAIR = `(?:\\s*[/\\\\-]\\s*(?<mon2>${MON})|\\s*\\(\\s*(?<mon3>${MON})\\s*\\)|\\s+(?<mon4>${MON}))?`;
  const YEAR = `\\s*(?:-\\s*|,\\s*)?(?:(?:من\\s+)?(?:ال)?(?:عام|سنه)\\s+)?(?<year>\\d{4})(?:\\s*(?<cal>م|ه)(?![\\p{L}]))?`;
  // "من العام الماضي": the year, not the month, is counted from the reference.
  const YMOD = `\\s+(?:من\\s+)?(?:العام|السنه)\\s+(?<ymod>${MOD})`;
  const TAIL = `(?:${YEAR}|${YMOD}|\\s+(?<mod>${MOD})|\\s+(?<same>${SAME}))?`;
  // "اليوم الثلاثاء"، "مساء أمس الأحد"، "يوم الجمعة" before a date.
  const WDPRE = `(?:(?:(?<deix>${DEIX})\\s+)?(?:(?<pod>${POD})\\s+)?(?:(?<deix2>اليوم|امس|الغد)\\s+)?(?:يوم\\s+)?(?<wd>${WD})\\s*,?\\s*(?:الموافق\\s*(?:ل\\s*)?)?)?`;
  const YEAR4 = '(?:19|20)\\d{2}';

  const day = (s: string | undefined) =>
    s === undefined ? undefined : /^\d+$/.test(s) ? +s : L.ordinals.get(s.replace(/\s+/g, ' '));
  const month = (s: string | undefined) => (s ? L.gregorianMonths.get(s.replace(/\s+/g, ' ')) : undefined);
  /** Both names of a pair name one month ("9 أغسطس آب"); two different months are no date. */
  const pairOk = (g: Record<string, string | undefined>) => {
    const other = g.mon2 ?? g.mon3 ?? g.mon4;
    return !other || month(other) === month(g.mon);
  };
  const mod = (s: string | undefined) => (s ? L.modifiers.get(s) : undefined);
  const yearOffset = (s: string | undefined) =>
    s ? ({ past: -1, next: 1, current: 0 } as const)[L.modifiers.get(s)!] : undefined;
  const cal = (s: string | undefined) => (s === 'ه' ? 'hijri' : 'gregorian') as RawTime['calendar'];
  const num = (s: string | undefined) =>
    s === undefined ? undefined : /^\d+$/.test(s) ? +s : L.numberWords.get(s);
  const deixis = (g: Record<string, string | undefined>) => {
    const d = g.deix ?? g.deix2;
    return d ? L.deictic.get(d.replace(/\s+/g, ' ')) : undefined;
  };
  const prefix = (g: Record<string, string | undefined>) => ({
    weekday: g.wd ? L.weekdays.get(g.wd) : undefined,
    partOfDay: g.pod ? L.partsOfDay.get(g.pod.replace(/\s+/g, ' ')) : undefined,
    offset: deixis(g),
  });
  const unitN = (n: string | undefined, unitWord: string) => {
    const dual = L.dualUnits.has(unitWord);
    return (
      num(n) ??
      (dual ? 2 : /^(ال)?(يوم|يوما|اسبوع|اسبوعا|شهر|شهرا|عام|عاما|سنه|ساعه)$/.test(unitWord) ? 1 : undefined)
    );
  };

  const HOL = alternation(L.holidays.keys());
  const HEDGE = alternation(L.holidayEdges.keys());
  return [
    {
      // "عيد الأضحى", "عشية عيد الفطر", "ثاني أيام عيد الأضحى 1445": a Hijri day by its feast.
      name: 'holiday',
      re: new RegExp(
        `${B}(?:(?<edge>${HEDGE})\\s+)?(?<hol>${HOL})(?:\\s+(?:المبارك|السعيد))?(?:\\s+(?:عام\\s+|لعام\\s+)?(?<year>1[34]\\d{2})\\s*(?:ه|هجريه)?)?${E}`,
        'gu',
      ),
      make: (g) => {
        const [month, day] = L.holidays.get(g.hol!.replace(/\s+/g, ' '))!;
        return {
          kind: 'date',
          calendar: 'hijri',
          month,
          day,
          year: g.year ? +g.year : undefined,
          shiftDays: g.edge ? L.holidayEdges.get(g.edge.replace(/\s+/g, ' ')) : undefined,
        };
      },
    },
    {
      name: 'date',
      re: new RegExp(
        `${B}${WDPRE}(?:ال(?=\\d))?(?<day>\\d{1,2}|${ORD})(?:st|nd|rd|th)?${OF}(?<mon>${MON})${PAIR}${TAIL}${E}`,
        'gu',
      ),
      make: (g) =>
        pairOk(g)
          ? {
              kind: 'date',
              calendar: cal(g.cal),
              day: day(g.day),
              month: month(g.mon),
              year: g.year ? +g.year : undefined,
              modifier: mod(g.mod),
              yearOffset: yearOffset(g.ymod),
              sameYear: !!g.same,
              ...prefix(g),
            }
          : null,
    },
    {
      name: 'day-range',
      re: new RegExp(
        `${B}(?:(?:بين|من|ايام|يومي)\\s+)?(?<day>\\d{1,2})(?:\\s*(?:و\\s*|,\\s*)\\d{1,2})*\\s*(?:و\\s*|-\\s*|الي\\s+|حتي\\s+)(?<day2>\\d{1,2})${OF}(?<mon>${MON})${PAIR}${TAIL}${E}`,
        'gu',
      ),
      make: (g) =>
        pairOk(g)
          ? {
              kind: 'day-range',
              calendar: cal(g.cal),
              day: +g.day!,
              day2: +g.day2!,
              month: month(g.mon),
              year: g.year ? +g.year : undefined,
              modifier: mod(g.mod),
              yearOffset: yearOffset(g.ymod),
            }
          : null,
    },
    {
      name: 'hijri-date',
      re: new RegExp(
        `${B}${WDPRE}(?<day>\\d{1,2}|${ORD})\\s*(?:-\\s*)?(?:من\\s+)?(?:شهر\\s+)?(?<mon>${HMON})(?:\\s+(?:عام\\s+|سنه\\s+|لعام\\s+)?(?<year>1[34]\\d{2}))?(?:\\s*(?:ه|هجريه|هجري|للهجره))?(?:\\s+(?:المبارك|المعظم))?(?:\\s+(?:من\\s+)?(?:عام\\s+|سنه\\s+)?(?<gy>(?:19|20)\\d{2})\\s*م?)?${E}`,
        'gu',
      ),
      make: (g) => ({
        kind: 'date',
        calendar: 'hijri',
        day: day(g.day),
        month: L.hijriMonths.get(g.mon!.replace(/\s+/g, ' ')),
        year: g.year
          ? +g.year
          : g.gy
            ? hijriYearIn(+g.gy, L.hijriMonths.get(g.mon!.replace(/\s+/g, ' '))!, day(g.day)!)
            : undefined,
        ...prefix(g),
      }),
    },
    {
      name: 'hijri-month',
      re: new RegExp(
        `${B}(?:شهر\\s+)?(?<mon>${HMON})\\s+(?:عام\\s+|سنه\\s+|لعام\\s+)?(?<year>1[34]\\d{2})\\s*(?:ه|هجريه|هجري|للهجره)?${E}`,
        'gu',
      ),
      make: (g) => ({
        kind: 'month',
        calendar: 'hijri',
        month: L.hijriMonths.get(g.mon!.replace(/\s+/g, ' ')),
        year: +g.year!,
      }),
    },
    {
      name: 'month',
      re: new RegExp(
        `${B}(?:(?<pre>شهر)\\s+)?(?<mon>${MON})${PAIR}(?:${YEAR}|${YMOD}|\\s+(?<mod>${MOD}))${E}`,
        'gu',
      ),
      make: (g) =>
        pairOk(g)
          ? {
              kind: 'month',
              calendar: cal(g.cal),
              month: month(g.mon),
              year: g.year ? +g.year : undefined,
              modifier: mod(g.mod),
              yearOffset: yearOffset(g.ymod),
            }
          : null,
    },
    {
      name: 'month-after-shahr',
      re: new RegExp(`${B}شهر\\s+(?<mon>${MON})${PAIR}${E}`, 'gu'),
      make: (g) => (pairOk(g) ? { kind: 'month', calendar: 'gregorian', month: month(g.mon) } : null),
    },
    {
      // "21/4/2023", "٢١ / ٤ / ٢٠٢٣م": spaces around the separators, a trailing م; forums write
      // "1\1\ 2011" with backslashes.
      name: 'numeric-dmy',
      re: new RegExp(
        `${B}(?<d>\\d{1,2})\\s*(?<sep>[/.\\\\-])\\s*(?<m>\\d{1,2})\\s*\\k<sep>\\s*(?<y>${YEAR4})(?:\\s*م(?![\\p{L}]))?${E}`,
        'gu',
      ),
      make: (g) => ({ kind: 'date', calendar: 'gregorian', day: +g.d!, month: +g.m!, year: +g.y! }),
    },
    {
      // "يوم الجمعة الموافق ٢١ / ٤ / ٢٠٢٣م": the weekday joined to the numeric date (its own rule, so
      // that the weekday is required and the common case stays cheap).
      name: 'numeric-dmy-weekday',
      re: new RegExp(
        `${B}(?:(?<pod>${POD})\\s+)?(?:يوم\\s+)?(?<wd>${WD})\\s*,?\\s*(?:الموافق\\s*(?:ل\\s*)?)?(?<d>\\d{1,2})\\s*(?<sep>[/.-])\\s*(?<m>\\d{1,2})\\s*\\k<sep>\\s*(?<y>${YEAR4})(?:\\s*م(?![\\p{L}]))?${E}`,
        'gu',
      ),
      make: (g) => ({
        kind: 'date',
        calendar: 'gregorian',
        day: +g.d!,
        month: +g.m!,
        year: +g.y!,
        ...prefix(g),
      }),
    },
    {
      name: 'numeric-ymd',
      re: new RegExp(`${B}(?<y>${YEAR4})/(?<m>\\d{1,2})/(?<d>\\d{1,2})${E}`, 'gu'),
      make: (g) => ({ kind: 'date', calendar: 'gregorian', day: +g.d!, month: +g.m!, year: +g.y! }),
    },
    {
      // "حتى نهاية يونيو", "مطلع آذار": a month named with where in it.
      name: 'month-edge',
      re: new RegExp(
        `${B}(?:حتي\\s+)?(?:نهايه|مطلع|منتصف|اواخر|اوائل|بدايه)\\s+(?:شهر\\s+)?(?<mon>${MON})${PAIR}(?:${YEAR}|\\s+(?<mod>${MOD}))?${E}`,
        'gu',
      ),
      make: (g) =>
        pairOk(g)
          ? {
              kind: 'month',
              calendar: 'gregorian',
              month: month(g.mon),
              year: g.year ? +g.year : undefined,
              modifier: mod(g.mod),
            }
          : null,
    },
    {
      // "date 2018-11", "2018/11": a year and month written as numbers.
      name: 'numeric-ym',
      re: new RegExp(
        `(?<![\\p{L}\\p{N}/.-])(?<y>${YEAR4})(?<sep>[/-])(?<m>0?[1-9]|1[0-2])(?![\\p{L}\\p{N}]|\\k<sep>\\d|[.,]\\d)`,
        'gu',
      ),
      make: (g) => ({ kind: 'month', calendar: 'gregorian', month: +g.m!, year: +g.y! }),
    },
    {
      name: 'numeric-iso',
      re: new RegExp(`${B}(?<y>${YEAR4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})${E}`, 'gu'),
      make: (g) => ({ kind: 'date', calendar: 'gregorian', day: +g.d!, month: +g.m!, year: +g.y! }),
    },
    {
      name: 'year-range',
      re: new RegExp(
        `${B}(?:(?:بين|من)\\s+(?:عام\\s+|العام\\s+)?|(?:في\\s+)?(?:عامي|سنتي)\\s+)(?<y1>${YEAR4})\\s*(?:و\\s*|الي\\s+|حتي\\s+|-\\s*)(?:عام\\s+|العام\\s+)?(?<y2>${YEAR4})${E}`,
        'gu',
      ),
      make: (g) => ({ kind: 'year-range', calendar: 'gregorian', year: +g.y1!, year2: +g.y2! }),
    },
    {
      name: 'year',
      re: new RegExp(
        `${B}(?:(?:منذ|حتي|خلال|مطلع|اواخر|منتصف|بدايه|نهايه|اوائل|بحلول)\\s+)?(?:عام|العام|سنه|لعام)\\s+(?<year>\\d{4})(?:\\s*(?<cal>م|ه)(?![\\p{L}]))?${E}`,
        'gu',
      ),
      make: (g) => ({ kind: 'year', calendar: cal(g.cal), year: +g.year! }),
    },
    {
      name: 'bare-year',
      re: new RegExp(
        `${B}(?:(?:في|منذ|حتي)\\s+)(?<year>${YEAR4})(?:\\s*(?<cal>م|ه)(?![\\p{L}]))?${E}(?!\\s*(?:مليون|مليار|الف|شخص|حاله|دولار))`,
        'gu',
      ),
      make: (g) => ({ kind: 'year', calendar: cal(g.cal), year: +g.year! }),
    },
    {
      // "صيف 2021", "ثورة 2011", "انتخابات 2018": a year named by what happened in it.
      name: 'noun-year',
      re: new RegExp(
        `${B}(?:(?:منذ|حتي|خلال|في|بعد|قبل)\\s+)?(?:${SEASON}|${YNOUN})\\s+(?:عام\\s+)?(?<year>${YEAR4})${E}(?!\\s*(?:مليون|مليار|الف|شخص|حاله|دولار))`,
        'gu',
      ),
      make: (g) => ({ kind: 'year', calendar: 'gregorian', year: +g.year!, nounYear: true }),
    },
    {
      // "في أول أيام 2026", "اليوم الأول من عام 2026", "آخر أيام 2025".
      name: 'year-edge-day',
      re: new RegExp(
        `${B}(?:(?<first>اول|اخر)\\s+(?:ايام|يوم)|اليوم\\s+(?<first2>الاول|الاخير))\\s+(?:من\\s+)?(?:(?:ال)?(?:عام|سنه)\\s+)?(?<year>${YEAR4})(?:\\s*م(?![\\p{L}]))?${E}`,
        'gu',
      ),
      make: (g) => {
        const last = g.first === 'اخر' || g.first2 === 'الاخير';
        return {
          kind: 'date',
          calendar: 'gregorian',
          year: +g.year!,
          month: last ? 12 : 1,
          day: last ? 31 : 1,
        };
      },
    },
    {
      // "في مثل هذا اليوم من عام 2018": this day and month, in that year; alone, a past day of
      // some year (the date that often follows is its own expression), never today.
      name: 'anniversary',
      re: new RegExp(
        `${B}(?:في\\s+)?مثل\\s+هذا\\s+اليوم(?:\\s*,?\\s*من\\s+(?:ال)?(?:عام|سنه)\\s+(?<year>${YEAR4})(?:\\s*م(?![\\p{L}]))?)?${E}`,
        'gu',
      ),
      make: (g) =>
        g.year
          ? { kind: 'date', calendar: 'gregorian', year: +g.year, anniversary: true }
          : { kind: 'vague', calendar: 'gregorian', vague: 'past' },
    },
    {
      // Embedded posts and English datelines: "June 26, 2022", "26 June 2022".
      name: 'english-date',
      re: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:(?<mon>${EN_MONTHS})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mon2>${EN_MONTHS})\\.?)\\s*,?\\s*(?<year>${YEAR4})${E}`,
        'gu',
      ),
      make: (g) => ({
        kind: 'date',
        calendar: 'gregorian',
        day: +(g.day ?? g.day2)!,
        month: enMonth(g.mon ?? g.mon2!),
        year: +g.year!,
      }),
    },
    {
      name: 'weekday',
      re: new RegExp(
        // ("اليوم (الاثنين)", "مساء أمس (الأحد)": the weekday may stand in parentheses after the deixis;
        // "الأيام الأحد عشر الماضية" is eleven days, no Sunday; "في وقت سابق اليوم (الاثنين)" is that Monday too.)
        `${B}(?:في\\s+وقت\\s+(?:سابق|لاحق)\\s+(?:من\\s+)?(?=${DEIX}))?(?:(?<deix>${DEIX})(?:\\s+|\\s*\\((?=\\s*${WD}\\s*\\))))?(?:(?<pod>${POD})\\s+(?:(?<deix2>اليوم|امس|الغد)(?:\\s+|\\s*\\((?=\\s*${WD}\\s*\\))))?)?(?:يوم\\s+)?\\s*(?<wd>${WD})(?!\\s+عشر)(?:(?<=\\(\\s*(?:${WD}))\\s*\\))?(?:\\s+(?:الي\\s+|علي\\s+)?(?<wd2>${WD}))?(?:\\s+(?<mod>${MOD}))?${E}`,
        'gu',
      ),
      make: (g) => ({ kind: 'weekday', calendar: 'gregorian', modifier: mod(g.mod), ...prefix(g) }),
    },
    {
      name: 'deictic',
      re: new RegExp(
        `${B}(?:في\\s+وقت\\s+(?:سابق|لاحق)\\s+(?:من\\s+)?)?(?:(?<pod>${POD})\\s+)?(?<deix>${DEIX})${E}(?!\\s+(?:${NOT_TODAY})${E})`,
        'gu',
      ),
      make: (g) => ({
        kind: 'deictic',
        calendar: 'gregorian',
        offset: deixis(g),
        partOfDay: g.pod ? L.partsOfDay.get(g.pod.replace(/\s+/g, ' ')) : undefined,
      }),
    },
    {
      name: 'anaphoric',
      re: new RegExp(`${B}(?<ana>${ANA})(?:\\s+(?<noun>[\\p{L}]{3,}))?${E}`, 'gu'),
      make: (g) => ({
        kind: 'anaphoric',
        calendar: 'gregorian',
        offset: L.anaphoric.get(g.ana!.replace(/\s+/g, ' ')),
      }),
    },
    {
      name: 'unit-relative',
      re: new RegExp(
        `${B}(?<dir>قبل|بعد|منذ)\\s+(?:نحو\\s+|حوالي\\s+|قرابه\\s+)?(?:(?<n>\\d+|${NUMW})\\s+)?(?<unit>${UNITS})(?:\\s+(?<n2>واحد|واحده))?${E}(?<of>\\s+من\\s+[\\p{L}])?`,
        'gu',
      ),
      make: (g) => {
        const unit = L.units.get(g.unit!)!;
        const n = unitN(g.n, g.unit!);
        const direction = g.dir === 'قبل' ? 'before' : g.dir === 'بعد' ? 'after' : 'since';
        if (n === undefined)
          return { kind: 'vague', calendar: 'gregorian', vague: direction === 'after' ? 'future' : 'past' };
        // "بعد عام واحد من توليه": relative to another event, not to a date.
        if (g.of)
          return {
            kind: 'relative',
            calendar: 'gregorian',
            direction,
            n,
            unit,
            ofEvent: true,
            trimOf: g.of.length,
          };
        return { kind: 'relative', calendar: 'gregorian', direction, n, unit };
      },
    },
    {
      name: 'duration',
      re: new RegExp(
        `${B}(?:(?:${DUR})\\s+)?(?:(?:اقصاها|نحو|حوالي|قرابه)\\s+)?(?:(?<n>\\d+|${NUMW})\\s+)?(?<unit>${UNITS})${E}`,
        'gu',
      ),
      make: (g) => {
        const n = unitN(g.n, g.unit!);
        if (n === undefined) return null;
        // A bare singular unit with no number and no introducing word is not a duration ("يوم").
        if (g.n === undefined && !L.dualUnits.has(g.unit!) && !/^(?:\S+\s+)+/.test(g[0] ?? '')) return null;
        return { kind: 'duration', calendar: 'gregorian', n, unit: L.units.get(g.unit!)! };
      },
    },
    {
      name: 'unit-phrase',
      re: new RegExp(
        `${B}(?:(?:خلال|منذ|حتي|مطلع|اواخر|منتصف|بدايه|نهايه|اوائل)\\s+)?(?:(?<u>${UPH})\\s+(?<mod>${MOD})|(?<this>هذا|هذه)\\s+(?<u2>${UPH}))${E}`,
        'gu',
      ),
      make: (g) => ({
        kind: 'unit-relative',
        calendar: 'gregorian',
        unit: L.unitPhrases.get(g.u ?? g.u2!)!,
        modifier: g.this ? 'current' : mod(g.mod),
      }),
    },
    {
      name: 'vague',
      re: new RegExp(
        `${B}(?:(?<past>${alternation(L.vague.past)})|(?<future>${alternation(L.vague.future)})|(?<present>${alternation(L.vague.present)}))${E}`,
        'gu',
      ),
      make: (g) => ({
        kind: 'vague',
        calendar: 'gregorian',
        vague: g.past ? 'past' : g.future ? 'future' : 'present',
      }),
    },
    {
      name: 'vague-units',
      re: new RegExp(
        `${B}(?:خلال|في\\s+غضون|في)\\s+(?:${PLAIN})(?:\\s+(?:القليله|الاربع\\s+والعشرين))?(?:\\s+(?<mod>${MOD}))?${E}`,
        'gu',
      ),
      make: (g) => ({
        kind: 'vague',
        calendar: 'gregorian',
        vague: mod(g.mod) === 'past' ? 'past' : 'future',
      }),
    },
    {
      name: 'clock',
      re: new RegExp(
        `${B}(?:(?:عند|في)\\s+)?(?:(?:الساعه\\s+)?(?<h>\\d{1,2}):(?<mi>\\d{2})|الساعه\\s+(?<hw>${HOUR})(?:\\s+و(?<frac>النصف|الربع|الثلث)|\\s+و(?<mins>\\d{1,2}|${NUMW})\\s+(?:دقايق|دقيقه))?)(?:\\s*(?<ap>${PERIOD})(?![\\p{L}]))?${E}`,
        'gu',
      ),
      make: (g) => {
        let h = g.h ? +g.h : L.clockHours.get(g.hw!.replace(/\s+/g, ' '))!;
        const minute = g.mi
          ? +g.mi
          : g.mins
            ? (num(g.mins) ?? 0)
            : g.frac === 'النصف'
              ? 30
              : g.frac === 'الربع'
                ? 15
                : g.frac === 'الثلث'
                  ? 20
                  : 0;
        const period = g.ap ? L.clockPeriods.get(g.ap) : undefined;
        if ((period === 'pm' || (period === 'pm-noon' && h < 11)) && h < 12) h += 12;
        if (period === 'am' && h === 12) h = 0;
        if (h > 23 || minute > 59) return null;
        return { kind: 'clock', calendar: 'gregorian', hour: h, minute, clockPeriod: period };
      },
    },
  ];
}

const EN_MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const EN_MONTHS = [
  ...EN_MONTH_NAMES,
  ...EN_MONTH_NAMES.filter((m) => m.length > 4).map((m) => m.slice(0, 3)),
  'sept',
]
  .sort((a, b) => b.length - a.length)
  .join('|');
const enMonth = (s: string) => EN_MONTH_NAMES.findIndex((m) => m.startsWith(s.slice(0, 3))) + 1;

let RULES: Rule[] | null = null;

// Every rule opens where no letter or digit precedes (B). Scanning the text, the engine tries each rule
// at every offset; most offsets are inside words, where none can open: the rules are tried, anchored
// (sticky), only at the offsets where one may, which finds the very matches the scan finds.
const OPENER = '(?<![\\p{L}\\p{N}])';
const stickies = new WeakMap<RegExp, RegExp | null>();
function stickyOf(re: RegExp): RegExp | null {
  let s = stickies.get(re);
  if (s === undefined) {
    s =
      re.source.startsWith(OPENER) && re.unicode
        ? new RegExp(re.source, re.flags.replace('g', '') + 'y')
        : null;
    stickies.set(re, s);
  }
  return s;
}

// Most openings start no expression: one expression made of every sticky rule (its opener and its
// optional proclitic said once, its groups renamed apart) finds the openings where one may match, and
// the rules are tried one by one there only. An alternation matches where one of its alternatives
// does, so an opening it passes over is one where no rule could match: the same matches, one scan of
// the text instead of one try per rule and opening.
interface Gate {
  re: RegExp;
  /** The rules it stands for: the sticky ones of the usual flags. */
  rules: Set<Rule>;
}
const gates = new WeakMap<Rule[], Gate>();
function gateOf(rules: Rule[]): Gate {
  let gate = gates.get(rules);
  if (!gate) {
    const members = rules.filter((r) => stickyOf(r.re) && r.re.flags === 'gu');
    const rest = (r: Rule, i: number, opening: string) =>
      r.re.source
        .slice(opening.length)
        .replace(/\(\?<([A-Za-z_$][\w$]*)>/g, `(?<$1_${i}>`)
        .replace(/\\k<([A-Za-z_$][\w$]*)>/g, `\\k<$1_${i}>`);
    const withClitic = members.flatMap((r, i) => (r.re.source.startsWith(B) ? [rest(r, i, B)] : []));
    const bare = members.flatMap((r, i) => (r.re.source.startsWith(B) ? [] : [rest(r, i, OPENER)]));
    const clitic = `(?:[وفبلك](?=[\\p{L}\\p{N}]))?(?:${withClitic.join('|')})`;
    const re = new RegExp(`${OPENER}(?:${[clitic, ...bare].join('|')})`, 'gu');
    gate = { re, rules: new Set(members) };
    gates.set(rules, gate);
  }
  return gate;
}

/** The offsets where the gate matches, in order (every one of them, overlapping or not). */
function gatePasses(gate: RegExp, text: string): number[] {
  const out: number[] = [];
  gate.lastIndex = 0;
  for (let m = gate.exec(text); m; m = gate.exec(text)) {
    out.push(m.index);
    gate.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return out;
}

const LETTERS_OR_DIGITS = /[\p{L}\p{N}]+/gu;
/** The offsets no letter or digit precedes (never inside a surrogate pair), in order, the text's end included. */
function openings(text: string): number[] {
  const out: number[] = [];
  let p = 0;
  const outside = (to: number) => {
    for (; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c >= 0xdc00 && c <= 0xdfff && p > 0) {
        const h = text.charCodeAt(p - 1);
        if (h >= 0xd800 && h <= 0xdbff) continue;
      }
      out.push(p);
    }
  };
  for (const m of text.matchAll(LETTERS_OR_DIGITS)) {
    outside(m.index! + 1);
    p = m.index! + m[0].length + 1;
  }
  outside(text.length + 1);
  return out;
}

/** All temporal expressions in a shadow text, non-overlapping, in text order. */
export function recognize(shadowText: string): RawTime[] {
  RULES ??= compileRules();
  const found: RawTime[] = [];
  const gate = gateOf(RULES);
  const opens = openings(shadowText);
  const passed = gatePasses(gate.re, shadowText);
  for (const rule of RULES) {
    const add = (m: RegExpExecArray) => {
      const made = rule.make({ ...(m.groups ?? {}), 0: m[0] });
      if (!made) return;
      let start = m.index! + (m.groups?.clitic?.length ?? 0);
      let end = m.index! + m[0].length - (made.trimOf ?? 0);
      while (end > start && /\s|,/.test(shadowText[end - 1])) end--;
      while (start < end && /\s/.test(shadowText[start])) start++;
      found.push({ ...made, start, end, rule: rule.name });
    };
    const sticky = stickyOf(rule.re);
    if (sticky) {
      // The leftmost match from each point on, as the global scan finds it, tried only where one may open.
      let from = 0;
      for (const p of gate.rules.has(rule) ? passed : opens) {
        if (p < from) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(shadowText);
        if (!m) continue;
        add(m);
        from = m[0] ? p + m[0].length : p + ((shadowText.codePointAt(p) ?? 0) > 0xffff ? 2 : 1);
      }
      continue;
    }
    // exec on the rule's own expression (matchAll would copy it, and a copy may be compiled again).
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(shadowText); m; m = re.exec(shadowText)) {
      if (!m[0]) re.lastIndex += (shadowText.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
      add(m);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: RawTime[] = [];
  for (const t of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.some((k) => t.start < k.end && k.start < t.end)) continue;
    kept.push(t);
  }
  kept.sort((a, b) => a.start - b.start);
  return attachClocks(shadowText, kept);
}

/**
 * A clock next to a day makes one expression at minute precision: "4 فبراير 2020 11:39 م"
 * (clock after the date) and "الساعة السادسة من مساء أمس الأحد" (clock, then من, then the day).
 */
function attachClocks(text: string, times: RawTime[]): RawTime[] {
  const out: RawTime[] = [];
  const dayKinds = new Set<RawKind>(['date', 'weekday', 'deictic']);
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    const prev = out[out.length - 1];
    const next = times[i + 1];
    if (
      t.kind === 'clock' &&
      prev &&
      prev.kind === 'date' &&
      /^[\s,-]*$/.test(text.slice(prev.end, t.start))
    ) {
      Object.assign(prev, { end: t.end, hour: t.hour, minute: t.minute });
      continue;
    }
    if (
      t.kind === 'clock' &&
      next &&
      dayKinds.has(next.kind) &&
      /^\s+من\s+$/.test(text.slice(t.end, next.start))
    ) {
      let hour = t.hour!;
      const evening =
        next.partOfDay === 'evening' || next.partOfDay === 'night' || next.partOfDay === 'afternoon';
      if (!t.clockPeriod && evening && hour < 12) hour += 12;
      out.push({ ...next, start: t.start, hour, minute: t.minute });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
