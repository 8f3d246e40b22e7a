// Role phrases ("الرئيس التركي", "وزير الخارجية الروسي", "نظيره الروسي") and institutions named by
// a generic noun and a nisba ("وزارة الخارجية الأردنية"), and who held an office.
import type { Token } from '../types.js';
import { stems } from '../arabic/clitics.js';
import { perForm } from '../arabic/tokenize.js';
import { heldOn, loadKb, type KbEntity } from './kb.js';
import { gz, nisbaCountry } from './lookup.js';
import { genericAdjectives } from './generic.js';

interface RoleMatch {
  office: string;
  counterpart: boolean;
  countries: string[];
  last: number;
  /** The first token of the state's name in construct with the office ("أمير قطر"). */
  stateAt?: number;
  /** "الرئيس الموريتاني السابق": a past holder, never whoever holds the office at the report's date
   * (the word "السابق" follows `last`). */
  former?: boolean;
  /** "الرئيس التونسي المنتخب": the holder to come (the word "المنتخب" follows `last`). */
  elect?: boolean;
  /** "لرئيس إيراني": an office and its nisba without the article, whoever holds it (a description). */
  indefinite?: boolean;
}

// "السابق", "الأسبق", "الراحل" after an office and its nisba (read normalized).
const FORMER = /^(?:السابق|الاسبق|السابقه|الاسبقه|الراحل|الراحله|المخلوع|المعزول)$/;
const ELECT = /^(?:المنتخب|المنتخبه)$/;

/** The first words of a table's phrases: a token whose readings are none of them starts no phrase. */
const firstWordsOf = new WeakMap<Map<string, unknown>, Set<string>>();
function firstWords(table: Map<string, unknown>): Set<string> {
  let words = firstWordsOf.get(table);
  if (!words) firstWordsOf.set(table, (words = new Set([...table.keys()].map((k) => k.split(' ')[0]))));
  return words;
}

// Every token is asked whether a role or an institution opens there; most forms never open one.
const mayOpenRole = perForm((form) => {
  const kb = loadKb();
  const starts = firstWords(kb.offices);
  return stems(form).some((s) => starts.has(s) || kb.offices.has(s) || kb.counterpart.has(s));
});
const mayOpenInstitution = perForm((form) => {
  const starts = firstWords(loadKb().institutions);
  return stems(form).some((s) => starts.has(s) || starts.has(`ال${s}`));
});

/** "الرئيس التركي", "وزير الخارجية الروسي", "الرئيسان الروسي والتركي", "نظيره الروسي". */
export function roleAt(tokens: Token[], i: number): RoleMatch | null {
  if (!mayOpenRole(tokens[i])) return null;
  const kb = loadKb();
  const tok = tokens[i].norm;
  // ("المدينة الرئيسة السورية": after a definite noun "الرئيسة" is the adjective "main", no office.)
  if (tok === 'الرييسه' && i > 0 && /^[وفبلك]?ال/.test(tokens[i - 1].norm)) return null;
  let office: string | undefined;
  let counterpart = false;
  let j = i;
  const countries: string[] = [];
  // The longest office phrase first: "المتحدث باسم الكرملين", "وزير الخارجية", "الرئيس".
  // (Every role is read at every token: the phrases are joined only after a reading starts one.)
  const starts = firstWords(kb.offices);
  const longer = stems(tok).some((s) => starts.has(s))
    ? [3, 2]
        .filter((n) => i + n <= tokens.length)
        .flatMap((n) =>
          stems(tok).map((s) => ({
            n,
            key: [s, ...tokens.slice(i + 1, i + n).map((t) => t.norm)].join(' '),
          })),
        )
        .find((x) => kb.offices.has(x.key))
    : undefined;
  if (longer) {
    office = kb.offices.get(longer.key);
    j = i + longer.n - 1;
    const implied = kb.officeCountry.get(longer.key);
    if (implied) countries.push(implied);
  } else {
    const s = stems(tok).find((x) => kb.offices.has(x) || kb.counterpart.has(x));
    if (!s) return null;
    if (kb.counterpart.has(s)) counterpart = true;
    else {
      office = kb.offices.get(s);
      // "البابا": a one-word title that names its see itself.
      const implied = kb.officeCountry.get(s);
      if (implied) countries.push(implied);
    }
  }
  let last = j;
  let indefinite = false;
  for (let k = j + 1; k < tokens.length && countries.length < 4; k++) {
    const c = nisbaCountry(tokens[k].norm);
    if (!c) break;
    // "لرئيس إيراني", "رئيس حكومة إسرائيلي": an office and a nisba without the article describe
    // the holder, no name of him ("أول زيارة لرئيس إيراني" is the holder's visit all the same).
    // (After an office with the article, "الأمير تركي", the word is a given name: read below.)
    const articled = (t: Token) => /^[وفبل]*ال|^[وف]?لل/.test(t.norm);
    if (k === j + 1 && !articled(tokens[j]) && !articled(tokens[k])) indefinite = true;
    countries.push(c);
    last = k;
  }
  // "أمير قطر", "رئيس وزراء إسرائيل": an office in construct with its state's name, not its nisba.
  if (!countries.length && !counterpart && !/^[وف]?ال/.test(tokens[j].norm)) {
    const state = j + 1 < tokens.length ? stateNamedAt(tokens, j + 1) : null;
    if (state) {
      countries.push(state.country);
      last = state.last;
      return { office: office ?? 'president', counterpart, countries, last, stateAt: j + 1 };
    }
  }
  // "رئيس الجمهورية الفرنسية": the office's last word and the nisba are the country's own name, which is named.
  const named = longer && j > i ? gz(tokens, j) : null;
  if (named && named.last >= last && named.values.some((v) => v.subtype === 'country')) return null;
  const former = last + 1 < tokens.length && FORMER.test(tokens[last + 1].norm);
  const elect = last + 1 < tokens.length && ELECT.test(tokens[last + 1].norm);
  return { office: office ?? 'president', counterpart, countries, last, former, elect, indefinite };
}

/** An institution word followed by a nisba: "وزارة الخارجية الأردنية", "الجيش اللبناني". */
export function institutionAt(
  tokens: Token[],
  i: number,
): {
  kind: [string, string];
  country: string;
  last: number;
  state?: { first: number; entity: KbEntity };
} | null {
  if (!mayOpenInstitution(tokens[i])) return null;
  const kb = loadKb();
  // ("مجلس الأمن الوطني العراقي": three words before the nisba, not the UN's "مجلس الأمن".)
  // ("وزارة الخارجية وشؤون المغتربين الأردنية": a ministry's full name of four words.)
  for (const len of [4, 3, 2, 1]) {
    if (i + len >= tokens.length) continue;
    const head = tokens.slice(i, i + len).map((t) => t.norm);
    for (const s of stems(head[0])) {
      const kind = kb.institutions.get([s, ...head.slice(1)].join(' '));
      const country = kind && nisbaCountry(tokens[i + len].norm);
      // "الشؤون الداخلية اللبنانية": a one-word title after a definite noun is that noun's adjective.
      const adjective =
        len === 1 &&
        i > 0 &&
        head[0].endsWith('يه') &&
        tokens[i - 1].norm.startsWith('ال') &&
        tokens[i - 1].span.end + 1 >= tokens[i].span.start;
      if (kind && country && !adjective) return { kind, country, last: i + len };
      // "الحكومة الشرعية اليمنية", "الحكومة الانتقالية السودانية": an adjective of the body's
      // standing between the title and the state's nisba.
      const standing =
        kind && !country && i + len + 1 < tokens.length && genericAdjectives().has(tokens[i + len].norm)
          ? nisbaCountry(tokens[i + len + 1].norm)
          : undefined;
      if (kind && standing && !adjective) return { kind, country: standing, last: i + len + 1 };
      // "سفارة السويد", "حكومة المملكة المتحدة": the head without its article governs the state's name.
      const construct = len === 1 && !s.startsWith('ال') ? kb.institutions.get(`ال${s}`) : undefined;
      const state = construct && stateNamedAt(tokens, i + 1);
      if (construct && state)
        return {
          kind: construct,
          country: state.country,
          last: state.last,
          state: { first: i + 1, entity: state.entity },
        };
    }
  }
  return null;
}

/** A country named by its KB name at token `k` ("السويد", "المملكة المتحدة"). */
function stateNamedAt(
  tokens: Token[],
  k: number,
): { country: string; last: number; entity: KbEntity } | null {
  const m = gz(tokens, k);
  const e = m?.values.find(
    (v) => v.subtype === 'country' && v.country && loadKb().countryEntity.get(v.country)?.id === v.id,
  );
  return m && e?.country ? { country: e.country, last: m.last, entity: e } : null;
}

/** The office a known person held at the document's time: what "نظيره" after them refers to. */
export function heldOffice(e: KbEntity, date: string | null): string | undefined {
  return e.offices?.find((o) => heldOn(o, date))?.office;
}

/** The KB person named at `k`, or after one title there ("الأمير فيصل بن فرحان"). */
export function namedAfter(tokens: Token[], k: number): KbEntity | null {
  const kb = loadKb();
  let at = k;
  for (let n = 0; n < 2; n++) {
    if (at >= tokens.length) return null;
    const m = gz(tokens, at);
    if (m) return m.values[0].type === 'PERSON' ? m.values[0] : null;
    const title = titleWords(tokens, at) || (kb.offices.has(tokens[at].norm) ? 1 : 0);
    if (!title) return null;
    at += title;
  }
  return null;
}

/** Religious titles of two words ("آية الله", "حجة الإسلام") stand before a name, never in it. */
const TWO_WORD_TITLES = new Set(['ايه الله', 'حجه الاسلام']);

/** How many words of a title (an honorific, "آية الله") open at k: 0 when none. */
export function titleWords(tokens: Token[], k: number): number {
  if (k + 1 < tokens.length && TWO_WORD_TITLES.has(`${tokens[k].norm} ${tokens[k + 1].norm}`)) return 2;
  return k < tokens.length && loadKb().honorifics.has(tokens[k].norm) ? 1 : 0;
}
