// The tokens and mentions a speaker is read from: words, punctuation, where a subject's window ends,
// and the speakers given so far (read by the layers above: media, bodies, recall, persons).
import type { EntityMention, EntityRecord, Token } from '../types.js';
import { stems } from '../arabic/clitics.js';
import { normalize } from '../arabic/normalize.js';
import { isCountryRecord, loadKb, record } from '../entities/kb.js';
import { nisbaCountry } from '../entities/lookup.js';
import { roleAt } from '../entities/roles.js';
import { tokenIndexAt } from './context.js';
import { isExactWord, isWordAfter } from './words.js';
import { isArmedGroup } from './sides.js';
import { lexicon } from '../time/lexicon.js';
import {
  type SourceKind,
  type Gender,
  type Speaker,
  words,
  COMPLEMENT,
  QUOTE_OPEN,
  QUOTE_CLOSE,
  isStopWord,
  inSet,
  type SpeakerOptions,
  type Placed,
} from './speaker-words.js';

const CLOSING_OF: Record<string, string> = { ')': '(', '»': '«', '”': '“' };

/** "للصحافيين", "لوسائل الإعلام": the ones a speaker talks to, never part of the name before them. */
const AUDIENCE = /^لل(?:صحافيين|صحفيين|اعلاميين|مراسلين|صحافه|صحافة)$/;

/** The last token of a name from `first` to `last` without the audience the tagger ran it into. */
function audienceEnd(tokens: Token[], first: number, last: number): number {
  if (last > first && AUDIENCE.test(tokens[last].norm)) return last - 1;
  if (last - 1 > first && tokens[last - 1].norm === 'لوسايل') return last - 2;
  return last;
}

export class SpeakerReader {
  protected starts = new Map<number, Placed>();

  protected mentions: Placed[] = [];

  protected said: { at: number; speaker: Speaker }[] = [];

  /** The last statement's issuer ("في بيان لوزارة الخارجية"): what "البيان" refers back to. */
  statement: Speaker | null = null;

  /** The country a body named without a nisba belongs to when the clause says it ("أعلنت السعودية في بيان لوزارة الخارجية"). */
  protected hint: string | undefined;

  /** The first token of the sentence being read (set by the claim reader). */
  sentenceFrom = 0;

  constructor(
    protected text: string,
    protected tokens: Token[],
    mentions: EntityMention[],
    protected opts: SpeakerOptions,
  ) {
    for (let m of mentions) {
      if (m.via === 'anaphora' || !tokens.length) continue;
      const first = tokenIndexAt(tokens, m.span.start);
      let last = tokenIndexAt(tokens, m.span.end - 1);
      if (first >= tokens.length || tokens[first].span.start > m.span.start + 2) continue;
      // A name the tagger ran into the ones spoken to ("أوقطاي للصحافيين"): the name ends before them.
      const heard = audienceEnd(tokens, first, last);
      if (m.via === 'tagger' && m.entity.type === 'PERSON' && heard < last) {
        last = heard;
        m = {
          ...m,
          text: text.slice(m.span.start, tokens[last].span.end),
          span: { ...m.span, end: tokens[last].span.end },
        };
      }
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

  /**
   * The state of the report's first actor: the lead's subject ("أصدر الرئيس الجزائري …", "طردت ليبيا …").
   * A body named without its state ("وجاء في بيان الرئاسة") is that state's more often than the state
   * of the places the report names (the envoy's posting, the country criticised).
   */
  protected leadCountry(): string | undefined {
    if (this.leadCountryMemo !== null) return this.leadCountryMemo;
    let found: string | undefined;
    let at = this.tokens.length;
    let group: { country: string; at: number } | undefined;
    for (const s of this.mentions) {
      // (A body the KB does not hold says little of whose report it is, whatever its nisba.)
      if (s.m.via === 'tagger' || s.m.entity.id.startsWith('mirsad:unknown-org:')) continue;
      const e = s.m.entity;
      // (Nor, while the report names places, does a group under arms: "داعش" has a base, not the state
      // whose ministry speaks of its attack there.)
      if (isArmedGroup(e)) {
        if (!group?.country && e.country) group = { country: e.country, at: s.first };
        continue;
      }
      if (e.type === 'PERSON' || e.type === 'ORG' || (e.type === 'GPE' && isCountryRecord(e))) {
        found = e.country ?? undefined;
        at = s.first;
        if (found) break;
      }
    }
    if (!found && group) {
      found = this.placesCountry() ?? group.country;
      at = group.at;
    }
    // "أعلنت السلطات المالية …" before it: a body and a nisba the entity layer does not read as a state.
    const w = words();
    for (let k = 0; k < at; k++) {
      const inst = w.institutions.matchAt(this.tokens, k);
      if (!inst || inst.last + 1 >= at || nisbaCountry(this.norm(inst.last + 1))) continue;
      const state = this.nisba(inst.last + 1);
      if (state) return (this.leadCountryMemo = state);
    }
    return (this.leadCountryMemo = found);
  }

  protected leadCountryMemo: string | undefined | null = null;

  /**
   * The state of the town the report is filed from, when a line of its opening names it before a
   * colon or a dash ("طهران:", "القاهرة -", "صنعاء (وكالة)"): where an official medium named
   * without its state ("التلفزيون الرسمي") broadcasts.
   */
  protected datelineCountry(): string | undefined {
    if (this.datelineCountryMemo !== null) return this.datelineCountryMemo;
    let found: string | undefined;
    for (const s of this.mentions) {
      const start = this.tokens[s.first].span.start;
      if (start > 400) break;
      if (!/(?:^|\n)\s*$/.test(this.text.slice(0, start))) continue;
      const after = this.text.slice(this.tokens[s.last].span.end, this.tokens[s.last].span.end + 4);
      if (!/^\s*(?:[-–—:_(]|\d)/.test(after)) continue;
      // ("السودان: …" labels the story's subject; a town or a capital files it.)
      if (isCountryRecord(s.m.entity) && /^\s*:/.test(after)) continue;
      found = this.placeAt(s.first)?.country;
      if (found) break;
    }
    return (this.datelineCountryMemo = found);
  }

  protected datelineCountryMemo: string | undefined | null = null;

  /** The country most of the report's places, capitals included, are in. */
  protected placesCountry(): string | undefined {
    if (this.placesCountryMemo !== null) return this.placesCountryMemo;
    const count = new Map<string, number>();
    for (const s of this.mentions) {
      const p = this.placeAt(s.first);
      if (p) count.set(p.country, (count.get(p.country) ?? 0) + 1);
    }
    return (this.placesCountryMemo = [...count].sort((a, b) => b[1] - a[1])[0]?.[0]);
  }

  protected placesCountryMemo: string | undefined | null = null;

  /**
   * The state a nisba names ("الإيراني", "المصرية"); a nisba that is also an everyday adjective
   * ("المالي": Malian or financial) only when the report names that state.
   */
  protected nisba(k: number): string | undefined {
    const t = this.norm(k);
    const c = nisbaCountry(t);
    if (c || !/^ال/.test(t)) return c;
    const state = loadKb().ambiguousNisbas.get(t.replace(/^ال/, '').replace(/ه$/, ''));
    return state &&
      this.mentions.some(
        (s) => s.m.entity.country === state && (s.m.entity.type === 'GPE' || s.m.entity.type === 'LOC'),
      )
      ? state
      : undefined;
  }

  protected norm(k: number): string {
    return this.tokens[k].norm;
  }

  protected original(k: number): string {
    return this.text.slice(this.tokens[k].span.start, this.tokens[k].span.end);
  }

  protected words(a: number, b: number): string {
    const end = this.tokens[Math.max(a, b)].span.end;
    const said = this.text.slice(this.tokens[a].span.start, end);
    // ('وكالة (أعماق)', 'وكالة «إرنا»': a name's closing bracket or quotation mark with it.)
    const close = this.text[end];
    const open = CLOSING_OF[close];
    return open && said.split(open).length > said.split(close).length ? said + close : said;
  }

  /** Punctuation between token k-1 and token k. */
  protected gap(k: number): string {
    return k > 0 && k < this.tokens.length
      ? this.text.slice(this.tokens[k - 1].span.end, this.tokens[k].span.start)
      : '';
  }

  protected comma(k: number): boolean {
    return /[،,؛;]/.test(this.gap(k));
  }

  /** "في بيان", "إلى أن", "على" (written with ى: not the name Ali): a phrase that is no subject. */
  protected isAdjunct(k: number): boolean {
    const t = this.norm(k);
    // "إمام أوغلو" is a name, though normalized as "أمام" (in front of).
    if (this.starts.get(k)?.m.entity.type === 'PERSON') return false;
    return t === 'علي' ? this.original(k).endsWith('ى') : words().adjuncts.has(t);
  }

  /** "بالصين", "بالحكومة": a noun after the preposition "بـ" is no one who speaks or issues a statement. */
  prepositional(k: number): boolean {
    const t = this.norm(k);
    const e = this.starts.get(k)?.m.entity;
    if (e) return /^[وف]?ب/.test(t) && !/^ب/.test(normalize(e.ar ?? ''));
    return /^[وف]?بال/.test(t);
  }

  /** "بلاده", "نظيره", "حكومتها": a noun with a possessive pronoun (not "عبد الله", "أوليفييه"). */
  protected pronounSuffix(k: number): boolean {
    const o = this.original(k);
    return /(?:[^ة]ه|ها|هم)$/.test(o) && !/(?:الله|يه|ويه)$/.test(o);
  }

  /**
   * "الملك المفدى", "الأمير - حفظه الله -", "أطال الله عمره": an honorific after a title, which neither
   * names nor ends it. The last token of the honorific at k, else -1.
   */
  protected honorificEnd(k: number, to: number): number {
    if (k >= to) return -1;
    const t = this.norm(k);
    if (isExactWord('honorificAdjectives', t)) return k;
    if (!isExactWord('honorificPrayers', t) || k + 1 >= to || this.norm(k + 1) !== 'الله') return -1;
    return k + 2 < to && /^(?:عمره|عمرها|بقاءه)$/.test(this.norm(k + 2)) ? k + 2 : k + 1;
  }

  /** "في", "خلال", "على" (written with ى: not the name Ali). */
  protected isStop(k: number): boolean {
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

  protected quotedLength(k: number, to: number): number {
    let n = 0;
    for (let j = k; j < to; j++, n++) if (j > k && QUOTE_CLOSE.test(this.gap(j))) return n;
    // ('وأضاف المسؤول "توفي فلان. …': a quotation still open at the window's end is what is said, no name.)
    const after =
      to < this.tokens.length ? this.gap(to) : this.text.slice(this.tokens[to - 1]?.span.end ?? 0);
    const closed = QUOTE_CLOSE.test(after);
    return closed ? n : Number.POSITIVE_INFINITY;
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
      // ("وقال أحد المحتجين", "أحد حراس المبنى": "one of", not the weekday, which is "الأحد" or before a date.)
      const oneOf = /^[وف]?احد$/.test(t) && k + 1 < to && !/^\d/.test(this.norm(k + 1));
      if (w.adverbs.has(t) || (isWordAfter('weekdays', t, ['', 'ال']) && !oneOf) || /^\d+$/.test(t)) {
        k++;
        continue;
      }
      // ("قال اليوم الأربعاء 22 مايو/أيار متحدث …": a month after the day's number, in one or two names.)
      const months = lexicon().gregorianMonths;
      if (k > from && months.has(t) && (/^\d+$/.test(this.norm(k - 1)) || months.has(this.norm(k - 1)))) {
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

  protected make(
    entity: EntityRecord | null,
    text: string,
    kind: SourceKind,
    gender: Gender | null,
    head: string,
    anonymous = false,
  ): Speaker {
    // (A person the report gives a woman's title is a woman: "وزيرة الخارجية هيلاري كلينتون" … "شكرت كلينتون".)
    const g = gender ?? (entity?.type === 'PERSON' && this.personGender(entity.id) === 'f' ? 'f' : null);
    return { entity, text: withoutProclitic(text), kind, anonymous, medium: null, gender: g, head };
  }

  /**
   * A person's gender as the report marks it: a woman's title right before one of her mentions, or opening
   * it ("وزيرة الخارجية الأمريكية هيلاري كلينتون", "النائبة عبير موسى", "رئيسة الحزب … عبير موسى"); else a man.
   */
  protected personGender(id: string): Gender {
    const memo = this.genders.get(id);
    if (memo) return memo;
    let g: Gender = 'm';
    const title = (k: number) => this.isRole(k) || words().titles.has(this.norm(k).replace(/^[وف]/, ''));
    for (const s of this.mentions) {
      if (s.m.entity.id !== id || g === 'f') continue;
      for (let k = s.m.via === 'role' ? s.first : s.first - 1; k >= Math.max(0, s.first - 6); k--) {
        if (k < s.first && /[،,.:؛!?؟\n«»"“”()]/.test(this.gap(k + 1))) break;
        const other = this.starts.get(k);
        if (
          k < s.first &&
          other &&
          other !== s &&
          other.m.entity.type === 'PERSON' &&
          other.m.entity.id !== id
        )
          break;
        if (!title(k)) continue;
        // (A ta marbuta written as such: "نظيره" is his counterpart.)
        if (/ة$/.test(this.original(k).replace(/[\u064B-\u0652]/g, ''))) g = 'f';
        break;
      }
    }
    this.genders.set(id, g);
    return g;
  }

  private genders = new Map<string, Gender>();

  protected isMedia(e: EntityRecord): boolean {
    return !!loadKb().byId.get(e.id)?.media;
  }

  protected isRole(i: number): boolean {
    const t = this.norm(i);
    if (inSet(t, words().roles)) return true;
    // "ولي العهد", "وزير الخارجية", "قائم مقام": an office of more than one word.
    return (
      stems(t).some((s) => loadKb().offices.has(s)) ||
      !!roleAt(this.tokens, i) ||
      !!words().rolePhrases.matchAt(this.tokens, i)
    );
  }

  protected countryOf(e: EntityRecord): EntityRecord | null {
    const kb = loadKb();
    const k = kb.byId.get(e.id);
    // "أكدت أبوظبي": a region named like its state's capital ("أبو ظبي" the emirate) speaks as the capital.
    const capital =
      k && !k.metonymFor && k.subtype !== 'country' && k.ar
        ? kb.aliases.get(normalize(k.ar))?.find((x) => x.metonymFor && x.metonymFor === k.country)
        : undefined;
    const country =
      k?.metonymFor ?? capital?.metonymFor ?? (k?.subtype === 'country' ? k.country : undefined);
    const c = country ? kb.countryEntity.get(country) : undefined;
    return c ? record(c) : null;
  }

  /** "في بغداد", "بصنعاء": a place with its country. */
  protected placeAt(k: number): { country: string; last: number } | null {
    const s = this.starts.get(k);
    if (!s || (s.m.entity.type !== 'GPE' && s.m.entity.type !== 'LOC')) return null;
    const e = loadKb().byId.get(s.m.entity.id);
    const country = e?.metonymFor ?? e?.country ?? s.m.entity.country;
    return country ? { country, last: s.last } : null;
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

  /** Does a name (not the tagger's) begin at token i? */
  namesAt(i: number): boolean {
    const s = this.starts.get(i);
    return !!s && s.m.via !== 'tagger';
  }

  /** Does a name (any mention) hold token i? */
  inName(i: number): boolean {
    return this.mentions.some((s) => s.first <= i && i <= s.last);
  }
}

/**
 * A name as a speaker is called, without the conjunction or preposition the sentence put on its
 * first word ("للديوان الملكي" → "الديوان الملكي", "لرئاسة الجمهورية" → "رئاسة الجمهورية",
 * "بالوزارة" → "الوزارة"); a word that begins so by itself ("والي", "لبنان") keeps its letters.
 */
export function withoutProclitic(text: string): string {
  return text
    .replace(/^[وف]?ل\u0644(?=[\u0621-\u064A]{3})/, 'ال')
    .replace(/^[وف]?[بل](?=ال[\u0621-\u064A]{3})/, '')
    .replace(/^[وف](?=ال[\u0621-\u064A]{3})/, '');
}
