// Persons, titles and offices as speakers: a name after a title, a name the knowledge base lacks (its
// span mended), an office resolved to its holder or its body, an unnamed source, a group by its sector.
import type { EntityMention } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { givenNames } from '../arabic/names.js';
import {
  isCountryRecord,
  isMadeEntity,
  loadKb,
  officeHolder,
  record,
  unknownOrg,
  unknownPerson,
} from '../entities/kb.js';
import { roleAt } from '../entities/roles.js';
import { unknownNameAt } from '../entities/names.js';
import { isEverydayWord } from '../entities/everyday.js';
import { wordCounts } from '../entities/word-frequency.js';
import { sectorActor } from './sides.js';
import { containsWord, endsWithWord, isExactWord } from './words.js';
import {
  type Gender,
  type Speaker,
  words,
  COMPLEMENT,
  QUOTE_OPEN,
  isOrgHead,
  bare,
  inSet,
  headWord,
  definite,
  feminineNoun,
  nisbaShaped,
  genderOf,
} from './speaker-words.js';
import { withoutProclitic } from './speaker-reader.js';
import { RecallReader } from './speaker-recall.js';

export class PersonReader extends RecallReader {
  /** A person named at token i (after a title): the knowledge base's, or a name the report gives. */
  protected personAt(i: number, to: number): { speaker: Speaker; last: number } | null {
    if (i >= to) return null;
    // "الشيخ محمد بن زايد" (the title inside the mention), "السفير خالد منصور" (before it).
    // ("العقيد الركن تركي المالكي": a rank and its qualifier, two title words.)
    for (let n = 0; n < 2; n++) {
      const at = this.starts.get(i);
      if (
        !(at && at.m.entity.type === 'PERSON') &&
        words().titles.has(this.norm(i).replace(/^[وف]/, '')) &&
        i + 1 < to
      )
        i++;
      // ("العقيد أركان حرب فلان", "اللواء أ.ح": the staff qualifier Egyptian ranks carry, two words.)
      if (i > 0 && i + 2 < to && this.norm(i) === 'اركان' && this.norm(i + 1) === 'حرب') i += 2;
    }
    // "السفير آل جابر": the family particle "آل" (read as a bare article) begins the name after it.
    const family = this.starts.get(i + 1);
    if (
      /^[آا]ل$/.test(this.original(i)) &&
      family &&
      family.m.entity.type === 'PERSON' &&
      isMadeEntity(family.m.entity.id) &&
      family.last < to
    )
      return this.nameFrom(i, family.last, to);
    const s = this.starts.get(i);
    if (s && s.m.entity.type === 'PERSON' && s.m.via !== 'role' && s.m.via !== 'counterpart') {
      // ("محمد على العروى، الناطق …" after "محمد البراهمي": a given name the text repeats, then more
      // of a name up to a title apposed after a comma, is another person, named in full there.)
      const apposed = s.m.via === 'repeat' && s.last === i ? this.nameBeforeTitle(i, to, true) : null;
      if (apposed && apposed.last > s.last)
        return { ...apposed, speaker: { ...apposed.speaker, titles: this.titleAfter(apposed.last + 1, to) } };
      // (A name the text repeats, "صلاح" after "صلاح جمعة", is the person named in full.)
      if (!isMadeEntity(s.m.entity.id) || s.m.via === 'repeat')
        return {
          speaker: this.make(s.m.entity, s.m.text, 'person', null, headWord(this.norm(i))),
          last: Math.min(s.last, to - 1),
        };
      return this.nameFrom(i, s.last, to);
    }
    if (!s || s.m.via === 'tagger') {
      const apposed = this.nameBeforeTitle(i, to);
      if (apposed) return apposed;
    }
    if (givenNames().has(this.norm(i)) && (!s || s.m.via === 'tagger')) {
      const n = unknownNameAt(this.text, this.tokens, i, 2, true);
      if (n) return this.nameFrom(i, n.last, to);
      // "الشيخ علي الصلابي": after a title, "علي" written so and a family name is the name Ali, not "على".
      if (
        this.original(i) === 'علي' &&
        i > 0 &&
        words().titles.has(this.norm(i - 1).replace(/^[وف]/, '')) &&
        i + 1 < to &&
        /^ال/.test(this.norm(i + 1)) &&
        !this.starts.has(i + 1)
      )
        return this.nameFrom(i, i + 1, to);
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
  protected nameAfterTitle(k: number, to: number): { speaker: Speaker; last: number } | null {
    const s = this.starts.get(k);
    if (this.isRole(k) || definite(this.norm(k)) || this.nisba(k)) return null;
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

  /**
   * "في الإقليم ريكوت حمه رشيد", "بتونس العروسي زقير" at token k, after a title: a place ("في" and a place,
   * or a place head named again; a place with "بـ"), then the name of the office's holder up to the
   * window's end.
   */
  protected placedHolder(k: number, to: number): { speaker: Speaker; last: number } | null {
    const t = this.norm(k);
    let last = -1;
    if (/^(?:في|لدي)$/.test(t) && k + 1 < to) {
      const place = this.placeAt(k + 1);
      if (place) last = place.last;
      else if (/^ال/.test(this.norm(k + 1)) && loadKb().placeHeads.has(this.norm(k + 1).slice(2)))
        last = k + 1;
    } else if (/^ب/.test(t) && !/^بال/.test(t)) last = this.placeAt(k)?.last ?? -1;
    // ("رئيس وفد البرلمان إلى الحوار محمد شعيب": what the delegation is sent to, then the name.)
    else if (t === 'الي' && k + 1 < to && /^ال/.test(this.norm(k + 1)) && !this.starts.has(k + 1))
      last = k + 1;
    if (last < 0 || last + 2 >= to || this.comma(last + 1)) return null;
    const n = last + 1;
    const known = this.personAt(n, to);
    if (known) return known;
    // (Two or three words no one has read, nothing after them but the verb's window end.)
    const count = to - n;
    if (count < 2 || count > 3) return null;
    for (let j = n; j < to; j++)
      if (
        this.starts.has(j) ||
        (j > n && (this.comma(j) || /[:«»"“”()]/.test(this.gap(j)))) ||
        this.noNameWord(j) ||
        (j > n && definite(this.norm(j))) ||
        (j > n && isEverydayWord(this.norm(j)))
      )
        return null;
    const p = this.nameFrom(n, to - 1, to);
    return p && p.last === to - 1 ? p : null;
  }

  /** A word no unread name holds: a title, a stop, an adjunct, a complementizer, a nisba, a skipped word or a number. */
  protected noNameWord(j: number): boolean {
    return (
      this.isRole(j) ||
      this.isStop(j) ||
      this.isAdjunct(j) ||
      COMPLEMENT.test(this.norm(j)) ||
      !!this.nisba(j) ||
      this.skip(j, j + 1) > j ||
      /\d/.test(this.norm(j))
    );
  }

  /**
   * "رئيس الدورة الحالية لمجلس الجامعة، رئيس وزراء ووزير خارجية قطر فلان": a title, then past its comma
   * another title with its holder's name — the person the two titles describe.
   */
  protected titledApposition(i: number, k: number, to: number): Speaker | null {
    // (Not a second office joined by "و": "رئيس الوزراء، ووزير الخارجية فلان" names two people.)
    if (
      k >= to ||
      !this.isRole(k) ||
      (/^[وف]/.test(this.norm(k)) && inSet(this.norm(k).slice(1), words().roles))
    )
      return null;
    const inner = this.officeAt(k, to, null);
    if (inner?.entity?.type !== 'PERSON' || inner.kind !== 'person') return null;
    return { ...inner, text: `${this.words(i, k - 1)}، ${inner.text}` };
  }

  /**
   * "…، خال علي، اليوم", "…، خوديدا جوكي، بأن": after a comma at token k, two or three words no one has
   * read, closed by another comma or the window's end, are a name.
   */
  protected commaName(k: number, to: number): { speaker: Speaker; last: number } | null {
    let last = -1;
    for (let j = k; j < Math.min(to, k + 3); j++) {
      if (j > k && (this.comma(j) || /[:«»"“”().]/.test(this.gap(j)))) break;
      const s = this.starts.get(j);
      if (
        (s && s.m.via !== 'tagger') ||
        definite(this.norm(j)) ||
        this.noNameWord(j) ||
        (/^[وفبل]/.test(this.norm(j)) && !givenNames().has(this.norm(j)))
      )
        return null;
      last = j;
    }
    if (last < k + 1 || !(last + 1 >= to || this.comma(last + 1))) return null;
    if (isEverydayWord(this.norm(k))) return null;
    const p = this.nameFrom(k, last, to);
    return p && p.last === last ? p : null;
  }

  /** Two or three name words from k, no punctuation between: "فلورانس بارلي". */
  protected wordsAfter(k: number, to: number): { last: number } | null {
    let last = k;
    for (let j = k + 1; j < Math.min(to, k + 3); j++) {
      if (
        this.comma(j) ||
        /[:«»"“”]/.test(this.gap(j)) ||
        this.isStop(j) ||
        COMPLEMENT.test(this.norm(j)) ||
        this.isRole(j) ||
        this.nisba(j) ||
        this.skip(j, j + 1) > j
      )
        break;
      last = j;
    }
    return last > k ? { last } : null;
  }

  /** A name the knowledge base does not hold, its span mended: joined to the tagger's next piece, trimmed of titles, one more word when a boundary follows. */
  protected nameFrom(first: number, last: number, to: number): { speaker: Speaker; last: number } | null {
    const kb = loadKb();
    const isTitle = (k: number) =>
      this.isRole(k) || kb.descriptors.has(this.norm(k)) || words().titles.has(this.norm(k));
    const boundary = (k: number) =>
      k >= to ||
      /[،,.:؛«»"“”()]/.test(this.gap(k)) ||
      COMPLEMENT.test(this.norm(k)) ||
      this.norm(k) === 'ل' ||
      ((this.isAdjunct(k) || kb.notNames.has(this.norm(k))) && !ali(k));
    // "محمد علي العروي", "محمد على العروى المتحدث باسم": "علي" before a family name and the name's end is the name Ali.
    const ali = (k: number): boolean =>
      this.norm(k) === 'علي' &&
      (this.original(k) === 'علي' ||
        (k + 1 < to &&
          /^ال/.test(this.norm(k + 1)) &&
          !/\S/.test(this.gap(k + 1)) &&
          !isTitle(k + 1) &&
          !this.nisba(k + 1) &&
          !this.starts.has(k + 1) &&
          (k + 2 >= to || /[،,.:؛«»"“”()]/.test(this.gap(k + 2)) || isTitle(k + 2))));
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
    // ("صلاح جمعة": a weekday or month word the entity rules read as the end of a name stays in it.)
    const read = this.starts.get(first);
    const ruleEnd = read && read.m.entity.type === 'PERSON' && read.m.via !== 'tagger' ? read.last : -1;
    while (
      last > first &&
      (isTitle(last) ||
        boundary(last) ||
        this.isStop(last) ||
        (this.skip(last, last + 1) > last && last !== ruleEnd))
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
    const nameWord = (k: number) =>
      k < to &&
      !boundary(k) &&
      !isTitle(k) &&
      !pronounSuffix(k) &&
      !phrase(k) &&
      !time(k) &&
      !this.nisba(k) &&
      !this.starts.has(k) &&
      // ("ودعا الجنرال عمر ديارا السكان إلى": a group of people after the name is the verb's object.)
      !bare(this.norm(k)).some((x) => words().groups.has(x)) &&
      // ("ودعا الوزير أنس الصالح النقابات إلى": a word newswire never writes inside a name is the object.)
      !neverInName(this.norm(k));
    // "عطاء الله تارار": a given name compounded with "الله" is one word of the name.
    const compound = last - first === 1 && this.norm(last) === 'الله';
    // ("وصف الوزير يعقوب الصانع الانفجار بأنه": a definite word before "بأنه" is what is described.)
    const described = (k: number) =>
      /^ال/.test(this.norm(k)) && k + 1 < this.tokens.length && /^[وف]?بان/.test(this.norm(k + 1));
    // "أحمد بن سلمان المسلم": a given name and its nasab, the family name after them.
    const nasab = last - first === 2 && /^(?:بن|ابن|بنت)$/.test(this.norm(last - 1));
    // "معمر القاضي إن": a given name alone and a family name that is also a title ("القاضي",
    // "الأمير"), the name's end after it.
    if (
      last === first &&
      givenNames().has(this.norm(first)) &&
      last + 1 < to &&
      /^ال/.test(this.norm(last + 1)) &&
      !/\S/.test(this.gap(last + 1)) &&
      !this.nisba(last + 1) &&
      !this.starts.has(last + 1) &&
      isTitle(last + 1) &&
      boundary(last + 2)
    )
      last++;
    // "العميد محمد مساعد، مدير أمن …": a given name alone and a word of office without its complement
    // before a comma ("مساعد", "نائب" need one: "مساعد الوزير") is the family name.
    if (
      last === first &&
      givenNames().has(this.norm(first)) &&
      last + 1 < to &&
      !/\S/.test(this.gap(last + 1)) &&
      !/^ال/.test(this.norm(last + 1)) &&
      !this.starts.has(last + 1) &&
      this.isRole(last + 1) &&
      /^\s*[،,]/.test(this.gap(last + 2))
    )
      last++;
    // "محمد علي العروي": a given name the tagger read alone, "علي" after it.
    if (
      last === first &&
      givenNames().has(this.norm(first)) &&
      last + 1 < to &&
      !boundary(last + 1) &&
      ali(last + 1)
    )
      last++;
    // (The name ends at a title after it, "… العروي المتحدث باسم", or at the one spoken to, "للصحفيين".)
    const ends = (k: number) => boundary(k) || isTitle(k) || /^لل/.test(this.norm(k));
    if (
      (last - first === 1 || nasab) &&
      nameWord(last + 1) &&
      (compound ||
        ((last - first === 1 && this.norm(last) === 'علي' ? ends(last + 2) : boundary(last + 2)) &&
          !described(last + 1)))
    )
      last++;
    // "أحمد ناصر المحمد الصباح": two family names with the article, a boundary after them.
    else if (
      last - first === 1 &&
      [last + 1, last + 2].every((k) => nameWord(k) && /^ال/.test(this.norm(k))) &&
      boundary(last + 3)
    )
      last += 2;
    // (The same read with the first family name already in the name: "أحمد ناصر المحمد" + "الصباح".)
    else if (
      last - first === 2 &&
      [last, last + 1].every((k) => nameWord(k) && /^ال/.test(this.norm(k))) &&
      boundary(last + 2)
    )
      last++;
    const name = this.words(first, last);
    const e = record(unknownPerson(name, undefined, undefined));
    return { speaker: this.make(e, name, 'person', null, headWord(this.norm(first))), last };
  }

  /**
   * "ودان رفاعة الطهطاوي، الناطق باسم الأزهر، …": two or three words no list holds, then a comma and a
   * title apposed to them, are a name.
   */
  private nameBeforeTitle(
    i: number,
    to: number,
    repeated = false,
  ): { speaker: Speaker; last: number } | null {
    for (let last = i + 1; last <= i + 2 && last + 1 < to; last++) {
      if (this.comma(last) || !this.comma(last + 1) || !this.isRole(last + 1)) continue;
      const words = Array.from({ length: last - i + 1 }, (_, n) => this.norm(i + n));
      if (/^[وفبل]?ال/.test(words[0]) || /^[بل]/.test(words[0])) return null;
      // (A repeated given name at i is read over: "محمد" of "محمد على العروى".)
      const read = (n: number) => this.starts.has(i + n) && !(repeated && n === 0);
      // ("علي" inside the name, before its last word, is the name Ali, not "على".)
      // ("سعيد الأسود، المتحدث …": after a given name, a family name with the article may be a word
      // as well; the title apposed after the comma tells it is a name, and the given name opens it.)
      const given = givenNames().has(words[0]);
      const everyday = (w: string, n: number) =>
        isEverydayWord(w) &&
        !(w === 'علي' && n > 0 && n < last - i) &&
        !(given && n > 0 && /^ال\S{3,}$/.test(w)) &&
        !(given && n === 0);
      if (words.some((w, n) => everyday(w, n) || this.isRole(i + n) || read(n))) return null;
      const name = this.words(i, last);
      const e = record(unknownPerson(name, undefined, undefined));
      return { speaker: this.make(e, name, 'person', null, headWord(words[0])), last };
    }
    return null;
  }

  /**
   * A title: the person the phrase names ("المتحدث باسم الحكومة باسم العوادي"), else the holder of
   * the office ("الأمين العام للأمم المتحدة", "وزير الخارجية الجزائري", "المكتب الإعلامي لرئيس مجلس
   * الوزراء"), else the body the office speaks for ("المتحدث باسم الخارجية المصرية" → the ministry).
   */
  protected officeAt(i: number, to: number, gender: Gender | null): Speaker | null {
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
    // The person the title names, the title's words (from i to before k) kept as theirs.
    const asTitledPerson = (
      p: { speaker: Speaker; last: number },
      k: number,
      more: Partial<Speaker> = {},
    ) => ({
      ...p.speaker,
      gender: g,
      kind: 'person' as const,
      text: this.words(i, p.last),
      titles: this.titlesIn(i, k),
      ...more,
    });
    // ("بإيقاف", "باعتقال", "بتوقيف"; not "باسم", on behalf of.)
    const verbalNoun = (j: number) =>
      /^ب(?:[اإأ]|ت)(?!ل|سم)../.test(this.norm(j)) && !this.starts.has(j) && !this.pronounSuffix(j);
    for (let k = end + 1; k < to && k <= i + 12; k++) {
      // "فأجابه الملك المفدى - أيده الله - بأن": an honorific goes with the title, which it does not end.
      const honorific = this.honorificEnd(k, to);
      if (honorific >= 0) {
        k = honorific;
        continue;
      }
      const t = this.norm(k);
      // "وزير الصحة في الإقليم ريكوت حمه رشيد", "رئيس فرع المحامين بتونس العروسي زقير": the place the
      // office is in, then its holder's name.
      // "مدير ناحية سنوني، خوديدا جوكي، بأن": a long title, then its holder's name between commas.
      const apposed =
        k > i + 1 && this.comma(k) && (this.isRole(i) || inSet(this.norm(i), w.anonymous))
          ? this.commaName(k, to)
          : null;
      if (apposed)
        return asTitledPerson(apposed, k, { body: body?.speaker ?? null, titles: this.titlesIn(i, k) });
      const placed = k > i && this.isRole(i) && !possessor ? this.placedHolder(k, to) : null;
      if (placed)
        return asTitledPerson(placed, k, {
          body:
            body?.speaker ??
            (/^[وف]?(?:ال)?وزير(?:ه)?$/.test(this.norm(i)) ? this.ministryOf(i + 1, to) : null),
          titles: this.titlesIn(i, k),
        });
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
      if (kb.counterpart.has(t)) break;
      if (this.pronounSuffix(k) && !this.isRole(k)) {
        // "وقال مدير إعلامه حمزة حامد": a title closed by a noun with its pronoun, then the holder's name.
        const p =
          k === i + 1 && k + 1 < to && !this.comma(k + 1)
            ? (this.nameAfterTitle(k + 1, to) ?? this.personAt(k + 1, to))
            : null;
        if (p) return asTitledPerson(p, k);
        break;
      }
      if (/[:]/.test(this.gap(k))) break;
      // "… الخميس", "… اليوم": a time ends the title ("النائب الأول": not an ordinal after the office).
      if (this.skip(k, k + 1) > k && !(/^ال(?:اول|ثاني)$/.test(t) && this.isRole(k - 1))) break;
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
        const c: string | undefined = title.last + 1 < to ? this.nisba(title.last + 1) : undefined;
        possessor = { office: title.values[0], country: c };
        end = k = c ? title.last + 1 : title.last;
        continue;
      }
      // ("أفاد بلاغ للوكيل العام … بالحسيمة بإيقاف فلان": a verbal noun after "ب" is what the verb reports.)
      if (k > i + 2 && verbalNoun(k)) break;
      // "المتحدث باسم الحكومة": after a spokesman, "باسم" is "on behalf of", not the name Basim.
      // ("المتحدث الرسمي باسم …": "الرسمي" may stand between.)
      const onBehalf =
        t === 'باسم' &&
        (containsWord('spokesmanStems', this.norm(k - 1)) ||
          (/^الرسمي(?:ه)?$/.test(this.norm(k - 1)) &&
            k >= 2 &&
            containsWord('spokesmanStems', this.norm(k - 2))));
      // "ووصف رئيس الوزراء توقيع الاتفاقية بأنه …": an everyday noun right after a complete office is the verb's object
      // ("وبرر رئيس الدبلوماسية المغربية قرار بلاده": not a name, unless a given name).
      if (
        own &&
        k === own.last + 1 &&
        !definite(t) &&
        !/^[وفبل]/.test(t) &&
        !w.titles.has(t) &&
        !this.isRole(k) &&
        isEverydayWord(t) &&
        !givenNames().has(t)
      )
        break;
      // "والي أضنة فلان الفلاني", "محافظ البصرة": the town or province a title governs closes it and
      // opens no name (a state's, "سفير الكويت لدى …", goes on as before).
      const town = this.starts.get(k);
      const place =
        k === i + 1 && this.isRole(i) && !/^[وفبل]/.test(t) && town && !isCountryRecord(town.m.entity)
          ? this.placeAt(k)
          : null;
      if (place && place.last < to) {
        end = k = closedAt = place.last;
        if (k + 1 < to && (this.nameAfterTitle(k + 1, to) ?? this.personAt(k + 1, to))) continue;
        break;
      }
      if (!onBehalf) {
        // After a nisba, a place or a body that closes the title: "وزيرة الصحة الأردنية سلمى العلي", "رئيس بلدية البصرة كريم الساعدي".
        const closed =
          closedAt >= 0 ||
          this.nisba(k - 1) ||
          // "وقال المحافظ نوزاد هادي": a bare title with its article is complete; a name may follow it.
          // ("وقال الوزير لقناة محلية": not the one spoken to.)
          (k === i + 1 && definite(this.norm(i)) && (!/^[بل]/.test(t) || givenNames().has(t))) ||
          // ("الناطق باسم الخارجية قريب الله الخضر": the body the title is of, then its holder's name.)
          body?.last === k - 1 ||
          this.mentions.some((x) => x.last === k - 1 && x.m.entity.type !== 'PERSON');
        const p = (closed ? this.nameAfterTitle(k, to) : null) ?? this.personAt(k, to);
        if (p)
          return asTitledPerson(p, k, {
            body:
              body?.speaker ??
              (/^[وف]?(?:ال)?وزير(?:ه)?$/.test(this.norm(i)) ? this.ministryOf(i + 1, to) : null),
            titles: [...this.titlesIn(i, k), ...(this.titleAfter(p.last + 1, to) ?? [])],
          });
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
      // "مستشار الرئيس اليمني ووزير الخارجية الأسبق …": a second office joined by "و" opens the title again.
      if (closedAt >= 0 && /^و/.test(t) && inSet(t.slice(1), w.roles) && !this.starts.has(k)) {
        closedAt = -1;
        end = k;
        continue;
      }
      // "ووصف الناطق باسم الحكومة الأردنية تصريحات لافروف …": after the complete title comes the object.
      // … but "المدعي العام الفرنسي لمكافحة الإرهاب": the complement of a ل-phrase goes on.
      const complement = definite(t) && /^[وف]?(?:لل|ل)/.test(this.norm(k - 1));
      if (
        closedAt >= 0 &&
        !(
          w.titles.has(t) ||
          this.nisba(k) ||
          // "السفير الفرنسي السابق كزافييه …": a former holder's title goes on to the name.
          /^ال(?:سابق|اسبق)(?:ه)?$/.test(t) ||
          (/^(?:لل|ب|ل)/.test(t) && !verbalNoun(k)) ||
          complement ||
          // (An adjective agrees with the title's nisba: "رئيس الوزراء الليبي المسؤولية" ends at "الليبي".)
          (definite(t) &&
            nisbaShaped(t) &&
            (!this.nisba(closedAt) || feminineNoun(this.norm(closedAt)) === feminineNoun(t)))
        )
      )
        break;
      // "القيادي في الحزب الطاهر القاسمي": the party named before, then its member's name.
      const member = !body && !possessor ? this.partyThenName(k, to) : null;
      if (member) return asTitledPerson(member.person, k, { body: member.party });
      const b: { speaker: Speaker; last: number; sure?: boolean } | null = !body ? this.bodyAt(k, to) : null;
      if (b) {
        body = b;
        if (b.sure && b.speaker.entity?.country) closedAt = b.last;
        end = k = b.last;
        // "… في وزارة الخارجية الإيرانية، بإدانة": a comma after the body ends the title, unless a name follows.
        if (this.comma(k + 1) && !this.personAt(k + 1, to) && !this.commaName(k + 1, to)) {
          const titled = this.titledApposition(i, k + 1, to);
          if (titled) return { ...titled, body: titled.body ?? body.speaker };
          break;
        }
        continue;
      }
      if (this.comma(k) && !this.personAt(k, to)) {
        const titled = k > i + 1 ? this.titledApposition(i, k, to) : null;
        if (titled) return { ...titled, body: titled.body ?? body?.speaker ?? null };
        break;
      }
      if (this.nisba(k)) closedAt = k;
      end = k;
    }
    const text = withoutProclitic(this.words(i, end));
    // ("وأكد الرئيس" after the report's own president and a foreign one: its own, whoever the entity
    // layer took the bare title for.)
    const home = end === i && head === 'رييس' && definite(this.norm(i)) ? this.homePresident(i) : null;
    if (home) return { ...home, text, gender: g, head };
    // The office holder the entity layer resolved ("وزير الخارجية الجزائري" → Ramtane Lamamra).
    const held = this.starts.get(i);
    if (held && held.m.entity.type === 'PERSON' && (held.m.via === 'role' || held.m.via === 'counterpart'))
      return this.make(held.m.entity, text, 'office', g, head);
    // "وزير الطاقة والنفط في الحكومة السودانية": a minister of a government speaks for his ministry of that state.
    const minister = /^[وف]?(?:ال)?وزير(?:ه)?$/.test(this.norm(i)) && i + 1 <= end;
    if (minister && body?.speaker.entity?.country && /government/.test(body.speaker.entity.id)) {
      const hint = this.hint;
      this.hint = body.speaker.entity.country;
      const ministry = this.ministryOf(i + 1, to);
      this.hint = hint;
      if (ministry) return { ...ministry, text, kind: 'office', gender: g, head };
    }
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
      const country = possessor.country ?? this.holderCountry(possessor.office, this.holderBound(i));
      const holder = country
        ? (this.lastHolder(possessor.office, country, this.holderBound(i)) ??
          officeHolder(possessor.office, country, this.opts.date))
        : null;
      if (holder) return this.make(record(holder), text, 'office', g, head);
    }
    // A title naming its country ("وزير الخارجية السويدي") or a multi-word office of the report's country.
    if (own) {
      // "رئيس الجمهورية" alone after "رئيس الجمهورية السيد عبد المجيد تبون": the one the report gave
      // that bare title, not the last holder of a like office ("…، رئيس الجمهورية الموريتانية").
      const bareTitle = own.countries.length ? null : this.bareTitled(i, end);
      if (bareTitle) return { ...bareTitle, text, gender: g, head };
      const country = own.countries[0] ?? this.holderCountry(own.office, this.holderBound(i));
      if (country) {
        const holder =
          this.lastHolder(own.office, country, this.holderBound(i)) ??
          officeHolder(own.office, country, this.opts.date);
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
    // "وقال الوزير البحريني" after "وزير خارجية البحرين الشيخ سلمان خالد …": a title and its nisba alone
    // name again the person of that state the report gave that title.
    const nisba = end === i + 1 && definite(this.norm(i)) ? this.nisba(end) : undefined;
    if (nisba) {
      const titled = this.titledBefore(head, i, feminineNoun(this.original(i)), nisba);
      if (titled) return { ...titled, text, gender: g, head };
    }
    if (end === i && definite(this.norm(i))) {
      if (office && !own) {
        const country = this.holderCountry(office.office, this.holderBound(i));
        const holder = country ? this.lastHolder(office.office, country, this.holderBound(i)) : null;
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
    // "حاكم ولاية نهر النيل", "محافظ البصرة", "والي الخرطوم" with no name: the head of a province
    // speaks for its local government, of the state the province is in.
    const province = this.governedPlace(i, end);
    if (province) {
      const e = { ...record(unknownOrg(text, false, province)), sector: 'local_government' };
      return this.make(e, text, 'office', g, head);
    }
    // "وقال السفير الفرنسي" with no name and none given that title before: the envoy of that state
    // (as the sides read him: its diplomacy's actor).
    const envoyOf =
      end <= i + 1 && i + 1 < to && /^[وف]?(?:ب?ال|ل?ل)سفير(?:ه)?$/.test(this.norm(i)) && !this.comma(i + 1)
        ? this.nisba(i + 1)
        : undefined;
    if (envoyOf)
      return this.make(sectorActor('ambassador', envoyOf), this.words(i, i + 1), 'office', g, head);
    // A title we cannot resolve still names the subject: not a pronoun.
    return this.make(null, text, 'office', g, head);
  }

  /**
   * The state of the province a governor's title names ("محافظ البصرة", "والي ولاية الجزيرة", "حاكم
   * إقليم دارفور"): the title is its head word and the place, a province's head noun between.
   */
  protected governedPlace(i: number, end: number): string | undefined {
    if (!/^[وف]?(?:محافظ|والي|حاكم)$/.test(this.norm(i)) || end <= i) return undefined;
    const k = /^(?:ولايه|محافظه|اقليم|مدينه)$/.test(this.norm(i + 1)) ? i + 2 : i + 1;
    const place = k <= end ? this.placeAt(k) : null;
    return place && place.last === end ? place.country : undefined;
  }

  /** "السفير أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية": the title after a name. */
  protected titleAfter(k: number, to: number): string[] | undefined {
    k = this.skip(k, to);
    return k < to && this.isRole(k) ? [headWord(this.norm(k))] : undefined;
  }

  /** The title words of a phrase ("مستشار رئيس مجلس الوزراء المتحدث الرسمي …" → مستشار, رئيس, متحدث). */
  protected titlesIn(from: number, to: number): string[] {
    const out: string[] = [];
    for (let k = from; k < to; k++)
      if (this.isRole(k) || inSet(this.norm(k), words().anonymous)) out.push(headWord(this.norm(k)));
    return out;
  }

  /** "خالد منصور المتحدث باسم وزارة الخارجية الأردنية": the body a named person's title after the name gives. */
  protected bodyAfter(k: number, to: number): Speaker | null {
    k = this.skip(k, to);
    if (k >= to || !this.isRole(k)) return null;
    for (let j = k + 1; j < to && j <= k + 6; j++) {
      if (this.isStop(j)) return null;
      const b = this.bodyAt(j, to);
      if (b) return b.speaker;
    }
    return null;
  }

  /** "مصدر أمني", "مسؤول في وزارة الداخلية", "مصادر بالرئاسة التركية", "مسؤول طلب عدم الكشف عن هويته". */
  protected anonymousAt(i: number, to: number, head: string, gender: Gender | null): Speaker {
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
        // ("متحدث أمني باسم وزارة الداخلية": past the spokesman's adjectives as well.)
        isExactWord('bodyPrepositions', t) ||
        (t === 'باسم' && (k === i + 1 || (k === end + 1 && isExactWord('spokesmanWords', head))))
          ? k + 1
          : /^[وف]?[بل]/.test(t)
            ? k
            : -1;
      if (at >= 0 && at < to) {
        const b: { speaker: Speaker; last: number } | null = body
          ? null
          : (this.bodyAt(at, to) ?? this.officeBody(at, to) ?? this.partyAgain(at));
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

  /** "في الحزب", "في الحركة", "باسم الوزارة" at token k: the party (movement, ministry) the report named last. */
  protected partyAgain(k: number): { speaker: Speaker; last: number } | null {
    const head = /^ال(حزب|حركه|جماعه|تنظيم|تيار|جبهه|وزاره)$/.exec(this.norm(k))?.[1];
    if (!head) return null;
    // (A party the rules named from its head word counts: "الحزب الدستوري الحر".)
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= k || s.m.via === 'tagger' || s.m.entity.type !== 'ORG' || this.isMedia(s.m.entity))
        continue;
      // ("وزارة …" begins with the letter و, no conjunction to strip.)
      const first = normalize(s.m.text).split(/\s+/)[0];
      if (first === head || first.replace(/^[وفبل]?(?:ال)?/, '') === head)
        return { speaker: this.orgSpeaker(s.m.entity, s.m.text), last: k };
    }
    return null;
  }

  /** "ونظم مئات الكويتيين مظاهرات": the people a crowd is made of, counted and named by their nisba before token i. */
  private demonymBefore(i: number): string | undefined {
    for (let k = i - 1; k >= Math.max(0, i - 4) && !this.comma(k + 1); k--)
      if (k > 0 && /^[وف]?(?:م[ئءي]ات|[اآ]لاف|عشرات|ملايين)$/.test(this.norm(k - 1)) && this.nisba(k))
        return this.nisba(k);
    return undefined;
  }

  protected groupSpeaker(i: number, sector: string, single: boolean, gender: Gender | null): Speaker {
    // Who they are is their sector; a crowd ("وردد المحتجون") is of the country where the report
    // places it (the sentence's places, else the report's towns, else its places, else — no place named — the state of the
    // report's first actor: "خرج الجزائريون … رسالة من الرئيس الجزائري"), one member of it is of no country.
    // (Kidnappers are of no state: where they struck does not make them its own.)
    const where =
      single || sector === 'kidnappers'
        ? undefined
        : (this.demonymBefore(i) ??
          this.sentenceCountry(i, true) ??
          this.townsCountry() ??
          this.placesCountry() ??
          this.leadCountry());
    return this.make(
      sectorActor(sector, where),
      this.words(i, i),
      single ? 'anonymous' : 'group',
      gender,
      headWord(this.norm(i)),
      single,
    );
  }

  /**
   * The last person the report named with this title before token i ("وزير الخارجية الإسرائيلي جدعون
   * ساعر" … "وتابع الوزير"): a mention that opens with the title, or whose title stands at most eight
   * words before it in the same sentence. Never one named inside a quotation.
   */
  protected titledBefore(head: string, i: number, feminine: boolean, country?: string): Speaker | null {
    // "المتحدث" and "الناطق" are one title ("الوزيرة" is not "الوزير").
    const title = (h: string) => h.replace(/^ناطق/, 'متحدث');
    const key = title(head);
    const same = (k: number) => title(headWord(this.norm(k))) === key;
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= i || s.m.entity.type !== 'PERSON' || s.m.via === 'tagger' || this.quoted(s.first))
        continue;
      // ("وزير الدولة برئاسة الجمهورية السودانية مدير عام مكاتب الرئيس الفريق طه": a title of two offices.)
      for (let k = s.first; k >= Math.max(0, s.first - 12); k--) {
        // Not across a sentence's end, nor across another person ("وزير الخارجية X بحق رئيس الحكومة Y").
        if (
          k < s.first &&
          (/[.!?؟\n]/.test(this.text.slice(this.tokens[k].span.end, this.tokens[k + 1].span.start)) ||
            this.mentions.some((o) => o !== s && o.first <= k && k <= o.last && o.m.entity.type === 'PERSON'))
        )
          break;
        if (same(k) && feminineNoun(this.original(k)) === feminine && this.ofCountry(s, k, country)) {
          // A name the knowledge base lacks, its span mended ("الشيخ أحمد ناصر المحمد الصباح").
          const mended = isMadeEntity(s.m.entity.id)
            ? this.nameFrom(s.first, s.last, this.tokens.length)
            : null;
          const named = mended && mended.last > s.last ? mended : null;
          return this.make(
            named?.speaker.entity ?? s.m.entity,
            this.words(s.first, named?.last ?? s.last),
            s.m.via === 'role' ? 'office' : 'person',
            'm',
            head,
          );
        }
      }
      // "الشيخ حمد بن جاسم، رئيس مجلس وزراء قطر ووزير خارجيتها" for "الوزير القطري": the title apposed after.
      if (this.comma(s.last + 1) && !isMadeEntity(s.m.entity.id) && this.titledAfter(s, i, same, country))
        return this.make(s.m.entity, this.words(s.first, s.last), 'person', 'm', head);
    }
    return null;
  }

  /** Whether a title of this head is apposed after the person's name, in the same sentence, of that state. */
  private titledAfter(
    s: { first: number; last: number; m: EntityMention },
    i: number,
    same: (k: number) => boolean,
    country?: string,
  ): boolean {
    for (let k = s.last + 2; k < Math.min(i, s.last + 8); k++) {
      if (/[.!?؟\n]/.test(this.text.slice(this.tokens[k - 1].span.end, this.tokens[k].span.start)))
        return false;
      if (this.mentions.some((o) => o.first === k && o.m.entity.type === 'PERSON')) return false;
      if (same(k)) return !country || s.m.entity.country === country;
    }
    return false;
  }

  /**
   * The person the report named earlier right after the same title, word for word and with no state
   * of its own ("رئيس الجمهورية السيد عبد المجيد تبون" for a later "رئيس الجمهورية"); an honorific
   * may stand between. Never one named inside a quotation.
   */
  private bareTitled(first: number, last: number): Speaker | null {
    const strip = (t: string) => t.replace(/^[وفل]+(?=ال)/, '');
    const title = Array.from({ length: last - first + 1 }, (_, n) => strip(this.norm(first + n)));
    const titles = words().titles;
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const s = this.mentions[j];
      if (s.first >= first || s.m.entity.type !== 'PERSON' || this.quoted(s.first)) continue;
      let end = s.first - 1;
      if (end >= 0 && titles.has(this.norm(end))) end--;
      const from = end - title.length + 1;
      if (from < 0 || title.some((t, n) => strip(this.norm(from + n)) !== t)) continue;
      if (this.comma(from + title.length) || this.comma(s.first)) continue;
      return this.make(s.m.entity, this.words(s.first, s.last), 'office', 'm', title[0]);
    }
    return null;
  }

  /**
   * "وزير خارجية البحرين الشيخ سلمان خالد" for "الوزير البحريني": the person is that state's by his own
   * country or by a state named in his title (words k to the name). Any person when no state is asked.
   */
  private ofCountry(s: { first: number; m: EntityMention }, k: number, country?: string): boolean {
    if (!country || s.m.entity.country === country) return true;
    for (let j = k; j < s.first; j++) {
      if (this.nisba(j) === country) return true;
      const at = this.starts.get(j);
      if (at && at.last < s.first && this.countryOf(at.m.entity)?.country === country) return true;
      if (at && at.last < s.first && at.m.entity.type === 'ORG' && at.m.entity.country === country)
        return true;
    }
    return false;
  }

  /**
   * "الحزب سلوى بن عمر", "الحزب الطاهر القاسمي" (which the entity layer may take for one body): a party's
   * head word naming again the party the report named before, then a name.
   */
  protected partyThenName(
    k: number,
    to: number,
  ): { party: Speaker; person: { speaker: Speaker; last: number } } | null {
    const head = /^[وف]?ال(حزب|حركه|جماعه|تيار|جبهه)$/.exec(this.norm(k))?.[1];
    // ("الحزب" may name again a movement: "حركة النهضة" … "القيادي في الحزب".)
    const party =
      head && k + 1 < to
        ? (this.lastOrgHeaded(head, k) ??
          this.lastOrgHeaded('حزب', k) ??
          this.lastOrgHeaded('حركه', k) ??
          this.lastOrgHeaded('تيار', k))
        : null;
    if (!party) return null;
    const m = this.starts.get(k);
    let person: { speaker: Speaker; last: number } | null = null;
    if (
      m &&
      m.m.entity.type === 'ORG' &&
      isMadeEntity(m.m.entity.id) &&
      (m.last >= k + 2 ||
        (m.last === k + 1 &&
          (givenNames().has(this.norm(k + 1)) || this.starts.get(k + 2)?.m.entity.type === 'PERSON'))) &&
      m.last < to
    )
      person = this.nameFrom(k + 1, m.last, to);
    else if (!m) {
      person = this.personAt(k + 1, to);
      // (After a party's member a name is expected: a name ending in "ات" is no plural here.)
      const n = person ? null : unknownNameAt(this.text, this.tokens, k + 1, 2, true);
      if (n && n.last < to && !this.isRole(k + 1)) {
        const e = record(unknownPerson(n.text, undefined, undefined));
        person = { speaker: this.make(e, n.text, 'person', null, headWord(this.norm(k + 1))), last: n.last };
      }
    }
    return person ? { party: this.orgSpeaker(party, this.words(k, k)), person } : null;
  }

  /** "جماعة تطلق على نفسها اسم «كتائب …»", "مجموعة تسمي نفسها «…»": the quoted name a group gives itself. */
  protected selfNamed(i: number, to: number): Speaker | null {
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
}

/** A word newswire writes outside names and never inside one ("النقابات"). */
function neverInName(word: string): boolean {
  const [out, inside] = wordCounts(word);
  return out >= 2 && inside === 0;
}
