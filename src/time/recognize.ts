// Recognition of Arabic temporal expressions on the normalized shadow text.
// Each rule is one regular expression built from the lexicon; overlapping matches are
// settled longest-first. Nothing here resolves a value: see resolve.ts.
import { alternation, lexicon, type Modifier, type Unit } from './lexicon.js';
import type { PartOfDay, Weekday } from '../types.js';

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
}

// Start of a word, allowing one attached proclitic (و، ف، ب، ل، ك), which is left out of the span.
const B = '(?<![\\p{L}\\p{N}])(?<clitic>[وفبلك](?=[\\p{L}\\p{N}]))?';
const E = '(?![\\p{L}\\p{N}])';

interface Rule {
  name: string;
  re: RegExp;
  make: (g: Record<string, string | undefined>) => Omit<RawTime, 'start' | 'end' | 'rule'> | null;
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
  const OF = '\\s*(?:-\\s*)?(?:من\\s+)?(?:شهر\\s+)?';
  const PAIR = `(?:\\s*[/\\\\]\\s*(?:${MON})|\\s*\\(\\s*(?:${MON})\\s*\\))?`;
  const YEAR = `\\s*(?:-\\s*|,\\s*)?(?:عام\\s+|سنه\\s+)?(?<year>\\d{4})(?:\\s*(?<cal>م|ه)(?![\\p{L}]))?`;
  const TAIL = `(?:${YEAR}|\\s+(?<mod>${MOD}))?`;
  const WDPRE = `(?:(?:(?<pod>${POD})\\s+)?(?:يوم\\s+)?(?<wd>${WD})\\s*,?\\s*(?:الموافق\\s*(?:ل\\s*)?)?)?`;

  const day = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s) ? +s : L.ordinals.get(s.replace(/\s+/g, ' ')));
  const month = (s: string | undefined) => (s ? L.gregorianMonths.get(s.replace(/\s+/g, ' ')) : undefined);
  const mod = (s: string | undefined) => (s ? L.modifiers.get(s) : undefined);
  const cal = (s: string | undefined) => (s === 'ه' ? 'hijri' : 'gregorian') as RawTime['calendar'];
  const num = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s) ? +s : L.numberWords.get(s));

  const rules: Rule[] = [
    {
      name: 'date',
      re: new RegExp(`${B}${WDPRE}(?<day>\\d{1,2}|${ORD})${OF}(?<mon>${MON})${PAIR}${TAIL}${E}`, 'gu'),
      make: (g) => ({
        kind: 'date',
        calendar: cal(g.cal),
        day: day(g.day),
        month: month(g.mon),
        year: g.year ? +g.year : undefined,
        modifier: mod(g.mod),
        weekday: g.wd ? L.weekdays.get(g.wd) : undefined,
        partOfDay: g.pod ? L.partsOfDay.get(g.pod) : undefined,
      }),
    },
    {
      name: 'day-range',
      re: new RegExp(
        `${B}(?:(?:بين|من)\\s+)?(?<day>\\d{1,2})\\s*(?:و\\s*|-\\s*|الي\\s+|حتي\\s+)(?<day2>\\d{1,2})${OF}(?<mon>${MON})${PAIR}${TAIL}${E}`,
        'gu',
      ),
      make: (g) => ({
        kind: 'day-range',
        calendar: cal(g.cal),
        day: +g.day!,
        day2: +g.day2!,
        month: month(g.mon),
        year: g.year ? +g.year : undefined,
        modifier: mod(g.mod),
      }),
    },
    {
      name: 'hijri-date',
      re: new RegExp(`${B}(?:(?<day>\\d{1,2})\\s*(?:من\\s+)?)?(?<mon>${HMON})\\s+(?:عام\\s+|سنه\\s+)?(?<year>1[34]\\d{2})\\s*(?:ه|هجري|للهجره)?${E}`, 'gu'),
      make: (g) => ({
        kind: g.day ? 'date' : 'month',
        calendar: 'hijri',
        day: g.day ? +g.day : undefined,
        month: L.hijriMonths.get(g.mon!.replace(/\s+/g, ' ')),
        year: +g.year!,
      }),
    },
    {
      name: 'month',
      re: new RegExp(`${B}(?:(?<pre>شهر)\\s+)?(?<mon>${MON})${PAIR}(?:${YEAR}|\\s+(?<mod>${MOD}))${E}`, 'gu'),
      make: (g) => ({ kind: 'month', calendar: cal(g.cal), month: month(g.mon), year: g.year ? +g.year : undefined, modifier: mod(g.mod) }),
    },
    {
      name: 'month-after-shahr',
      re: new RegExp(`${B}شهر\\s+(?<mon>${MON})${PAIR}${E}`, 'gu'),
      make: (g) => ({ kind: 'month', calendar: 'gregorian', month: month(g.mon) }),
    },
    {
      name: 'numeric-dmy',
      re: new RegExp(`${B}(?<d>\\d{1,2})[/.-](?<m>\\d{1,2})[/.-](?<y>(?:19|20)\\d{2})${E}`, 'gu'),
      make: (g) => ({ kind: 'date', calendar: 'gregorian', day: +g.d!, month: +g.m!, year: +g.y! }),
    },
    {
      name: 'numeric-iso',
      re: new RegExp(`${B}(?<y>(?:19|20)\\d{2})-(?<m>\\d{1,2})-(?<d>\\d{1,2})${E}`, 'gu'),
      make: (g) => ({ kind: 'date', calendar: 'gregorian', day: +g.d!, month: +g.m!, year: +g.y! }),
    },
    {
      name: 'year-range',
      re: new RegExp(`${B}(?:بين|من)\\s+(?:عام\\s+|العام\\s+)?(?<y1>(?:19|20)\\d{2})\\s*(?:و\\s*|الي\\s+|حتي\\s+|-\\s*)(?:عام\\s+|العام\\s+)?(?<y2>(?:19|20)\\d{2})${E}`, 'gu'),
      make: (g) => ({ kind: 'year-range', calendar: 'gregorian', year: +g.y1!, year2: +g.y2! }),
    },
    {
      name: 'year',
      re: new RegExp(`${B}(?:(?:منذ|حتي|خلال|مطلع|اواخر|منتصف|بدايه|نهايه|اوائل)\\s+)?(?:عام|العام|سنه|لعام)\\s+(?<year>\\d{4})(?:\\s*(?<cal>م|ه)(?![\\p{L}]))?${E}`, 'gu'),
      make: (g) => ({ kind: 'year', calendar: cal(g.cal), year: +g.year! }),
    },
    {
      name: 'bare-year',
      re: new RegExp(`${B}(?:(?:في|منذ|حتي)\\s+)(?<year>(?:19|20)\\d{2})(?:\\s*(?<cal>م|ه)(?![\\p{L}]))?${E}`, 'gu'),
      make: (g) => ({ kind: 'year', calendar: cal(g.cal), year: +g.year! }),
    },
    {
      name: 'weekday',
      re: new RegExp(
        `${B}(?:(?<deix>اليوم|امس|اول\\s+امس|غدا)\\s+)?(?:(?<pod>${POD})\\s+(?:(?<deix2>اليوم|امس)\\s+)?)?(?:يوم\\s+)?(?<wd>${WD})(?:\\s+(?<mod>${MOD}))?${E}`,
        'gu',
      ),
      make: (g) => {
        const d = g.deix ?? g.deix2;
        return {
          kind: 'weekday',
          calendar: 'gregorian',
          weekday: L.weekdays.get(g.wd!),
          modifier: mod(g.mod),
          partOfDay: g.pod ? L.partsOfDay.get(g.pod) : undefined,
          offset: d ? L.deictic.get(d.replace(/\s+/g, ' ')) : undefined,
        };
      },
    },
    {
      name: 'deictic',
      re: new RegExp(`${B}(?:في\\s+وقت\\s+(?:سابق|لاحق)\\s+(?:من\\s+)?)?(?:(?<pod>${POD})\\s+)?(?<deix>${DEIX})${E}`, 'gu'),
      make: (g) => ({
        kind: 'deictic',
        calendar: 'gregorian',
        offset: L.deictic.get(g.deix!.replace(/\s+/g, ' ')),
        partOfDay: g.pod ? L.partsOfDay.get(g.pod) : undefined,
      }),
    },
    {
      name: 'anaphoric',
      re: new RegExp(`${B}(?<ana>${ANA})(?:\\s+(?<noun>[\\p{L}]{3,}))?${E}`, 'gu'),
      make: (g) => ({ kind: 'anaphoric', calendar: 'gregorian', offset: L.anaphoric.get(g.ana!.replace(/\s+/g, ' ')) }),
    },
    {
      name: 'unit-relative',
      re: new RegExp(`${B}(?<dir>قبل|بعد|منذ)\\s+(?:(?<n>\\d+|${NUMW})\\s+)?(?<unit>${UNITS})${E}`, 'gu'),
      make: (g) => {
        const unit = L.units.get(g.unit!)!;
        const dual = L.dualUnits.has(g.unit!);
        const n = num(g.n) ?? (dual ? 2 : /^(يوم|اسبوع|شهر|عام|سنه)$/.test(g.unit!) ? 1 : undefined);
        const direction = g.dir === 'قبل' ? 'before' : g.dir === 'بعد' ? 'after' : 'since';
        if (n === undefined) return { kind: 'vague', calendar: 'gregorian', vague: direction === 'after' ? 'future' : 'past' };
        return { kind: 'relative', calendar: 'gregorian', direction, n, unit };
      },
    },
    {
      name: 'unit-phrase',
      re: new RegExp(`${B}(?<u>${UPH})\\s+(?<mod>${MOD})${E}`, 'gu'),
      make: (g) => ({ kind: 'unit-relative', calendar: 'gregorian', unit: L.unitPhrases.get(g.u!)!, modifier: mod(g.mod) }),
    },
    {
      name: 'vague',
      re: new RegExp(
        `${B}(?:(?<past>${alternation(L.vague.past)})|(?<future>${alternation(L.vague.future)})|(?<present>${alternation(L.vague.present)}))${E}`,
        'gu',
      ),
      make: (g) => ({ kind: 'vague', calendar: 'gregorian', vague: g.past ? 'past' : g.future ? 'future' : 'present' }),
    },
    {
      name: 'clock',
      re: new RegExp(`${B}(?:الساعه\\s+)?(?<h>\\d{1,2}):(?<mi>\\d{2})(?:\\s*(?<ap>ص|م|صباحا|مساء|مساءا)(?![\\p{L}]))?${E}`, 'gu'),
      make: (g) => {
        let h = +g.h!;
        const pm = g.ap === 'م' || (g.ap ?? '').startsWith('مساء');
        if (pm && h < 12) h += 12;
        if (!pm && g.ap && h === 12) h = 0;
        if (h > 23 || +g.mi! > 59) return null;
        return { kind: 'clock', calendar: 'gregorian', hour: h, minute: +g.mi! };
      },
    },
  ];
  return rules;
}

let RULES: Rule[] | null = null;

/** All temporal expressions in a shadow text, non-overlapping, in text order. */
export function recognize(shadowText: string): RawTime[] {
  RULES ??= compileRules();
  const found: RawTime[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of shadowText.matchAll(rule.re)) {
      const made = rule.make(m.groups ?? {});
      if (!made) continue;
      let start = m.index! + (m.groups?.clitic?.length ?? 0);
      let end = start + m[0].length;
      while (end > start && /\s|,/.test(shadowText[end - 1])) end--;
      while (start < end && /\s/.test(shadowText[start])) start++;
      found.push({ ...made, start, end, rule: rule.name });
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

/** "4 فبراير 2020 11:39 م": a clock right after a date refines that date to the minute. */
function attachClocks(text: string, times: RawTime[]): RawTime[] {
  const out: RawTime[] = [];
  for (const t of times) {
    const prev = out[out.length - 1];
    if (t.kind === 'clock' && prev && prev.kind === 'date' && /^[\s,-]*$/.test(text.slice(prev.end, t.start))) {
      prev.end = t.end;
      prev.hour = t.hour;
      prev.minute = t.minute;
      continue;
    }
    out.push(t);
  }
  return out;
}
