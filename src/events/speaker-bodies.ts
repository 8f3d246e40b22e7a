// Bodies and institutions as speakers: the knowledge base's, a body word and its state (by nisba, by
// place, by the clause's or the report's country), the body an office or an unnamed source stands for.
import type { EntityRecord } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import type { PhraseMatcher } from '../arabic/phrases.js';
import { institutionOf, isCountryRecord, isMadeEntity, loadKb, record, unknownOrg } from '../entities/kb.js';
import { roleAt } from '../entities/roles.js';
import { nisbaCountry } from '../entities/lookup.js';
import { courtOfRuler } from '../entities/descriptions.js';
import {
  type Speaker,
  words,
  SOURCE_SECTORS,
  REALMS,
  COMPLEMENT,
  isStopWord,
  isOrgHead,
  headWord,
  definite,
  feminineNoun,
  madeKind,
  nisbaShaped,
} from './speaker-words.js';
import { MediaReader } from './speaker-media.js';
import { heldThen, ledBySpeaker } from './speaker-offices.js';
import { withoutProclitic } from './speaker-reader.js';

/** "تدعى", "يسمى", "تعرف باسم": a verb of naming between a body's head word and its quoted name. */
const CALLED = /^(?:تدعي|يدعي|تسمي|يسمي|المسماه|المسمي)$/;

export class BodyReader extends MediaReader {
  protected orgSpeaker(named: EntityRecord, text: string): Speaker {
    if (this.isMedia(named)) return this.mediaSpeaker(named, text, null);
    const e = withStateOfAdjective(named);
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

  protected bodySpeaker(e: EntityRecord, kind: string, text: string): Speaker {
    const first = text.split(/\s+/)[0] ?? '';
    return this.make(
      this.withSector(e, kind),
      text,
      'body',
      feminineNoun(first) ? 'f' : 'm',
      headWord(normalize(first)),
    );
  }

  /**
   * "بيان تلاه التلفزيون الرسمي المالي", "بيان أذاعته وكالة الأنباء الرسمية (قنا)": a statement no one
   * is named for, carried by a state's official medium (from token `from`), is its government's.
   */
  officialIssuer(from: number, to: number): Speaker | null {
    const m = from < to ? this.mediumAt(from) : null;
    if (!m || m.last >= to || !m.entity.country) return null;
    for (let k = from + 1; k <= m.last; k++)
      if (this.official(k)) {
        const text = this.words(from, m.last);
        return {
          ...this.bodySpeaker(this.institution('government', m.entity.country, text), 'government', text),
          medium: m.entity,
        };
      }
    return null;
  }

  /**
   * "لرئاسة الجمهورية", "بوزارة الداخلية": the letters of a preposition or conjunction on the first
   * word of a phrase the matcher reads from token i to `last` as well without them — what its name drops.
   */
  protected procliticOf(i: number, last: number, m: PhraseMatcher<unknown>): number {
    const t = this.norm(i);
    const p = /^(?:[وف]?[بل]|[وف])(?!ال)/.exec(t)?.[0];
    if (!p || t.length - p.length < 3) return 0;
    const bare = [...this.tokens];
    bare[i] = { span: bare[i].span, norm: t.slice(p.length) };
    if (m.matchAt(bare, i)?.last !== last) return 0;
    const o = this.original(i);
    let n = 0;
    for (let seen = 0; n < o.length && seen < p.length; n++) if (/[\u0621-\u064A]/.test(o[n])) seen++;
    while (n < o.length && /[\u064B-\u0652\u0640]/.test(o[n])) n++;
    return n;
  }

  /** The knowledge base's body of that kind and country, else one made for it. */
  protected institution(kind: string, country: string, text: string): EntityRecord {
    return institutionBody(kind, this.courtCountry(kind, country), text);
  }

  /**
   * A royal or emiri court is a monarchy's: of the text's country only if it is one, else of the
   * first monarchy the report names, or whose person it names ("الديوان الملكي" in a report from Cairo of a call with the king of Morocco).
   */
  private courtCountry(kind: string, country: string): string {
    const realms =
      kind === 'court-royal'
        ? [...REALMS.مملكه, ...REALMS.سلطنه]
        : kind === 'court-emiri'
          ? REALMS.اماره
          : null;
    if (!realms || realms.includes(country)) return country;
    const named = this.mentions.find(
      (s) =>
        s.m.via !== 'tagger' &&
        (isCountryRecord(s.m.entity) || s.m.entity.type === 'PERSON') &&
        realms.includes(s.m.entity.country ?? ''),
    );
    return named?.m.entity.country ?? country;
  }

  /**
   * "وقالت خارجيتها", "وأكدت حكومته": a body word with the pronoun of the state named last before it
   * (a foreign ministry, a government, a presidency), as that state's body.
   */
  protected ownBodyAt(i: number): Speaker | null {
    const m = /^[وف]?(\S{3,}?)ت(ها|ه)$/.exec(this.norm(i));
    if (!m) return null;
    const base = `${m[1]}ه`;
    const kind = words().ministries.get(base) ?? loadKb().institutions.get(`ال${base}`)?.[0];
    if (!kind || !/^(?:ministry-|government$|presidency$)/.test(kind)) return null;
    // ("واحتجت الجزائر على تصريحات قنصل المغرب، وقالت خارجيتها": the state its sentence opens with, else
    // the one named last before it.)
    const states = this.mentions.filter(
      (c) => c.first < i && c.m.via !== 'tagger' && isCountryRecord(c.m.entity) && !!c.m.entity.country,
    );
    const state = states.find((c) => c.first >= this.sentenceFrom) ?? states.at(-1);
    if (!state?.m.entity.country) return null;
    const text = this.words(i, i).replace(/^[وف](?=..)/, '');
    return this.bodySpeaker(this.institution(kind, state.m.entity.country, text), kind, text);
  }

  /** A body of a state answers to its sector key ("SWE:foreign"). */
  protected withSector(e: EntityRecord, kind: string): EntityRecord {
    const sector = words().sectors.get(kind) ?? kind.replace(/^ministry-/, '');
    return e.country && !e.sector ? { ...e, sector } : e;
  }

  /**
   * "حملة المرشح الرئاسي فلان", "حملة فلان": a candidate's campaign speaks as itself, a body named by
   * those words, not as the candidate it is named after (an indefinite head in construct, the name
   * within a title's few words, no comma between).
   */
  protected campaignAt(i: number, to: number): { speaker: Speaker; last: number; sure: boolean } | null {
    if (!/^[وف]?حمله$/.test(this.norm(i))) return null;
    for (let k = i + 1; k < Math.min(to, i + 6); k++) {
      if (this.comma(k)) return null;
      const m = this.starts.get(k);
      if (m?.m.entity.type === 'PERSON' && m.last < to) {
        const name = this.words(i, m.last).replace(/^[وف](?=حمل)/, '');
        return {
          speaker: { ...this.orgSpeaker(record(unknownOrg(name)), name), gender: 'f' },
          last: m.last,
          sure: true,
        };
      }
      if (m || !definite(this.norm(k))) return null;
    }
    return null;
  }

  /**
   * A body named at token i: the knowledge base's ("وزارة الخارجية السعودية", "الكرملين"), a body
   * word and a nisba ("الخارجية السويدية"), a body word and its state ("قوات الحكومة الليبية",
   * "وزارة الصحة في طرابلس"), a body word alone — the clause's state's, the one of its kind named
   * before, else the report's country's ("وقالت الوزارة", "توعدت الحكومة").
   */
  bodyAt(i: number, to: number): { speaker: Speaker; last: number; sure?: boolean } | null {
    if (i >= to) return null;
    const campaign = this.campaignAt(i, to);
    if (campaign) return campaign;
    const w = words();
    const mention = this.starts.get(i);
    const kbOrg =
      mention && mention.m.entity.type === 'ORG' && mention.m.via !== 'tagger' && !mention.m.entity.sector
        ? mention
        : null;
    // A body word run on into a name by the entity layer ("الحكومة باسم العوادي") yields to the body word.
    const madeOrg = !!kbOrg && kbOrg.m.entity.id.startsWith('mirsad:unknown-org:');
    const palace = w.nisbaInstitutions.matchAt(this.tokens, i);
    const inst =
      w.institutions.matchAt(this.tokens, i) ??
      (palace && palace.last + 1 < to && this.nisba(palace.last + 1) ? palace : null);
    if (inst && inst.last < to && (!kbOrg || inst.last + 1 >= kbOrg.last || madeOrg)) {
      const kind = inst.values[0][0];
      const clitic = this.procliticOf(i, inst.last, w.institutions);
      const text = (last: number) => this.words(i, last).slice(clitic);
      // "وزارة خارجية النيجر": the entity layer's body begins inside the head and runs past it.
      for (let j = i + 1; j <= inst.last; j++) {
        const inner = this.starts.get(j);
        if (
          inner &&
          inner.last > inst.last &&
          inner.last < to &&
          inner.m.entity.type === 'ORG' &&
          inner.m.via !== 'tagger' &&
          inner.m.entity.country
        )
          return {
            speaker: { ...this.orgSpeaker(inner.m.entity, text(inner.last)), text: text(inner.last) },
            last: inner.last,
            sure: true,
          };
      }
      // "وزارة الخارجية والتعاون الدولي الصومالية": the ministry's longer name before its nisba.
      let named = inst.last + 1;
      if (named < to && /^وال/.test(this.norm(named)) && !this.comma(named))
        for (let k = named + 1; k < Math.min(to, named + 3) && !this.comma(k); k++)
          if (this.nisba(k)) {
            named = k;
            break;
          }
      const nisba = named < to ? this.nisba(named) : undefined;
      if (nisba)
        return {
          speaker: this.bodySpeaker(this.institution(kind, nisba, text(named)), kind, text(named)),
          last: named,
          sure: true,
        };
      // "وزارة الصحة الحوثية": a body an armed group's adjective qualifies ("الجماعة الحوثية") is the group's.
      const group = named < to ? this.groupOfAdjective(named) : null;
      if (group)
        return {
          speaker: { ...this.orgSpeaker(group, text(named)), text: text(named) },
          last: named,
          sure: true,
        };
      // "وزارة الداخلية في إقليم كردستان": a region's own ministry, not its state's.
      const regional = this.regionalBody(i, clitic, inst.last, to);
      if (regional) return { ...regional, sure: true };
      // "مجلس أمن إقليم كردستان": a head without its article in construct with a place is that place's.
      const held = !definite(this.norm(inst.last)) ? this.placeAt(inst.last + 1) : null;
      // "حكومة إقليم كردستان": the government of a region that governs itself speaks as that region.
      const region =
        kind === 'government' && !definite(this.norm(inst.last)) ? this.regionAt(inst.last + 1, to) : null;
      if (region)
        return {
          speaker: this.make(region.entity, text(region.last), 'body', 'f', headWord(this.norm(i))),
          last: region.last,
          sure: true,
        };
      const of = held && held.last < to ? held : this.stateAfter(inst.last + 1, to);
      // ("قوات التحالف" is the coalition's; "وتتهم الحكومة حزب الشعوب" is no construct: a definite head
      // owns nothing after it, which is the verb's object.)
      if (of && 'org' in of && of.org && !definite(this.norm(inst.last)))
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
      // "القوات المسلحة التابعة للجماعة", "الشرطة التابعة لحركة حماس": a group's own body speaks as the group.
      const owner = this.ownedBy(last + 1, to);
      if (owner)
        return {
          speaker: { ...this.orgSpeaker(owner.entity, text(owner.last)), text: text(owner.last) },
          last: owner.last,
          sure: true,
        };
      if (this.hint)
        return {
          speaker: this.bodySpeaker(this.institution(kind, this.hint, text(last)), kind, text(last)),
          last,
        };
      // "تلقى رئيس الجمهورية عبد المجيد تبون مكالمة من نظيره التونسي … بحسب بيان لرئاسة الجمهورية": the
      // republic a report names without a nisba is its own, the one whose head it titles without one.
      const home = this.homeState(kind);
      if (home)
        return {
          speaker: this.bodySpeaker(this.institution(kind, home, text(last)), kind, text(last)),
          last,
        };
      // "وكان جيش الاحتلال قد أعلن …" then "عن الجيش": the body of this kind that spoke last, else the last named.
      const before = this.lastSaidBody(kind) ?? this.lastBody(kind, i);
      if (before) return { speaker: { ...before, text: text(last) }, last };
      // "برئاسة رئيس الجمهورية عبد المجيد تبون … بحسب بيان لرئاسة الجمهورية": the body its head, named before, leads.
      const led = this.ledBy(kind, i);
      if (led)
        return { speaker: this.bodySpeaker(this.institution(kind, led, text(last)), kind, text(last)), last };
      if (kbOrg && !madeOrg)
        return { speaker: this.orgSpeaker(kbOrg.m.entity, kbOrg.m.text), last: kbOrg.last, sure: true };
      // The state of the sentence's own places ("… في العاصمة الليبية طرابلس"), else the state of the
      // last body that spoke ("أعلنت السلطات المالية …" then "بيان للحكومة"), else the report's.
      const country =
        this.sentenceCountry(i) ??
        this.saidBodyCountry() ??
        this.previousCountry() ??
        this.leadCountry() ??
        this.opts.country ??
        this.placesCountry();
      if (country)
        return {
          speaker: this.bodySpeaker(this.institution(kind, country, text(last)), kind, text(last)),
          last,
        };
      return { speaker: this.make(null, text(last), 'body', null, headWord(this.norm(i))), last };
    }
    if (kbOrg) {
      // "الصليب الأحمر اللبناني": a body of no state, a state's nisba after it, is that state's own society.
      const after = kbOrg.last + 1;
      const nisba =
        !kbOrg.m.entity.country && !this.isMedia(kbOrg.m.entity) && after < to && !this.comma(after)
          ? this.nisba(after)
          : undefined;
      if (nisba) {
        const name = this.words(i, after).replace(/^[وف](?=ال)/, '');
        return {
          speaker: this.orgSpeaker(record(unknownOrg(name, false, nisba)), name),
          last: after,
          sure: true,
        };
      }
      // "وحذر التحالف المتمردين من أنه": a definite plural in "-ين" right after a definite singular head
      // is the verb's object, neither its adjective nor part of its name (unlike "نقابة المعلمين", whose
      // head is in construct).
      if (
        madeOrg &&
        kbOrg.last === i + 1 &&
        definite(this.norm(i)) &&
        !/(?:ات|ون|ين)$/.test(this.norm(i)) &&
        /^ال\S{3,}ين$/.test(this.norm(i + 1)) &&
        !nisbaShaped(this.norm(i + 1))
      ) {
        const name = this.words(i, i).replace(/^[وف](?=ال)/, '');
        return { speaker: this.orgSpeaker(record(unknownOrg(name)), name), last: i, sure: true };
      }
      return {
        speaker: this.orgSpeaker(kbOrg.m.entity, kbOrg.m.text),
        last: Math.min(kbOrg.last, to - 1),
        sure: true,
      };
    }
    // "حركة النهضة التونسية": the knowledge base's name may begin after the head word before it; so
    // may a quoted name the KB lacks ('جماعة "الصمود الشعبي"'). ("تنظيم" is a body only before a
    // quoted name, 'تنظيم "داعش"': else it is organising, "تنظيم الانتخابات".)
    const inner = this.starts.get(i + 1);
    const quoted = i + 1 < to && /^\s*["“«]\s*$/.test(this.gap(i + 1));
    if (
      !mention &&
      (isOrgHead(this.norm(i)) || (quoted && /^[وف]?(?:ال)?(?:جماعه|تنظيم)$/.test(this.norm(i)))) &&
      inner &&
      inner.last < to &&
      inner.m.entity.type === 'ORG' &&
      inner.m.via !== 'tagger' &&
      (quoted || !isMadeEntity(inner.m.entity.id)) &&
      // (Not a name with a head of its own: "وتتهم الحكومة حزب الشعوب الديمقراطي" is the government and its object.)
      !isOrgHead(this.norm(i + 1))
    )
      return {
        speaker: this.orgSpeaker(inner.m.entity, this.words(i, inner.last)),
        last: inner.last,
        sure: true,
      };
    // 'حملة "طلعت ريحتكم"', 'جماعة «…»': a campaign or a body named by a quoted name no mention holds
    // (one to four words, the quotation closed right after them).
    // ('حركة تدعى «…»': the name may follow a verb of naming.)
    const called =
      i + 2 < to && CALLED.test(this.norm(i + 1)) && /^\s*["“«]\s*$/.test(this.gap(i + 2)) ? 1 : 0;
    const namedOrg = called ? this.starts.get(i + 2) : undefined;
    if (!mention && namedOrg?.m.entity.type === 'ORG' && namedOrg.m.via !== 'tagger' && namedOrg.last < to)
      return {
        speaker: this.orgSpeaker(namedOrg.m.entity, namedOrg.m.text),
        last: namedOrg.last,
        sure: true,
      };
    if (
      !mention &&
      !this.starts.get(i + 1 + called) &&
      (quoted || called) &&
      (isOrgHead(this.norm(i)) || /^[وف]?(?:ال)?(?:حمله|مبادره|تنسيقيه)$/.test(this.norm(i)))
    ) {
      const first = i + 1 + called;
      for (let k = first; k < Math.min(to, first + 4); k++) {
        if (k > first && (/[،,.:؛]/.test(this.gap(k)) || /["“«]/.test(this.gap(k)))) break;
        if (!/^\s*["”»]/.test(k + 1 < this.tokens.length ? this.gap(k + 1) : '"')) continue;
        const head = this.words(i, i).replace(/^[وف](?=\S{3})/, '');
        const name = `${head} ${this.words(first, k).replace(/["“”«»]/g, '')}`;
        const speaker = this.orgSpeaker(record(unknownOrg(name)), name);
        return { speaker: { ...speaker, gender: null }, last: k, sure: true };
      }
    }
    // "لجان مقاومة ود مدني": a head word before a body the rules named from the word after it is part of its name.
    if (
      !mention &&
      isOrgHead(this.norm(i)) &&
      inner &&
      inner.last < to &&
      inner.m.entity.type === 'ORG' &&
      inner.m.via !== 'tagger' &&
      inner.m.entity.id.startsWith('mirsad:unknown-org:') &&
      !this.isMedia(inner.m.entity)
    ) {
      const conjunction = /^[وف]/.test(this.norm(i)) && isOrgHead(this.norm(i).slice(1));
      const name = this.words(i, inner.last).slice(conjunction ? 1 : 0);
      // (A plural head, "لجان", takes a feminine verb: its gender is left to the verb.)
      const speaker = this.orgSpeaker(record(unknownOrg(name)), name);
      return { speaker: { ...speaker, gender: null }, last: inner.last, sure: true };
    }
    // A body the tagger or the rules found by its head word ("نقابة المعلمين", "الاتحاد العام التونسي للشغل").
    if (mention && mention.m.entity.type === 'ORG' && !mention.m.entity.sector && isOrgHead(this.norm(i)))
      return {
        speaker: this.orgSpeaker(mention.m.entity, mention.m.text),
        last: Math.min(mention.last, to - 1),
      };
    return mention ? null : (this.forcesAt(i, to) ?? this.organisersAt(i, to));
  }

  /**
   * "وبحسب اللجنة المنظمة، …", "أعلنت اللجنة المنظمة لمسيرة «…»": the organising committee, a body
   * though its name is a description — the one the report named in full before, else by these words.
   */
  protected organisersAt(i: number, to: number): { speaker: Speaker; last: number; sure: boolean } | null {
    if (i + 1 >= to || !/^[وف]?ال(?:لجنه|لجان|هيئه|جهه|جهات)$/.test(this.norm(i))) return null;
    if (!/^ال(?:منظمه|منظم)$/.test(this.norm(i + 1))) return null;
    const key = `${this.norm(i).replace(/^[وف](?=ال)/, '')} ${this.norm(i + 1)}`;
    const before = this.mentions.find(
      (s) => s.first < i && s.m.entity.type === 'ORG' && normalize(s.m.text).startsWith(key),
    );
    const name = this.words(i, i + 1).replace(/^[وف](?=ال)/, '');
    const entity = before?.m.entity ?? record(unknownOrg(name));
    return { speaker: { ...this.orgSpeaker(entity, name), gender: null }, last: i + 1, sure: true };
  }

  /**
   * "رأت قوى الحرية والتغيير أن …", "وقالت قوى الإجماع الوطني": "قوى" (forces, a coalition) in construct
   * with its name — definite words, those joined by "و", one indefinite word before them ("قوى إعلان
   * الحرية") — is a body. (Not "القوى السياسية", forces in general, nor "قوى الأمن", a service.)
   */
  protected forcesAt(i: number, to: number): { speaker: Speaker; last: number; sure: boolean } | null {
    if (!/^[وف]?قوي$/.test(this.norm(i)) || i + 1 >= to || this.comma(i + 1)) return null;
    let last = i;
    for (let k = i + 1; k < Math.min(to, i + 6); k++) {
      const t = this.norm(k);
      if (k > i + 1 && (this.comma(k) || /["“”«»]/.test(this.gap(k)))) break;
      if (COMPLEMENT.test(t) || isStopWord(t)) break;
      const named = /^و?ال/.test(t) || (k === i + 1 && k + 1 < to && /^ال/.test(this.norm(k + 1)));
      if (!named || (k === i + 1 && /^ال(?:امن|امنيه|عسكريه|سياسيه|كبري|عظمي)$/.test(t))) break;
      last = k;
    }
    if (last === i) return null;
    const name = this.words(i, last).replace(/^[وف](?=قو)/, '');
    return {
      speaker: { ...this.orgSpeaker(record(unknownOrg(name)), name), gender: null },
      last,
      sure: true,
    };
  }

  /** The group whose name an adjective at k gives ("الحوثية": "الجماعة الحوثية"). */
  protected groupOfAdjective(k: number): EntityRecord | null {
    const t = this.norm(k);
    if (!/^ال\S+يه$/.test(t)) return null;
    const e = loadKb()
      .aliases.get(`الجماعه ${t}`)
      ?.find((x) => x.type === 'ORG' && !x.institution);
    return e ? record(e) : null;
  }

  /** "التابعة لحركة حماس", "التابعة للجماعة" at token k: the organisation (no state) a body belongs to. */
  protected ownedBy(k: number, to: number): { entity: EntityRecord; last: number } | null {
    if (k + 1 >= to || !/^(?:ال)?تابع(?:ه|ين)?$/.test(this.norm(k)) || this.comma(k)) return null;
    const s = this.starts.get(k + 1);
    if (s && s.last < to && s.m.entity.type === 'ORG' && s.m.via !== 'tagger' && !this.isMedia(s.m.entity))
      return isCountryRecord(s.m.entity) || s.m.entity.institution
        ? null
        : { entity: s.m.entity, last: s.last };
    const head = /^لل(حزب|حركه|جماعه|تنظيم|تيار|جبهه)$/.exec(this.norm(k + 1))?.[1];
    const named = head ? this.lastOrgHeaded(head, k) : null;
    return named ? { entity: named, last: k + 1 } : null;
  }

  /** The state a body word belongs to, named after it: "الحكومة الليبية" (a body), "التحالف العربي" (the body itself), "في طرابلس", "بحكومة الوفاق". */
  protected stateAfter(k: number, to: number): { country?: string; org?: EntityRecord; last: number } | null {
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
    // "قيادة قوات التحالف" after "التحالف العربي بقيادة السعودية": the coalition (front, group) named before.
    const named = s && s.m.via !== 'tagger' && !isMadeEntity(s.m.entity.id);
    const head = !named && /^ال(تحالف|ائتلاف|جبهه|جماعه|تنظيم)$/.exec(this.norm(k))?.[1];
    const headed = head ? this.lastOrgHeaded(head, k) : null;
    if (headed) return { org: headed, last: k };
    const inner = words().institutions.matchAt(this.tokens, at);
    if (inner && inner.last + 1 < to) {
      const c = this.nisba(inner.last + 1);
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

  /**
   * "مديرية مطار أربيل الدولي", "لجان مقاومة مدني": a head noun without its article and the nouns in
   * construct with it, up to the first definite one (a name or "ال") and its adjectives — not the
   * object after them ("أعلنت مديرية مطار أربيل الدولي وقوع انفجار") — named as a body of its own.
   */
  protected constructNamed(i: number, to: number): Speaker | null {
    let last = i;
    let closed = false;
    for (let k = i + 1; k < to && k <= i + 5; k++) {
      // ('مديرية أمن "الأسايش" في أربيل': a one-word name in quotation marks closes the construct.)
      if (
        k === last + 1 &&
        k > i + 1 &&
        /^\s*[«"“]\s*$/.test(this.gap(k)) &&
        k + 1 < this.tokens.length &&
        /^\s*[»"”]/.test(this.gap(k + 1))
      ) {
        last = k;
        break;
      }
      if (this.comma(k) || /[:«»"“”()]/.test(this.gap(k))) break;
      if (this.isStop(k) || this.isAdjunct(k) || COMPLEMENT.test(this.norm(k))) break;
      const named = this.starts.get(k);
      if (closed && !definite(this.norm(k))) break;
      if (named && !closed) {
        last = Math.min(named.last, to - 1);
        k = last;
        closed = true;
        continue;
      }
      if (definite(this.norm(k))) closed = true;
      last = k;
    }
    if (last === i) return null;
    // (The "و" of "وزارة" is its own first letter, not a conjunction.)
    const own = words().constructBodies.has(this.norm(i)) || words().departments.has(this.norm(i));
    const name = own ? this.words(i, last) : this.words(i, last).replace(/^[وف](?=\S{3})/, '');
    // ("… الفلسطينية": a nisba closing the name gives the body's state.)
    return this.orgSpeaker(record(unknownOrg(name, false, this.nisba(last))), name);
  }

  /** A region, no state nor a state's capital, named at token k ("إقليم كردستان"). */
  protected regionAt(k: number, to: number): { entity: EntityRecord; last: number } | null {
    // ("حكومة إقليم كردستان العراق": the region's name may begin after the word "إقليم".)
    const s = this.starts.get(k) ?? (this.norm(k) === 'اقليم' ? this.starts.get(k + 1) : undefined);
    const e = s && s.m.entity.type === 'GPE' && s.last < to ? loadKb().byId.get(s.m.entity.id) : undefined;
    return e && !e.metonymFor && e.subtype && /^(?:region|area)$/.test(e.subtype)
      ? { entity: s!.m.entity, last: s!.last }
      : null;
  }

  /** The region's own body named at token k ("وزارة الداخلية في إقليم كردستان"), if one is. */
  protected regionalBodyAt(k: number, to: number): Speaker | null {
    const institutions = words().institutions;
    const m = institutions.matchAt(this.tokens, k);
    return m
      ? (this.regionalBody(k, this.procliticOf(k, m.last, institutions), m.last, to)?.speaker ?? null)
      : null;
  }

  /**
   * "وزارة الداخلية في إقليم كردستان", "وزارة الصحة بحكومة إقليم كردستان": a body of a region that
   * governs itself (the word "إقليم" written), named in construct with it ("وزارة داخلية إقليم كردستان");
   * it speaks for the region's government, not for its state's ministry (`clitic`: the letters before the body word).
   */
  protected regionalBody(
    head: number,
    clitic: number,
    last: number,
    to: number,
  ): { speaker: Speaker; last: number } | null {
    let k = last + 1;
    if (k >= to || !/^(?:في|ب)$/.test(this.norm(k)) || this.comma(k)) return null;
    k++;
    if (k < to && /^حكوم[هت]$/.test(this.norm(k))) k++;
    if (k >= to || this.norm(k) !== 'اقليم') return null;
    const region = this.regionAt(k, to);
    if (!region) return null;
    const words = this.words(head, last).slice(clitic).split(/\s+/);
    const body =
      words.length === 2 && /^ال/.test(words[1])
        ? `${words[0]} ${words[1].slice(2)}`
        : `${words.join(' ')} في`;
    const regionName = region.entity.ar ?? this.words(k, region.last);
    const name = `${body} ${/^إقليم/.test(regionName) ? regionName : `إقليم ${regionName}`}`;
    const entity = record(unknownOrg(name, false, region.entity.country));
    const text = this.words(head, region.last).slice(clitic);
    return { speaker: { ...this.orgSpeaker(entity, text), gender: 'f' }, last: region.last };
  }

  /** The last body of this kind that spoke. */
  protected lastSaidBody(kind: string): Speaker | null {
    for (let j = this.said.length - 1; j >= 0; j--) {
      const s = this.said[j].speaker;
      if (
        s.kind === 'body' &&
        s.entity?.country &&
        (words().kindOf.get(s.entity.id) ?? madeKind(s.entity.id)) === kind
      )
        return s;
    }
    return null;
  }

  /** The last body of this kind the report named before token i. */
  protected lastBody(kind: string, i: number): Speaker | null {
    const w = words();
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      // (A body word alone the entity layer gave a state, "الحكومة", is itself a guess: bodies named, only.)
      if (s.first >= i || s.m.via === 'description') continue;
      const k = w.kindOf.get(s.m.entity.id) ?? madeKind(s.m.entity.id);
      if (k === kind && s.m.entity.country) return this.orgSpeaker(s.m.entity, s.m.text);
    }
    // Bodies the entity layer left to the tagger ("وزارة الخزانة الأمريكية"): read again.
    for (let k = i - 1; k >= 0; k--) {
      const m = w.institutions.matchAt(this.tokens, k);
      if (!m || m.values[0][0] !== kind || m.last + 1 >= i) continue;
      const regional = this.regionalBody(k, this.procliticOf(k, m.last, w.institutions), m.last, i);
      if (regional) return regional.speaker;
      const country = this.nisba(m.last + 1);
      if (country)
        return this.bodySpeaker(this.institution(kind, country, ''), kind, this.words(k, m.last + 1));
    }
    return null;
  }

  /** The state of the last person named before token i whose office heads a body of this kind (a president, a presidency). */
  protected ledBy(kind: string, i: number): string | undefined {
    // ("أعلن الرئيس التونسي … أن بلاده …" before "بيان رئاسة الجمهورية": a head who spoke leads it
    // before one the report only names, "القوات الموالية للرئيس بشار الأسد".)
    const spoke = ledBySpeaker(this.said, kind, this.opts.date);
    if (spoke) return spoke;
    const offices = words().officeBodies;
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      if (this.mentions[j].first >= i) continue;
      const e = loadKb().byId.get(this.mentions[j].m.entity.id);
      const o = e?.offices?.find((x) => offices.get(x.office) === kind && heldThen(x, this.opts.date));
      if (o) return o.country;
    }
    return undefined;
  }

  /**
   * The state whose head of this body the report titles without a nisba and names ("رئيس الجمهورية قيس
   * سعيد", "رئيس الجمهورية السيد عبد المجيد تبون"): the report's own republic.
   */
  protected homeState(kind: string): string | undefined {
    const offices = words().officeBodies;
    for (let k = 0; k < this.tokens.length; k++) {
      const role = roleAt(this.tokens, k);
      if (!role || role.countries.length || !role.office || offices.get(role.office) !== kind) continue;
      // (Only the full title: "رئيس الجمهورية", not a bare "الرئيس" that names whoever was named last.)
      if (role.last === k) continue;
      let at = role.last + 1;
      if (at < this.tokens.length && words().titles.has(this.norm(at))) at++;
      const e = this.starts.get(at)?.m.entity;
      const o =
        e &&
        loadKb()
          .byId.get(e.id)
          ?.offices?.find((x) => x.office === role.office && heldThen(x, this.opts.date));
      if (o) return o.country;
      k = role.last;
    }
    return undefined;
  }

  /** The state of the last state body that spoke ("السلطات المالية"). */
  protected saidBodyCountry(): string | undefined {
    for (let j = this.said.length - 1; j >= 0; j--) {
      const e = this.said[j].speaker.entity;
      if (this.said[j].speaker.kind === 'body' && e?.institution && e.country) return e.country;
    }
    return undefined;
  }

  /**
   * The state that acts in the sentence before ("ولم يتأخر رد المغرب، إذ قرر استدعاء سفيره …" then
   * "وأعلنت وزارة الخارجية"): the one state it names, by its name or its capital.
   */
  protected previousCountry(): string | undefined {
    let from = this.sentenceFrom - 1;
    while (from > 0 && !/[.!؟\n]/.test(this.gap(from))) from--;
    const states = new Set<string>();
    for (const s of this.mentions) {
      if (s.first < from || s.first >= this.sentenceFrom || s.m.via === 'tagger') continue;
      const c = s.m.entity.type === 'GPE' ? this.countryOf(s.m.entity) : null;
      if (c?.country) states.add(c.country);
    }
    return states.size === 1 ? [...states][0] : undefined;
  }

  /** The country of the first place named in the sentence before token i. */
  protected sentenceCountry(i: number, standing = false): string | undefined {
    for (const s of this.mentions) {
      if (s.first < this.sentenceFrom) continue;
      if (s.first >= i) break;
      // (`standing`: where a crowd stands, not a state it is for or against: "أحزاب موالية لإيران".)
      if (standing) {
        const e = loadKb().byId.get(s.m.entity.id);
        const t = normalize(s.m.text);
        // (Its "ل" a preposition, not a letter of the name: "لإيران", not "لبنان".)
        if (e?.subtype === 'country' && /^[وف]?ل/.test(t) && !t.startsWith(normalize(e.ar ?? '-'))) continue;
      }
      const p = this.placeAt(s.first);
      // ("في الصحراء الغربية بمحافظة المنيا": a place within a province named after it is that province's.)
      const within = p ? this.provinceAfter(s.last + 1) : undefined;
      if (p) return within ?? p.country;
    }
    return undefined;
  }

  /** The country of a province, state or town named right after a head noun at token k ("بمحافظة المنيا"). */
  private provinceAfter(k: number): string | undefined {
    if (k + 1 >= this.tokens.length) return undefined;
    let at = k;
    if (this.norm(at) === 'في') at++;
    if (!/^(?:ب|في)?(?:محافظه|ولايه|اقليم|مدينه)$/.test(this.norm(at))) return undefined;
    return this.placeAt(at + 1)?.country;
  }

  /**
   * The country most of the report's towns and regions (its country names left out) are in: where a
   * crowd stands, when the report names the state it protests against as often ("موالية لإيران").
   */
  protected townsCountry(): string | undefined {
    const count = new Map<string, number>();
    for (const s of this.mentions) {
      const p = this.placeAt(s.first);
      if (p && loadKb().byId.get(s.m.entity.id)?.subtype !== 'country')
        count.set(p.country, (count.get(p.country) ?? 0) + 1);
    }
    return [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  /** "مكتب رئيس الوزراء العراقي": the body an office stands for. */
  protected officeBody(k: number, to: number): { speaker: Speaker; last: number } | null {
    const role = roleAt(this.tokens, k);
    if (!role || role.last >= to) return null;
    const country = role.countries[0] ?? this.holderCountry(role.office);
    const kind = words().officeBodies.get(role.office);
    if (!country || !kind) return null;
    const text = this.words(k, role.last);
    return { speaker: this.bodySpeaker(this.institution(kind, country, text), kind, text), last: role.last };
  }

  /** Where a title at token i may find its holder: before it, but a headline's title anywhere in the report. */
  protected holderBound(i: number): number {
    return this.text.lastIndexOf('\n', this.tokens[i]?.span.start ?? 0) < 0 ? Infinity : i;
  }

  /**
   * The country of the last person the report names in this office before token `before`, else the
   * report's, else that of one it names later.
   */
  protected holderCountry(office: string, before = Infinity): string | undefined {
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      if (this.mentions[j].first >= before) continue;
      const e = loadKb().byId.get(this.mentions[j].m.entity.id);
      const o = e?.offices?.find((x) => x.office === office && heldThen(x, this.opts.date));
      if (o) return o.country;
    }
    // (Only a report of no country of its own reads the holder it names later.)
    return this.opts.country ?? (before < Infinity ? this.holderCountry(office) : undefined);
  }

  /** "مصدر عسكري ليبي", "مسؤول أمريكي": the body (or the state) an unnamed source's adjectives name. */
  protected describedBody(from: number, to: number): EntityRecord | null {
    let country: string | undefined;
    let kind: string | undefined;
    for (let k = from; k <= to && k < this.tokens.length; k++) {
      const t = this.norm(k).replace(/^ال/, '');
      country ??= this.nisba(k);
      kind ??= SOURCE_SECTORS[t];
    }
    if (!country) return null;
    if (kind) return this.withSector(this.institution(kind, country, ''), kind);
    const state = loadKb().countryEntity.get(country);
    return state ? record(state) : null;
  }

  /** "الداخلية العراقي" after "وزير": the ministry of that portfolio and state. */
  protected ministryOf(k: number, to: number): Speaker | null {
    const portfolio = this.norm(k).replace(/^ال/, '');
    for (const [phrase, kind] of words().ministries) {
      if (phrase !== portfolio) continue;
      const country = (k + 1 < to ? this.nisba(k + 1) : undefined) ?? this.hint ?? this.opts.country;
      if (!country) return null;
      const text = this.words(k, k + 1 < to && this.nisba(k + 1) ? k + 1 : k);
      return this.bodySpeaker(this.institution(kind, country, ''), kind, text);
    }
    return null;
  }

  /** The last organisation named before token i whose name begins with the head noun ("حزب الله" for "الحزب"). */
  protected lastOrgHeaded(head: string, i: number): EntityRecord | null {
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= i || s.m.via === 'tagger' || s.m.entity.type !== 'ORG' || isMadeEntity(s.m.entity.id))
        continue;
      // (By the words the report gives, or the body's own name: "«النهضة»" is "حركة النهضة".)
      const first = (name: string) =>
        normalize(name)
          .split(/\s+/)[0]
          .replace(/^[وفبل]?(?:ال)?/, '');
      if (first(s.m.text) === head || first(s.m.entity.ar ?? '') === head) return s.m.entity;
    }
    return null;
  }

  /**
   * "الدول الثلاث", "الدول الخليجية الثلاث", "الدولتان": the states the report listed last ("كل من
   * السعودية والإمارات والبحرين") speaking together; the first named speaks for them all.
   */
  protected statesNamedAt(i: number, to: number): { entity: EntityRecord; last: number } | null {
    const t = this.norm(i).replace(/^[وف]/, '').replace(/^لل/, 'ال');
    let last = i;
    let count = 2;
    if (!/^ال?دولت(?:ان|ين)$/.test(t)) {
      if (!/^ال?دول$/.test(t)) return null;
      let k = i + 1;
      if (k < to && nisbaShaped(this.norm(k)) && /^ال/.test(this.norm(k))) k++;
      count = k < to ? (STATE_COUNTS.get(this.norm(k)) ?? 0) : 0;
      if (!count) return null;
      last = k;
    }
    // The last list of that many countries before token i, each joined to the one before by "و".
    for (let j = this.mentions.length - 1; j >= count - 1; j--) {
      if (this.mentions[j].first >= i) continue;
      const list = this.mentions.slice(j - count + 1, j + 1);
      if (
        list.every((s) => s.m.via !== 'tagger' && isCountryRecord(s.m.entity)) &&
        list.every((s, n) => n === 0 || (list[n - 1].last + 1 === s.first && /^و/.test(this.norm(s.first))))
      )
        return { entity: list[0].m.entity, last };
    }
    return null;
  }

  /** The last country itself, of these, the report named before token i. */
  protected lastCountry(i: number, among: string[]): EntityRecord | null {
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
}

/** The numbers that count states ("الدول الثلاث", "الدول العربية الأربع"). */
const STATE_COUNTS = new Map([
  ['الثلاث', 3],
  ['الاربع', 4],
  ['الخمس', 5],
  ['الست', 6],
  ['السبع', 7],
  // (The count as often written with its tā' marbūṭa: "للدول الثلاثة".)
  ['الثلاثه', 3],
  ['الاربعه', 4],
  ['الخمسه', 5],
  ['السته', 6],
  ['السبعه', 7],
]);

/**
 * The knowledge base's body of that kind and country, else one made for it (named by the text that
 * names it, when the made one has no Arabic name).
 */
export function institutionBody(asked: string, country: string, text = ''): EntityRecord {
  // ("الرئاسة الكويتية": a monarchy's head of state has a court, no presidency.)
  const label = courtOfRuler(words().labels.get(asked) ?? [asked, asked], country);
  const kind = label[0];
  const known = words().kbBodies.get(`${kind}|${country}`);
  if (known) return record(known);
  const made = record(institutionOf(label, country));
  // (An office answers to the body it belongs to: "مكتب رئيس الوزراء" is one of its government's.)
  const part = words().partOf.get(kind);
  const e = part ? { ...made, institution: part } : made;
  // The shared entity is never written to: which report came first must not change its name.
  return e.ar || !text ? e : { ...e, ar: withoutProclitic(text) };
}

/**
 * "جبهة الخلاص الوطني التونسية": a body no KB entry holds, named with its state's adjective last, is
 * that state's body; its name stays as written ("الصليب الأحمر الأردني" is the Jordanian Red Cross's name).
 */
function withStateOfAdjective(e: EntityRecord): EntityRecord {
  if (!e.id.startsWith('mirsad:unknown-org:') || !e.ar || e.en !== e.ar) return e;
  const words = e.ar.trim().split(/\s+/);
  const last = normalize(words[words.length - 1] ?? '');
  const state = words.length >= 3 && /^ال/.test(last) ? nisbaCountry(last) : undefined;
  return state ? { ...e, country: e.country ?? state } : e;
}
