// Who speaks: the subject a verb of saying governs, read by syntax over tokens and entity mentions.
// A speaker is a named person; an office ("المتحدث باسم الخارجية المصرية") resolved to the person
// the text names, else the holder the knowledge base gives at the report's date, else the body it
// speaks for (an unnamed official is a source all the same); a body or a state; a medium; a group by
// its sector ("وردد المتظاهرون"); or an unnamed source kept anonymous ("مصادر محلية"), with the body it
// belongs to and the medium that carries it ("لفرانس برس"). Definite nouns ("الوزارة", "المصدر",
// "البيان", a surname alone) and verbs without a subject ("وأضافت:") refer back to an earlier
// speaker of the right gender. Words that name speakers are data (data/events/claims.json, speakers).
import type { EntityRecord } from '../types.js';
import { articleGivenNames, givenNames } from '../arabic/names.js';
import { normalize } from '../arabic/normalize.js';
import { isMadeEntity, loadKb, record, unknownOrg, unknownPerson } from '../entities/kb.js';
import { unknownOrgAt } from '../entities/names.js';
import { isEverydayWord } from '../entities/everyday.js';
import { isExactWord } from './words.js';
import { withoutProclitic } from './speaker-reader.js';
import {
  type Gender,
  type Speaker,
  type Reading,
  type Placed,
  words,
  REALMS,
  SPOKESPEOPLE,
  COMPLEMENT,
  bare,
  inSet,
  headWord,
  definite,
  feminineNoun,
  genderOf,
  nisbaShaped,
} from './speaker-words.js';
import { PersonReader } from './speaker-persons.js';
import { nisbaCountry } from '../entities/lookup.js';
import { sectorActor } from './sides.js';
import { titledBefore } from './titled-before.js';

/** "أحد نشطاء الحراك", "عضو اللجنة", "إحدى المشاركات": a speaker described as one of a group. */
const DESCRIBED_AS_ONE_OF = /^(?:احد|احدي|عضو|عضوه)$/;

/** Group words that are broken plurals: a crowd, not one member. */
const BROKEN_PLURALS = new Set(['عشائر', 'قبائل'].map(normalize));

export {
  genderOf,
  isRelative,
  isRelativeBefore,
  type Gender,
  type Reading,
  type SourceKind,
  type Speaker,
  type SpeakerOptions,
} from './speaker-words.js';

/** A platform one speaks on: "عبر «تويتر»", "عبر منصة «إكس»". */
const PLATFORM = /^(?:تويتر|فيسبوك|تيليغرام|تلغرام|تلجرام|اكس|انستغرام|انستجرام|يوتيوب|واتساب|منصه)$/;
/** A medium's adjectives after its name: "الرسمية", "الحكومية". */
const MEDIUM_ADJECTIVE = /^ال(?:رسمي|حكومي|محلي|خاص)ه?$/;

/** "أنصار فلان", "أنصاره", "مؤيدو الرئيس": a person's supporters, not the person. */
const SUPPORTERS = /^(?:انصار|مؤيدو|مؤيدي|مناصرو|مناصري)(?:ه|ها|هم)?$/;

/** "شقيقه", "زوجته", "والدتها", "أقاربه": a kin word with its pronoun (normalized; ة read from the original). */
const KIN_WITH_PRONOUN =
  /^(شقيق|شقيقت|اخو|اخي|اخت|زوج|زوجت|والد|والدت|ابن|ابنت|نجل|ابو|ابي|اقارب|ذوي|ذوو|عايلت|اسرت)(?:ه|ها|هم|هما)$/;

/** "زوجة", "شقيق", "والدة": a kin word in construct with the one it is kin to (normalized). */
const KIN_OF = /^(شقيق|شقيقه|اخو|اخت|زوج|زوجه|والد|والده|ابن|ابنه|نجل|ارمله|اقارب|ذوو|ذوي|عايله|اسره)$/;

/** The rank each noun of respect is given to: "سموه" an emir or a crown prince, "فخامته" a president. */
const HONORED_RANKS: [string, RegExp][] = [
  ['سمو', /^(?:امير|ولي)$/],
  ['فخامه', /^رييس$/],
  ['سياده', /^رييس$/],
  ['جلاله', /^(?:ملك|عاهل)$/],
  ['معالي', /^وزير$/],
];

/** One document's speakers: the mentions it names, and the speakers it has given so far. */
/** "للصحفيين", "للعسكريين", "للجنود": a plural of people after "لـ", the ones spoken to. */
const AUDIENCE_PLURAL =
  /^[وف]?لل(?:\S{2,}(?:ين|ون)|جنود|ضباط|حضور|طلاب|اعضاء|نواب|قاده|سفراء|شباب|صحافه|اعلام)$/;

export class Speakers extends PersonReader {
  /**
   * "كما اتهم الجيش إثيوبيا", "وجاء في بيان للجيش" after "الجيش السوداني" spoke: a state body named
   * by its bare word is the body of that kind which spoke last, not the one of whatever state was
   * named last or most (the one it speaks of, often).
   */
  private spokeBefore(i: number, to: number, speaker: Speaker | null): Speaker | null {
    const e = speaker?.entity;
    if (!e || speaker!.kind !== 'body' || normalize(speaker!.text).split(/\s+/).length !== 1) return speaker;
    if (!/^[وف]?(?:ال|لل)/.test(this.norm(i)) || (i + 1 < to && this.nisba(i + 1))) return speaker;
    const kind = institutionKind(e.id);
    if (!kind) return speaker;
    const spoke = [...this.said]
      .reverse()
      .find(
        (x) =>
          !!x.speaker.entity && x.speaker.kind === 'body' && institutionKind(x.speaker.entity.id) === kind,
      );
    if (!spoke || spoke.speaker.entity!.id === e.id) return speaker;
    return { ...this.orgSpeaker(spoke.speaker.entity!, speaker!.text), gender: speaker!.gender };
  }

  /**
   * "وأضاف المتحدث باسم الرئاسة" after "الناطق باسم الرئيس المصري ياسر علي": a definite spokesman's
   * title of a body named bare is the spokesman of that body who spoke before (the body's word may be
   * spelled another way: رئاسة / رئيس), not the body of whatever state was named last.
   */
  protected spokesmanAgain(i: number, to: number): Speaker | null {
    if (!definite(this.norm(i)) || i + 2 >= to || this.norm(i + 1) !== 'باسم') return null;
    const body = this.norm(i + 2);
    if (!/^ال/.test(body) || (i + 3 < to && !this.comma(i + 3) && this.nisba(i + 3))) return null;
    const skeleton = (x: string) =>
      x
        .replace(/^ال/, '')
        .replace(/ه$/, '')
        .replace(/[اويئءأإ]/g, '');
    for (let j = this.said.length - 1; j >= 0; j--) {
      const sp = this.said[j].speaker;
      if (sp.entity?.type !== 'PERSON') continue;
      const ws = normalize(sp.text).split(/\s+/);
      const at = ws.indexOf('باسم');
      if (at < 1 || !bare(ws[at - 1]).some((x) => SPOKESPEOPLE.includes(x))) continue;
      if (ws[at + 1] && skeleton(ws[at + 1]) === skeleton(body)) return sp;
    }
    // "أفاد المستشار فلان، المتحدث الرسمي باسم رئاسة الجمهورية، بأن": the title apposed after the name.
    for (let j = this.said.length - 1; j >= 0; j--) {
      const sp = this.said[j].speaker;
      if (sp.entity?.type !== 'PERSON') continue;
      const named = this.mentions.find((s) => s.first < i && s.m.entity.id === sp.entity!.id);
      if (!named || !this.comma(named.last + 1)) continue;
      for (let k = named.last + 2; k < Math.min(i, named.last + 5); k++) {
        if (this.norm(k) !== 'باسم') continue;
        const titled = [k - 1, k - 2].some(
          (x) => x > named.last && bare(this.norm(x)).some((y) => SPOKESPEOPLE.includes(y)),
        );
        if (titled && skeleton(this.norm(k + 1)) === skeleton(body)) return sp;
        break;
      }
    }
    return null;
  }

  /** "شركة فودافون", "شركة بريتش بتروليوم": an indefinite "شركة" and the foreign words of its name. */
  private companyAt(i: number, to: number): string | null {
    if (!/^[وف]?شركه$/.test(this.norm(i))) return null;
    const foreign = (k: number) => {
      const t = this.norm(k);
      return (
        k < to &&
        !this.comma(k) &&
        t.length >= 3 &&
        !/^[وفبل]?ال|^لل/.test(t) &&
        !/(?:ي|يه)$/.test(t) &&
        !isEverydayWord(t) &&
        !this.nisba(k) &&
        !givenNames().has(t) &&
        !this.isRole(k) &&
        !(this.starts.get(k) && this.starts.get(k)!.m.via !== 'tagger')
      );
    };
    if (!foreign(i + 1)) return null;
    const last = foreign(i + 2) && !/^[لب]/.test(this.norm(i + 2)) ? i + 2 : i + 1;
    return this.words(i, last).replace(/^[وف]/, '');
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
      // ("فقال للعسكريين:", "وقال للجنود المرابطين هناك إن": people spoken to, with their adjectives.)
      if (!this.starts.has(i) && AUDIENCE_PLURAL.test(this.norm(i))) {
        i = this.skip(i + 1, to);
        while (i < to && !this.starts.has(i) && /^ال\S+(?:ين|ون)$/.test(this.norm(i)) && !this.comma(i))
          i = this.skip(i + 1, to);
        continue;
      }
      const m = this.mediumAt(i);
      // ("نقلت لوموند عن …": a name that begins with "ل" is the speaker, not the one spoken to.)
      if (!m || this.namedWithLam(i, m.entity)) break;
      medium = m.entity;
      i = this.skip(m.last + 1, to);
      // ("وقال لوكالة الأنباء الأردنية الرسمية مصدر …": the medium's own adjectives, official or of its
      // state, before the speaker.)
      while (
        i < to &&
        !this.starts.has(i) &&
        (MEDIUM_ADJECTIVE.test(this.norm(i)) || (/ه$/.test(this.norm(i)) && this.nisba(i)))
      )
        i = this.skip(i + 1, to);
    }
    // "وأعلنت عبر «فيسبوك» حركة …": the platform it spoke on, between the verb and its subject.
    if (i + 1 < to && /^[وف]?عبر$/.test(this.norm(i)) && PLATFORM.test(this.norm(i + 1)))
      i = this.skip(i + (this.norm(i + 1) === 'منصه' && i + 2 < to ? 3 : 2), to);
    // "وعبّر فخامته" after "بفخامة الرئيس فلان": a pronoun of respect is the one the report named with it.
    const honored = i < to && words().honorificPronouns.has(this.norm(i)) ? this.honoredBefore(i) : null;
    if (honored) return { speaker: { ...honored, text: this.original(i) }, medium, unknown: false };
    // "عبّر فخامة الرئيس التونسي", "وأكد سمو الأمير": a noun of respect before a title or a name.
    i = this.pastRespect(i, to);
    // "في بيان", "إلى أن": no subject; "كما أكد سموه": a pronoun of respect (the last speaker's).
    if (i >= to || this.isAdjunct(i) || words().honorificPronouns.has(this.norm(i)))
      return { speaker: null, medium, unknown: false };
    // ("وقال أنصار فلان": his supporters, not he; "وقال الفلسطينيون", "وقال النواب": many, by what they are.)
    let speaker =
      (SUPPORTERS.test(this.norm(i).replace(/^[وف]/, '')) ? this.manyAt(i) : null) ??
      this.headAt(i, to, gender) ??
      this.manyAt(i, false) ??
      this.familyNameAlone(i, to);
    speaker = this.spokeBefore(i, to, speaker);
    // "ونقل التلفزيون الرسمي عن الرئيس …": a carrier we cannot name still relays the one after "عن"
    // (also one in brackets or Latin letters: "ونقلت (CNN) عن …").
    const bracketed = /^\s*\(/.test(this.gap(i)) || !/[\u0600-\u06FF]/.test(this.original(i));
    if (!speaker && relay && (inSet(this.norm(i), words().media) || definite(this.norm(i)) || bracketed)) {
      for (let k = i + 1; k < Math.min(to, i + 5); k++) {
        if (this.norm(k) !== 'عن') continue;
        const inner = this.relayedAt(this.skip(k + 1, to), to);
        if (inner?.entity)
          return { speaker: { ...inner, gender: inner.gender ?? gender }, medium, unknown: false };
        break;
      }
    }
    if (speaker && relay) {
      // "ونقلت وكالة رويترز عن مصادر أمنية أن …": the sources speak, Reuters carries them.
      for (let k = i + 1; k < to; k++) {
        if (this.norm(k) !== 'عن') continue;
        // ('ونقل موقع "كل شيء عن الجزائر"': an "عن" inside the carrier's quoted name relays no one.)
        if (this.quoteOpen(i, k)) continue;
        const at = this.skip(k + 1, to);
        const inner = this.relayedAt(at, to);
        if (inner) {
          const carrier = speaker.kind === 'media' ? speaker.entity : null;
          const titled = inner.entity ? null : titledBefore(this.tokens, this.mentions, at, to);
          if (titled)
            return {
              speaker: { ...inner, entity: titled, medium: carrier ?? inner.medium },
              medium,
              unknown: false,
            };
          speaker = {
            ...inner,
            gender: inner.gender ?? gender,
            medium: carrier ?? inner.medium,
            // (An unnamed source, or one the report names in words no entity holds — "عن نائب رئيس
            // الدولة وولي عهد أبو ظبي" — speaks through the carrier.)
            entity: inner.entity ?? carrier,
          };
        }
        break;
      }
    }
    if (speaker?.kind === 'media') {
      // "أفادت قناة العربية نقلاً عن الرئاسة المصرية", "ونقلت وكالة الأنباء الجزائرية بلاغاً لوزارة
      // الخارجية": the body speaks, the medium carries its words.
      for (let k = i + 1; k < to - 1; k++) {
        const t = this.norm(k);
        const carried =
          t === 'نقلا' && this.norm(k + 1) === 'عن'
            ? this.relayedAt(this.skip(k + 2, to), to)
            : relay && words().statements.has(t.replace(/ا$/, '')) && /^ل/.test(this.norm(k + 1))
              ? this.statementAt(k, to, gender)
              : undefined;
        if (carried === undefined) continue;
        if (carried?.entity && carried.kind !== 'media')
          speaker = { ...carried, gender: carried.gender ?? gender, medium: speaker.entity };
        break;
      }
    }
    if (!speaker) return { speaker: null, medium, unknown: definite(this.norm(i)) };
    // (The verb agrees with its subject: "قالت الإعلامية عائشة …" is a woman, whom "وأوضحت" goes on with.)
    speaker = { ...speaker, gender: speaker.gender ?? gender };
    if (!speaker.medium)
      speaker.medium = medium ?? (speaker.kind === 'media' ? null : this.mediumIn(i + 1, to, speaker.entity));
    // An unnamed source speaks for its body, else through its medium.
    if (speaker.anonymous && !speaker.entity && speaker.medium) speaker.entity = speaker.medium;
    return { speaker, medium, unknown: false };
  }

  /**
   * "وقال الزيادي إن …" with no one of that name read before: one definite word shaped as a family
   * name (a nisba that names no state, no word of the language, title or group), right before "إن",
   * "أن" or a colon, is a person the report names by his family name alone.
   */
  private familyNameAlone(i: number, to: number): Speaker | null {
    // (The subject's window ends before its complementizer: the word after it is read past `to`.)
    if (i >= to || i + 1 >= this.tokens.length || this.starts.has(i)) return null;
    const t = this.norm(i);
    if (!/^ال\S{3,}ي$/.test(t) || isEverydayWord(t) || this.nisba(i) || this.isRole(i)) return null;
    // ("المحامي": a trade's noun, "محام" of the groups, is no name.)
    const trade = (x: string) => words().groups.has(x) || words().groups.has(x.slice(0, -1));
    if (bare(t).some((x) => trade(x) || inSet(x, words().anonymous))) return null;
    if (!COMPLEMENT.test(this.norm(i + 1)) && !/^\s*[:：]/.test(this.gap(i + 1))) return null;
    const name = this.words(i, i);
    return this.make(record(unknownPerson(name, undefined, undefined)), name, 'person', 'm', headWord(t));
  }

  /**
   * "بفخامة الرئيس عبد الفتاح السيسي" … "وعبّر فخامته": the person the report last named, before token i,
   * after the noun of respect the pronoun is made of (فخامة, سمو, جلالة, معالي, سيادة, دولة), titles between.
   */
  private honoredBefore(i: number): Speaker | null {
    const noun = this.norm(i)
      .replace(/(?:ه|ها)$/, '')
      .replace(/ت$/, 'ه');
    const isNoun = (k: number) => this.norm(k).replace(/^[وف]?[بل]?(?:ال)?/, '') === noun;
    // The pronoun speaks for that mention; "ها" makes the speaker a woman.
    const honored = (s: (typeof this.mentions)[number]) =>
      this.make(
        s.m.entity,
        this.words(s.first, s.last),
        s.m.via === 'role' ? 'office' : 'person',
        /ها$/.test(this.norm(i)) ? 'f' : 'm',
        headWord(this.norm(s.first)),
      );
    // A person the report named before i, by the rules and outside a quotation.
    const named = (s: (typeof this.mentions)[number]) =>
      s.first < i && s.m.entity.type === 'PERSON' && s.m.via !== 'tagger' && !this.quoted(s.first);
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (!named(s)) continue;
      // (The noun itself, or titles and the office's words between it and the name: "بفخامة الرئيس فلان".)
      for (let k = s.first; k >= Math.max(0, s.first - 3); k--) {
        if (k < s.first && this.comma(k + 1)) break;
        if (isNoun(k)) return honored(s);
      }
    }
    // ("فإن أمير البلاد المفدى هو من أجرى الاتصال بأخيه فخامة الرئيس، وقد أعرب سموه": with no noun of
    // respect before a name, the last one named by the rank the noun is given to: "سمو" an emir.)
    const rank = HONORED_RANKS.find(([n]) => n === noun)?.[1];
    if (rank)
      for (let j = this.mentions.length - 1; j >= 0; j--) {
        const s = this.mentions[j];
        if (!named(s)) continue;
        for (let k = s.first; k <= s.last && k < i; k++)
          if (rank.test(this.norm(k).replace(/^[وف]?[بل]?(?:ال)?/, ''))) return honored(s);
      }
    return null;
  }

  /** A person's name that ends the window (i, to), no comma before it: the name a long title closes with. */
  private nameClosing(i: number, to: number): Placed | null {
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.last !== to - 1) continue;
      if (s.first <= i || s.m.entity.type !== 'PERSON' || s.first - i > 12) return null;
      for (let k = i + 1; k <= s.first; k++) if (this.comma(k)) return null;
      return s;
    }
    return null;
  }

  /** 'أعلن "أنصار الشريعة"': a body only the tagger read at token i, the quotation marks around it alone. */
  quotedBodyAt(i: number): boolean {
    const m = this.starts.get(i);
    return (
      !!m &&
      m.m.via === 'tagger' &&
      m.m.entity.type === 'ORG' &&
      /["“«]\s*$/.test(this.gap(i)) &&
      m.last + 1 < this.tokens.length &&
      /^\s*["”»]/.test(this.gap(m.last + 1)) &&
      !this.isMedia(m.m.entity)
    );
  }

  /** Is a quotation opened between tokens i and k still open at k? */
  private quoteOpen(i: number, k: number): boolean {
    // (A quotation mark right before token i opens there: 'ونقلت "الوطن" عن …' quotes the name only.)
    const at = this.tokens[i].span.start;
    const start = at > 0 && /["“«]/.test(this.text[at - 1]) ? at - 1 : at;
    const between = this.text.slice(start, this.tokens[k].span.start);
    const straight = (between.match(/"/g) ?? []).length % 2 === 1;
    const open = (between.match(/[«“]/g) ?? []).length > (between.match(/[»”]/g) ?? []).length;
    return straight || open;
  }

  /** The one a medium relays after "عن": "عن صديقه السفير السابق …" is the ambassador (a kin word with its pronoun stands before). */
  private relayedAt(k: number, to: number): Speaker | null {
    const inner = this.headAt(k, to, null);
    if (inner || k + 1 >= to || !this.pronounSuffix(k) || this.comma(k + 1)) return inner;
    const next = this.headAt(k + 1, to, null);
    return next?.entity?.type === 'PERSON' ? next : null;
  }

  /** Does the medium's own name hold token i as it stands, its "ل" included ("لوموند", not "لفرانس")? */
  private namedWithLam(i: number, e: EntityRecord): boolean {
    const k = loadKb().byId.get(e.id);
    const t = this.norm(i).replace(/^[وف]/, '');
    return [k?.ar ?? e.ar ?? '', ...(k?.aliases ?? [])].some((n) => normalize(n).split(/\s+/).includes(t));
  }

  /** An outlet the KB does not hold, named before with its head noun, whose name alone stands at token i. */
  private outletNamedBefore(i: number, to: number): { entity: EntityRecord; last: number } | null {
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const e = this.mentions[j].m.entity;
      if (this.mentions[j].first >= i || !isMadeEntity(e.id) || !this.isMedia(e) || e.en === e.ar) continue;
      const name = normalize(e.en ?? '').split(/\s+/);
      const last = i + name.length - 1;
      if (last >= to) continue;
      const here = this.tokens.slice(i, last + 1).map((x, n) => (n ? x.norm : x.norm.replace(/^[وف]/, '')));
      if (here.join(' ') === name.join(' ')) return { entity: e, last };
    }
    return null;
  }

  /** Where a person named at token k ends: a mention's, or a surname of a person named before in full ("بلعيد"); else -1. */
  private personOrSurname(k: number): number {
    const at = this.starts.get(k);
    if (at) return at.m.entity.type === 'PERSON' ? at.last : -1;
    const t = this.norm(k);
    const named = this.mentions.some(
      (m) => m.first < k && m.last > m.first && m.m.entity.type === 'PERSON' && this.norm(m.last) === t,
    );
    return named ? k : -1;
  }

  /** The speaker whose name starts at token i. */
  private headAt(i: number, to: number, gender: Gender | null): Speaker | null {
    const w = words();
    const kb = loadKb();
    if (i >= to) return null;
    const t = this.norm(i);
    const g = gender;
    const mention = this.starts.get(i);
    // "وحسب روايات شهود عيان", "بحسب إفادة شاهد": the witnesses whose accounts these are speak.
    // ("حسب بعض المصادر", "وقالت بعض المصادر": some of the unnamed sources speak.)
    if (/^[وف]?(?:روايه|روايات|شهاده|شهادات|افاده|افادات|بعض)$/.test(t) && i + 1 < to && !this.comma(i + 1)) {
      const by = inSet(this.norm(i + 1), w.anonymous) ? this.headAt(i + 1, to, gender) : null;
      if (by) return by;
    }
    // "وأضاف أحدها", "وقال أحدهم": one of the many who spoke just before (unnamed sources, a group).
    if (/^[وف]?(?:احد|احدي)(?:ها|هم|هما|هن)$/.test(t)) {
      const many = this.lastMany(i);
      if (many)
        return { ...many, text: this.words(i, i).replace(/^[وف](?=[اإأ])/, ''), gender: g ?? many.gender };
    }
    // "الوكالة نفسها", "الصحيفة ذاتها": the medium that spoke last, again (not a new outlet of that name).
    const same = this.sameMediumAt(i, to);
    if (same) return { ...same.speaker, text: this.words(i, same.last), gender: g ?? same.speaker.gender };
    // 'وأوردت فضائيتا "سكاي نيوز عربية" و"العربية"', "قناتا الجزيرة والعربية": two media carrying one
    // report; the first named speaks for both.
    if (/^[وف]?(?:قنات|فضاييت|صحيفت|جريدت|اذاعت)(?:ا|ي)$/.test(t) && i + 1 < to && !this.comma(i + 1)) {
      const s = this.starts.get(i + 1);
      const known = s && s.last < to && this.isMedia(s.m.entity) && !isMadeEntity(s.m.entity.id);
      const named = known ? s.m.entity : this.outletNamed(i + 1, to);
      if (named) return this.mediaSpeaker(named, this.words(i, known ? s.last : i + 1), g);
    }
    // "وقالت وزارتا الخارجية والدفاع", "وأكدت الوزارتان": two bodies speaking together.
    const pair = this.dualBodyAt(i, to);
    if (pair) return { ...pair, gender: g ?? pair.gender };
    const states = this.statesNamedAt(i, to);
    if (states) return this.make(states.entity, this.words(i, states.last), 'country', g ?? 'f', 'دوله');
    // "الرئيسان", "الجانبان", "وشددا": both sides of a meeting speak; the outlet sums them up.
    if (kb.pairAnaphora.has(t.replace(/^[وف]/, '')) || kb.dual.has(t.replace(/^[وف]/, '')))
      return this.make(null, this.words(i, i), 'group', g, 'pair');
    // "جماعة تطلق على نفسها اسم «…»": a group named by the name it gives itself.
    const self = this.selfNamed(i, to);
    if (self) return { ...self, gender: g ?? self.gender };
    // 'أعلن "أنصار الشريعة"، الذراع …': a body the tagger alone read, named in quotation marks whole.
    if (mention && mention.last < to && this.quotedBodyAt(i))
      return { ...this.orgSpeaker(mention.m.entity, mention.m.text), gender: g };
    // "وأوضح خال علي": a name the report gave a speaker before, in full.
    if (!mention || mention.m.via === 'tagger') {
      const again = this.namedAgain(i, to);
      if (again) return { ...again, gender: g ?? again.gender };
    }
    // "ونوّه الرئيس" alone after the report's own president and a foreign one: its own, whoever the
    // entity layer took the bare title for.
    if (
      /^[وف]?الرييس$/.test(t) &&
      (!mention || mention.last === i) &&
      (i + 1 >= to || (!this.starts.has(i + 1) && !/^ال/.test(this.norm(i + 1))))
    ) {
      const home = this.homePresident(i);
      if (home)
        return { ...home, text: this.words(i, i).replace(/^[وف](?=ال)/, ''), gender: g ?? home.gender };
    }
    // A title before a name: "السفير خالد منصور", "الدكتور سامي الخطيب"; or inside the name the
    // entity layer read ("الأمير محمد بن سلمان": the title is also an office, the emir's).
    if (w.titles.has(t.replace(/^[وف]/, '')) && i + 1 < to) {
      const p = this.personAt(i, to);
      if (p)
        return {
          ...p.speaker,
          body: this.bodyAfter(p.last + 1, to),
          titles: this.titleAfter(p.last + 1, to),
        };
    }
    // "محاميها نافع العريبي", "شقيقه أحمد": a kin or trade word with its pronoun, the person named after it.
    if (this.pronounSuffix(i) && i + 1 < to && !this.comma(i + 1) && !this.isRole(i)) {
      const p = this.personAt(i + 1, to);
      if (p?.speaker.entity?.type === 'PERSON') return { ...p.speaker, text: this.words(i, p.last) };
      // (… two or three words no one has read, up to the verb's boundary: "أما محاميها نافع العريبي فقال".)
      const words = to - i - 1;
      if (
        words >= 2 &&
        words <= 3 &&
        this.skip(i + 1, to) === i + 1 &&
        !this.isStop(i + 1) &&
        !this.isAdjunct(i + 1) &&
        // (not the one spoken to: "لوكالة الأنباء", "للصحفيين")
        !/^[وف]?ل/.test(this.norm(i + 1)) &&
        ![...Array(words).keys()].some((n) => this.starts.has(i + 1 + n) || this.comma(i + 1 + n))
      ) {
        const n = this.nameFrom(i + 1, to - 1, to);
        if (n && n.last === to - 1) return { ...n.speaker, text: this.words(i, n.last) };
      }
    }
    // "وقال شقيقه إن", "وأكدت زوجته أن": a kin word with its pronoun and no name after it is an unnamed source.
    const kin = KIN_WITH_PRONOUN.exec(t.replace(/^[وف]/, ''));
    if (
      kin &&
      /[هاهم]$/.test(this.original(i).replace(/[\u064B-\u0652]/g, '')) &&
      !this.personAt(i + 1, to)
    ) {
      const female = /^(?:زوجت|شقيقت|اخت|والدت|ابنت)$/.test(kin[1]);
      return this.make(null, this.words(i, i), 'anonymous', g ?? (female ? 'f' : 'm'), kin[1], true);
    }
    // "وأبلغت زوجة بلعيد إذاعة …", "وقال شقيق الضحية سامي …": a kin of the person named after it, unnamed.
    const kinOf = KIN_OF.exec(t.replace(/^[وف]/, ''));
    const kinOfWhom =
      kinOf && !mention && i + 1 < to && !this.comma(i + 1) ? this.personOrSurname(i + 1) : -1;
    if (kinOfWhom > i && kinOfWhom < to) {
      const female = /ة$/.test(this.original(i).replace(/[\u064B-\u0652]/g, '')) || kinOf![1] === 'اخت';
      return this.make(
        null,
        this.words(i, kinOfWhom),
        'anonymous',
        g ?? (female ? 'f' : 'm'),
        kinOf![1],
        true,
      );
    }
    // "وأضاف ولد اعبيد في التصريح ذاته": a family name with its particle, alone, is a person's name.
    if (
      !mention &&
      /^[وف]?(?:ولد|بن)$/.test(t) &&
      i + 2 <= to &&
      !this.comma(i + 1) &&
      !this.starts.has(i + 1) &&
      !this.isStop(i + 1) &&
      !this.isAdjunct(i + 1) &&
      !/^ال/.test(this.norm(i + 1)) &&
      (i + 2 === to || this.comma(i + 2) || this.isStop(i + 2) || this.isAdjunct(i + 2))
    ) {
      const name = this.words(i, i + 1).replace(/^[وف](?=ولد|بن)/, '');
      return this.make(
        record(unknownPerson(name, this.opts.country, undefined)),
        name,
        'person',
        g ?? 'm',
        'ولد',
      );
    }
    // "وصرح الطاهر بوزيد، أحد منظمي الوقفة، بأن": a given name written with the article (Maghrebi and
    // Sudanese papers) and one word, set off by commas before the speaker's description, are a name.
    const described = i + 2 < to && this.comma(i + 2) ? this.norm(i + 2).replace(/^[وف]/, '') : '';
    if (
      !mention &&
      articleGivenNames().has(t) &&
      !this.comma(i + 1) &&
      // (The tagger may have read the family name alone: "بوشعيب".)
      (!this.starts.has(i + 1) ||
        (this.starts.get(i + 1)!.m.via === 'tagger' &&
          this.starts.get(i + 1)!.m.entity.type === 'PERSON' &&
          this.starts.get(i + 1)!.last === i + 1)) &&
      !definite(this.norm(i + 1)) &&
      // ("بنعلي", "بوشعيب": a Maghrebi family name, no preposition.)
      (!/^[وفبل]/.test(this.norm(i + 1)) || /^(?:بن|بو)\S{3,}$/.test(this.norm(i + 1))) &&
      !this.isStop(i + 1) &&
      !this.isAdjunct(i + 1) &&
      !this.nisba(i + 1) &&
      (this.isRole(i + 2) || DESCRIBED_AS_ONE_OF.test(described))
    ) {
      const name = this.words(i, i + 1);
      return {
        ...this.make(record(unknownPerson(name, this.opts.country, undefined)), name, 'person', g ?? 'm', t),
        body: this.bodyAfter(i + 2, to),
      };
    }
    // A given name that is also a title word ("أمين الهاشمي", not "أمين عام الاتحاد").
    if (givenNames().has(t) && !(i + 1 < to && /^(?:ال)?عام$/.test(this.norm(i + 1)))) {
      const p = this.personAt(i, to);
      if (p) return { ...p.speaker, body: this.bodyAfter(p.last + 1, to) };
    }
    // "برر الأخير", "وقالت الأخيرة": the latter, the person the report named last.
    const latter = /^[وف]?الاخير(ه)?$/.exec(t);
    if (latter) {
      for (let j = this.mentions.length - 1; j >= 0; j--) {
        const m = this.mentions[j];
        if (m.first >= i || m.m.entity.type !== 'PERSON') continue;
        return this.make(
          m.m.entity,
          m.m.text,
          'person',
          g ?? (latter[1] ? 'f' : 'm'),
          headWord(this.norm(m.first)),
        );
      }
    }
    // "وفق المصدر نفسه", "حسب المصدر ذاته": the source named last, again.
    if (/^[وف]?المصدر$/.test(t) && i + 1 < to && /^(?:نفسه|ذاته)$/.test(this.norm(i + 1))) {
      const again = this.last(null);
      if (again && (again.entity || again.anonymous)) return { ...again, text: this.words(i, i + 1) };
    }
    // "وأضاف المصدر" with no unnamed source before: the body or medium that spoke last (its statement).
    if (/^[وف]?المصدر$/.test(t) && i + 1 === to && !this.said.some((x) => x.speaker.head === 'مصدر')) {
      const again = this.last(null);
      if (again?.entity && (again.kind === 'body' || again.kind === 'media'))
        return { ...again, text: this.words(i, i) };
    }
    // "الوكالة الرسمية للبلاد", "وكالة الأنباء الرسمية": the state's own news agency.
    const official = this.officialAgencyAt(i, to);
    if (official) return this.mediaSpeaker(official.entity, this.words(i, official.last), g);
    // 'ونقلت "الأنباء"': an outlet the report named before with its head ("صحيفة الأنباء الكويتية"), by its name alone.
    const outlet = mention && !isMadeEntity(mention.m.entity.id) ? null : this.outletNamedBefore(i, to);
    if (outlet) return this.mediaSpeaker(outlet.entity, this.words(i, outlet.last), g);
    // ("إن مصدراً في باريس تحدث عن …": an indefinite source after "إن/أن" bears its accusative alif.)
    const anon =
      inSet(t, w.anonymous) ??
      (/^[^ل]\S{2,}ا$/.test(t) && !definite(t) ? inSet(t.slice(0, -1), w.anonymous) : undefined);
    // "المتمردون الحوثيون", "المسلحون الحوثيون": a plural noun no mention holds, the body named right after it.
    if (
      !mention &&
      /^[وف]?ال\S{3,}(?:ون|ين)$/.test(t) &&
      !inSet(t, w.anonymous) &&
      i + 1 < to &&
      !this.comma(i + 1)
    ) {
      const body = this.starts.get(i + 1);
      if (
        body &&
        body.last < to &&
        body.m.entity.type === 'ORG' &&
        body.m.via !== 'tagger' &&
        !this.isMedia(body.m.entity)
      ) {
        const org = this.orgSpeaker(body.m.entity, this.words(i, body.last));
        return { ...org, gender: g ?? org.gender };
      }
    }
    // "وقال أحد المحتجين": one of a group, unnamed.
    const ofGroup =
      anon === 'احد' && i + 1 < to ? bare(this.norm(i + 1)).find((x) => w.groups.has(x)) : undefined;
    if (ofGroup)
      return { ...this.groupSpeaker(i + 1, w.groups.get(ofGroup)!, true, g), text: this.words(i, i + 1) };
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
    // "وطالب المشاركون" in a report of a sit-in or a march: the participants are its protesters.
    const participants =
      /^[وف]?ال(?:مشاركون|مشاركين)$/.test(t) &&
      this.tokens
        .slice(Math.max(0, i - 60), i)
        .some((x) => /احتجاج|تظاهر|مظاهر|اعتصام|احتشد|مسير/.test(x.norm));
    if (participants) return this.groupSpeaker(i, 'protesters', false, g);
    const group = bare(t).find((x) => w.groups.has(x));
    if (group) {
      // ("الناشط السوري محمود عكل", "الناشط الحقوقي الإيزيدي فلان": a member's nisbas before his name.)
      const after = this.skip(i + 1, to);
      let past = after;
      while (
        past < Math.min(to - 1, after + 2) &&
        /^ال/.test(this.norm(past)) &&
        nisbaShaped(this.norm(past))
      )
        past++;
      const named =
        this.personAt(after, to) ??
        (after + 1 < to && this.nisba(after) ? this.personAt(after + 1, to) : null) ??
        (past > after ? this.personAt(past, to) : null);
      if (named) return named.speaker;
      const sector = w.groups.get(group)!;
      // (The broken plurals "عشائر", "قبائل" are many: the clans speak as their group.)
      const single = !/(?:ون|ين)$/.test(group) && !BROKEN_PLURALS.has(group);
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
        if (office?.entity?.type === 'PERSON') return office;
        const again = this.spokesmanAgain(i, to);
        if (again)
          return { ...again, text: this.words(i, Math.min(to - 1, i + 2)), gender: g ?? again.gender };
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
      // ('أعلن "أنصار الشريعة"، الذراع اليمنية لتنظيم القاعدة، …' then "وأورد التنظيم": a group's word
      // right after a group spoke names that group again, not one its description named.)
      const lastSaid = this.said.at(-1)?.speaker;
      const e = lastSaid?.entity;
      if (
        (head === 'تنظيم' || head === 'جماعه') &&
        lastSaid?.kind !== 'media' &&
        e?.type === 'ORG' &&
        !e.institution &&
        !e.sector &&
        !e.country
      )
        return { ...lastSaid!, text: this.words(i, i) };
      const named = this.lastOrgHeaded(head, i);
      if (named) return this.orgSpeaker(named, this.words(i, i));
    }
    // "وأكدت المملكة", "وأعلنت السلطنة": the kingdom (sultanate, emirate) the report named last.
    const realm = /^[وف]?ال(مملكه|سلطنه|اماره)$/.exec(t)?.[1];
    if (realm && !(i + 1 < to && this.nisba(i + 1))) {
      const state = this.lastCountry(i, REALMS[realm]);
      if (state) return this.make(state, this.words(i, i), 'country', 'f', 'دوله');
    }
    if (inSet(t, w.statements)) return this.statementAt(i, to, g);
    // "وأضافت القناة", "ولفتت القناة السعودية": the medium named before.
    const mediaWord = inSet(t, w.media);
    if (mediaWord && definite(t) && (i + 1 >= to || this.nisba(i + 1) || this.comma(i + 1))) {
      const r = this.recallBody(mediaWord, i);
      // ("ونقل التلفزيون السعودي" after "وكالة الأنباء السعودية": a state's medium of another kind is another medium.)
      const head = (x: Speaker) => bare(normalize((x.entity?.ar || x.text).split(/\s+/)[0] ?? ''));
      // ("التلفزيون اليمني" after "التلفزيون السعودي": the same kind of medium of another state is another one.)
      const state = this.nisba(i + 1);
      if (
        r &&
        (!state || (head(r).includes(mediaWord) && (!r.entity?.country || r.entity.country === state)))
      )
        return { ...r, gender: g ?? r.gender };
    }
    // "وقالت خارجيتها": the body of the state named last.
    const own = this.ownBodyAt(i);
    if (own) return { ...own, gender: g ?? own.gender };
    // "الصفحة الرسمية لوزارة الداخلية", "الموقع الرسمي لرئاسة مجلس الوزراء": a body's own page, site or
    // account speaks as its owner, not as a medium.
    const page = this.pageOwnerAt(i, to);
    if (page !== undefined) {
      const owner = this.headAt(page, to, null);
      if (owner && (owner.entity || owner.anonymous) && owner.kind !== 'media')
        return { ...owner, gender: g };
    }
    const medium = this.mediumAt(i);
    // "وسائل إعلام تابعة لجماعة أنصار الله": media named by kind alone, of a body, speak for that
    // body (a named channel, "قناة المنار التابعة لحزب الله", speaks for itself).
    const byKind = medium?.entity.id === 'mirsad:media-reports';
    const owner = byKind && medium.last + 2 < to ? this.ownerAfter(medium.last + 1) : null;
    if (medium && owner)
      return {
        ...this.orgSpeaker(owner.entity, this.words(i, owner.last)),
        medium: medium.entity,
        gender: g,
      };
    if (medium) return this.mediaSpeaker(medium.entity, this.words(i, medium.last), g);
    // "نشرت مواقع محسوبة على التنظيم أن …": websites of a body, named by kind alone, speak for it.
    const sites = /^[وف]?(?:ال)?مواقع$/.test(t) && i + 2 < to ? this.ownerAfter(i + 1) : null;
    if (sites) return { ...this.orgSpeaker(sites.entity, this.words(i, sites.last)), gender: g };
    // "وأشار تقرير لصحيفة نيويورك تايمز", "واتهم مقال نشرته الوكالة": a report or an article speaks for
    // the outlet that published it.
    if (/^[وف]?(?:ال)?(?:تقرير|مقال)$/.test(t) && i + 1 < to) {
      const by = /^نشرت(?:ه|ها)$/.test(this.norm(i + 1)) ? i + 2 : /^ل/.test(this.norm(i + 1)) ? i + 1 : -1;
      const m = by >= 0 && by < to ? (this.officialAgencyAt(by, to) ?? this.mediumAt(by)) : null;
      if (m) return this.mediaSpeaker(m.entity, this.words(i, m.last), g);
      // "وأفاد تقرير لمراسل وكالة …": a correspondent's report speaks for his medium.
      const reporter = /^لمراسل/.test(this.norm(i + 1))
        ? this.mediumIn(i + 2, Math.min(to, i + 5), null)
        : null;
      if (reporter) return this.mediaSpeaker(reporter, this.words(i, i + 1), g);
      // "تقرير صادر يوم الخميس عن لجنة ناشطين": a report speaks for the body that issued it.
      if (/^صادر(?:ه)?$/.test(this.norm(i + 1)))
        for (let k = i + 2; k < Math.min(to - 1, i + 6); k++) {
          if (this.norm(k) !== 'عن') continue;
          const issuer = this.headAt(k + 1, to, null);
          if (issuer?.entity && issuer.kind !== 'media') return { ...issuer, gender: g ?? issuer.gender };
          break;
        }
    }
    // "واضاف المراسل" after "وذكر مراسل وكالة مهر": the correspondent who spoke before, for his medium.
    if (/^[وف]?المراسل[هة]?$/.test(t)) {
      const before = [...this.said]
        .reverse()
        .find((x) => x.speaker.kind === 'media' && /^[وف]?مراسل/.test(normalize(x.speaker.text)));
      if (before) return { ...before.speaker, text: this.words(i, i) };
    }
    if (/^[وف]?مراسل/.test(t)) {
      // "أفاد مراسل فرانس برس": a correspondent speaks for the medium; unnamed reporters for the outlet.
      // ("وقال مراسلنا", "ذكرت مراسلتنا": our correspondent speaks for the outlet that publishes the report.)
      if (/^[وف]?مراسل(?:ت|و)?نا$/.test(t)) {
        const own = this.ownOutlet();
        if (own) return this.mediaSpeaker(own, this.words(i, i), g);
      }
      const m = this.mediumIn(i + 1, Math.min(to, i + 4), null) ?? this.outletNamed(i + 1, to);
      return m ? this.mediaSpeaker(m, this.words(i, i), g) : null;
    }
    // "مكتب رئيس الوزراء السوداني عبد الله حمدوك": the head of government's office speaks; the name
    // after it is its head's.
    if (w.institutions.matchAt(this.tokens, i)?.values[0][0] === 'prime-minister-office') {
      const office = this.bodyAt(i, to);
      if (office) return { ...office.speaker, gender: g ?? office.speaker.gender };
    }
    // "الوكيل العام للملك لدى محكمة الاستئناف بالحسيمة": a prosecutor at a court speaks, not the court.
    const prosecutor = this.prosecutorAt(i, to, g);
    if (prosecutor) return prosecutor;
    if (this.isRole(i)) {
      const office = this.officeAt(i, to, g);
      if (office?.entity || office?.anonymous) return office;
      // "قال الملك سلمان": a title the person's own known name begins with (an alias that holds it),
      // when the title alone tells no holder.
      if (mention?.m.entity.type === 'PERSON' && mention.last > i && !isMadeEntity(mention.m.entity.id)) {
        const person = this.personAt(i, to);
        if (person) return { ...person.speaker, gender: g ?? person.speaker.gender };
      }
      // "طالب رئيس لجنة وفد الحوار عن المؤتمر الوطني المنتهية ولايته صالح المخزوم «…»": a title too long
      // to read, and the name that closes it right before the words said.
      const named = this.nameClosing(i, to);
      return named ? this.make(named.m.entity, named.m.text, 'person', g, headWord(t)) : office;
    }
    const person = this.personAt(i, to);
    // "وقال كريستن": one word the tagger took for a name may be the surname of a speaker named before.
    // … and so is a surname the knowledge base knows for another ("فردّ العبادي" after "النائب ممدوح
    // العبادي"), unless the one named before has that person's given name ("محمد حمدان حميدتي").
    const named = person && person.last === i ? this.surname(i) : null;
    const given = (e: EntityRecord | null | undefined) => normalize(e?.ar ?? '').split(/\s+/)[0];
    const known =
      named &&
      (isMadeEntity(person!.speaker.entity!.id) ||
        (named.entity?.id !== person!.speaker.entity!.id &&
          given(named.entity) !== given(person!.speaker.entity)))
        ? named
        : null;
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
      // (Its body follows in construct: "وقالت المديرية في بيان نقلته وكالة …" names no body of its own.)
      for (let k = i + 1; k < to && k <= i + 4 && !this.comma(k) && !this.isStop(k); k++) {
        const b = this.bodyAt(k, to);
        // ("وجاء في بيان القيادة العامة" names it again by the department's word.)
        if (b)
          return {
            ...b.speaker,
            text: this.words(i, b.last),
            gender: g ?? b.speaker.gender,
            head: headWord(t),
          };
      }
      // "مديرية مطار أربيل الدولي": a department in construct with what it runs is a body of its own
      // (which "وقالت المديرية" names again).
      if (!definite(t)) {
        const named = this.constructNamed(i, to);
        if (named) return { ...named, gender: g ?? 'f' };
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
    // "وذكرت شركة فودافون لخدمات الهاتف": a company named by a foreign word (or two) after "شركة".
    const company = this.companyAt(i, to);
    if (company) return this.orgSpeaker(record(unknownOrg(company)), company);
    // "وزارة شؤون القدس الفلسطينية", "مركز عمليات الكوارث الوطني": a body word in construct with what it
    // serves, a body neither the knowledge base nor the entity layer holds.
    if (inSet(t, w.constructBodies) && !definite(t)) {
      const named = this.constructNamed(i, to);
      if (named) return { ...named, gender: g ?? named.gender };
    }
    // "عمدة مقديشو عمر محمود محمد": a person named within three words, nothing but nouns between
    // (not after a noun governed by "بـ": "وطالبوا برحيل رئيس الوزراء فلان").
    if (/^[وف]?ب/.test(t) && !mention) return this.apposed(i, to);
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
    return this.apposed(i, to);
  }

  /**
   * Two bodies named by a dual ("وزارتا الثروات الطبيعية والكهرباء") speak as one source, named by
   * those words; "الوزارتان" names again the two the report named last.
   */
  private dualBodyAt(i: number, to: number): Speaker | null {
    const m = this.dualHead(i)?.m;
    if (!m) return null;
    if (!m[1]) return m[3] === 'ا' || m[3] === 'ي' ? this.dualNamed(i, to) : null;
    if (m[3] !== 'ان' && m[3] !== 'ين') return null;
    for (let k = i - 1; k >= 0; k--) {
      const n = this.norm(k);
      if (![`${m[2]}تا`, `${m[2]}تي`].some((d) => n === d || n.replace(/^[وف]/, '') === d)) continue;
      const named = this.dualNamed(k, this.tokens.length);
      if (named) return { ...named, text: this.words(i, i) };
    }
    return null;
  }

  /** A dual of a body noun at token i; the "و" of "وزارتا" may be its own first letter, not a conjunction. */
  private dualHead(i: number): { m: RegExpExecArray; conjunction: boolean } | null {
    const t = this.norm(i);
    for (const [form, conjunction] of [
      [t, false],
      [t.replace(/^[وف]/, ''), true],
    ] as const) {
      const m = /^(ال)?(\S{2,})ت(ا|ي|ان|ين)$/.exec(form);
      if (m && words().dualHeads.has(m[2])) return { m, conjunction: conjunction && form !== t };
    }
    return null;
  }

  /** "وزارتا الخارجية والدفاع": the dual and the definite words in construct with it. */
  private dualNamed(i: number, to: number): Speaker | null {
    const head = this.dualHead(i);
    let last = i;
    for (let k = i + 1; k < to && k <= i + 6; k++) {
      if (this.comma(k) || /[:«»"“”()]/.test(this.gap(k))) break;
      if (!definite(this.norm(k)) && !/^وال/.test(this.norm(k))) break;
      last = k;
      if (this.nisba(k)) break;
    }
    if (last === i) return null;
    const name = this.words(i, last).slice(head?.conjunction ? 1 : 0);
    return this.make(record(unknownOrg(name)), name, 'body', 'f', headWord(this.norm(i)));
  }

  /** "تابعة لجماعة …", "الموالية للحكومة", "المقربة من الحزب", "المحسوبة على التنظيم" at token k: the body a medium belongs to. */
  private ownerAfter(k: number): { entity: EntityRecord; last: number } | null {
    if (!/^(?:ال)?(?:تابعه|مواليه|مقربه|محسوبه)$/.test(this.norm(k)) || this.comma(k)) return null;
    // ("المقربة من الحزب", "المحسوبة على التنظيم": the body after the preposition.)
    const prep = /^(?:ال)?مقربه$/.test(this.norm(k))
      ? 'من'
      : /^(?:ال)?محسوبه$/.test(this.norm(k))
        ? 'علي'
        : null;
    const at = prep && this.norm(k + 1) === prep ? k + 2 : k + 1;
    const s = this.starts.get(at);
    if (!s || s.m.entity.type !== 'ORG' || s.m.via === 'tagger' || this.isMedia(s.m.entity)) return null;
    return { entity: s.m.entity, last: s.last };
  }

  /**
   * "جمال ستار، الضابط الكبير في شرطة لاهور، بأن": two or three words no one has read, then a comma
   * and a title in apposition, are the titled person's name.
   */
  private apposed(i: number, to: number): Speaker | null {
    for (let j = i + 1; j <= i + 2 && j + 1 < to; j++) {
      const k = j - 1;
      if (
        this.comma(j) ||
        /[:«»"“”().]/.test(this.gap(j)) ||
        definite(this.norm(k)) ||
        this.isRole(k) ||
        this.isStop(k) ||
        this.isAdjunct(k) ||
        COMPLEMENT.test(this.norm(k)) ||
        this.nisba(k) ||
        /\d/.test(this.norm(k)) ||
        (this.starts.has(k) && this.starts.get(k)!.m.entity.type !== 'PERSON')
      )
        return null;
      if (definite(this.norm(j)) || this.isRole(j) || this.isStop(j) || this.nisba(j)) return null;
      // "رأى نمر حماد مستشار الرئيس أن …": two words no one has read, then a title in construct, no comma.
      const construct =
        j === i + 1 &&
        !this.comma(j + 1) &&
        !/[:«»"“”().]/.test(this.gap(j + 1)) &&
        this.isRole(j + 1) &&
        !definite(this.norm(j + 1)) &&
        this.skip(i, to) === i &&
        !this.starts.has(i) &&
        !isEverydayWord(this.norm(j));
      if (construct) {
        const p = this.nameFrom(i, j, to);
        if (p?.last === j)
          return { ...p.speaker, body: this.bodyAfter(j + 1, to), titles: this.titleAfter(j + 1, to) };
      }
      if (!this.comma(j + 1)) continue;
      const title = this.skip(j + 1, to);
      if (
        !(
          this.isRole(title) ||
          inSet(this.norm(title), words().anonymous) ||
          isExactWord('appositionTitles', this.norm(title).replace(/^ال/, ''))
        )
      )
        return null;
      const p = this.nameFrom(i, j, to);
      if (!p || p.last !== j) return null;
      return { ...p.speaker, body: this.bodyAfter(j + 1, to), titles: this.titleAfter(j + 1, to) };
    }
    return null;
  }

  /**
   * "النائب العام العسكري لدى المحكمة العسكرية بالبليدة", "للوكيل العام للملك لدى محكمة الاستئناف": the
   * prosecutor's office at a court (of the court's place's state, else the report's), named by its title.
   */
  private prosecutorAt(i: number, to: number, gender: Gender | null): Speaker | null {
    if (i + 1 >= to || !isExactWord('prosecutorTitles', this.norm(i).replace(/^[وف]?(?:لل|ل|ال)/, '')))
      return null;
    if (!isExactWord('prosecutorQualifiers', this.norm(i + 1))) return null;
    let k = i + 2;
    while (k < to && k <= i + 4 && !this.comma(k) && isExactWord('prosecutorQualifiers', this.norm(k))) k++;
    // (At a court: "لدى محكمة …", "بمحكمة …"; or, definite and with no name after it, the prosecutor
    // of a town or of the report's state: "وفتح المدعي العام في إسطنبول تحقيقاً".)
    const at = k < to && this.norm(k) === 'لدي' ? k + 1 : k;
    const atCourt = at < to && /^(?:ب|ل)?(?:ال)?محكم/.test(this.norm(at));
    const ofPlace =
      !atCourt &&
      /^[وف]?ال/.test(this.norm(i)) &&
      !(at < to && this.personAt(at, to)) &&
      (at >= to || this.comma(at) || /^(?:في|ب\S+)$/.test(this.norm(at)) || !!this.placeAt(at));
    if (!atCourt && !ofPlace) return null;
    let country: string | undefined;
    for (let j = at; j < to && j <= at + (atCourt ? 5 : 1) && !country; j++)
      country = this.placeAt(j)?.country ?? (atCourt ? this.nisba(j) : undefined);
    country ??= this.hint ?? this.opts.country;
    const name = withoutProclitic(this.words(i, k - 1));
    return {
      ...this.bodySpeaker(record(unknownOrg(name, false, country)), 'prosecution', this.words(i, k - 1)),
      gender,
    };
  }

  /** "الوكالة نفسها", "القناة ذاتها" at token i: the last medium that spoke, and where its words end. */
  private sameMediumAt(i: number, to: number): { speaker: Speaker; last: number } | null {
    if (!/^[وفبل]?(?:ال|لل)(?:وكاله|صحيفه|جريده|قناه|اذاعه|محطه)$/.test(this.norm(i))) return null;
    if (i + 1 >= to || !/^(?:نفس|ذات)(?:ه|ها)$/.test(this.norm(i + 1))) return null;
    const again = this.lastMediumSaid();
    if (again) return { speaker: again, last: i + 1 };
    // (No medium spoke yet: the last the report named, "صورة بثتها وكالة …".)
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const m = this.mentions[j];
      if (m.first < i && m.m.via !== 'tagger' && this.isMedia(m.m.entity))
        return { speaker: this.mediaSpeaker(m.m.entity, m.m.text, null), last: i + 1 };
    }
    return null;
  }

  /** "بيان لوزارة الخارجية", "بيان صادر عن الكرملين", "بيان رئاسي مصري", "البيان": the statement's issuer. */
  private statementAt(i: number, to: number, gender: Gender | null): Speaker | null {
    const w = words();
    const stmt = this.make(null, this.words(i, i), 'body', gender, 'بيان');
    let k = i + 1;
    const adjective = k < to ? w.statementAdjectives.get(this.norm(k)) : undefined;
    if (adjective) {
      const country = (k + 1 < to ? this.nisba(k + 1) : undefined) ?? this.hint ?? this.opts.country;
      if (country)
        return {
          ...this.bodySpeaker(this.institution(adjective, country, ''), adjective, this.words(i, k + 1)),
          gender,
        };
    }
    const ofState = definite(this.norm(i)) && k < to ? this.stateStatement(k) : null;
    if (ofState) return { ...ofState, gender: gender ?? ofState.gender };
    // "وقال البيان السعودي:" with no body of that state named before: its government's statement.
    const state = definite(this.norm(i)) && k < to ? this.nisba(k) : undefined;
    // (The state itself or one of its bodies that spoke before: "وأعربت تونس …" then "وأضاف البيان التونسي".)
    const named = state
      ? [this.statement, ...this.said.map((x) => x.speaker).reverse()].find(
          (x) => x?.entity?.country === state && (x.kind === 'body' || x.kind === 'country'),
        )
      : null;
    if (named) return { ...named, gender: gender ?? named.gender };
    if (state)
      return {
        ...this.bodySpeaker(this.institution('government', state, ''), 'government', this.words(i, k)),
        gender,
      };
    while (k < to && isExactWord('statementTrailSpeakers', this.norm(k))) k++;
    // "وأورد البيان على لسان ولي عهد أبوظبي أن": the one it speaks through ("على" is no name "علي").
    if (k + 2 < to && this.norm(k) === 'علي' && this.norm(k + 1) === 'لسان') {
      const through = this.subject(k + 2, to, null).speaker;
      if (through?.entity) return { ...through, gender: gender ?? through.gender };
      return this.statement ?? stmt;
    }
    const host = this.meetingHost(k, to, i);
    if (host) return { ...host, gender: gender ?? host.gender };
    if (k < to && w.carriers.has(this.norm(k)))
      return definite(this.norm(i)) ? (this.statement ?? stmt) : (this.officialIssuer(k + 1, to) ?? stmt);
    if (k < to) {
      const by = this.headAt(k, Math.min(to, k + 8), null);
      if (by && by.kind !== 'anonymous' && by.kind !== 'group') return { ...by, gender: gender ?? by.gender };
    }
    // "البيان الختامي", "البيان المشترك": another statement than the last one.
    const another = i + 1 < to && isExactWord('anotherStatement', this.norm(i + 1));
    if (definite(this.norm(i)) && !another)
      return this.statement ?? this.lastBodySaid() ?? this.last(gender) ?? stmt;
    // "وفق بلاغ صحفي", "بحسب بيان رسمي": a press release that names no issuer is the last statement's,
    // else that of the body or the medium that spoke last.
    if (
      i + 1 < to &&
      [...Array(to - i - 1).keys()].every((n) => isExactWord('releaseAdjectives', this.norm(i + 1 + n)))
    )
      return this.statement ?? this.lastBodySaid() ?? this.lastMediumSaid() ?? stmt;
    return stmt;
  }

  /**
   * "بيان أعقب الاجتماع", "بيان صدر في ختام الجلسة": the statement of the body whose meeting the
   * report named before ("اجتماع استثنائي للمجلس الأعلى للأمن"), not of the outlet.
   */
  private meetingHost(k: number, to: number, i: number): Speaker | null {
    const after = this.tokens
      .slice(k, Math.min(to, k + 4))
      .map((t) => t.norm)
      .join(' ');
    if (
      !/^(?:(?:الذي |التي )?(?:اعقب|عقب|تلا|صدر (?:عقب|اثر|بعد|في ختام)|في ختام|اثر) (?:ال)?(?:اجتماع|جلسه|اجتماعات)\S*)/.test(
        after,
      )
    )
      return null;
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= i || s.m.entity.type !== 'ORG' || s.m.via === 'tagger' || this.isMedia(s.m.entity))
        continue;
      // ("اجتماع استثنائي للمجلس …" before its name, "عقد المجلس … اجتماعا" after it.)
      const near = this.tokens.slice(Math.max(0, s.first - 3), s.last + 3).map((t) => t.norm);
      if (near.some((t) => /^[وبل]?(?:ال)?(?:اجتماع|جلسه)/.test(t)))
        return this.orgSpeaker(s.m.entity, s.m.text);
    }
    return null;
  }

  /** "تصريحات للأمير محمد بن سلمان": a person or body the entity layer names at token k, its "لـ" included. */
  authorAt(k: number, to: number): Speaker | null {
    const s = this.starts.get(k);
    if (!s || s.last >= to || s.m.via === 'tagger' || this.isMedia(s.m.entity)) return null;
    if (s.m.entity.type === 'PERSON' && s.m.via !== 'counterpart')
      return this.make(
        s.m.entity,
        s.m.text,
        s.m.via === 'role' ? 'office' : 'person',
        null,
        headWord(this.norm(k)),
      );
    return s.m.entity.type === 'ORG' ? this.orgSpeaker(s.m.entity, s.m.text) : null;
  }

  /** The crowd of the report's protesters: who chants what a chant verb at token i gives, no one else named. */
  crowd(i: number): Speaker {
    return this.groupSpeaker(i, 'protesters', false, null);
  }

  /** "وجاء في البيان العماني" (a nisba at token k after a definite statement): the body of that state that spoke last. */
  stateStatement(k: number): Speaker | null {
    const of = this.nisba(k);
    if (!of) return null;
    for (let j = this.said.length - 1; j >= 0; j--) {
      const s = this.said[j].speaker;
      if (s.kind === 'body' && s.entity?.country === of) return s;
    }
    return null;
  }

  /**
   * The subject of the clause that opens at `from` and runs to `at` — its verb first ("حافظت
   * روسيا …، قائلةً", "رحّب أمير قطر …، وقال") or its subject first — when it agrees in gender.
   */
  clauseSubject(from: number, at: number, gender: Gender | null, verbFirst = false): Speaker | null {
    const start = this.skip(this.lead(from, at), at);
    // (`verbFirst`: only the subject right after the clause's first word, its verb.)
    for (const j of verbFirst ? [start + 1] : [start + 1, start]) {
      if (j >= at) continue;
      const k = this.pastRespect(j, at);
      const s = this.headAt(k, this.windowEnd(k, at), null);
      if (s?.entity && (!gender || !genderOf(s) || genderOf(s) === gender)) return s;
    }
    return null;
  }

  /**
   * Past a noun of respect before a title or a name ("فخامة الرئيس التونسي", "سمو الأمير"), or "السيد"
   * before a bare title ("تقدم السيد الرئيس بشكره"; "السيد فلان" is read with the name).
   */
  protected pastRespect(i: number, to: number): number {
    if (i + 1 >= to || this.comma(i + 1)) return i;
    if (/^[وف]?(?:فخامه|سمو|جلاله|معالي|سياده|سماحه)$/.test(this.norm(i))) return i + 1;
    if (/^[وف]?السيد$/.test(this.norm(i)) && /^ال\S/.test(this.norm(i + 1)) && !this.starts.has(i + 1))
      return i + 1;
    return i;
  }

  /**
   * The plural noun a plural participle ("مؤكدين", "معتبرين", "مطالبين") goes with: the nearest one
   * before `at` in the clause from `from`, in the nominative and after no preposition — a state's
   * people by their demonym ("ندد به الفلسطينيون معتبرين"), members of parliament ("صوّت النواب على
   * فصله، مؤكدين"), a person's supporters ("تجمع أنصار فلان … مطالبين"), else unnamed ones
   * ("المعتصمون", "الموقعون"). Never one person.
   */
  pluralNounBefore(from: number, at: number): Speaker | null {
    for (let k = at - 1; k >= from; k--) {
      if (this.quoted(k)) continue;
      const prev = k > from ? this.norm(k - 1).replace(/^[وف]/, '') : '';
      if (/^(?:في|على|من|الي|عن|مع|بين|ضد|امام|بعد|قبل|لدي|نحو)$/.test(prev)) continue;
      const many = this.manyAt(k);
      if (many) return many;
    }
    return null;
  }

  /** A plural noun at token k read as speakers (see pluralNounBefore), or null. */
  manyAt(k: number, unnamed = true): Speaker | null {
    const t = this.norm(k).replace(/^[وف](?=ال|انصار|مؤيد|مناصر)/, '');
    if (this.starts.get(k)) return null;
    if (SUPPORTERS.test(t))
      return { ...this.groupSpeaker(k, 'activists', false, null), text: this.words(k, k + 1) };
    if (/^ال(?:نواب|برلمانيون)$/.test(t)) return this.groupSpeaker(k, 'parliament', false, null);
    if (!/^ال\S{3,}ون$/.test(t)) return null;
    const state = nisbaCountry(t);
    if (state)
      return this.make(sectorActor('civilians', state), this.words(k, k), 'group', null, headWord(t));
    if (!unnamed || inSet(t, words().anonymous)) return null;
    return this.make(null, this.words(k, k), 'anonymous', null, headWord(t), true);
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

/** The kind of state institution a body is ("army", "ministry-foreign"), known or made for its state. */
function institutionKind(id: string): string | undefined {
  return loadKb().byId.get(id)?.kind ?? /^mirsad:institution:(.+)-[a-z]{3}$/.exec(id)?.[1];
}
