// Speakers named before: what a definite noun ("الوزير", "الوزارة", "البيان"), a surname alone or a
// verb without a subject refers back to.
import { normalize } from '../arabic/normalize.js';
import { heldOn, isMadeEntity, loadKb, type KbEntity } from '../entities/kb.js';
import {
  type Gender,
  type Speaker,
  words,
  SAME_TITLE,
  bare,
  headWord,
  genderOf,
  madeKind,
  definite,
  isOrgHead,
} from './speaker-words.js';
import { BodyReader } from './speaker-bodies.js';
import { carrierOf } from './speaker-offices.js';
import { homePresident } from './home-president.js';

export class RecallReader extends BodyReader {
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
    // "وعزا المصدر" after "متحدث أمني لم تسمه": "the source" is the last unnamed one.
    if (head === 'مصدر')
      for (let j = this.said.length - 1; j >= 0; j--)
        if (this.said[j].speaker.anonymous) return this.said[j].speaker;
    return null;
  }

  /** "وأكد الرئيس" after two presidents: the report's own (home-president.ts), or null. */
  protected homePresident(before: number): Speaker | null {
    const named = this.mentions
      .filter((s) => s.m.via !== 'tagger')
      .map((s) => ({ entity: s.m.entity, first: s.first, last: s.last }));
    const s = homePresident(this.tokens, named, before, this.opts.date);
    return s
      ? this.make(s.entity, this.original(s.first), 'person', this.personGender(s.entity.id), 'رييس')
      : null;
  }

  /** The last body a definite noun names again ("وقالت الوزارة", "وأشارت الصحيفة", "نفت الجماعة"). */
  /** The body a claim read as its speaker from token k, with the state it belongs to. */
  private saidAt(k: number): Speaker | null {
    const at = this.tokens[k].span.start;
    for (let j = this.said.length - 1; j >= 0; j--) {
      const s = this.said[j].speaker;
      if (s.kind === 'body' && s.entity?.country && this.text.indexOf(s.text, at) === at) return s;
    }
    return null;
  }

  protected recallBody(word: string, i: number): Speaker | null {
    const w = words();
    // A medium that spoke: "وذكرت قناة الإخبارية …" then "ولفتت القناة".
    if (w.media.has(word)) {
      for (let j = this.said.length - 1; j >= 0; j--) {
        const sp = this.said[j].speaker;
        if (sp.kind === 'media' && sp.entity && bare(normalize(sp.text.split(/\s+/)[0] ?? '')).includes(word))
          return sp;
      }
      // "وبث التلفزيون المصري الرسمي …" (not a saying) then "وذكر التلفزيون": the medium of that head named
      // last in the text, a saying of its own or not.
      for (let k = i - 1; k >= 0; k--) {
        if (!definite(this.norm(k)) || !bare(this.norm(k)).includes(word)) continue;
        const m = this.mediumAt(k);
        if (m && m.last > k && m.entity.id !== 'mirsad:media-reports')
          return this.mediaSpeaker(m.entity, this.words(k, m.last), null);
      }
    }
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= i || s.m.entity.type !== 'ORG' || s.m.entity.sector) continue;
      const kind = w.kindOf.get(s.m.entity.id) ?? madeKind(s.m.entity.id) ?? '';
      if (bare(this.norm(s.first)).includes(word) || (word === 'وزاره' && kind.startsWith('ministry-'))) {
        // ("وفقاً لوكالة أنباء الصين": a medium named again by its name, not with the preposition before it.)
        const m = this.isMedia(s.m.entity) ? this.mediumAt(s.first) : null;
        if (m) return this.mediaSpeaker(m.entity, m.entity.ar || s.m.text, null);
        const regional = this.regionalBodyAt(s.first, i);
        if (regional) return regional;
        // ('نددت "وزارة الخارجية …" الجيبوتية' then "وحمّلت الوزارة": a body the entity layer could not
        // place, read as a speaker with its state, is the one that speaks again.)
        const placed = s.m.entity.country ? null : this.saidAt(s.first);
        return placed ?? this.orgSpeaker(s.m.entity, s.m.text);
      }
      // "لجان مقاومة مدني" (a body the rules named from the word after its head), then "وقالت اللجان".
      if (s.first > 0 && isMadeEntity(s.m.entity.id) && bare(this.norm(s.first - 1)).includes(word)) {
        const named = this.bodyAt(s.first - 1, s.last + 1);
        if (named?.speaker.entity) return { ...named.speaker, gender: null };
      }
    }
    // "فيما نشرت لجان مقاومة مدني …" then "وقالت اللجان": an organisation's head word named in construct before.
    if (isOrgHead(word))
      for (let k = i - 1; k >= 0; k--) {
        if (definite(this.norm(k)) || !bare(this.norm(k)).includes(word)) continue;
        const named = this.constructNamed(k, this.tokens.length);
        if (named) return { ...named, gender: null };
        break;
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
    if (word === 'وزاره') return this.summoningMinistry(i);
    return null;
  }

  /**
   * "وأعلنت الوزارة استدعاء السفير الإيراني في الدوحة" with no ministry named before: a ministry that
   * summons an ambassador is the foreign ministry of the state he is posted to (the place after
   * "في"/"لدى"), else of the report's country.
   */
  private summoningMinistry(i: number): Speaker | null {
    const to = Math.min(this.tokens.length, i + 4);
    let k = i + 1;
    while (k < to && !/^[وف]?ب?(?:استدعاء|استدعت|استدعي)$/.test(this.norm(k))) k++;
    if (k >= to || !/^(?:ال)?(?:سفير|سفيره|سفراء|القايم)$/.test(this.norm(k + 1) ?? '')) return null;
    let host: string | undefined;
    for (let j = k + 2; j < Math.min(this.tokens.length, k + 6); j++)
      if (/^(?:في|لدي)$/.test(this.norm(j))) {
        host = this.placeAt(j + 1)?.country;
        break;
      }
    const country = host ?? this.townsCountry() ?? this.placesCountry() ?? this.leadCountry();
    if (!country) return null;
    const text = this.words(i, i);
    return this.bodySpeaker(this.institution('ministry-foreign', country, text), 'ministry-foreign', text);
  }

  /** The last body that spoke, itself or through its spokesman: what "البيان" means when no statement was named. */
  lastBodySaid(): Speaker | null {
    for (let j = this.said.length - 1; j >= 0; j--) {
      const s = this.said[j].speaker;
      if (s.kind === 'body' && s.entity) return s;
      if (s.body?.entity) return s.body;
    }
    return null;
  }

  /** The last medium that spoke. */
  protected lastMediumSaid(): Speaker | null {
    for (let j = this.said.length - 1; j >= 0; j--)
      if (this.said[j].speaker.kind === 'media' && this.said[j].speaker.entity) return this.said[j].speaker;
    return null;
  }

  /** "وأوضح خال علي" after "…، خال علي، إن": a name the report gave a speaker, again in full. */
  protected namedAgain(i: number, to: number): Speaker | null {
    for (let j = this.said.length - 1; j >= 0; j--) {
      const sp = this.said[j].speaker;
      if (sp.entity?.type !== 'PERSON' || !isMadeEntity(sp.entity.id)) continue;
      const name = normalize(sp.entity.ar || '').split(/\s+/);
      if (name.length < 2 || i + name.length > to) continue;
      if (name.every((w, n) => (n === 0 ? this.norm(i).replace(/^[وف](?=..)/, '') : this.norm(i + n)) === w))
        return { ...sp, text: this.words(i, i + name.length - 1) };
    }
    return null;
  }

  /** "وقال الخطيب": a surname alone, the person named before with it. */
  protected surname(i: number): Speaker | null {
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
        return this.make(s.m.entity, this.original(i), 'person', this.personGender(s.m.entity.id), t[0]);
    }
    return null;
  }

  /** The last speaker of the right gender: what "وأضافت" or "وقال إن" with no subject refers to. */
  last(gender: Gender | null): Speaker | null {
    for (let j = this.said.length - 1; j >= 0; j--) {
      const s = this.said[j].speaker;
      const g = genderOf(s);
      if (!gender || !g || g === gender) return s;
      // ("نقلت وكالة … عن أحد قادة الأمن أن …" then "وأضافت «…» أن": the agency that carried him.)
      const carrier = carrierOf(s, gender);
      if (carrier) return carrier;
    }
    return null;
  }

  /**
   * The last speakers who are many, what a plural verb with no subject refers to ("أفاد مسؤول محلي
   * وسكان …، فيما أعلن التنظيم …" then "وأضافوا"): unnamed sources, a group, a plural noun — not
   * one person, body or state named since; and only speakers of the last few sentences.
   */
  lastMany(at: number): Speaker | null {
    for (let j = this.said.length - 1; j >= 0 && at - this.said[j].at <= 80; j--) {
      const s = this.said[j].speaker;
      const head = normalize(s.text.split(/\s+/)[0] ?? '').replace(/^[وف](?=..)/, '');
      if (s.anonymous || s.kind === 'group' || /(?:ون|ين)$/.test(head) || /\sو\S/.test(s.text)) return s;
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
   * The person the report last named, before token `before`, as holding `office` in `country` at its
   * date (a title does not name the holder the report names only later: "وقال الناطق باسم الخارجية …
   * وفي القاهرة قال المتحدث باسم الخارجية المصرية فلان" is not the Egyptian).
   */
  protected lastHolder(office: string, country: string, before = Infinity): KbEntity | null {
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      if (this.mentions[j].first >= before) continue;
      const e = loadKb().byId.get(this.mentions[j].m.entity.id);
      // (A report with no date: the holder it named, whenever he held the office — "وكان البابا" after
      // "بابا الفاتيكان فرنسيس الأول" on an undated page.)
      const held = (o: { office: string; country: string; from: string; to: string | null }) =>
        o.office === office && o.country === country && (!this.opts.date || heldOn(o, this.opts.date));
      if (e?.offices?.some(held)) return e;
    }
    return null;
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
          this.personGender(e.id),
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
}
