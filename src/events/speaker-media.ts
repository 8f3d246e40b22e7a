// Media as speakers and carriers: a KB outlet, media by kind ("تقارير"), a media word and its name
// ("وكالة أنباء فارس", "التلفزيون الإيراني").
import type { EntityRecord } from '../types.js';
import { isCountryRecord, isMadeEntity, type KbEntity, loadKb, record, unknownOrg } from '../entities/kb.js';
import { normalize } from '../arabic/normalize.js';
import { knownMedia } from '../entities/media.js';
import { isExactWord, isWordAfter } from './words.js';
import {
  type Gender,
  type Speaker,
  words,
  OUTLET_PREPOSITION,
  COMPLEMENT,
  QUOTE_OPEN,
  QUOTE_CLOSE,
  isStopWord,
  inSet,
  nisbaShaped,
  feminineNoun,
} from './speaker-words.js';
import { SpeakerReader } from './speaker-reader.js';

/** The owner's words of a medium: "التابعة", "الموالية", "المحسوبة" (normalized). */
const OWNED = /^ال(?:تابع|موالي|محسوب)ه?$/;
const MEDIA_REPORTS = 'mirsad:media-reports';

/** "التلفزيون العماني", "موقع …" are masculine ("وقال"); an agency, a paper, a channel or a bare name feminine. */
function mediumGender(text: string): Gender {
  const head = normalize(text.trim().split(/\s+/)[0] ?? '').replace(/^[وفبل]?(?:ال)?/, '');
  return inSet(head, words().media) && !feminineNoun(head) ? 'm' : 'f';
}

export class MediaReader extends SpeakerReader {
  protected mediaSpeaker(e: EntityRecord, text: string, gender: Gender | null): Speaker {
    // "وذكرت وسائل إعلام محلية": media named by kind alone leave their source unnamed.
    return this.make(e, text, 'media', gender ?? mediumGender(text), 'وكاله', e.id === MEDIA_REPORTS);
  }

  /**
   * "الوكالة الرسمية للبلاد", "الوكالة الرسمية الجزائرية", "وكالة الأنباء الرسمية": the news agency of
   * the state (its nisba, else the state named last, else the report's) — the one the knowledge base
   * names "وكالة الأنباء" with that state's adjective.
   */
  protected officialAgencyAt(i: number, to: number): { entity: EntityRecord; last: number } | null {
    const t = this.norm(i).replace(/^[وفبل]/, '');
    let k = i + 1;
    // "وكالتا الأنباء القطرية والبحرينية": two states' agencies carrying one text; the first named speaks for both.
    if (/^[وفبل]?وكالت(?:ا|ي)$/.test(this.norm(i)) && k + 1 < to && /^(?:ال)?انباء$/.test(this.norm(k))) {
      const country = this.nisba(k + 1);
      const agency = country ? officialAgency(country) : null;
      if (!agency) return null;
      const last = k + 2 < to && /^و/.test(this.norm(k + 2)) && this.nisba(k + 2) ? k + 2 : k + 1;
      return { entity: record(agency), last };
    }
    if (/^(?:ال)?وكاله$/.test(t) && k < to && /^(?:ال)?انباء$/.test(this.norm(k))) k++;
    if (!/^(?:ال)?وكاله$/.test(t) || k >= to || this.norm(k) !== 'الرسميه') return null;
    let last = k;
    let country = k + 1 < to ? this.nisba(k + 1) : undefined;
    if (country) last = k + 1;
    else if (k + 1 < to && /^لل(?:بلاد|دوله)$/.test(this.norm(k + 1))) last = k + 1;
    for (let j = this.mentions.length - 1; j >= 0 && !country; j--) {
      const c = this.mentions[j];
      if (c.first < i && c.m.via !== 'tagger' && isCountryRecord(c.m.entity)) country = c.m.entity.country;
    }
    country ??= this.opts.country;
    if (!country) return null;
    const agency = officialAgency(country);
    return agency ? { entity: record(agency), last } : null;
  }

  /** A medium named at token i: a KB agency or channel, media by kind ("تقارير", "الصحف"), or a media word and its name ("وكالة أنباء فارس", "التلفزيون الإيراني"). */
  protected mediumAt(i: number): { entity: EntityRecord; last: number } | null {
    // (Not before its name in brackets: "وكالة الأنباء الرسمية (قنا)".)
    const official = this.officialAgencyAt(i, this.tokens.length);
    if (official && !/^\s*\(/.test(this.text.slice(this.tokens[official.last].span.end))) return official;
    const w = words();
    const s = this.starts.get(i);
    // "لوكالة فرانس برس": the entity layer leaves an agency's or network's kind outside a known
    // medium's name; the medium is the name after it.
    const afterKind = !s && i + 1 < this.tokens.length ? this.starts.get(i + 1) : undefined;
    if (
      afterKind &&
      /^[وفبل]{0,2}(?:ال)?(?:وكاله|شبكه)$/.test(this.norm(i)) &&
      this.isMedia(afterKind.m.entity)
    )
      return { entity: afterKind.m.entity, last: afterKind.last };
    // "وكالة أنباء الأناضول", 'وكالة أنباء النظام السوري "سانا"': an agency the entity layer cut to its
    // head ("وكالة أنباء") is named by the words after it — a known medium next or quoted, else read below.
    const bare = s && isMadeEntity(s.m.entity.id) && s.last === i + 1 && this.norm(i + 1) === 'انباء';
    if (bare) {
      const named = this.agencyNamedAfter(s.last + 1);
      if (named) return named;
    }
    // (Media named by kind, "وسائل إعلام", are read below with the adjectives of their state.)
    if (s && !bare && this.isMedia(s.m.entity) && s.m.entity.id !== MEDIA_REPORTS) {
      // "وكالة الأنباء الرسمية (قنا)": the agency its bracketed name gives.
      if (isMadeEntity(s.m.entity.id)) {
        const named = this.bracketed(s.last + 1);
        if (named) return named;
      }
      // "وكالة الأنباء الصومالية": a state's news agency is named by its state, past the entity layer's span.
      // ("وكالة الأنباء الوطنية الصومالية": an adjective of the agency's may stand before the state's.)
      const next =
        s.last + 2 < this.tokens.length && this.norm(s.last + 1) === 'الوطنيه' && !this.comma(s.last + 2)
          ? s.last + 2
          : s.last + 1;
      if (
        isMadeEntity(s.m.entity.id) &&
        /^(?:ال)?انباء$/.test(this.norm(s.last)) &&
        next < this.tokens.length &&
        !this.comma(next) &&
        this.nisba(next)
      )
        return { entity: record(unknownOrg(this.words(i, next), true)), last: next };
      // "صحيفة لوفيغارو الفرنسية": a medium's name without the adjective of its state.
      let last = s.last;
      while (
        last > i + 1 &&
        isMadeEntity(s.m.entity.id) &&
        (this.nisba(last) || isExactWord('officialTrail', this.norm(last)))
      )
        last--;
      // … but "وكالة الأنباء السويدية" (and "وكالة الأنباء الوطنية الموريتانية") is named by its state.
      if (
        i + 1 < this.tokens.length &&
        /^(?:ال)?انباء$/.test(this.norm(i + 1)) &&
        (last <= i + 1 || this.norm(last) === 'الوطنيه')
      )
        last = s.last;
      // "لصحيفة نيويورك": the entity layer's span took the preposition in.
      if (last === s.last && isMadeEntity(s.m.entity.id) && OUTLET_PREPOSITION.test(s.m.text))
        return { entity: record(unknownOrg(s.m.text.replace(OUTLET_PREPOSITION, ''), true)), last };
      if (last === s.last) return { entity: this.ofItsState(s.m.entity, s.last + 1), last: s.last };
      const named = record(
        unknownOrg(
          this.words(i, last)
            .replace(/[«»“”"]/g, '')
            .replace(/\s+/g, ' '),
          true,
        ),
      );
      return { entity: this.ofItsState(named, last + 1), last: s.last };
    }
    const matched = w.genericMedia.matchAt(this.tokens, i);
    // "الإعلام" alone is media by kind only with a state's or an official adjective ("الإعلام السوري
    // الرسمي"); bare, it is the field ("قال الإعلام إن" is rare, "الإعلام الحربي" a named body's).
    const generic =
      matched &&
      (matched.last > i ||
        !/^[وفبل]?(?:ال)?اعلام$/.test(this.norm(i)) ||
        (i + 1 < this.tokens.length && !this.comma(i + 1) && (!!this.nisba(i + 1) || this.official(i + 1))))
        ? matched
        : null;
    if (generic) {
      const reports = loadKb().byId.get(MEDIA_REPORTS);
      let last = generic.last;
      let state: string | undefined;
      let official = false;
      while (
        last + 1 < this.tokens.length &&
        (nisbaShaped(this.norm(last + 1)) ||
          isWordAfter('sourceAdjectives', this.norm(last + 1), ['', 'ال'])) &&
        !this.comma(last + 1)
      ) {
        last++;
        official ||= /^(?:ال)?(?:رسميه|حكوميه)$/.test(this.norm(last));
        // (not "state ??= this.nisba(++last)": once a state is read, "??=" would never move on)
        state ??= this.nisba(last);
      }
      // "وسائل إعلام حكومية", "وسائل الإعلام الرسمية": the state's own media, where the report is filed
      // from or whose actor leads it, as an official medium named without its state.
      if (official) state ??= this.datelineCountry() ?? this.leadCountry() ?? this.opts.country;
      // "صحف إيرانية", "وسائل إعلام عبرية": media of a state answer to it ("IRN:media"), unnamed all the same.
      if (reports)
        return {
          entity: state ? { ...record(reports), country: state, sector: 'media' } : record(reports),
          last,
        };
    }
    if (!inSet(this.norm(i), w.media)) return null;
    // "محطة تلفزيون العربية": a media word before another is the medium the second names.
    if (i + 1 < this.tokens.length && !this.comma(i + 1) && inSet(this.norm(i + 1), w.media)) {
      const inner = this.mediumAt(i + 1);
      if (inner) return inner;
    }
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
      return { entity: this.ofItsState(inner.m.entity, inner.last + 1), last: inner.last };
    let last = k - 1;
    // ('قناة "سي إن إن ترك"': inside the quotation marks of a name, "إن" is no complementizer.)
    const quoted = k < this.tokens.length && QUOTE_OPEN.test(this.gap(k));
    for (let j = k; j < this.tokens.length && j < k + (quoted ? 5 : 4); j++) {
      const t = this.norm(j);
      if (/[،,.:؛]/.test(this.gap(j).replace(/["«»“”]/g, ''))) break;
      // ("التلفزيون الحكومي السوري": an official medium named by its state, read below.)
      if (j === k && !quoted && this.official(j)) break;
      if (
        (!quoted && (COMPLEMENT.test(t) || this.isAdjunct(j) || isStopWord(t) || loadKb().notNames.has(t))) ||
        this.nisba(j) ||
        w.carriers.has(t) ||
        // (An owner's phrase ends a name, "إذاعة صوت لبنان التابعة لحزب …"; with no name before it,
        // "وكالة الأنباء الموالية لسلطات الشرق", it is all the medium is called by.)
        (isExactWord('nameBreakers', t) && !(j === k && OWNED.test(t)))
      )
        break;
      last = j;
      if (QUOTE_CLOSE.test(this.text.slice(this.tokens[j].span.end, this.tokens[j].span.end + 1))) break;
    }
    let state: string | undefined;
    let end = last;
    // "القناة 14 الإسرائيلية", 'صحيفة "هآرتس" الإسرائيلية': a named medium, its state's adjective after the name.
    if (last >= k && last + 1 < this.tokens.length && !this.comma(last + 1) && this.nisba(last + 1)) {
      state = this.nisba(last + 1);
      end = last + 1;
    }
    if (last < k) {
      // "التلفزيون الإيراني الرسمي", "الإذاعة الإسرائيلية": a medium named by its state.
      // "التلفزيون الرسمي المالي", "التلفزيون الرسمي": a state's official medium, the report's state's
      // when no nisba names it (its dateline's, else its lead actor's); "وكالة الأنباء الرسمية (قنا)":
      // the agency its bracketed name gives.
      const official = k < this.tokens.length && this.official(k) ? k : -1;
      const at = official >= 0 ? k + 1 : k;
      if (at < this.tokens.length && this.nisba(at) && !this.comma(at)) {
        last = at;
        state = this.nisba(at);
      } else if (official >= 0) {
        last = official;
        // (A state's official medium broadcasts from its state: the dateline's before the lead actor's.)
        state = this.datelineCountry() ?? this.leadCountry() ?? this.opts.country;
      } else return null;
      const named = official >= 0 ? this.bracketed(last + 1) : null;
      if (named) return named;
      end = last;
    }
    // ('صحيفة "إسرائيل هيوم"': the quoted name is the outlet's name, without its head noun.)
    const name = this.words(quoted && last >= k ? k : i, last)
      .replace(/[«»“”"]/g, '')
      .replace(/\s+/g, ' ')
      // "لصحيفة نيويورك تايمز": the preposition is not the outlet's.
      .replace(OUTLET_PREPOSITION, '');
    const made = record(unknownOrg(name, true));
    // A state's medium answers to its state ("MLI:media").
    return { entity: state ? { ...made, country: state, sector: 'media' } : made, last: end };
  }

  /** A medium the report names, made for it, and its state's adjective after it ("قناة “خبر” الإيرانية"): it answers to that state ("IRN:media"). */
  protected ofItsState(e: EntityRecord, next: number): EntityRecord {
    if (!isMadeEntity(e.id) || e.country || next >= this.tokens.length || this.comma(next)) return e;
    const state = this.nisba(next);
    return state ? { ...e, country: state, sector: 'media' } : e;
  }

  /** A known medium at token k, or quoted or bracketed within three words after it ("النظام السوري «سانا»"). */
  protected agencyNamedAfter(k: number): { entity: EntityRecord; last: number } | null {
    for (let j = k; j < Math.min(this.tokens.length, k + 4); j++) {
      if (j > k && (this.comma(j) || COMPLEMENT.test(this.norm(j)))) return null;
      const s = this.starts.get(j);
      if (
        s &&
        this.isMedia(s.m.entity) &&
        !isMadeEntity(s.m.entity.id) &&
        (j === k || /[(«"“]\s*$/.test(this.gap(j)))
      )
        return { entity: s.m.entity, last: s.last };
    }
    return null;
  }

  /** "… الرسمية (واس)", 'وكالة الأنباء الحكومية "سانا"', "… للأنباء (إرنا)": a known medium named in brackets or quotes at token k, past an official's adjective. */
  protected bracketed(k: number): { entity: EntityRecord; last: number } | null {
    // ("وكالة الجمهورية الإسلامية للأنباء (إرنا)": past the end of an agency's full name.)
    if (k < this.tokens.length && this.norm(k) === 'للانباء') k++;
    if (k < this.tokens.length && this.official(k)) k++;
    const s = k < this.tokens.length ? this.starts.get(k) : undefined;
    return s && /[(«"“]\s*$/.test(this.gap(k)) && this.isMedia(s.m.entity) && !isMadeEntity(s.m.entity.id)
      ? { entity: s.m.entity, last: s.last }
      : null;
  }

  /** "الرسمي", "الرسمية": an official medium's adjective ("شبه الرسمية" is not). */
  protected official(k: number): boolean {
    return (
      /^ال/.test(this.norm(k)) && isExactWord('officialTrail', this.norm(k)) && this.norm(k - 1) !== 'شبه'
    );
  }

  /**
   * "الصفحة الرسمية لوزارة الداخلية", "الموقع الإلكتروني الرسمي للرئاسة", "حساب الحركة الرسمي على
   * تويتر": a page, a site or an account of its owner; the token where the owner is named (after "لـ"),
   * or undefined.
   */
  protected pageOwnerAt(i: number, to: number): number | undefined {
    if (!/^[وفب]?(?:ال)?(?:صفحه|موقع|حساب)$/.test(this.norm(i))) return undefined;
    let k = i + 1;
    while (
      k < Math.min(to, i + 3) &&
      /^ال(?:رسمي|رسميه|الكتروني|الالكتروني|الالكترونيه|خاص|خاصه)$/.test(this.norm(k))
    )
      k++;
    if (k >= to || this.comma(k)) return undefined;
    // ("موقع الرئاسة الرسمي", "حساب الوزارة على تويتر": the owner in construct, right after the head.)
    return /^ل/.test(this.norm(k)) || (k === i + 1 && /^ال/.test(this.norm(k))) ? k : undefined;
  }

  /** "مراسل الجزيرة": a KB outlet named without its head noun ("قناة الجزيرة"), one or two words. */
  protected outletNamed(k: number, to: number): EntityRecord | null {
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

  /** The outlet that published the report ("وقال مراسلنا"): the knowledge base's, else one of that name. */
  protected ownOutlet(): EntityRecord | null {
    // ("الحياة (عبر سعورس)": the page's own outlet, not the site that copies it.)
    const name = (this.opts.outlet ?? '').replace(/\([^)]*\)/g, '').trim();
    if (!name) return null;
    return record(knownMedia(name) ?? unknownOrg(name, true));
  }

  /** A medium anywhere in the words after the speaker ("مصدر مطلع … لرويترز"). */
  protected mediumIn(from: number, to: number, not: EntityRecord | null): EntityRecord | null {
    for (let k = from; k < to; k++) {
      const m = this.mediumAt(k);
      if (m && m.entity.id !== not?.id) return m.entity;
    }
    return null;
  }
}

let AGENCIES: Map<string, KbEntity> | null = null;
/** The news agency of a state: the knowledge base's outlet of that state named "وكالة الأنباء" and its adjective. */
function officialAgency(country: string): KbEntity | undefined {
  if (!AGENCIES) {
    AGENCIES = new Map();
    for (const e of loadKb().entities)
      if (
        e.media &&
        e.country &&
        [e.ar, ...(e.aliases ?? [])].some((a) => /^وكاله الانباء ال/.test(normalize(a)))
      )
        if (!AGENCIES.has(e.country)) AGENCIES.set(e.country, e);
  }
  return AGENCIES.get(country);
}
