// Who speaks: the subject a verb of saying governs, read by syntax over tokens and entity mentions.
// A speaker is a named person; an office ("المتحدث باسم الخارجية المصرية") resolved to the person
// the text names, else the holder the knowledge base gives at the report's date, else the body it
// speaks for (an unnamed official is a source all the same); a body or a state; a medium; a group by
// its sector ("وردد المتظاهرون"); or an unnamed source kept anonymous ("مصادر محلية"), with the body it
// belongs to and the medium that carries it ("لفرانس برس"). Definite nouns ("الوزارة", "المصدر",
// "البيان", a surname alone) and verbs without a subject ("وأضافت:") refer back to an earlier
// speaker of the right gender. Words that name speakers are data (data/events/claims.json, speakers).
import type { EntityMention, EntityRecord, Token } from '../types.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { stems } from '../arabic/clitics.js';
import { tokenize } from '../arabic/tokenize.js';
import { givenNames } from '../arabic/names.js';
import { PhraseMatcher } from '../arabic/phrases.js';
import {
  heldOn,
  institutionOf,
  isCountryRecord,
  isMadeEntity,
  loadKb,
  officeHolder,
  record,
  unknownOrg,
  unknownPerson,
  type KbEntity,
} from '../entities/kb.js';
import { nisbaCountry } from '../entities/lookup.js';
import { roleAt } from '../entities/roles.js';
import { unknownNameAt, unknownOrgAt } from '../entities/names.js';
import { sectorActor } from './sides.js';
import { tokenIndexAt } from './context.js';
import { beginsWithWordAfter, containsWord, endsWithWord, isExactWord, isWordAfter } from './words.js';

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
  sectors: Record<string, string>;
  officeBodies: Record<string, string>;
  officeTitles: Record<string, string>;
  bodyOffices: [string, string, string][];
  departments: string[];
  honorificPronouns: string[];
}

interface Words {
  anonymous: Set<string>;
  groups: Map<string, string>;
  media: Set<string>;
  genericMedia: PhraseMatcher<string>;
  statements: Set<string>;
  statementAdjectives: Map<string, string>;
  carriers: Set<string>;
  roles: Set<string>;
  titles: Set<string>;
  qualifiers: Set<string>;
  adverbs: Set<string>;
  adjuncts: Set<string>;
  offside: PhraseMatcher<string>;
  institutions: PhraseMatcher<[string, string]>;
  labels: Map<string, [string, string]>;
  sectors: Map<string, string>;
  officeBodies: Map<string, string>;
  officeTitles: PhraseMatcher<string>;
  bodyOffices: [string, string, string][];
  departments: Set<string>;
  honorificPronouns: Set<string>;
  /** Portfolio word → ministry kind ("داخليه" → ministry-interior), from "وزارة الداخلية". */
  ministries: Map<string, string>;
  /** (kind, country) → the knowledge base's own body ("وزارة الخارجية المصرية" → Egyptian Ministry of Foreign Affairs). */
  kbBodies: Map<string, KbEntity>;
  /** KB id → institution kind, for bodies the knowledge base holds. */
  kindOf: Map<string, string>;
}

let WORDS: Words | null = null;

function words(): Words {
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
    titles: new Set([...d.titles.map(normalize), ...kb.honorifics]),
    qualifiers: set(d.qualifiers),
    adverbs: new Set(d.adverbs.map(normalize)),
    adjuncts: new Set(d.adjuncts.map(normalize)),
    offside: phrases(d.offsideOf.map((p) => [p, p] as [string, string])),
    institutions,
    labels: new Map(institutionEntries.map(([, v]) => [v[0], v])),
    sectors: new Map(Object.entries(d.sectors)),
    officeBodies: new Map(Object.entries(d.officeBodies)),
    officeTitles: phrases(Object.entries(d.officeTitles)),
    bodyOffices: d.bodyOffices.map(([t, id, o]) => [normalize(t), id, o]),
    departments: set(d.departments),
    honorificPronouns: new Set(d.honorificPronouns.map(normalize)),
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
const OUTLET_PREPOSITION =
  /^[وف]?(?:ل|ب)(?=(?:ال)?(?:صحيفة|صحيفه|قناة|قناه|وكالة|وكاله|موقع|إذاعة|اذاعة|شبكة|جريدة|مجلة)\s)/;

/** Titles that name one office ("المتحدث", "الناطق"), masculine and feminine. */
const SPOKESPEOPLE = ['متحدث', 'متحدثه', 'ناطق', 'ناطقه'];
/** The states "المملكة", "السلطنة", "الإمارة" may stand for. */
const REALMS: Record<string, string[]> = {
  مملكه: ['SAU', 'JOR', 'MAR', 'BHR', 'GBR', 'ESP', 'NLD', 'BEL', 'SWE', 'NOR', 'DNK', 'THA'],
  سلطنه: ['OMN', 'BRN'],
  اماره: ['KWT', 'QAT'],
};

/** Adjectives of an unnamed source that name its body's kind ("مصدر عسكري", "مصادر أمنية"). */
const SOURCE_SECTORS: Record<string, string> = {
  عسكري: 'army',
  عسكريه: 'army',
  امني: 'security-forces',
  امنيه: 'security-forces',
  حكومي: 'government',
  حكوميه: 'government',
};
const SAME_TITLE = new Map(SPOKESPEOPLE.map((t) => [t, SPOKESPEOPLE.filter((x) => x !== t)]));

/** Complementizers and what opens the words said: the subject ends before them. */
// (a pattern, not a word list: أن with its prefixes and pronoun suffixes, and قوله/قولها/قولهم)
const COMPLEMENT = /^[وف]?(?:ب|ل)?ان(?:ه|ها|هم|هما|نا|ني)?$|^قوله$|^قولها$|^قولهم$/;
const QUOTE_OPEN = /[«“"'‘„]/;
const QUOTE_CLOSE = /[»”"'’]/;
/** Words that end a speaker's phrase: "في بيان", "خلال مؤتمر", "عن تسجيل". */
const isStopWord = (t: string) => isExactWord('speakerStops', t);
const isRelative = (t: string) => isExactWord('relatives', t);
// (words.json orgHeads; tokens are normalized, so the stems 'هيئ', 'مؤسس' and 'كتائب' the pattern once held (hamza spellings) never matched and are not listed)
const ORG_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'].flatMap((p) => [p, p + 'ال']);
const isOrgHead = (t: string) => beginsWithWordAfter('orgHeads', t, ORG_PREFIXES);

/** The readings of a token without proclitics and article, for word lists. */
function bare(token: string): string[] {
  return [...new Set(stems(token).map((s) => s.replace(/^ال(?=..)/, '')))];
}
const inSet = (token: string, s: Set<string>) => bare(token).find((x) => s.has(x));
/**
 * The head noun of a token, normalized, without its article and proclitics: a reading the word lists
 * know ("والوزير" → "وزير", not "زير"), else the token without "و/ف", a preposition and the article.
 */
function headWord(token: string): string {
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
const definite = (token: string) => stems(token).some((s) => s.startsWith('ال')) || /^[وف]?لل/.test(token);
/** Feminine by its written ending (ة or a sound plural): "الوزارة", "السلطات"; not "المكتب". */
const feminineNoun = (original: string) => /[ةه]$|ات$/.test(original.replace(/[\u064B-\u0652]/g, ''));
/** An adjective of origin or kind ("أمني", "محلية", "عراقيين"): what qualifies an unnamed source. */
const nisbaShaped = (t: string) => t.length >= 4 && /(?:ي|يه|يين|يون|يه|يا)$/.test(t.replace(/^[وف]/, ''));

export function isRelativeBefore(tokens: Token[], k: number): boolean {
  return k > 0 && isRelative(tokens[k - 1].norm);
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
}

interface Placed {
  first: number;
  last: number;
  m: EntityMention;
}

/** One document's speakers: the mentions it names, and the speakers it has given so far. */
export class Speakers {
  private starts = new Map<number, Placed>();
  private mentions: Placed[] = [];
  private said: { at: number; speaker: Speaker }[] = [];
  /** The last statement's issuer ("في بيان لوزارة الخارجية"): what "البيان" refers back to. */
  statement: Speaker | null = null;
  /** The country a body named without a nisba belongs to when the clause says it ("أعلنت السعودية في بيان لوزارة الخارجية"). */
  private hint: string | undefined;

  constructor(
    private text: string,
    private tokens: Token[],
    mentions: EntityMention[],
    private opts: SpeakerOptions,
  ) {
    for (const m of mentions) {
      if (m.via === 'anaphora' || !tokens.length) continue;
      const first = tokenIndexAt(tokens, m.span.start);
      const last = tokenIndexAt(tokens, m.span.end - 1);
      if (first >= tokens.length || tokens[first].span.start > m.span.start + 2) continue;
      const s = { first, last, m };
      this.mentions.push(s);
      const had = this.starts.get(first);
      // The longest mention at a token; the rules' over the tagger's.
      if (
        !had ||
        (had.m.via === 'tagger' && m.via !== 'tagger') ||
        ((had.m.via === 'tagger') === (m.via === 'tagger') && last > had.last)
      )
        this.starts.set(first, s);
    }
    this.mentions.sort((a, b) => a.first - b.first);
  }

  private norm(k: number): string {
    return this.tokens[k].norm;
  }

  private original(k: number): string {
    return this.text.slice(this.tokens[k].span.start, this.tokens[k].span.end);
  }

  private words(a: number, b: number): string {
    return this.text.slice(this.tokens[a].span.start, this.tokens[Math.max(a, b)].span.end);
  }

  /** Punctuation between token k-1 and token k. */
  private gap(k: number): string {
    return k > 0 && k < this.tokens.length
      ? this.text.slice(this.tokens[k - 1].span.end, this.tokens[k].span.start)
      : '';
  }

  private comma(k: number): boolean {
    return /[،,؛;]/.test(this.gap(k));
  }

  /** "في بيان", "إلى أن", "على" (written with ى: not the name Ali): a phrase that is no subject. */
  private isAdjunct(k: number): boolean {
    const t = this.norm(k);
    // "إمام أوغلو" is a name, though normalized as "أمام" (in front of).
    if (this.starts.get(k)?.m.entity.type === 'PERSON') return false;
    return t === 'علي' ? this.original(k).endsWith('ى') : words().adjuncts.has(t);
  }

  /** "بلاده", "نظيره", "حكومتها": a noun with a possessive pronoun (not "عبد الله", "أوليفييه"). */
  private pronounSuffix(k: number): boolean {
    const o = this.original(k);
    return /(?:[^ة]ه|ها|هم)$/.test(o) && !/(?:الله|يه|ويه)$/.test(o);
  }

  /** "في", "خلال", "على" (written with ى: not the name Ali). */
  private isStop(k: number): boolean {
    return isStopWord(this.norm(k)) || this.original(k) === 'على';
  }

  /**
   * Where a subject read from `from` must end: before a complementizer ("أن", "إن", "بأن"), a colon,
   * or a quotation longer than a name ('أبلغ الرئيس التركي "رجب طيب أردوغان"' quotes a name).
   */
  windowEnd(from: number, to: number, cap = 16): number {
    // Inside a short quoted name ('وكالة "إيسنا"', 'قناة "الجديد"'): its closing mark opens nothing.
    let inName = false;
    for (let k = from; k < Math.min(to, from + cap); k++) {
      const g = this.gap(k);
      // "وتابع: …", "وقال المصدر: …": a colon opens what is said.
      if (/[:：]/.test(g)) return k;
      if (inName && QUOTE_CLOSE.test(g)) inName = false;
      else if (QUOTE_OPEN.test(g)) {
        if (this.quotedLength(k, to) > 4) return k;
        inName = true;
      }
      // ('قناة "سي إن إن ترك"': inside a quoted name "إن" is no complementizer.)
      if (COMPLEMENT.test(this.norm(k)) && !inName) return k;
    }
    return Math.min(to, from + cap);
  }

  private quotedLength(k: number, to: number): number {
    let n = 0;
    for (let j = k; j < to; j++, n++) if (j > k && QUOTE_CLOSE.test(this.gap(j))) return n;
    return n;
  }

  /** Past adverbs, times and "من جهته": the first word that may name the subject. */
  skip(from: number, to: number): number {
    const w = words();
    let k = from;
    while (k < to) {
      const off = w.offside.matchAt(this.tokens, k);
      if (off && off.last < to) {
        k = off.last + 1;
        continue;
      }
      const t = this.norm(k);
      if (w.adverbs.has(t) || isWordAfter('weekdays', t, ['', 'ال']) || /^\d+$/.test(t)) {
        k++;
        continue;
      }
      break;
    }
    return k;
  }

  /** Past a dateline that opens the sentence ("بغداد:", "جفرا نيوز-"): where its words begin. */
  lead(from: number, to: number): number {
    for (let k = from + 1; k < Math.min(to, from + 5); k++)
      if (/[-–—:]\s*$/.test(this.gap(k)) && !/\d/.test(this.norm(k - 1))) return k;
    return from;
  }

  /**
   * The speaker a verb of saying governs, read from the words after it (`from` to `to`, the window
   * before "أن"/":"). `relay`: "نقل/نقلت X عن Y" — Y speaks, X carries it. `country`: the state a
   * body named without a nisba belongs to.
   */
  subject(from: number, to: number, gender: Gender | null, relay = false, country?: string): Reading {
    this.hint = country;
    try {
      return this.subjectRead(from, to, gender, relay);
    } finally {
      this.hint = undefined;
    }
  }

  private subjectRead(from: number, to: number, gender: Gender | null, relay: boolean): Reading {
    let i = this.skip(from, to);
    let medium: EntityRecord | null = null;
    // "وقال لفرانس برس إن": the medium spoken to, not the speaker.
    while (i < to && /^[وف]?ل/.test(this.norm(i))) {
      const m = this.mediumAt(i);
      if (!m) break;
      medium = m.entity;
      i = this.skip(m.last + 1, to);
    }
    // "في بيان", "إلى أن": no subject; "كما أكد سموه": a pronoun of respect.
    if (i >= to || this.isAdjunct(i) || words().honorificPronouns.has(this.norm(i)))
      return { speaker: null, medium, unknown: false };
    let speaker = this.headAt(i, to, gender);
    // "ونقل التلفزيون الرسمي عن الرئيس …": a carrier we cannot name still relays the one after "عن".
    if (!speaker && relay && (inSet(this.norm(i), words().media) || definite(this.norm(i)))) {
      for (let k = i + 1; k < Math.min(to, i + 5); k++) {
        if (this.norm(k) !== 'عن') continue;
        const inner = this.headAt(this.skip(k + 1, to), to, null);
        if (inner?.entity)
          return { speaker: { ...inner, gender: inner.gender ?? gender }, medium, unknown: false };
        break;
      }
    }
    if (speaker && relay) {
      // "ونقلت وكالة رويترز عن مصادر أمنية أن …": the sources speak, Reuters carries them.
      for (let k = i + 1; k < to; k++) {
        if (this.norm(k) !== 'عن') continue;
        const inner = this.headAt(this.skip(k + 1, to), to, null);
        if (inner) {
          const carrier = speaker.kind === 'media' ? speaker.entity : null;
          speaker = {
            ...inner,
            gender: inner.gender ?? gender,
            medium: carrier ?? inner.medium,
            entity: inner.entity ?? (inner.anonymous ? carrier : null),
          };
        }
        break;
      }
    }
    if (!speaker) return { speaker: null, medium, unknown: definite(this.norm(i)) };
    speaker = { ...speaker };
    if (!speaker.medium)
      speaker.medium = medium ?? (speaker.kind === 'media' ? null : this.mediumIn(i + 1, to, speaker.entity));
    // An unnamed source speaks for its body, else through its medium.
    if (speaker.anonymous && !speaker.entity && speaker.medium) speaker.entity = speaker.medium;
    return { speaker, medium, unknown: false };
  }

  /** The speaker whose name starts at token i. */
  private headAt(i: number, to: number, gender: Gender | null): Speaker | null {
    const w = words();
    const kb = loadKb();
    if (i >= to) return null;
    const t = this.norm(i);
    const g = gender;
    const mention = this.starts.get(i);
    // "الرئيسان", "الجانبان", "وشددا": both sides of a meeting speak; the outlet sums them up.
    if (kb.pairAnaphora.has(t.replace(/^[وف]/, '')) || kb.dual.has(t.replace(/^[وف]/, '')))
      return this.make(null, this.words(i, i), 'group', g, 'pair');
    // "جماعة تطلق على نفسها اسم «…»": a group named by the name it gives itself.
    const self = this.selfNamed(i, to);
    if (self) return { ...self, gender: g ?? self.gender };
    // A title before a name: "السفير خالد منصور", "الدكتور سامي الخطيب".
    if (w.titles.has(t.replace(/^[وف]/, '')) && i + 1 < to) {
      const p = this.personAt(i + 1, to);
      if (p)
        return {
          ...p.speaker,
          body: this.bodyAfter(p.last + 1, to),
          titles: this.titleAfter(p.last + 1, to),
        };
    }
    // A given name that is also a title word ("أمين الهاشمي", not "أمين عام الاتحاد").
    if (givenNames().has(t) && !(i + 1 < to && /^(?:ال)?عام$/.test(this.norm(i + 1)))) {
      const p = this.personAt(i, to);
      if (p) return { ...p.speaker, body: this.bodyAfter(p.last + 1, to) };
    }
    const anon = inSet(t, w.anonymous);
    if (anon && !definite(t)) {
      // "متحدث الرئاسة المصرية بسام راضي": a spokesman with a name is that person (not "مسؤول في مكتب
      // رئيس الوزراء، محمد شياع السوداني", whose name is the prime minister's).
      if (isExactWord('spokesmanWords', anon)) {
        const named = this.officeAt(i, to, g);
        if (named?.entity?.type === 'PERSON' && named.kind === 'person' && !/[،,]/.test(named.text))
          return named;
      }
      return this.anonymousAt(i, to, anon, g);
    }
    const group = bare(t).find((x) => w.groups.has(x));
    if (group) {
      const named = this.personAt(this.skip(i + 1, to), to);
      if (named) return named.speaker;
      const sector = w.groups.get(group)!;
      const single = !/(?:ون|ين)$/.test(group);
      if (single && definite(t)) return this.recall(group) ?? this.groupSpeaker(i, sector, true, g);
      return this.groupSpeaker(i, sector, single, g);
    }
    // "وذكر المصدر", "وأضافت المصادر", "وقال المسؤول": the one named before; "المتحدث الرسمي باسم القوات
    // المسلحة العقيد …" is a title that may name its holder or body.
    if (anon) {
      // "وقال الضابط محمد نور": one person's title and his name (a spokesman's title goes on with
      // "باسم" and the body, read below).
      const named =
        !/^مصادر|^مصدر/.test(anon) && !isExactWord('spokesmanWords', anon) && i + 1 < to && !this.comma(i + 1)
          ? this.personAt(i + 1, to)
          : null;
      if (named?.speaker.entity?.type === 'PERSON')
        return { ...named.speaker, text: this.words(i, named.last), titles: [anon] };
      if (i + 1 < to && !this.comma(i + 1) && isExactWord('spokesmanTitles', t.replace(/^[وف]/, ''))) {
        const office = this.officeAt(i, to, g);
        if (office?.entity) return office;
      }
      return (
        this.recall(anon) ??
        (isExactWord('spokesmanWords', anon)
          ? this.titledBefore(anon, i, feminineNoun(this.original(i)))
          : null) ??
        this.anonymousAt(i, to, anon, g)
      );
    }
    // "وحمّل الحزب", "وأعلنت الحركة": the party (movement, group) the report named last.
    const head = /^[وف]?ال(حزب|حركه|جماعه|تنظيم|تيار|جبهه)$/.exec(t)?.[1];
    if (head) {
      const named = this.lastOrgHeaded(head, i);
      if (named) return this.orgSpeaker(named, this.words(i, i));
    }
    // "وأكدت المملكة", "وأعلنت السلطنة": the kingdom (sultanate, emirate) the report named last.
    const realm = /^[وف]?ال(مملكه|سلطنه|اماره)$/.exec(t)?.[1];
    if (realm && !(i + 1 < to && nisbaCountry(this.norm(i + 1)))) {
      const state = this.lastCountry(i, REALMS[realm]);
      if (state) return this.make(state, this.words(i, i), 'country', 'f', 'دوله');
    }
    if (inSet(t, w.statements)) return this.statementAt(i, to, g);
    // "وأضافت القناة", "ولفتت القناة السعودية": the medium named before.
    const mediaWord = inSet(t, w.media);
    if (mediaWord && definite(t) && (i + 1 >= to || nisbaCountry(this.norm(i + 1)) || this.comma(i + 1))) {
      const r = this.recallBody(mediaWord, i);
      if (r) return { ...r, gender: g ?? r.gender };
    }
    const medium = this.mediumAt(i);
    if (medium) return this.mediaSpeaker(medium.entity, this.words(i, medium.last), g);
    // "وأشار تقرير لصحيفة نيويورك تايمز": a report speaks for the outlet that published it.
    if (/^[وف]?(?:ال)?تقرير$/.test(t) && i + 1 < to && /^ل/.test(this.norm(i + 1))) {
      const m = this.mediumAt(i + 1);
      if (m) return this.mediaSpeaker(m.entity, this.words(i, m.last), g);
    }
    if (/^[وف]?مراسل/.test(t)) {
      // "أفاد مراسل فرانس برس": a correspondent speaks for the medium; unnamed reporters for the outlet.
      const m = this.mediumIn(i + 1, Math.min(to, i + 4), null) ?? this.outletNamed(i + 1, to);
      return m ? this.mediaSpeaker(m, this.words(i, i), g) : null;
    }
    if (this.isRole(i)) return this.officeAt(i, to, g);
    const person = this.personAt(i, to);
    // "وقال كريستن": one word the tagger took for a name may be the surname of a speaker named before.
    const known =
      person && person.last === i && isMadeEntity(person.speaker.entity!.id) ? this.surname(i) : null;
    if (known) return known;
    if (person)
      return {
        ...person.speaker,
        body: this.bodyAfter(person.last + 1, to),
        titles: this.titleAfter(person.last + 1, to),
      };
    const body = this.bodyAt(i, to);
    if (body) return { ...body.speaker, gender: g ?? body.speaker.gender };
    // "دائرة الاتصالات في الرئاسة التركية": a department speaks for its body.
    if (inSet(t, w.departments)) {
      for (let k = i + 1; k < to && k <= i + 4; k++) {
        const b = this.bodyAt(k, to);
        if (b) return { ...b.speaker, text: this.words(i, b.last), gender: g ?? b.speaker.gender };
      }
    }
    if (mention && (mention.m.entity.type === 'GPE' || mention.m.entity.type === 'LOC')) {
      const c = this.countryOf(mention.m.entity);
      if (c) return this.make(c, this.words(i, mention.last), 'country', g ?? 'f', headWord(t));
    }
    if (definite(t)) {
      const word = headWord(t);
      const r = this.recall(word) ?? this.recallBody(word, i);
      if (r) return { ...r, gender: g ?? r.gender };
    }
    // "وقال الخطيب": a surname alone is the person named before with it.
    const sur = this.surname(i);
    if (sur) return sur;
    // "دائرة الأوقاف الإسلامية في القدس": a body the entity layer left unnamed, by its head word.
    const org = unknownOrgAt(this.text, this.tokens, i);
    if (org && org.last < to) {
      const name = this.words(i, org.last).replace(/^[وف](?=ال)/, '');
      return this.orgSpeaker(record(unknownOrg(name)), name);
    }
    // "عمدة مقديشو عمر محمود محمد": a person named within three words, nothing but nouns between.
    for (let k = i + 1; k < to && k <= i + 3 && !this.comma(k) && !this.isStop(k); k++) {
      const p = this.starts.get(k);
      if (
        p &&
        p.m.entity.type === 'PERSON' &&
        p.m.via !== 'role' &&
        p.m.via !== 'counterpart' &&
        p.m.via !== 'tagger'
      )
        return this.make(p.m.entity, this.words(i, p.last), 'person', g, headWord(t));
    }
    return null;
  }

  private make(
    entity: EntityRecord | null,
    text: string,
    kind: SourceKind,
    gender: Gender | null,
    head: string,
    anonymous = false,
  ): Speaker {
    return { entity, text, kind, anonymous, medium: null, gender, head };
  }

  private isMedia(e: EntityRecord): boolean {
    return !!loadKb().byId.get(e.id)?.media;
  }

  private isRole(i: number): boolean {
    const t = this.norm(i);
    if (inSet(t, words().roles)) return true;
    // "ولي العهد", "وزير الخارجية": an office of more than one word.
    return stems(t).some((s) => loadKb().offices.has(s)) || !!roleAt(this.tokens, i);
  }

  private countryOf(e: EntityRecord): EntityRecord | null {
    const kb = loadKb();
    const k = kb.byId.get(e.id);
    const country = k?.metonymFor ?? (k?.subtype === 'country' ? k.country : undefined);
    const c = country ? kb.countryEntity.get(country) : undefined;
    return c ? record(c) : null;
  }

  /** "مصدر أمني", "مسؤول في وزارة الداخلية", "مصادر بالرئاسة التركية", "مسؤول طلب عدم الكشف عن هويته". */
  private anonymousAt(i: number, to: number, head: string, gender: Gender | null): Speaker {
    const w = words();
    let end = i;
    let body: Speaker | null = null;
    // "مصادر الرئاسة التركية", "مصدر في الجيش": the body in construct with the head, or after في/ب.
    const construct = i + 1 < to && !this.comma(i + 1) ? this.bodyAt(i + 1, to) : null;
    if (construct) {
      body = construct.speaker;
      end = construct.last;
    }
    for (let k = end + 1; k < to && k <= i + 10; ) {
      if (this.comma(k) || this.mediumAt(k)) break;
      const t = this.norm(k);
      // "في وزارة الداخلية", "بالرئاسة التركية", "في مكتب رئيس الوزراء", "في بغداد"
      // ("متحدث باسم الجيش النيجري": an unnamed spokesman on behalf of a body.)
      const at =
        isExactWord('bodyPrepositions', t) || (t === 'باسم' && k === i + 1)
          ? k + 1
          : /^[وف]?[بل]/.test(t)
            ? k
            : -1;
      if (at >= 0 && at < to) {
        const b: { speaker: Speaker; last: number } | null = body
          ? null
          : (this.bodyAt(at, to) ?? this.officeBody(at, to));
        if (b) {
          body = b.speaker;
          end = k = b.last + 1;
          end--;
          continue;
        }
        const place = this.placeAt(at);
        if (place) {
          end = place.last;
          k = place.last + 1;
          continue;
        }
        if (at === k + 1) break;
      }
      // "طلب عدم الكشف عن هويته", "فضل عدم ذكر اسمه"
      if (isExactWord('anonymityVerbs', t)) {
        let j = k + 1;
        while (j < to && j <= k + 5 && !endsWithWord('identityWords', this.norm(j))) j++;
        if (j < to && j <= k + 5) {
          end = j;
          k = j + 1;
          continue;
        }
        break;
      }
      const stripped = t.replace(/^[وف]/, '');
      if (
        nisbaShaped(t) ||
        inSet(t, w.qualifiers) ||
        (t.startsWith('و') && (w.anonymous.has(stripped) || w.anonymous.has(stripped.replace(/^ال/, ''))))
      ) {
        end = k++;
        continue;
      }
      break;
    }
    return this.make(
      body?.entity ?? this.describedBody(i + 1, end),
      this.words(i, end),
      'anonymous',
      gender ?? (feminineNoun(this.original(i)) ? 'f' : 'm'),
      head,
      true,
    );
  }

  /** "مصدر عسكري ليبي", "مسؤول أمريكي": the body (or the state) an unnamed source's adjectives name. */
  private describedBody(from: number, to: number): EntityRecord | null {
    let country: string | undefined;
    let kind: string | undefined;
    for (let k = from; k <= to && k < this.tokens.length; k++) {
      const t = this.norm(k).replace(/^ال/, '');
      country ??= nisbaCountry(t);
      kind ??= SOURCE_SECTORS[t];
    }
    if (!country) return null;
    if (kind) return this.withSector(this.institution(kind, country, ''), kind);
    const state = loadKb().countryEntity.get(country);
    return state ? record(state) : null;
  }

  /** "في بغداد", "بصنعاء": a place with its country. */
  private placeAt(k: number): { country: string; last: number } | null {
    const s = this.starts.get(k);
    if (!s || (s.m.entity.type !== 'GPE' && s.m.entity.type !== 'LOC')) return null;
    const e = loadKb().byId.get(s.m.entity.id);
    const country = e?.metonymFor ?? e?.country ?? s.m.entity.country;
    return country ? { country, last: s.last } : null;
  }

  /** "مكتب رئيس الوزراء العراقي": the body an office stands for. */
  private officeBody(k: number, to: number): { speaker: Speaker; last: number } | null {
    const role = roleAt(this.tokens, k);
    if (!role || role.last >= to) return null;
    const country = role.countries[0] ?? this.holderCountry(role.office);
    const kind = words().officeBodies.get(role.office);
    if (!country || !kind) return null;
    const text = this.words(k, role.last);
    return { speaker: this.bodySpeaker(this.institution(kind, country, text), kind, text), last: role.last };
  }

  /** The country of the last person the report names in this office, else the report's. */
  private holderCountry(office: string): string | undefined {
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const e = loadKb().byId.get(this.mentions[j].m.entity.id);
      const o = e?.offices?.find((x) => x.office === office && heldOn(x, this.opts.date));
      if (o) return o.country;
    }
    return this.opts.country;
  }

  private groupSpeaker(i: number, sector: string, single: boolean, gender: Gender | null): Speaker {
    // Who they are is their sector; where they are is not the speaker's country.
    return this.make(
      sectorActor(sector, undefined),
      this.words(i, i),
      single ? 'anonymous' : 'group',
      gender,
      headWord(this.norm(i)),
      single,
    );
  }

  private mediaSpeaker(e: EntityRecord, text: string, gender: Gender | null): Speaker {
    return this.make(e, text, 'media', gender ?? 'f', 'وكاله');
  }

  /** "بيان لوزارة الخارجية", "بيان صادر عن الكرملين", "بيان رئاسي مصري", "البيان": the statement's issuer. */
  private statementAt(i: number, to: number, gender: Gender | null): Speaker | null {
    const w = words();
    const stmt = this.make(null, this.words(i, i), 'body', gender, 'بيان');
    let k = i + 1;
    const adjective = k < to ? w.statementAdjectives.get(this.norm(k)) : undefined;
    if (adjective) {
      const country =
        (k + 1 < to ? nisbaCountry(this.norm(k + 1)) : undefined) ?? this.hint ?? this.opts.country;
      if (country)
        return {
          ...this.bodySpeaker(this.institution(adjective, country, ''), adjective, this.words(i, k + 1)),
          gender,
        };
    }
    while (k < to && isExactWord('statementTrailSpeakers', this.norm(k))) k++;
    if (k < to && w.carriers.has(this.norm(k)))
      return definite(this.norm(i)) ? (this.statement ?? stmt) : stmt;
    if (k < to) {
      const by = this.headAt(k, Math.min(to, k + 8), null);
      if (by && by.kind !== 'anonymous' && by.kind !== 'group') return { ...by, gender: gender ?? by.gender };
    }
    // "البيان الختامي", "البيان المشترك": another statement than the last one.
    const another = i + 1 < to && isExactWord('anotherStatement', this.norm(i + 1));
    if (definite(this.norm(i)) && !another)
      return this.statement ?? this.lastBodySaid() ?? this.last(gender) ?? stmt;
    return stmt;
  }

  /**
   * A title: the person the phrase names ("المتحدث باسم الحكومة باسم العوادي"), else the holder of
   * the office ("الأمين العام للأمم المتحدة", "وزير الخارجية الجزائري", "المكتب الإعلامي لرئيس مجلس
   * الوزراء"), else the body the office speaks for ("المتحدث باسم الخارجية المصرية" → the ministry).
   */
  private officeAt(i: number, to: number, gender: Gender | null): Speaker | null {
    const w = words();
    const kb = loadKb();
    // The office itself first: "وزير الخارجية، أنتوني بلينكن", "المتحدث باسم الخارجية المصرية".
    let office = roleAt(this.tokens, i);
    // "أمير قطر", "ملك الأردن": the office and its state by name.
    if (office && !office.countries.length && office.last + 1 < to) {
      const c = this.starts.get(office.last + 1);
      const country = c && c.last < to ? this.countryOf(c.m.entity) : null;
      if (country?.country && !/^[وفبل]/.test(this.norm(office.last + 1)))
        office = { ...office, countries: [country.country], last: c!.last };
    }
    const own = office && office.last < to && (office.last > i || office.countries.length) ? office : null;
    let end = own ? own.last : i;
    let body: { speaker: Speaker; last: number } | null = null;
    let possessor: { office: string; country?: string } | null = null;
    // Where the title is complete (its state named): only a name, a title or adjectives may follow.
    let closedAt = own?.countries.length ? own.last : -1;
    const g = gender ?? (feminineNoun(this.original(i)) ? 'f' : 'm');
    const head = headWord(this.norm(i));
    for (let k = end + 1; k < to && k <= i + 12; k++) {
      const t = this.norm(k);
      // "وقال المتحدث باسمه بيتر ستانو": on behalf of the body just named, a name may follow.
      // … and "المتحدث باسم خارجيتها ناصر كنعاني": the body with its pronoun.
      if (
        (/^باسم(?:ه|ها|هم)$/.test(t) && containsWord('spokesmanStems', this.norm(k - 1))) ||
        (this.norm(k - 1) === 'باسم' && this.pronounSuffix(k))
      ) {
        end = k;
        continue;
      }
      // "أبلغ وزير الخارجية نظيره الروسي سيرغي لافروف": the counterpart and what follows are the object.
      if (kb.counterpart.has(t) || (this.pronounSuffix(k) && !this.isRole(k))) break;
      if (/[:]/.test(this.gap(k))) break;
      // "… الخميس", "… اليوم": a time ends the title.
      if (this.skip(k, k + 1) > k) break;
      // "… في بيان صحفي", "… خلال مؤتمر": the phrase ends, unless a body follows ("مسؤول في وزارة الداخلية").
      if (
        this.isStop(k) &&
        !(k + 1 < to && (this.bodyAt(k + 1, to) || this.placeAt(k + 1) || isOrgHead(this.norm(k + 1))))
      )
        break;
      // "المكتب الإعلامي لرئيس مجلس الوزراء": an office inside the phrase.
      const title: { first: number; last: number; values: string[] } | null =
        !possessor && !body ? w.officeTitles.matchAt(this.tokens, k) : null;
      if (title && title.last < to) {
        const c: string | undefined =
          title.last + 1 < to ? nisbaCountry(this.norm(title.last + 1)) : undefined;
        possessor = { office: title.values[0], country: c };
        end = k = c ? title.last + 1 : title.last;
        continue;
      }
      // "المتحدث باسم الحكومة": after a spokesman, "باسم" is "on behalf of", not the name Basim.
      // ("المتحدث الرسمي باسم …": "الرسمي" may stand between.)
      const onBehalf =
        t === 'باسم' &&
        (containsWord('spokesmanStems', this.norm(k - 1)) ||
          (/^الرسمي(?:ه)?$/.test(this.norm(k - 1)) &&
            k >= 2 &&
            containsWord('spokesmanStems', this.norm(k - 2))));
      if (!onBehalf) {
        // After a nisba, a place or a body that closes the title: "وزيرة الصحة الأردنية سلمى العلي", "رئيس بلدية البصرة كريم الساعدي".
        const closed =
          closedAt >= 0 ||
          nisbaCountry(this.norm(k - 1)) ||
          this.mentions.some((x) => x.last === k - 1 && x.m.entity.type !== 'PERSON');
        const p = (closed ? this.nameAfterTitle(k, to) : null) ?? this.personAt(k, to);
        if (p)
          return {
            ...p.speaker,
            gender: g,
            kind: 'person',
            text: this.words(i, p.last),
            body:
              body?.speaker ??
              (/^[وف]?(?:ال)?وزير(?:ه)?$/.test(this.norm(i)) ? this.ministryOf(i + 1, to) : null),
            titles: [...this.titlesIn(i, k), ...(this.titleAfter(p.last + 1, to) ?? [])],
          };
      }
      // "السفير السعودي في اليمن محمد آل جابر", "سفير روسيا لدى الأمم المتحدة": the post's place goes on with the title.
      if (closedAt >= 0 && /^(?:في|لدي)$/.test(t) && k + 1 < to) {
        const at =
          this.placeAt(k + 1) ??
          (this.starts.get(k + 1)?.m.entity.type === 'ORG' ? { last: this.starts.get(k + 1)!.last } : null);
        if (at && at.last < to && this.personAt(at.last + 1, to)) {
          end = k = at.last;
          continue;
        }
      }
      // "ووصف الناطق باسم الحكومة الأردنية تصريحات لافروف …": after the complete title comes the object.
      // … but "المدعي العام الفرنسي لمكافحة الإرهاب": the complement of a ل-phrase goes on.
      const complement = definite(t) && /^[وف]?(?:لل|ل)/.test(this.norm(k - 1));
      if (
        closedAt >= 0 &&
        !(
          w.titles.has(t) ||
          nisbaCountry(t) ||
          /^(?:لل|ب|ل)/.test(t) ||
          complement ||
          // (An adjective agrees with the title's nisba: "رئيس الوزراء الليبي المسؤولية" ends at "الليبي".)
          (definite(t) &&
            nisbaShaped(t) &&
            (!nisbaCountry(this.norm(closedAt)) || feminineNoun(this.norm(closedAt)) === feminineNoun(t)))
        )
      )
        break;
      const b: { speaker: Speaker; last: number; sure?: boolean } | null = !body ? this.bodyAt(k, to) : null;
      if (b) {
        body = b;
        if (b.sure && b.speaker.entity?.country) closedAt = b.last;
        end = k = b.last;
        // "… في وزارة الخارجية الإيرانية، بإدانة": a comma after the body ends the title, unless a name follows.
        if (this.comma(k + 1) && !this.personAt(k + 1, to)) break;
        continue;
      }
      if (this.comma(k) && !this.personAt(k, to)) break;
      if (nisbaCountry(t)) closedAt = k;
      end = k;
    }
    const text = this.words(i, end);
    // The office holder the entity layer resolved ("وزير الخارجية الجزائري" → Ramtane Lamamra).
    const held = this.starts.get(i);
    if (held && held.m.entity.type === 'PERSON' && (held.m.via === 'role' || held.m.via === 'counterpart'))
      return this.make(held.m.entity, text, 'office', g, head);
    if (body?.speaker.entity) {
      const id = body.speaker.entity.id;
      const title = normalize(this.words(i, end)).replace(/^[وف]?ال/, '');
      for (const [name, bodyId, o] of w.bodyOffices) {
        if (bodyId !== id || !title.startsWith(name.replace(/^ال/, ''))) continue;
        const holder = officeHolder(o, '', this.opts.date);
        if (holder) return this.make(record(holder), text, 'office', g, head);
      }
      return { ...body.speaker, text, kind: 'office', gender: g, head };
    }
    if (possessor) {
      // "المكتب الإعلامي لرئيس مجلس الوزراء" again: the office named before.
      if (!possessor.country) {
        const r = this.recall(head);
        if (r) return { ...r, text };
      }
      const country = possessor.country ?? this.holderCountry(possessor.office);
      const holder = country
        ? (this.lastHolder(possessor.office, country) ??
          officeHolder(possessor.office, country, this.opts.date))
        : null;
      if (holder) return this.make(record(holder), text, 'office', g, head);
    }
    // A title naming its country ("وزير الخارجية السويدي") or a multi-word office of the report's country.
    if (own) {
      const country = own.countries[0] ?? this.holderCountry(own.office);
      if (country) {
        const holder =
          this.lastHolder(own.office, country) ?? officeHolder(own.office, country, this.opts.date);
        if (holder) return this.make(record(holder), text, 'office', g, head);
        const kind = w.officeBodies.get(own.office);
        if (kind)
          return {
            ...this.bodySpeaker(this.institution(kind, country, ''), kind, text),
            kind: 'office',
            gender: g,
            head,
          };
      }
    }
    // "وزير الداخلية العراقي", "وزيرة الصحة": an unnamed minister speaks for the ministry.
    if (/^[وف]?(?:ال)?وزير(?:ه)?$/.test(this.norm(i)) && i + 1 <= end) {
      const ministry = this.ministryOf(i + 1, to);
      if (ministry) return { ...ministry, text, kind: 'office', gender: g, head };
    }
    // "الوزير", "المتحدث", "المبعوث الأممي", "الرئيس" alone: the one named before ("الوزيرة" not a man).
    if (definite(this.norm(i))) {
      const r = this.recall(head);
      if (r && (g !== 'f' || genderOf(r) !== 'm' || r.kind !== 'person')) return r;
    }
    if (end === i && definite(this.norm(i))) {
      if (office && !own) {
        const country = this.holderCountry(office.office);
        const holder = country ? this.lastHolder(office.office, country) : null;
        if (holder) return this.make(record(holder), text, 'office', g, head);
      }
    }
    // "وتابع الوزير" when the minister has not spoken yet: the last person the report named with that title.
    if (end === i && definite(this.norm(i))) {
      const titled = this.titledBefore(head, i, feminineNoun(this.original(i)));
      if (titled) return { ...titled, text, gender: g, head };
    }
    // "المكتب الإعلامي الحكومي في غزة": an office of a body the knowledge base lacks speaks as that body.
    if (end > i && /^مكتب$/.test(head)) {
      const name = text.replace(/^[وف](?=ال)/, '');
      return this.make(record(unknownOrg(name)), name, 'body', g, head);
    }
    // A title we cannot resolve still names the subject: not a pronoun.
    return this.make(null, text, 'office', g, head);
  }

  /**
   * The last person the report named with this title before token i ("وزير الخارجية الإسرائيلي جدعون
   * ساعر" … "وتابع الوزير"): a mention that opens with the title, or whose title stands at most eight
   * words before it in the same sentence. Never one named inside a quotation.
   */
  private titledBefore(head: string, i: number, feminine: boolean): Speaker | null {
    // "المتحدث" and "الناطق" are one title ("الوزيرة" is not "الوزير").
    const title = (h: string) => h.replace(/^ناطق/, 'متحدث');
    const key = title(head);
    const same = (k: number) => title(headWord(this.norm(k))) === key;
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= i || s.m.entity.type !== 'PERSON' || s.m.via === 'tagger' || this.quoted(s.first))
        continue;
      for (let k = s.first; k >= Math.max(0, s.first - 8); k--) {
        // Not across a sentence's end, nor across another person ("وزير الخارجية X بحق رئيس الحكومة Y").
        if (
          k < s.first &&
          (/[.!?؟\n]/.test(this.text.slice(this.tokens[k].span.end, this.tokens[k + 1].span.start)) ||
            this.mentions.some((o) => o !== s && o.first <= k && k <= o.last && o.m.entity.type === 'PERSON'))
        )
          break;
        if (same(k) && feminineNoun(this.original(k)) === feminine)
          return this.make(
            s.m.entity,
            this.words(s.first, s.last),
            s.m.via === 'role' ? 'office' : 'person',
            'm',
            head,
          );
      }
    }
    return null;
  }

  /** "جماعة تطلق على نفسها اسم «كتائب …»", "مجموعة تسمي نفسها «…»": the quoted name a group gives itself. */
  private selfNamed(i: number, to: number): Speaker | null {
    if (!isOrgHead(this.norm(i)) && !/^[وف]?(?:ال)?(?:مجموعه|فصيل|تنظيم)$/.test(this.norm(i))) return null;
    for (let k = i + 1; k < Math.min(to, i + 5); k++) {
      if (!/^نفس(?:ها|ه|هم)$/.test(this.norm(k))) continue;
      let n = k + 1;
      if (n < to && /^(?:باسم|اسم)$/.test(this.norm(n))) n++;
      if (n >= to || !QUOTE_OPEN.test(this.gap(n))) return null;
      const len = this.quotedLength(n, to);
      if (len < 1 || len > 4) return null;
      const name = this.words(n, n + len - 1).replace(/[«»“”"]/g, '');
      return this.make(record(unknownOrg(name)), name, 'body', 'f', headWord(this.norm(i)));
    }
    return null;
  }

  /** "الداخلية العراقي" after "وزير": the ministry of that portfolio and state. */
  private ministryOf(k: number, to: number): Speaker | null {
    const portfolio = this.norm(k).replace(/^ال/, '');
    for (const [phrase, kind] of words().ministries) {
      if (phrase !== portfolio) continue;
      const country =
        (k + 1 < to ? nisbaCountry(this.norm(k + 1)) : undefined) ?? this.hint ?? this.opts.country;
      if (!country) return null;
      const text = this.words(k, k + 1 < to && nisbaCountry(this.norm(k + 1)) ? k + 1 : k);
      return this.bodySpeaker(this.institution(kind, country, ''), kind, text);
    }
    return null;
  }

  /** The person the report last named as holding `office` in `country` at its date. */
  private lastHolder(office: string, country: string): KbEntity | null {
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const e = loadKb().byId.get(this.mentions[j].m.entity.id);
      if (e?.offices?.some((o) => o.office === office && o.country === country && heldOn(o, this.opts.date)))
        return e;
    }
    return null;
  }

  /** A person named at token i (after a title): the knowledge base's, or a name the report gives. */
  private personAt(i: number, to: number): { speaker: Speaker; last: number } | null {
    if (i >= to) return null;
    // "الشيخ محمد بن زايد" (the title inside the mention), "السفير خالد منصور" (before it).
    const at = this.starts.get(i);
    if (
      !(at && at.m.entity.type === 'PERSON') &&
      words().titles.has(this.norm(i).replace(/^[وف]/, '')) &&
      i + 1 < to
    )
      i++;
    const s = this.starts.get(i);
    if (s && s.m.entity.type === 'PERSON' && s.m.via !== 'role' && s.m.via !== 'counterpart') {
      if (!isMadeEntity(s.m.entity.id))
        return {
          speaker: this.make(s.m.entity, s.m.text, 'person', null, headWord(this.norm(i))),
          last: Math.min(s.last, to - 1),
        };
      return this.nameFrom(i, s.last, to);
    }
    if (givenNames().has(this.norm(i)) && (!s || s.m.via === 'tagger')) {
      const n = unknownNameAt(this.text, this.tokens, i, 2, true);
      if (n) return this.nameFrom(i, n.last, to);
      // "علي" + the tagger's "حسن الجبوري": a given name before a name the tagger found.
      const rest = this.starts.get(i + 1);
      if (
        rest &&
        rest.m.entity.type === 'PERSON' &&
        isMadeEntity(rest.m.entity.id) &&
        !/\S/.test(this.gap(i + 1))
      )
        return this.nameFrom(i, rest.last, to);
      // "محمد رضا نوري مستشار وزير الداخلية": a given name and the words up to a title.
      for (let j = i + 1; j < Math.min(to, i + 4); j++) {
        if (this.comma(j) || this.isStop(j) || COMPLEMENT.test(this.norm(j)) || this.starts.has(j)) break;
        if (this.isRole(j)) return j - i >= 2 ? this.nameFrom(i, j - 1, to) : null;
      }
    }
    return null;
  }

  /**
   * "وزيرة الصحة الأردنية سلمى العلي الأحد": after a title closed by its nisba, two or three words
   * that are no title, place or body, followed by a boundary, are the holder's name.
   */
  private nameAfterTitle(k: number, to: number): { speaker: Speaker; last: number } | null {
    const s = this.starts.get(k);
    if (this.isRole(k) || definite(this.norm(k)) || nisbaCountry(this.norm(k))) return null;
    // "وزيرة الدفاع الفرنسية فلورانس بارلي": a given name the gazetteer reads as a city is a name here.
    if (
      s &&
      s.m.via !== 'tagger' &&
      !(
        (s.m.entity.type === 'GPE' || s.m.entity.type === 'LOC') &&
        s.last === k &&
        !this.countryOf(s.m.entity)
      )
    )
      return null;
    const n =
      s && s.m.via !== 'tagger' ? this.wordsAfter(k, to) : unknownNameAt(this.text, this.tokens, k, 2, true);
    if (!n || n.last >= to) return null;
    const after = n.last + 1;
    // (… or the one spoken to: "لـ«سبوتنيك»", "للصحفيين", "لوكالة الأنباء".)
    const boundary =
      after >= to ||
      this.comma(after) ||
      COMPLEMENT.test(this.norm(after)) ||
      this.isStop(after) ||
      this.skip(after, after + 1) > after ||
      /^(?:ل|لل.+)$/.test(this.norm(after)) ||
      !!this.mediumAt(after);
    return boundary ? this.nameFrom(k, n.last, to) : null;
  }

  /** Two or three name words from k, no punctuation between: "فلورانس بارلي". */
  private wordsAfter(k: number, to: number): { last: number } | null {
    let last = k;
    for (let j = k + 1; j < Math.min(to, k + 3); j++) {
      if (
        this.comma(j) ||
        /[:«»"“”]/.test(this.gap(j)) ||
        this.isStop(j) ||
        COMPLEMENT.test(this.norm(j)) ||
        this.isRole(j) ||
        nisbaCountry(this.norm(j)) ||
        this.skip(j, j + 1) > j
      )
        break;
      last = j;
    }
    return last > k ? { last } : null;
  }

  /** A name the knowledge base does not hold, its span mended: joined to the tagger's next piece, trimmed of titles, one more word when a boundary follows. */
  private nameFrom(first: number, last: number, to: number): { speaker: Speaker; last: number } | null {
    const kb = loadKb();
    const isTitle = (k: number) =>
      this.isRole(k) || kb.descriptors.has(this.norm(k)) || words().titles.has(this.norm(k));
    const boundary = (k: number) =>
      k >= to ||
      /[،,.:؛«»"“”()]/.test(this.gap(k)) ||
      COMPLEMENT.test(this.norm(k)) ||
      this.norm(k) === 'ل' ||
      this.isAdjunct(k) ||
      (kb.notNames.has(this.norm(k)) && this.original(k) !== 'علي');
    // "ولي العهد", "رئيس الوزراء": an office, not a name ("أمين الهاشمي" is a name); nor "تصريحات لافروف".
    if (roleAt(this.tokens, first) || (isTitle(first) && !givenNames().has(this.norm(first)))) return null;
    if (/ات$/.test(this.norm(first)) || inSet(this.norm(first), words().statements)) return null;
    // "يبحثان", "تتواصل": a verb in the present, not a name.
    if (/^[يت].{2,}(?:ان|ون|ين)$/.test(this.norm(first)) && !givenNames().has(this.norm(first))) return null;
    last = Math.min(last, to - 1);
    const next = this.starts.get(last + 1);
    if (
      next &&
      next.last < to &&
      next.m.entity.type === 'PERSON' &&
      next.m.via === 'tagger' &&
      !/\S/.test(this.gap(last + 1))
    )
      last = next.last;
    while (
      last > first &&
      (isTitle(last) || boundary(last) || this.isStop(last) || this.skip(last, last + 1) > last)
    )
      last--;
    // "جون ك. هيرلي": an initial and its dot go on with the name.
    while (
      last + 1 < to &&
      this.norm(last).length === 1 &&
      /^\.\s$/.test(this.gap(last + 1)) &&
      !COMPLEMENT.test(this.norm(last + 1)) &&
      !this.isRole(last + 1)
    )
      last++;
    const pronounSuffix = (k: number) => this.pronounSuffix(k);
    const phrase = (k: number) => /^(?:[وف]?(?:بال|لل|وال|فال)|ب(?!و|ن$))/.test(this.norm(k));
    const time = (k: number) => this.skip(k, k + 1) > k;
    if (
      last - first === 1 &&
      last + 1 < to &&
      !boundary(last + 1) &&
      boundary(last + 2) &&
      !isTitle(last + 1) &&
      !pronounSuffix(last + 1) &&
      !phrase(last + 1) &&
      !time(last + 1) &&
      !nisbaCountry(this.norm(last + 1)) &&
      !this.starts.has(last + 1)
    )
      last++;
    const name = this.words(first, last);
    const e = record(unknownPerson(name, undefined, undefined));
    return { speaker: this.make(e, name, 'person', null, headWord(this.norm(first))), last };
  }

  /**
   * A body named at token i: the knowledge base's ("وزارة الخارجية السعودية", "الكرملين"), a body
   * word and a nisba ("الخارجية السويدية"), a body word and its state ("قوات الحكومة الليبية",
   * "وزارة الصحة في طرابلس"), a body word alone — the clause's state's, the one of its kind named
   * before, else the report's country's ("وقالت الوزارة", "توعدت الحكومة").
   */
  bodyAt(i: number, to: number): { speaker: Speaker; last: number; sure?: boolean } | null {
    if (i >= to) return null;
    const w = words();
    const mention = this.starts.get(i);
    const kbOrg =
      mention && mention.m.entity.type === 'ORG' && mention.m.via !== 'tagger' && !mention.m.entity.sector
        ? mention
        : null;
    // A body word run on into a name by the entity layer ("الحكومة باسم العوادي") yields to the body word.
    const madeOrg = !!kbOrg && kbOrg.m.entity.id.startsWith('mirsad:unknown-org:');
    const inst = w.institutions.matchAt(this.tokens, i);
    if (inst && inst.last < to && (!kbOrg || inst.last + 1 >= kbOrg.last || madeOrg)) {
      const kind = inst.values[0][0];
      const text = (last: number) => this.words(i, last);
      // "وزارة الخارجية والتعاون الدولي الصومالية": the ministry's longer name before its nisba.
      let named = inst.last + 1;
      if (named < to && /^وال/.test(this.norm(named)) && !this.comma(named))
        for (let k = named + 1; k < Math.min(to, named + 3) && !this.comma(k); k++)
          if (nisbaCountry(this.norm(k))) {
            named = k;
            break;
          }
      const nisba = named < to ? nisbaCountry(this.norm(named)) : undefined;
      if (nisba)
        return {
          speaker: this.bodySpeaker(this.institution(kind, nisba, text(named)), kind, text(named)),
          last: named,
          sure: true,
        };
      // "مجلس أمن إقليم كردستان": a head without its article in construct with a place is that place's.
      const held = !definite(this.norm(inst.last)) ? this.placeAt(inst.last + 1) : null;
      const of = held && held.last < to ? held : this.stateAfter(inst.last + 1, to);
      if (of && 'org' in of && of.org)
        return {
          speaker: { ...this.orgSpeaker(of.org, text(of.last)), text: text(of.last) },
          last: of.last,
          sure: true,
        };
      if (of?.country)
        return {
          speaker: this.bodySpeaker(this.institution(kind, of.country, text(of.last)), kind, text(of.last)),
          last: of.last,
          sure: true,
        };
      const last = inst.last;
      if (this.hint)
        return {
          speaker: this.bodySpeaker(this.institution(kind, this.hint, text(last)), kind, text(last)),
          last,
        };
      const before = this.lastBody(kind, i);
      if (before) return { speaker: { ...before, text: text(last) }, last };
      if (kbOrg && !madeOrg)
        return { speaker: this.orgSpeaker(kbOrg.m.entity, kbOrg.m.text), last: kbOrg.last, sure: true };
      // The state of the sentence's own places ("… في العاصمة الليبية طرابلس"), else the report's.
      const country =
        this.sentenceCountry(i) ?? this.leadCountry() ?? this.opts.country ?? this.placesCountry();
      if (country)
        return {
          speaker: this.bodySpeaker(this.institution(kind, country, text(last)), kind, text(last)),
          last,
        };
      return { speaker: this.make(null, text(last), 'body', null, headWord(this.norm(i))), last };
    }
    if (kbOrg)
      return {
        speaker: this.orgSpeaker(kbOrg.m.entity, kbOrg.m.text),
        last: Math.min(kbOrg.last, to - 1),
        sure: true,
      };
    // "حركة النهضة التونسية": the knowledge base's name may begin after the head word before it.
    const inner = this.starts.get(i + 1);
    if (
      !mention &&
      isOrgHead(this.norm(i)) &&
      inner &&
      inner.last < to &&
      inner.m.entity.type === 'ORG' &&
      inner.m.via !== 'tagger' &&
      !isMadeEntity(inner.m.entity.id)
    )
      return {
        speaker: this.orgSpeaker(inner.m.entity, this.words(i, inner.last)),
        last: inner.last,
        sure: true,
      };
    // A body the tagger or the rules found by its head word ("نقابة المعلمين", "الاتحاد العام التونسي للشغل").
    if (mention && mention.m.entity.type === 'ORG' && !mention.m.entity.sector && isOrgHead(this.norm(i)))
      return {
        speaker: this.orgSpeaker(mention.m.entity, mention.m.text),
        last: Math.min(mention.last, to - 1),
      };
    return null;
  }

  /** The country of the first place named in the sentence before token i. */
  private sentenceCountry(i: number): string | undefined {
    for (const s of this.mentions) {
      if (s.first < this.sentenceFrom) continue;
      if (s.first >= i) break;
      const p = this.placeAt(s.first);
      if (p) return p.country;
    }
    return undefined;
  }

  /**
   * The state of the report's first actor: the lead's subject ("أصدر الرئيس الجزائري …", "طردت ليبيا …").
   * A body named without its state ("وجاء في بيان الرئاسة") is that state's more often than the state
   * of the places the report names (the envoy's posting, the country criticised).
   */
  private leadCountry(): string | undefined {
    if (this.leadCountryMemo !== null) return this.leadCountryMemo;
    let found: string | undefined;
    for (const s of this.mentions) {
      if (s.m.via === 'tagger') continue;
      const e = s.m.entity;
      if (e.type === 'PERSON' || e.type === 'ORG' || (e.type === 'GPE' && isCountryRecord(e))) {
        found = e.country ?? undefined;
        if (found) break;
      }
    }
    return (this.leadCountryMemo = found);
  }
  private leadCountryMemo: string | undefined | null = null;

  /** The last organisation named before token i whose name begins with the head noun ("حزب الله" for "الحزب"). */
  private lastOrgHeaded(head: string, i: number): EntityRecord | null {
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= i || s.m.via === 'tagger' || s.m.entity.type !== 'ORG' || isMadeEntity(s.m.entity.id))
        continue;
      const first = normalize(s.m.text)
        .split(/\s+/)[0]
        .replace(/^[وفبل]?(?:ال)?/, '');
      if (first === head) return s.m.entity;
    }
    return null;
  }

  /** Does a name (not the tagger's) begin at token i? */
  namesAt(i: number): boolean {
    const s = this.starts.get(i);
    return !!s && s.m.via !== 'tagger';
  }

  /** The last country itself, of these, the report named before token i. */
  private lastCountry(i: number, among: string[]): EntityRecord | null {
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (
        s.first < i &&
        s.m.via !== 'tagger' &&
        isCountryRecord(s.m.entity) &&
        among.includes(s.m.entity.country!)
      )
        return s.m.entity;
    }
    return null;
  }

  /** The country most of the report's places, capitals included, are in. */
  private placesCountry(): string | undefined {
    if (this.placesCountryMemo !== null) return this.placesCountryMemo;
    const count = new Map<string, number>();
    for (const s of this.mentions) {
      const p = this.placeAt(s.first);
      if (p) count.set(p.country, (count.get(p.country) ?? 0) + 1);
    }
    return (this.placesCountryMemo = [...count].sort((a, b) => b[1] - a[1])[0]?.[0]);
  }
  private placesCountryMemo: string | undefined | null = null;

  /** The first token of the sentence being read (set by the claim reader). */
  sentenceFrom = 0;

  /** The state a body word belongs to, named after it: "الحكومة الليبية" (a body), "التحالف العربي" (the body itself), "في طرابلس", "بحكومة الوفاق". */
  private stateAfter(k: number, to: number): { country?: string; org?: EntityRecord; last: number } | null {
    if (k >= to) return null;
    const at = this.norm(k) === 'في' ? k + 1 : k;
    if (at >= to) return null;
    const s = this.starts.get(at);
    if (
      s &&
      s.last < to &&
      s.m.entity.type === 'ORG' &&
      s.m.via !== 'tagger' &&
      !isMadeEntity(s.m.entity.id)
    ) {
      // "قوات التحالف العربي": the coalition's forces speak as the coalition.
      if (at === k && !/^[وف]?[بل]/.test(this.norm(k))) return { org: s.m.entity, last: s.last };
      if (s.m.entity.country) return { country: s.m.entity.country, last: s.last };
    }
    const inner = words().institutions.matchAt(this.tokens, at);
    if (inner && inner.last + 1 < to) {
      const c = nisbaCountry(this.norm(inner.last + 1));
      if (c) return { country: c, last: inner.last + 1 };
    }
    if (at !== k || /^[وف]?ب/.test(this.norm(k))) {
      const p = this.placeAt(at);
      if (p && p.last < to) return { country: p.country, last: p.last };
      // "في الإقليم", "في المحافظة": the region or province the report named last.
      if (/^(?:بال|ال)(?:اقليم|محافظه|ولايه|مدينه)$/.test(this.norm(at))) {
        for (let j = this.mentions.length - 1; j >= 0; j--) {
          const place = this.mentions[j].last < k ? this.placeAt(this.mentions[j].first) : null;
          if (place) return { country: place.country, last: at };
        }
      }
    }
    return null;
  }

  private orgSpeaker(e: EntityRecord, text: string): Speaker {
    if (this.isMedia(e)) return this.mediaSpeaker(e, text, null);
    const kind = words().kindOf.get(e.id) ?? madeKind(e.id);
    const first = text.split(/\s+/)[0] ?? '';
    return this.make(
      kind ? this.withSector(e, kind) : e,
      text,
      'body',
      feminineNoun(first) ? 'f' : 'm',
      headWord(normalize(first)),
    );
  }

  private bodySpeaker(e: EntityRecord, kind: string, text: string): Speaker {
    const first = text.split(/\s+/)[0] ?? '';
    return this.make(
      this.withSector(e, kind),
      text,
      'body',
      feminineNoun(first) ? 'f' : 'm',
      headWord(normalize(first)),
    );
  }

  /** The knowledge base's body of that kind and country, else one made for it. */
  private institution(kind: string, country: string, text: string): EntityRecord {
    const known = words().kbBodies.get(`${kind}|${country}`);
    if (known) return record(known);
    const e = record(institutionOf(words().labels.get(kind) ?? [kind, kind], country));
    // The shared entity is never written to: which report came first must not change its name.
    return e.ar || !text ? e : { ...e, ar: text };
  }

  /** A body of a state answers to its sector key ("SWE:foreign"). */
  private withSector(e: EntityRecord, kind: string): EntityRecord {
    const sector = words().sectors.get(kind) ?? kind.replace(/^ministry-/, '');
    return e.country && !e.sector ? { ...e, sector } : e;
  }

  /** The last body of this kind the report named before token i. */
  private lastBody(kind: string, i: number): Speaker | null {
    const w = words();
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= i) continue;
      const k = w.kindOf.get(s.m.entity.id) ?? madeKind(s.m.entity.id);
      if (k === kind && s.m.entity.country) return this.orgSpeaker(s.m.entity, s.m.text);
    }
    // Bodies the entity layer left to the tagger ("وزارة الخزانة الأمريكية"): read again.
    for (let k = i - 1; k >= 0; k--) {
      const m = w.institutions.matchAt(this.tokens, k);
      if (!m || m.values[0][0] !== kind || m.last + 1 >= i) continue;
      const country = nisbaCountry(this.norm(m.last + 1));
      if (country)
        return this.bodySpeaker(this.institution(kind, country, ''), kind, this.words(k, m.last + 1));
    }
    return null;
  }

  /** A medium named at token i: a KB agency or channel, media by kind ("تقارير", "الصحف"), or a media word and its name ("وكالة أنباء فارس", "التلفزيون الإيراني"). */
  private mediumAt(i: number): { entity: EntityRecord; last: number } | null {
    const w = words();
    const s = this.starts.get(i);
    if (s && this.isMedia(s.m.entity)) {
      // "وكالة الأنباء الصومالية": a state's news agency is named by its state, past the entity layer's span.
      const next = s.last + 1;
      if (
        isMadeEntity(s.m.entity.id) &&
        /^(?:ال)?انباء$/.test(this.norm(s.last)) &&
        next < this.tokens.length &&
        !this.comma(next) &&
        nisbaCountry(this.norm(next))
      )
        return { entity: record(unknownOrg(this.words(i, next), true)), last: next };
      // "صحيفة لوفيغارو الفرنسية": a medium's name without the adjective of its state.
      let last = s.last;
      while (
        last > i + 1 &&
        isMadeEntity(s.m.entity.id) &&
        (nisbaCountry(this.norm(last)) || isExactWord('officialTrail', this.norm(last)))
      )
        last--;
      // … but "وكالة الأنباء السويدية" is named by its state.
      if (last <= i + 1 && /^(?:ال)?انباء$/.test(this.norm(last))) last = s.last;
      // "لصحيفة نيويورك": the entity layer's span took the preposition in.
      if (last === s.last && isMadeEntity(s.m.entity.id) && OUTLET_PREPOSITION.test(s.m.text))
        return { entity: record(unknownOrg(s.m.text.replace(OUTLET_PREPOSITION, ''), true)), last };
      if (last === s.last) return { entity: s.m.entity, last: s.last };
      return {
        entity: record(
          unknownOrg(
            this.words(i, last)
              .replace(/[«»“”"]/g, '')
              .replace(/\s+/g, ' '),
            true,
          ),
        ),
        last: s.last,
      };
    }
    const generic = w.genericMedia.matchAt(this.tokens, i);
    if (generic) {
      const reports = loadKb().byId.get('mirsad:media-reports');
      let last = generic.last;
      while (
        last + 1 < this.tokens.length &&
        (nisbaShaped(this.norm(last + 1)) ||
          isWordAfter('sourceAdjectives', this.norm(last + 1), ['', 'ال'])) &&
        !this.comma(last + 1)
      )
        last++;
      if (reports) return { entity: record(reports), last };
    }
    if (!inSet(this.norm(i), w.media)) return null;
    let k = i + 1;
    if (k < this.tokens.length && /^(?:ال)?انباء$/.test(this.norm(k))) k++;
    const inner = this.starts.get(k);
    // "إذاعة آر تي إل" is not "آر تي": a known medium only when its name ends there.
    const runsOn = (j: number) =>
      j < this.tokens.length &&
      !/[^\s]/.test(this.gap(j).replace(/[«»“”"]/g, '')) &&
      /^\S{1,3}$/.test(this.norm(j)) &&
      !COMPLEMENT.test(this.norm(j)) &&
      !this.isAdjunct(j) &&
      !this.isStop(j);
    if (inner && this.isMedia(inner.m.entity) && !runsOn(inner.last + 1))
      return { entity: inner.m.entity, last: inner.last };
    let last = k - 1;
    // ('قناة "سي إن إن ترك"': inside the quotation marks of a name, "إن" is no complementizer.)
    const quoted = k < this.tokens.length && QUOTE_OPEN.test(this.gap(k));
    for (let j = k; j < this.tokens.length && j < k + (quoted ? 5 : 4); j++) {
      const t = this.norm(j);
      if (/[،,.:؛]/.test(this.gap(j).replace(/["«»“”]/g, ''))) break;
      if (
        (!quoted && (COMPLEMENT.test(t) || this.isAdjunct(j) || isStopWord(t) || loadKb().notNames.has(t))) ||
        nisbaCountry(t) ||
        w.carriers.has(t) ||
        isExactWord('nameBreakers', t)
      )
        break;
      last = j;
      if (QUOTE_CLOSE.test(this.text.slice(this.tokens[j].span.end, this.tokens[j].span.end + 1))) break;
    }
    if (last < k) {
      // "التلفزيون الإيراني الرسمي", "الإذاعة الإسرائيلية": a medium named by its state.
      if (k < this.tokens.length && nisbaCountry(this.norm(k)) && !this.comma(k)) last = k;
      else return null;
    }
    // ('صحيفة "إسرائيل هيوم"': the quoted name is the outlet's name, without its head noun.)
    const name = this.words(quoted && last >= k ? k : i, last)
      .replace(/[«»“”"]/g, '')
      .replace(/\s+/g, ' ')
      // "لصحيفة نيويورك تايمز": the preposition is not the outlet's.
      .replace(OUTLET_PREPOSITION, '');
    return { entity: record(unknownOrg(name, true)), last };
  }

  /** "مراسل الجزيرة": a KB outlet named without its head noun ("قناة الجزيرة"), one or two words. */
  private outletNamed(k: number, to: number): EntityRecord | null {
    const kb = loadKb();
    for (const last of [k + 1, k]) {
      if (last >= to) continue;
      const name = this.tokens
        .slice(k, last + 1)
        .map((t) => t.norm)
        .join(' ');
      for (const head of ['قناه', 'وكاله', 'صحيفه', 'موقع', 'اذاعه']) {
        const e = (kb.aliases.get(`${head} ${name}`) ?? []).find((x) => x.media);
        if (e) return record(e);
      }
    }
    return null;
  }

  /** A medium anywhere in the words after the speaker ("مصدر مطلع … لرويترز"). */
  private mediumIn(from: number, to: number, not: EntityRecord | null): EntityRecord | null {
    for (let k = from; k < to; k++) {
      const m = this.mediumAt(k);
      if (m && m.entity.id !== not?.id) return m.entity;
    }
    return null;
  }

  /** "وقال الخطيب": a surname alone, the person named before with it. */
  private surname(i: number): Speaker | null {
    const t = bare(this.norm(i));
    for (let j = this.said.length - 1; j >= 0; j--) {
      const sp = this.said[j].speaker;
      const name = sp.entity?.type === 'PERSON' ? normalize(sp.entity.ar || sp.entity.en).split(/\s+/) : [];
      if (name.length > 1 && bare(name[name.length - 1]).some((x) => t.includes(x)))
        return { ...sp, text: this.original(i) };
    }
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= i || s.m.entity.type !== 'PERSON' || s.last === s.first) continue;
      if (bare(this.norm(s.last)).some((x) => t.includes(x)))
        return this.make(s.m.entity, this.original(i), 'person', 'm', t[0]);
    }
    return null;
  }

  /** The speaker a definite noun refers back to ("المصدر", "المصادر", "الوزير"). */
  recall(head: string): Speaker | null {
    for (let j = this.said.length - 1; j >= 0; j--)
      if (this.said[j].speaker.head === head || this.said[j].speaker.titles?.includes(head))
        return this.said[j].speaker;
    // "وأشارت المتحدثة" after "قالت الناطقة باسم …": one title, spelled another way.
    const alike = SAME_TITLE.get(head);
    if (alike)
      for (let j = this.said.length - 1; j >= 0; j--)
        if (
          alike.includes(this.said[j].speaker.head) ||
          this.said[j].speaker.titles?.some((t) => alike.includes(t))
        )
          return this.said[j].speaker;
    return null;
  }

  /** The last body a definite noun names again ("وقالت الوزارة", "وأشارت الصحيفة", "نفت الجماعة"). */
  private recallBody(word: string, i: number): Speaker | null {
    const w = words();
    // A medium that spoke: "وذكرت قناة الإخبارية …" then "ولفتت القناة".
    if (w.media.has(word)) {
      for (let j = this.said.length - 1; j >= 0; j--) {
        const sp = this.said[j].speaker;
        if (sp.kind === 'media' && sp.entity && bare(normalize(sp.text.split(/\s+/)[0] ?? '')).includes(word))
          return sp;
      }
    }
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= i || s.m.entity.type !== 'ORG' || s.m.entity.sector) continue;
      const kind = w.kindOf.get(s.m.entity.id) ?? madeKind(s.m.entity.id) ?? '';
      if (bare(this.norm(s.first)).includes(word) || (word === 'وزاره' && kind.startsWith('ministry-')))
        return this.orgSpeaker(s.m.entity, s.m.text);
    }
    // "وأعلنت الوزارة" after its minister spoke.
    for (let j = this.said.length - 1; j >= 0; j--) {
      const b = this.said[j].speaker.body;
      if (
        b?.entity &&
        (b.head === word ||
          (word === 'وزاره' && /^mirsad:institution:ministry-|ministry/i.test(b.entity.id + b.entity.en)))
      )
        return b;
    }
    // A medium that spoke: "وذكرت قناة الإخبارية …" then "ولفتت القناة".
    if (w.media.has(word)) {
      for (let j = this.said.length - 1; j >= 0; j--) {
        const sp = this.said[j].speaker;
        if (sp.kind === 'media' && sp.entity && bare(normalize(sp.text.split(/\s+/)[0] ?? '')).includes(word))
          return sp;
      }
    }
    // A medium named only as the carrier ("بحسب صحيفة …"): "وأشارت الصحيفة".
    if (w.media.has(word)) {
      for (let j = this.said.length - 1; j >= 0; j--) {
        const m =
          this.said[j].speaker.medium ??
          (this.said[j].speaker.kind === 'media' ? this.said[j].speaker.entity : null);
        if (m) return this.mediaSpeaker(m, m.ar || m.en, null);
      }
    }
    return null;
  }

  /** The last body that spoke, itself or through its spokesman: what "البيان" means when no statement was named. */
  private lastBodySaid(): Speaker | null {
    for (let j = this.said.length - 1; j >= 0; j--) {
      const s = this.said[j].speaker;
      if (s.kind === 'body' && s.entity) return s;
      if (s.body?.entity) return s.body;
    }
    return null;
  }

  /** "السفير أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية": the title after a name. */
  private titleAfter(k: number, to: number): string[] | undefined {
    k = this.skip(k, to);
    return k < to && this.isRole(k) ? [headWord(this.norm(k))] : undefined;
  }

  /** The title words of a phrase ("مستشار رئيس مجلس الوزراء المتحدث الرسمي …" → مستشار, رئيس, متحدث). */
  private titlesIn(from: number, to: number): string[] {
    const out: string[] = [];
    for (let k = from; k < to; k++)
      if (this.isRole(k) || inSet(this.norm(k), words().anonymous)) out.push(headWord(this.norm(k)));
    return out;
  }

  /** "خالد منصور المتحدث باسم وزارة الخارجية الأردنية": the body a named person's title after the name gives. */
  private bodyAfter(k: number, to: number): Speaker | null {
    k = this.skip(k, to);
    if (k >= to || !this.isRole(k)) return null;
    for (let j = k + 1; j < to && j <= k + 6; j++) {
      if (this.isStop(j)) return null;
      const b = this.bodyAt(j, to);
      if (b) return b.speaker;
    }
    return null;
  }

  /** The last speaker of the right gender: what "وأضافت" or "وقال إن" with no subject refers to. */
  last(gender: Gender | null): Speaker | null {
    for (let j = this.said.length - 1; j >= 0; j--) {
      const s = this.said[j].speaker;
      const g = genderOf(s);
      if (!gender || !g || g === gender) return s;
    }
    return null;
  }

  remember(at: number, speaker: Speaker): void {
    const last = this.said[this.said.length - 1];
    if (
      last &&
      last.speaker.entity &&
      last.speaker.entity.id === speaker.entity?.id &&
      last.speaker.text === speaker.text
    )
      this.said.pop();
    this.said.push({ at, speaker });
  }

  /**
   * The subject of the clause that opens at `from` and runs to `at` — its verb first ("حافظت
   * روسيا …، قائلةً", "رحّب أمير قطر …، وقال") or its subject first — when it agrees in gender.
   */
  clauseSubject(from: number, at: number, gender: Gender | null): Speaker | null {
    const start = this.skip(this.lead(from, at), at);
    for (const k of [start + 1, start]) {
      if (k >= at) continue;
      const s = this.headAt(k, this.windowEnd(k, at), null);
      if (s?.entity && (!gender || !genderOf(s) || genderOf(s) === gender)) return s;
    }
    return null;
  }

  /** Is token k inside a quotation of its sentence? A person named in what is said is not its speaker. */
  quoted(k: number): boolean {
    const before = this.text.slice(
      this.tokens[Math.min(this.sentenceFrom, k)].span.start,
      this.tokens[k].span.start,
    );
    const count = (re: RegExp) => (before.match(re) ?? []).length;
    return count(/«/g) > count(/»/g) || count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
  }

  /** The actor nearest before `at` that agrees in gender: "… نظمه وزير الخارجية الجزائري، موضّحاً أن". */
  actorBefore(from: number, at: number, gender: Gender | null): Speaker | null {
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (
        s.first < from ||
        s.last >= at ||
        s.m.via === 'tagger' ||
        s.m.entity.sector ||
        s.m.entity.type === 'LOC' ||
        this.quoted(s.first)
      )
        continue;
      const e = s.m.entity;
      let sp: Speaker | null = null;
      if (e.type === 'PERSON')
        sp = this.make(
          e,
          s.m.text,
          s.m.via === 'role' ? 'office' : 'person',
          'm',
          headWord(this.norm(s.first)),
        );
      else if (e.type === 'ORG') sp = this.orgSpeaker(e, s.m.text);
      else {
        const c = this.countryOf(e);
        if (c) sp = this.make(c, s.m.text, 'country', 'f', headWord(this.norm(s.first)));
      }
      if (sp && (!gender || !sp.gender || sp.gender === gender)) return sp;
    }
    return null;
  }

  /** A sentence's subject person, before any "أن" or quotation: who a later "وقال إن" may mean. */
  noteTopic(from: number, to: number): void {
    // The subject right after the sentence's verb ("جدد رئيس نقابة الأطباء سامي الخطيب موقفه …"), or opening it.
    const start = this.skip(this.lead(from, to), to);
    for (const at of [start + 1, start]) {
      if (at >= to) continue;
      const end = this.windowEnd(at, to);
      const person = this.isRole(at) ? null : this.personAt(at, end);
      const p = this.isRole(at)
        ? this.officeAt(at, end, null)
        : person
          ? { ...person.speaker, titles: this.titleAfter(person.last + 1, end) }
          : null;
      if (p?.entity?.type === 'PERSON') {
        this.remember(at, { ...p, gender: p.gender ?? 'm' });
        return;
      }
    }
  }
}

function madeKind(id: string): string | undefined {
  const m = /^mirsad:institution:(.+)-[a-z]{3}$/.exec(id);
  return m?.[1];
}
