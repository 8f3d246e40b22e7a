// The temporal lexicon (data/time/lexicon.json), normalized once for matching on the shadow text.
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import type { PartOfDay, Weekday } from '../types.js';

interface RawLexicon {
  months: Record<'levantine' | 'egyptian' | 'maghrebi' | 'moroccan' | 'hijri', Record<string, number>>;
  extraOrdinals: Record<string, number>;
  durationIntro: string[];
  plainUnits: string[];
  seasons: string[];
  yearNouns: string[];
  sameYear: string[];
  futureCues: string[];
  notDeicticAfterToday: string[];
  clockHours: Record<string, number>;
  clockPeriods: Record<string, 'am' | 'pm' | 'pm-noon'>;
  holidays: Record<string, [number, number]>;
  holidayEdges: Record<string, number>;
  ambiguousMonths: string[];
  weekdays: Record<string, Weekday>;
  partsOfDay: Record<string, PartOfDay>;
  modifiers: Record<string, 'past' | 'next' | 'current'>;
  deictic: Record<string, number>;
  anaphoric: Record<string, number>;
  units: Record<string, Unit>;
  dualUnits: string[];
  unitPhrases: Record<string, 'week' | 'month' | 'year'>;
  vague: Record<'past' | 'future' | 'present', string[]>;
  numberWords: Record<string, number>;
  ordinalUnits: Record<string, number>;
  ordinalTens: Record<string, number>;
}

export type Modifier = 'past' | 'next' | 'current';
export type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

function normKeys<V>(rec: Record<string, V>): Map<string, V> {
  const m = new Map<string, V>();
  for (const [k, v] of Object.entries(rec)) m.set(normalize(k), v);
  return m;
}

/** Regex alternation of normalized phrases, longest first, spaces matching any run of spaces. */
export function alternation(keys: Iterable<string>): string {
  return [...new Set(keys)]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

function build() {
  const raw = loadData<RawLexicon>('time/lexicon.json');
  const gregorian = new Map<string, number>();
  for (const fam of ['levantine', 'egyptian', 'maghrebi', 'moroccan'] as const) {
    for (const [k, v] of normKeys(raw.months[fam])) gregorian.set(k, v);
  }
  const ordinals = new Map<string, number>();
  const units = normKeys(raw.ordinalUnits);
  const tens = normKeys(raw.ordinalTens);
  for (const [u, uv] of units) {
    ordinals.set(u, uv);
    for (const [t, tv] of tens) if (tv >= 20 && uv + tv <= 31) ordinals.set(`${u} و${t}`, uv + tv);
  }
  for (const [t, tv] of tens) ordinals.set(t, tv);
  for (const [u, uv] of units) if (uv <= 9 && uv !== 1) ordinals.set(`${u} عشر`, 10 + uv);
  ordinals.set('الحادي عشر', 11);
  ordinals.set(normalize('الأول'), 1);
  for (const [k, v] of normKeys(raw.extraOrdinals)) ordinals.set(k, v);
  return {
    gregorianMonths: gregorian,
    hijriMonths: normKeys(raw.months.hijri),
    ambiguousMonths: new Set(raw.ambiguousMonths.map(normalize)),
    weekdays: normKeys(raw.weekdays),
    partsOfDay: normKeys(raw.partsOfDay),
    modifiers: normKeys(raw.modifiers),
    deictic: normKeys(raw.deictic),
    anaphoric: normKeys(raw.anaphoric),
    units: normKeys(raw.units),
    dualUnits: new Set(raw.dualUnits.map(normalize)),
    unitPhrases: normKeys(raw.unitPhrases),
    vague: {
      past: raw.vague.past.map(normalize),
      future: raw.vague.future.map(normalize),
      present: raw.vague.present.map(normalize),
    },
    numberWords: normKeys(raw.numberWords),
    ordinals,
    durationIntro: raw.durationIntro.map(normalize),
    plainUnits: raw.plainUnits.map(normalize),
    seasons: raw.seasons.map(normalize),
    yearNouns: raw.yearNouns.map(normalize),
    sameYear: raw.sameYear.map(normalize),
    futureCues: raw.futureCues.map(normalize),
    notDeicticAfterToday: raw.notDeicticAfterToday.map(normalize),
    clockHours: normKeys(raw.clockHours),
    clockPeriods: normKeys(raw.clockPeriods),
    holidays: normKeys(raw.holidays),
    holidayEdges: normKeys(raw.holidayEdges),
  };
}

export type Lexicon = ReturnType<typeof build>;
let lex: Lexicon | null = null;
export function lexicon(): Lexicon {
  return (lex ??= build());
}
