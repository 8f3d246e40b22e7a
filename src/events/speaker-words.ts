// The words and word shapes that name speakers (data/events/claims.json, speakers), the speaker's
// types, and the token helpers the speaker readers share.
import type { EntityMention, EntityRecord, Token } from '../types.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { stems } from '../arabic/clitics.js';
import { tokenize } from '../arabic/tokenize.js';
import { PhraseMatcher } from '../arabic/phrases.js';
import { loadKb, type KbEntity } from '../entities/kb.js';
import { nisbaCountry } from '../entities/lookup.js';
import { beginsWithWordAfter, isExactWord } from './words.js';

export type SourceKind = 'person' | 'office' | 'body' | 'media' | 'group' | 'country' | 'anonymous';
export type Gender = 'm' | 'f';

export interface Speaker {
  entity: EntityRecord | null;
  /** The words that name the speaker ("المتحدث باسم الخارجية المصرية", "مصادر محلية"). */
  text: string;
  kind: SourceKind;
  anonymous: boolean;
  /** The outlet that carries what the speaker said ("لفرانس برس", "نقلت رويترز عن …"). */
  medium: EntityRecord | null;
  gender: Gender | null;
  /** Head noun, normalized without article ("مصدر", "وزاره", "متحدث"): what a definite noun refers back to. */
  head: string;
  /** The body an office holder speaks for ("المتحدث باسم وزارة الخارجية المصرية"): whose statement "البيان" is. */
  body?: Speaker | null;
  /** The titles a named person was given ("مستشار", "متحدث"): what "المتحدث الرسمي" refers back to. */
  titles?: string[];
}

export interface Reading {
  speaker: Speaker | null;
  /** The medium spoken to when no speaker is named ("وقال لفرانس برس إن"). */
  medium: EntityRecord | null;
  /** A subject stands after the verb but names no speaker we can read ("وأفادت المعلومات …"): not a pronoun. */
  unknown: boolean;
}

interface SpeakerWords {
  anonymous: string[];
  groups: Record<string, string[]>;
  media: string[];
  genericMedia: string[];
  statements: string[];
  statementAdjectives: Record<string, string>;
  carriers: string[];
  roles: string[];
  titles: string[];
  qualifiers: string[];
  adverbs: string[];
  adjuncts: string[];
  offsideOf: string[];
  institutions: Record<string, [string, string]>;
  nisbaInstitutions: Record<string, [string, string]>;
  sectors: Record<string, string>;
  officeBodies: Record<string, string>;
  officeTitles: Record<string, string>;
  bodyOffices: [string, string, string][];
  departments: string[];
  constructBodies: string[];
  dualHeads: string[];
  honorificPronouns: string[];
  partOf: Record<string, string>;
}

export interface Words {
  anonymous: Set<string>;
  groups: Map<string, string>;
  media: Set<string>;
  genericMedia: PhraseMatcher<string>;
  statements: Set<string>;
  statementAdjectives: Map<string, string>;
  carriers: Set<string>;
  roles: Set<string>;
  /** Titles of more than one word in the speakers' list ("قائم مقام"). */
  rolePhrases: PhraseMatcher<string>;
  titles: Set<string>;
  qualifiers: Set<string>;
  adverbs: Set<string>;
  adjuncts: Set<string>;
  offside: PhraseMatcher<string>;
  institutions: PhraseMatcher<[string, string]>;
  nisbaInstitutions: PhraseMatcher<[string, string]>;
  labels: Map<string, [string, string]>;
  sectors: Map<string, string>;
  officeBodies: Map<string, string>;
  officeTitles: PhraseMatcher<string>;
  bodyOffices: [string, string, string][];
  departments: Set<string>;
  /** Body nouns named by what they serve in construct ("وزارة شؤون القدس", "مركز عمليات الكوارث"). */
  constructBodies: Set<string>;
  /** Body nouns without their "ة" ("وزار"): "وزارتا", "الوزارتان" name two bodies together. */
  dualHeads: Set<string>;
  honorificPronouns: Set<string>;
  /** The body an office belongs to ("مكتب رئيس الوزراء" is its government's): the institution it answers to. */
  partOf: Map<string, string>;
  /** Portfolio word → ministry kind ("داخليه" → ministry-interior), from "وزارة الداخلية". */
  ministries: Map<string, string>;
  /** (kind, country) → the knowledge base's own body ("وزارة الخارجية المصرية" → Egyptian Ministry of Foreign Affairs). */
  kbBodies: Map<string, KbEntity>;
  /** KB id → institution kind, for bodies the knowledge base holds. */
  kindOf: Map<string, string>;
}

let WORDS: Words | null = null;

export function words(): Words {
  if (WORDS) return WORDS;
  const d = loadData<{ speakers: SpeakerWords }>('events/claims.json').speakers;
  const kb = loadKb();
  const set = (xs: string[]) => new Set(xs.map((x) => normalize(x).replace(/^ال(?=..)/, '')));
  const phrases = <V>(entries: [string, V][]) => new PhraseMatcher<V>(entries, { stripArticle: false });
  const institutionEntries: [string, [string, string]][] = [
    ...kb.institutions.entries(),
    ...Object.entries(d.institutions).map(([k, v]) => [normalize(k), v] as [string, [string, string]]),
  ];
  const institutions = phrases(institutionEntries);
  const w: Words = {
    anonymous: set(d.anonymous),
    groups: new Map(
      Object.entries(d.groups).flatMap(([sector, xs]) =>
        [...set(xs)].map((x) => [x, sector] as [string, string]),
      ),
    ),
    media: set(d.media),
    genericMedia: phrases(d.genericMedia.map((p) => [p, p] as [string, string])),
    statements: set(d.statements),
    statementAdjectives: new Map(Object.entries(d.statementAdjectives).map(([k, v]) => [normalize(k), v])),
    carriers: new Set(d.carriers.map(normalize)),
    roles: new Set([...set(d.roles), ...[...kb.roleNouns].map((x) => x.replace(/^ال/, ''))]),
    rolePhrases: phrases(
      d.roles.filter((r) => r.includes(' ')).map((r) => [normalize(r), r] as [string, string]),
    ),
    titles: new Set([...d.titles.map(normalize), ...kb.honorifics]),
    qualifiers: set(d.qualifiers),
    adverbs: new Set(d.adverbs.map(normalize)),
    adjuncts: new Set(d.adjuncts.map(normalize)),
    offside: phrases(d.offsideOf.map((p) => [p, p] as [string, string])),
    institutions,
    nisbaInstitutions: phrases(
      Object.entries(d.nisbaInstitutions).map(([k, v]) => [normalize(k), v] as [string, [string, string]]),
    ),
    labels: new Map(institutionEntries.map(([, v]) => [v[0], v])),
    sectors: new Map(Object.entries(d.sectors)),
    officeBodies: new Map(Object.entries(d.officeBodies)),
    officeTitles: phrases(Object.entries(d.officeTitles)),
    bodyOffices: d.bodyOffices.map(([t, id, o]) => [normalize(t), id, o]),
    departments: set(d.departments),
    constructBodies: set(d.constructBodies),
    dualHeads: new Set(d.dualHeads.map((x) => normalize(x).replace(/ه$/, ''))),
    honorificPronouns: new Set(d.honorificPronouns.map(normalize)),
    partOf: new Map(Object.entries(d.partOf)),
    ministries: new Map(
      institutionEntries
        .filter(([k]) => /^وزاره /.test(k))
        .map(([k, v]) => [k.replace(/^وزاره (?:ال)?/, ''), v[0]]),
    ),
    kbBodies: new Map(),
    kindOf: new Map(),
  };
  // The knowledge base's bodies, read as a body word and a nisba ("الحكومة العراقية" → government, IRQ).
  for (const e of kb.entities) {
    if (e.type !== 'ORG' || !e.country) continue;
    for (const name of [e.ar, ...(e.aliases ?? [])]) {
      const toks = tokenize(name);
      const m = toks.length ? institutions.matchAt(toks, 0) : null;
      if (!m || m.last + 2 !== toks.length || nisbaCountry(toks[m.last + 1].norm) !== e.country) continue;
      const key = `${m.values[0][0]}|${e.country}`;
      if (!w.kbBodies.has(key)) w.kbBodies.set(key, e);
      w.kindOf.set(e.id, m.values[0][0]);
    }
  }
  return (WORDS = w);
}

/** "لصحيفة …", "بوكالة …": a preposition on an outlet's head noun, not part of its name. */
export const OUTLET_PREPOSITION =
  /^[وف]?(?:ل|ب)(?=(?:ال)?(?:صحيفة|صحيفه|قناة|قناه|وكالة|وكاله|موقع|إذاعة|اذاعة|شبكة|جريدة|مجلة)\s)/;

/** Titles that name one office ("المتحدث", "الناطق"), masculine and feminine. */
export const SPOKESPEOPLE = ['متحدث', 'متحدثه', 'ناطق', 'ناطقه'];
/** The states "المملكة", "السلطنة", "الإمارة" may stand for. */
export const REALMS: Record<string, string[]> = {
  مملكه: ['SAU', 'JOR', 'MAR', 'BHR', 'GBR', 'ESP', 'NLD', 'BEL', 'SWE', 'NOR', 'DNK', 'THA'],
  سلطنه: ['OMN', 'BRN'],
  اماره: ['KWT', 'QAT'],
};

/** Adjectives of an unnamed source that name its body's kind ("مصدر عسكري", "مصادر أمنية"). */
export const SOURCE_SECTORS: Record<string, string> = {
  عسكري: 'army',
  عسكريه: 'army',
  امني: 'security-forces',
  امنيه: 'security-forces',
  حكومي: 'government',
  حكوميه: 'government',
};
export const SAME_TITLE = new Map(SPOKESPEOPLE.map((t) => [t, SPOKESPEOPLE.filter((x) => x !== t)]));

/** Complementizers and what opens the words said: the subject ends before them. */
// (a pattern, not a word list: أن with its prefixes and pronoun suffixes, and قوله/قولها/قولهم)
export const COMPLEMENT = /^[وف]?(?:ب|ل)?ان(?:ه|ها|هم|هما|نا|ني)?$|^قوله$|^قولها$|^قولهم$/;
export const QUOTE_OPEN = /[«“"'‘„]/;
export const QUOTE_CLOSE = /[»”"'’]/;
/** Words that end a speaker's phrase: "في بيان", "خلال مؤتمر", "عن تسجيل". */
export const isStopWord = (t: string) => isExactWord('speakerStops', t);
export const isRelative = (t: string) => isExactWord('relatives', t);
// (words.json orgHeads; tokens are normalized, so the stems 'هيئ', 'مؤسس' and 'كتائب' the pattern once held (hamza spellings) never matched and are not listed)
export const ORG_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'].flatMap((p) => [p, p + 'ال']);
export const isOrgHead = (t: string) => beginsWithWordAfter('orgHeads', t, ORG_PREFIXES);

/** The readings of a token without proclitics and article, for word lists. */
export function bare(token: string): string[] {
  return [...new Set(stems(token).map((s) => s.replace(/^ال(?=..)/, '')))];
}
export const inSet = (token: string, s: Set<string>) => bare(token).find((x) => s.has(x));
/**
 * The head noun of a token, normalized, without its article and proclitics: a reading the word lists
 * know ("والوزير" → "وزير", not "زير"), else the token without "و/ف", a preposition and the article.
 */
export function headWord(token: string): string {
  const w = words();
  for (const r of bare(token))
    if (
      w.roles.has(r) ||
      w.anonymous.has(r) ||
      w.media.has(r) ||
      w.statements.has(r) ||
      w.groups.has(r) ||
      w.departments.has(r)
    )
      return r;
  return (
    token
      .replace(/^[وف](?=(?:ب|ل)?ال)/, '')
      .replace(/^(?:ب|ل)?ال(?=..)/, '')
      .replace(/^لل(?=..)/, '') || token
  );
}
export const definite = (token: string) =>
  stems(token).some((s) => s.startsWith('ال')) || /^[وف]?لل/.test(token);
/** Feminine by its written ending (ة or a sound plural): "الوزارة", "السلطات"; not "المكتب". */
export const feminineNoun = (original: string) => /[ةه]$|ات$/.test(original.replace(/[\u064B-\u0652]/g, ''));
/** An adjective of origin or kind ("أمني", "محلية", "عراقيين"): what qualifies an unnamed source. */
export const nisbaShaped = (t: string) =>
  t.length >= 4 && /(?:ي|يه|يين|يون|يه|يا)$/.test(t.replace(/^[وف]/, ''));

export function isRelativeBefore(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && isRelative(before.norm);
}

/** A speaker's gender as its verb or noun gives it; a person without a mark is taken as a man. */
export function genderOf(s: Speaker): Gender | null {
  return s.gender ?? (s.entity?.type === 'PERSON' ? 'm' : null);
}

export interface SpeakerOptions {
  /** The country most of the report's places are in: bodies named without a nisba belong to it, as a last resort. */
  country?: string;
  /** The report's date (ISO), for office holders. */
  date: string | null;
  /** The outlet that published the report, as the page names it. */
  outlet?: string | null;
}

export interface Placed {
  first: number;
  last: number;
  m: EntityMention;
}

export function madeKind(id: string): string | undefined {
  const m = /^mirsad:institution:(.+)-[a-z]{3}$/.exec(id);
  return m?.[1];
}
