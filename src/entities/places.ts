// Places the rules read around the knowledge base: provinces named after a head noun, places the
// KB does not hold after a head noun in construct, KB names the context says are something else,
// and one name of two places decided by the rest of the text.
import type { EntityMention, Token } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { givenNames } from '../arabic/names.js';
import { loadKb, record, type KbEntity } from './kb.js';
import { BOUNDARY, gz, NASAB, nisbaCountry, withoutProclitics } from './lookup.js';
import { isEverydayWord, unseenOutsideNames, verbOrWord } from './everyday.js';
import { wordCounts } from './word-frequency.js';

// Heads of places smaller than a country.
const LOCAL_HEADS = new Set(['قضاء', 'ناحيه', 'قريه', 'بلده', 'مخيم', 'حي', 'مديريه']);

/**
 * A one-word KB match that the context says is something else: after a place's head noun the
 * complement takes no preposition ("قرية بليون" is not ب + ليون, Lyon) and a district is no
 * country ("قضاء المجر الكبير" is not Hungary); a nisba coordinated with another nisba is an
 * adjective ("طائرات روسية وسورية" is not Syria).
 */
export function misreadAlias(tokens: Token[], i: number): boolean {
  const m = gz(tokens, i);
  if (!m || m.last !== i) return false;
  // "الغاز المسيل للدموع", "القنابل المسيلة للدموع": tear gas, not M'sila.
  if (tokens[i + 1]?.norm === 'للدموع') return true;
  if (i === 0) return false;
  const kb = loadKb();
  const t = tokens[i].norm;
  // "سيول عارمة", "سيول غزيرة": a town's name that is an everyday word, an indefinite feminine
  // adjective right after it, is that word (floods, not Seoul); a town takes a noun in apposition.
  const next = tokens[i + 1]?.norm ?? '';
  if (
    isEverydayWord(withoutProclitics(t)) &&
    tokens[i + 1]?.span.start - tokens[i].span.end === 1 &&
    /^[^ا]ا[^ا]{2}ه$|^[^ا]{2}ي[^ا]ه$/.test(next) &&
    !APPOSED.has(next) &&
    !kb.placeHeads.has(next) &&
    !kb.namedPlaceHeads.has(next) &&
    !kb.roleNouns.has(next)
  )
    return true;
  const prev = withoutProclitics(tokens[i - 1].norm);
  if (
    (kb.namedPlaceHeads.has(prev) || kb.namedPlaceHeads.has(tokens[i - 1].norm)) &&
    !kb.aliases.has(t) &&
    !kb.aliases.has(t.replace(/^ال/, '')) &&
    // ("سجن بصنعاء": a name with a preposition on it is no complement of a facility's head; "قرية
    // بليون" is the village.)
    !(
      /^[وف]?[بل]/.test(t) &&
      kb.aliases.has(withoutProclitics(t)) &&
      (kb.namedPlaceHeads.get(prev) ?? kb.namedPlaceHeads.get(tokens[i - 1].norm)) === 'facility'
    )
  )
    return true;
  // A district, village or camp is not a country: "قضاء المجر الكبير" is not Hungary.
  if (m.values[0].subtype === 'country' && LOCAL_HEADS.has(prev)) return true;
  const bare = t.replace(/^[وف]/, '');
  if (bare !== t && kb.nisba.has(bare.replace(/^ال/, '')) && nisbaCountry(tokens[i - 1].norm) !== undefined)
    return true;
  // "القناة السعودية", "الإخبارية الرسمية السعودية", "جدة السعودية": a country whose name is its own
  // feminine nisba, right after a definite feminine word or a place, is that word's adjective.
  if (
    t.startsWith('ال') &&
    t.endsWith('يه') &&
    kb.nisba.has(t.slice(2)) &&
    !/[\n،,.:;؛()«»"“”!?؟]/.test(between(tokens, i))
  ) {
    const before = tokens[i - 1].norm;
    if (before !== 'العربيه' && before.startsWith('ال') && before.endsWith('ه')) return true;
    // "العلاقات السعودية", "الأجواء السعودية": a plural's adjective is feminine too; not after a
    // title or an office ("غادر الملك السعودية"), nor after a name.
    if (
      before.startsWith('ال') &&
      before !== 'العربيه' &&
      // ("زار الوفد المصري السعودية": after a masculine adjective the country is the object.)
      !before.endsWith('ي') &&
      !kb.honorifics.has(before) &&
      !kb.roleNouns.has(before.slice(2)) &&
      !kb.roleNouns.has(before) &&
      !gz(tokens, i - 1)
    )
      return true;
    if (
      gz(tokens, i - 1)?.values.some(
        (v) =>
          (v.type === 'GPE' || v.type === 'LOC') && v.subtype !== 'country' && v.country === nisbaCountry(t),
      )
    )
      return true;
  }
  return false;
}

/** Nouns a town's name takes in apposition ("سيول عاصمة كوريا"), of the shapes of adjectives. */
const APPOSED = new Set(['عاصمه', 'مدينه', 'قريه', 'جزيره', 'ولايه', 'بلديه', 'ناحيه', 'قاعده', 'حاضره']);

/** The characters between token i - 1 and token i (the text itself is not at hand here: the tokens' spans tell whether they touch). */
function between(tokens: Token[], i: number): string {
  return tokens[i].span.start - tokens[i - 1].span.end > 1 ? '\n' : '';
}

const PROVINCE_HEADS = new Set(['محافظه', 'ولايه', 'اقليم', 'منطقه', 'مديريه', 'محافظ', 'والي']);

/** "محافظة الشرقية", "محافظ الجنوب": a province whose name alone is an everyday word. */
export function headedPlaceAt(tokens: Token[], i: number): KbEntity | null {
  if (i + 1 >= tokens.length) return null;
  const head = withoutProclitics(tokens[i].norm);
  if (!PROVINCE_HEADS.has(head) && !PROVINCE_HEADS.has(tokens[i].norm)) return null;
  return (
    loadKb()
      .headed.get(tokens[i + 1].norm)
      ?.find(isPlace) ?? null
  );
}

const NISBA = /^(?:ال)?\S+(?:ي|يه|يين|يون|ين)$/;
// First words of compound place names that take a second bare word ("رأس تنورة", "بني عدي", "دير حافر").
export const TOPONYM_OPENERS = new Set([
  'ابو',
  'ام',
  'بني',
  'عين',
  'دير',
  'تل',
  'كفر',
  'راس',
  'بئر',
  'بير',
  'بيت',
  'خان',
  'مرج',
  'سيدي',
  'باب',
  'حمام',
  'جسر',
  'قصر',
  'وادي',
  'جبل',
  'سوق',
  'بنت',
]);
// "Saint" before a bare name: "فندق سان جورج", "فندق السان جورج".
/** A definite sound plural ("اللاجئين", "النازحين") and a definite plural nisba ("السوريين"). */
const DEFINITE_PLURAL = /^ال\S{3,}ين$/;
const PLURAL_NISBA = /^ال\S{2,}يين$/;

/**
 * "مخيم اللاجئين السوريين", "مخيمات النازحين العراقيين": a people's plural a nationality describes
 * is who the place is for, a common noun; a name takes no adjective of nationality in the plural.
 */
function peopleOfNationality(text: string, tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    !!next &&
    DEFINITE_PLURAL.test(tokens[k].norm) &&
    PLURAL_NISBA.test(next.norm) &&
    !BOUNDARY.test(text.slice(tokens[k].span.end, next.span.start))
  );
}

const SAINTS = new Set(['سان', 'سانت', 'السان', 'السانت']);
// Words that end a place name after its head: prepositions and adverbs of place ("منطقة قرب تندوف").
const ROYAL_TITLES = new Set(['الملك', 'الامير', 'الشيخ', 'السلطان', 'الامام']);
/**
 * A royal's name at token k ("الملك خالد", "الأمير سلطان بن عبد العزيز", "الإمام علي بن أبي طالب"):
 * its last token, or null.
 */
export function royalNameAt(text: string, tokens: Token[], k: number): number | null {
  if (!ROYAL_TITLES.has(tokens[k]?.norm) || k + 1 >= tokens.length || !givenNames().has(tokens[k + 1].norm))
    return null;
  const joined = (a: number) =>
    a < tokens.length && !BOUNDARY.test(text.slice(tokens[a - 1].span.end, tokens[a].span.start));
  let last = k + 1;
  while (
    last + 2 < tokens.length &&
    NASAB.test(tokens[last + 1].norm) &&
    (givenNames().has(tokens[last + 2].norm) || /^(?:ابي|ابو)$/.test(tokens[last + 2].norm))
  ) {
    last += 2;
    // "مسجد الإمام علي بن أبي طالب": a kunya takes the word after it.
    if (/^(?:ابي|ابو)$/.test(tokens[last].norm) && joined(last + 1)) last++;
  }
  // "ميناء الملك عبد العزيز": a compound name takes its second word.
  if (/^(?:عبد|ابو)$/.test(tokens[last].norm) && joined(last + 1)) last++;
  return last;
}
const PLACE_STOPS = new Set([
  'قرب',
  'بعد',
  'قبل',
  'عند',
  'لدي',
  'حول',
  'داخل',
  'خارج',
  'امام',
  'خلف',
  'بين',
  'نحو',
  'جديد',
  'جديدا',
  'جديده',
  'اخر',
  'اخري',
  'كبير',
  'كبيرا',
  'صغير',
]);

/**
 * A place the KB does not hold, named by a bare head noun in construct with its name: "قرية بني
 * عدي", "مخيم عين الحلوة" (the name is the mention), "ساحة الكرامة", "مستشفى الحسين" (head and
 * name). The name is one bare word or words with the article, one to three; it stops at
 * punctuation, function words, digits, nisba adjectives, known entities and everyday complements
 * ("ساحة المعركة").
 */
export function unknownPlaceAt(
  text: string,
  tokens: Token[],
  i: number,
): { first: number; last: number } | null {
  const kb = loadKb();
  // ("بحر": a head whose first letter reads as a preposition is itself when only so a head.)
  const bare = withoutProclitics(tokens[i].norm);
  const head = kb.namedPlaceHeads.has(bare) ? bare : tokens[i].norm;
  const kind = kb.namedPlaceHeads.get(head);
  if (!kind || i + 1 >= tokens.length) return null;
  // "سُجن ثلاثة": a head written with a damma on its first letter is a passive verb ("سِجن" is a prison).
  if (/^[وف]?\S\u064f/.test(text.slice(tokens[i].span.start, tokens[i].span.end))) return null;
  // "مقاطعة الانتخابات" is a boycott: that head names a province only by a bare name ("مقاطعة مياجي").
  if (head === 'مقاطعه' && tokens[i + 1].norm.startsWith('ال')) return null;
  let last = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (BOUNDARY.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) break;
    const t = tokens[k].norm;
    // "مطار الملك خالد", "جسر الملك فهد", "قاعدة الأمير سلطان الجوية": a facility named after a royal;
    // "حي الملك عبدالله للأعمال": a district's name runs on through its field (a facility's does
    // not: "مستشفى الملك فهد للقوات المسلحة").
    if (k === i + 1) {
      const royal = royalNameAt(text, tokens, k);
      if (royal !== null) {
        last = royal;
        const field = last + 1;
        if (
          kind === 'settlement' &&
          field < tokens.length &&
          /^لل\S{3,}$/.test(tokens[field].norm) &&
          !gz(tokens, field) &&
          !BOUNDARY.test(text.slice(tokens[last].span.end, tokens[field].span.start))
        )
          last = field;
        break;
      }
    }
    if (
      kb.notNames.has(t) ||
      kb.everydayTokens.has(t) ||
      /\d/.test(t) ||
      kb.genericComplements.has(t) ||
      (gz(tokens, k) && !misreadAlias(tokens, k))
    )
      break;
    // "ساحة جامع الفنا": a facility named after another facility, head and name.
    if (k === i + 1 && kind === 'facility' && kb.namedPlaceHeads.get(t) === 'facility') {
      const inner = unknownPlaceAt(text, tokens, k);
      if (inner && inner.first === k) last = inner.last;
      break;
    }
    if (
      kb.namedPlaceHeads.has(t) ||
      kb.orgHeads.has(t) ||
      kb.roleNouns.has(t) ||
      PLACE_STOPS.has(t) ||
      kb.placeHeads.has(t)
    )
      break;
    // A complement in construct takes no preposition: "سجن بمنطقة …", "منطقة بالقرب …" end the name.
    // (Not a foreign name that only looks so, "قلعة بالمورال": no word newswire writes, with or without "بال".)
    const bare = withoutPreposition(t);
    const foreign = k === i + 1 && foreignLookalike(t);
    if (
      bare !== t &&
      !foreign &&
      (bare.startsWith('ال') || kb.namedPlaceHeads.has(bare) || kb.placeHeads.has(bare))
    )
      break;
    if (k === i + 1 && noComplement(text, tokens, k, kind === 'facility')) break;
    if (k === i + 1 && peopleOfNationality(text, tokens, k)) break;
    // "في بحر الأسبوع", "بحر أيام": a span of time after a head is no place's name.
    if (k === i + 1 && TIME_SPAN.test(t)) break;
    // "منطقة ذات كثافة", "قرية بكاملها": a bare word newswire writes outside names only, or a
    // word with a preposition and a pronoun on it, is the phrase going on (not a month, "قصر تشرين",
    // nor a word in construct with a name, "منطقة أرض المعارض").
    if (
      k === i + 1 &&
      !t.startsWith('ال') &&
      ((isEverydayWord(t) &&
        wordCounts(t)[1] === 0 &&
        !givenNames().has(t) &&
        !MONTHS.test(t) &&
        !tokens[k + 1]?.norm.startsWith('ال')) ||
        /^[بل]\S{3,}(?:ها|هم|هما)$/.test(t) ||
        possessedNoun(text, tokens[k]) ||
        /^(?:عن|من|في|ل|الي|علي|لدي|مع|ب)(?:ه|ها|هم|هما)$/.test(t))
    )
      break;
    const articled = t.startsWith('ال');
    // ("مقاطعة مياجي العدد الأكبر": after a bare name, an everyday word with the article is the sentence's.)
    if (
      articled &&
      k === i + 2 &&
      !tokens[k - 1].norm.startsWith('ال') &&
      !TOPONYM_OPENERS.has(tokens[k - 1].norm) &&
      !NASAB.test(tokens[k - 1].norm) &&
      // (Not a noun in construct, "مسجد دار الرئاسة": a foreign name before it.)
      unseenOutsideNames(tokens[k - 1].norm) &&
      isEverydayWord(t) &&
      wordCounts(t)[1] === 0
    )
      break;
    // Right after the bare head a definite word is its complement, nisba-shaped or not ("منطقة
    // الحسينية", "قضاء المدائن"): an adjective of an indefinite head would be indefinite.
    // (But "مستشفى الجامعة الأمريكية": after a body's head noun the nisba is that body's.)
    if (
      NISBA.test(t) &&
      k > i + 1 &&
      !(k === i + 2 && kind === 'facility' && foreignPair(tokens[i + 1].norm, t)) &&
      !(k === i + 2 && kind === 'facility' && kb.orgHeads.has(tokens[k - 1].norm.replace(/^ال/, '')))
    )
      break;
    // A bare word first ("دير الجمال", "كفرتخاريم"), a second only after an opener ("رأس تنورة")
    // or a nasab ("مسجد ابن مالك", "شارع العربي بن مهيدي"); after them, words with the article.
    const afterOpener =
      (k === i + 2 && TOPONYM_OPENERS.has(tokens[i + 1].norm)) ||
      (k === i + 2 && kind === 'facility' && foreignPair(tokens[i + 1].norm, t)) ||
      (k === i + 2 && kind === 'facility' && namedForPerson(tokens[i + 1].norm, t)) ||
      (kind === 'facility' && SAINTS.has(tokens[k - 1].norm)) ||
      (k > i + 1 && NASAB.test(tokens[k - 1].norm)) ||
      (NASAB.test(t) && k + 1 <= i + 3);
    if (!articled && k > i + 1 && !afterOpener) break;
    if (!articled && t.length < 3 && !TOPONYM_OPENERS.has(t) && !NASAB.test(t)) break;
    last = k;
    const next = tokens[k + 1]?.norm ?? '';
    if (
      !articled &&
      !next.startsWith('ال') &&
      !(k === i + 1 && TOPONYM_OPENERS.has(t)) &&
      !(k === i + 1 && kind === 'facility' && namedForPerson(t, next)) &&
      !(k === i + 1 && kind === 'facility' && foreignPair(t, next)) &&
      !(kind === 'facility' && NASAB.test(next) && givenNames().has(t)) &&
      !NASAB.test(t) &&
      !(kind === 'facility' && SAINTS.has(t))
    )
      break;
    // "حي الشيخ مقصود", "منطقة الشيخ عمر": an honorific takes the bare name after it.
    if (
      articled &&
      kb.honorifics.has(t) &&
      k + 1 < tokens.length &&
      k + 1 <= i + 3 &&
      !tokens[k + 1].norm.startsWith('ال') &&
      givenNames().has(tokens[k + 1].norm)
    ) {
      last = k + 1;
      break;
    }
  }
  while (last > i && NASAB.test(tokens[last].norm)) last--;
  if (last <= i || (last === i + 1 && TOPONYM_OPENERS.has(tokens[last].norm))) return null;
  // A bare single word that reads as an adjective ("مدينة كبيرة", "قاعدة عسكرية") is no name.
  // ("نهر دجلة", "بحر إيجه": after a masculine feature's head an adjective would not end in ة.)
  // ("دوار نتيه", "سجن لاسانتيه", "منفذ عرعر": after a masculine facility's head an adjective takes
  // neither ة nor the foreign ending يه, "سجن عسكري" only the ي of a nisba.)
  // (But an everyday word keeps reading as one: "ملعب كرة قدم" is a football pitch.)
  const adjectiveEnding =
    MASCULINE_FACILITIES.has(head) && !isEverydayWord(tokens[i + 1].norm)
      ? /ي$/
      : MASCULINE_FEATURES.has(head)
        ? /(?:ي|يه)$/
        : /(?:ه|ي|يه)$/;
  // ("مقاطعة مياجي", "ولاية عبري": after a feminine settlement head an adjective would end in ة; a
  // word in ي newswire never writes outside names, and no compass word, is the name.)
  const feminineName =
    kind === 'settlement' &&
    head.endsWith('ه') &&
    /[^يه]ي$/.test(tokens[last].norm) &&
    // ("قرية مولاي إبراهيم": a title before a given name.)
    !givenNames().has(tokens[last + 1]?.norm ?? '') &&
    !/^(?:شمالي|جنوبي|شرقي|غربي)$/.test(tokens[last].norm) &&
    unseenOutsideNames(tokens[last].norm);
  if (
    last === i + 1 &&
    !tokens[last].norm.startsWith('ال') &&
    adjectiveEnding.test(tokens[last].norm) &&
    !feminineName
  )
    return null;
  // "مدينة الصدر", "مدينة الطب": a city named by a word with the article the KB does not hold keeps
  // its head ("Sadr City"); "مدينة كفرنبل" is Kafranbel.
  const namedCity = head === 'مدينه' && tokens[i + 1].norm.startsWith('ال');
  return { first: kind === 'facility' || namedCity ? i : i + 1, last };
}

const MONTHS =
  /^(?:كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)$/;
const TIME_SPAN =
  /^(?:ال)?(?:اسبوع|اسابيع|شهر|اشهر|شهور|عام|اعوام|سنه|سنوات|يوم|ايام|يومين|ساعه|ساعات|ساعتين|دقايق|ليله|ليال|اسبوعين|شهرين|عامين|سنتين)$/;

/** Heads of natural features that are masculine: an indefinite adjective after them has no ة. */
const MASCULINE_FEATURES = new Set(['نهر', 'بحر', 'جبل', 'خليج', 'مضيق']);
/** Heads of facilities that are masculine (normalized). */
const MASCULINE_FACILITIES = new Set([
  'دوار',
  'سجن',
  'منفذ',
  'معبر',
  'مطار',
  'ملعب',
  'استاد',
  'برج',
  'جسر',
  'فندق',
  'مرفا',
]);

/**
 * "فندق إقامته", "مقر عمله", "منطقة سكنها": an everyday noun with a possessive pronoun (ه written
 * as ه, not the ة the matching shadow folds into it) is the phrase going on, not a name.
 */
function possessedNoun(text: string, token: Token): boolean {
  const written = text.slice(token.span.start, token.span.end).replace(/[\u064B-\u0652\u0640]/g, '');
  const pronoun = /(?:ه|ها|هم|هما)$/.exec(written)?.[0];
  if (!pronoun || givenNames().has(token.norm)) return false;
  const stem = token.norm.slice(0, -pronoun.length);
  // ("إقامته": the noun's ة is written ت before the pronoun.)
  return stem.length >= 3 && [stem, stem.replace(/ت$/, 'ه')].some((w) => isEverydayWord(w));
}

/**
 * "محطة فوكوشيما دايتشي", "مستشفى كينجز كروس": a facility's foreign name of two words, each one
 * newswire never writes outside names (nor a given name, nor a known name).
 */
function foreignPair(first: string, second: string): boolean {
  const bare = (w: string) =>
    w.length >= 3 &&
    !/^[وفبل]?ال/.test(w) &&
    // ("برج غرينفيل ينحدرون": a plural imperfect is the sentence's verb.)
    !/^[يت]\S{2,}(?:ون|ين|ان)$/.test(w) &&
    unseenOutsideNames(w) &&
    !givenNames().has(w);
  // ("برج غرينفيل وامتد": a second word with و or ف on it goes on with the sentence.)
  return bare(first) && bare(second) && !/^[وف]/.test(second);
}

/**
 * "شارع الحبيب بورقيبة", "شارع عبدالخالق ثروت": a facility named after a person takes a bare family
 * name after the given name (with or without the article), unless that word is an everyday one.
 */
function namedForPerson(given: string, next: string): boolean {
  const kb = loadKb();
  const bareGiven = given.replace(/^ال/, '');
  return (
    (givenNames().has(bareGiven) || /^عبدال\S{2,}$/.test(given)) &&
    next.length >= 3 &&
    !kb.notNames.has(next) &&
    !kb.everydayTokens.has(next) &&
    !isEverydayWord(next) &&
    !verbOrWord(next)
  );
}

export const isPlace = (e: KbEntity) => e.type === 'GPE' || e.type === 'LOC';

/**
 * How well known a place is, before the text says anything: its population (log scale) and
 * whether it is a capital. Under 1, so one mention of a country in the text outweighs it.
 */
function prior(c: KbEntity): number {
  const people = Math.min(1, Math.log10((c.population ?? 0) + 1) / 8);
  return 0.5 * people + (c.capital === 'country' || c.metonymFor ? 0.4 : c.capital === 'province' ? 0.1 : 0);
}

const STATE_NOUNS = new Set(['سلطنه', 'مملكه', 'دوله', 'جمهوريه', 'اماره']);
const STATE_HEADS = new Set([...STATE_NOUNS, 'سلطان', 'امير', 'ملك']);
/** The country whose formal name is a state's head noun and this name ("سلطنة عمان" for "عمان"). */
function formalCountry(name: string): KbEntity | undefined {
  const bare = normalize(name).replace(/^(?:و|ف)?(?:ب|ل)?/, '');
  for (const c of loadKb().countryEntity.values())
    for (const a of [c.ar, ...(c.aliases ?? [])]) {
      const [noun, rest, more] = normalize(a).split(' ');
      if (!more && rest === bare && STATE_NOUNS.has(noun)) return c;
    }
  return undefined;
}
const CITY_HEADS = new Set(['مدينه', 'العاصمه', 'عاصمه', 'بلده', 'مدينتي']);
const REGION_HEADS = new Set(['محافظه', 'ولايه', 'اقليم', 'اقاليم', 'محافظتي']);

/**
 * One name, several places. First the country: a nisba right after the name ("طرابلس
 * الليبية"), then the countries the text names and the countries of its other places, and with
 * nothing to go on the best known place (population, capital: "واشنطن" is Washington, D.C.). Then,
 * within that country, the kind the head noun says ("مدينة"، "العاصمة" a city; "محافظة"، "ولاية" a
 * province), else the first the KB lists (country, province, city).
 */
export function disambiguate(
  found: EntityMention[],
  ambiguous: Map<EntityMention, { candidates: KbEntity[]; next: string; prev: string }>,
): EntityMention[] {
  if (!ambiguous.size) return found;
  const votes = new Map<string, number>();
  // (A name whose readings all lie in one country, "بغداد" the city or the governorate, votes too.)
  const oneCountry = (m: EntityMention) =>
    ambiguous.get(m)?.candidates.every((c) => c.country === m.entity.country) ?? true;
  for (const m of found)
    if (oneCountry(m) && m.entity.country)
      votes.set(m.entity.country, (votes.get(m.entity.country) ?? 0) + 1);
  return found.map((m) => {
    const { candidates, next, prev } = ambiguous.get(m) ?? {};
    if (!candidates) return m;
    // "سلطان عمان", "أمير الكويت": after a ruler's title or a state's head noun, the country (the one
    // whose formal name is that noun and this name: "سلطنة عمان").
    const head = withoutProclitics(prev ?? '');
    const state = STATE_HEADS.has(head)
      ? (candidates.find((c) => c.subtype === 'country') ?? formalCountry(m.text))
      : undefined;
    if (state) return state.id === m.entity.id ? m : { ...m, entity: record(state) };
    const nisba = nisbaCountry(next ?? '');
    const score = (c: KbEntity) =>
      (c.country === nisba ? 100 : 0) + (votes.get(c.country ?? '') ?? 0) + prior(c);
    const country = candidates.reduce((a, b) => (score(b) > score(a) ? b : a)).country;
    const inCountry = candidates.filter((c) => c.country === country);
    const kind = CITY_HEADS.has(head)
      ? (c: KbEntity) => c.subtype === 'city'
      : REGION_HEADS.has(head)
        ? (c: KbEntity) => c.subtype !== 'city' && c.subtype !== 'country'
        : null;
    const best = (kind && inCountry.find(kind)) || inCountry[0];
    return best.id === m.entity.id ? m : { ...m, entity: record(best) };
  });
}

/**
 * "تونس - أعلنت …", "الجزائر 13 ديسمبر (شينخوا)", "بأريانة تونس –": a place at the head of a line, at
 * most two words in, before a dash or a date, is a dateline, which names a town.
 */
export function inDateline(text: string, tokens: Token[], first: number, last: number): boolean {
  const start = tokens[first].span.start;
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const after = text.slice(tokens[last].span.end, tokens[last].span.end + 4);
  return (
    before.length <= 24 && /^\s*(?:\S+[\s،,]+){0,2}$/.test(before) && /^\s*(?:[-–—]|[0-9٠-٩])/.test(after)
  );
}

/** "بصنعاء" → "صنعاء", "للقوات" → "القوات" (ل on the article). */
const withoutPreposition = (t: string) =>
  /^(?:و|ف)?لل/.test(t) ? t.replace(/^(?:و|ف)?لل/, 'ال') : t.replace(/^(?:و|ف)?(?:ب|ل)/, '');

/**
 * Can the word at k, right after a place's or facility's head, not be the head's complement? A
 * complement in construct takes no preposition ("معسكر للقوات", "سجن بصنعاء", "معسكر لتدريب …": "لل"
 * is ل on the article; an everyday word after the preposition, or after a facility's head a known
 * name), and a verb opens a clause ("سجن يضم …", "مسجد يرتاده …").
 */
/** "بالمورال": a word no newswire writes, with or without the "بال" it seems to open with. */
function foreignLookalike(t: string): boolean {
  const bare = withoutPreposition(t);
  return (
    /^[بلك]ال/.test(t) &&
    wordCounts(t)[0] === 0 &&
    wordCounts(bare)[0] === 0 &&
    wordCounts(bare.replace(/^ال/, ''))[0] === 0 &&
    !isEverydayWord(bare.replace(/^ال/, ''))
  );
}

export function noComplement(text: string, tokens: Token[], k: number, facility: boolean): boolean {
  const kb = loadKb();
  const t = tokens[k].norm;
  const bare = withoutPreposition(t);
  if (
    bare !== t &&
    bare.length >= 3 &&
    !givenNames().has(t) &&
    !kb.aliases.has(t) &&
    !foreignLookalike(t) &&
    (bare.startsWith('ال') || isEverydayWord(bare) || (facility && kb.aliases.has(bare)))
  )
    return true;
  // "مركز لعزل المرضى", "محطة لتوليد الطاقة": ل before a verbal noun (فعل, تفعيل, إفعال) is the head's purpose.
  if (
    /^[وف]?ل[^ل]/.test(t) &&
    !kb.aliases.has(t) &&
    !givenNames().has(t) &&
    /^(?:\S{3}|ت\S\Sي\S|[اإ]\S\Sا\S)$/.test(bare)
  )
    return true;
  // "منطقة تتوسط …", "منطقة تتقاذفها الأزمات": a feminine head's clause opens with a verb (Form V/VI, or with its object).
  if (/^تت\S{3,}$/.test(t) || /^ت\S{3,}(?:ها|هم|هما)$/.test(t))
    return !givenNames().has(t) && !kb.aliases.has(t);
  return (
    /^ي/.test(t) &&
    !givenNames().has(t) &&
    (verbOrWord(t) || /^ي\S{2,}(?:ه|ها|هم)$/.test(text.slice(tokens[k].span.start, tokens[k].span.end)))
  );
}

// Heads that take a quoted name only (bare, "محطة الكهرباء" is no name): stations, fields, works.
const QUOTED_ONLY_HEADS = new Set(
  ['محطة', 'حقل', 'منشأة', 'مقهى', 'مبنى', 'سد', 'مصنع', 'منفذ', 'محلة', 'برج', 'مجمع', 'مطعم'].map(
    normalize,
  ),
);

/**
 * 'محطة "أتوشا"', 'ضاحية «سان روكي»', 'حي "مدينة الثورة"': a place's head, then a name in quotation
 * marks closed within four words; the quoted name alone is the place (the head stays outside). A quoted
 * everyday word without the article ('منطقة "آمنة"') or an adjective ('منطقة "عسكرية"') is no name.
 */
export function quotedPlaceAt(
  text: string,
  tokens: Token[],
  i: number,
): { first: number; last: number } | null {
  if (i + 1 >= tokens.length) return null;
  const open = /^\s*([“«"])\s*$/.exec(text.slice(tokens[i].span.end, tokens[i + 1].span.start))?.[1];
  if (!open) return null;
  const kb = loadKb();
  const head = withoutProclitics(tokens[i].norm);
  if (![head, tokens[i].norm].some((h) => kb.namedPlaceHeads.has(h) || QUOTED_ONLY_HEADS.has(h))) return null;
  // ('مبنى «المؤتمر الوطني»': a building named by the body it houses is that body.)
  const opener = tokens[i + 1].norm;
  if (kb.orgHeads.has(opener) || kb.orgHeads.has(opener.replace(/^ال/, ''))) return null;
  const close = open === '«' ? '»' : open === '“' ? '”' : '"';
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k].norm;
    // (A head inside the quotes is the name's: 'حي "مدينة الثورة"'.)
    if (!kb.namedPlaceHeads.has(t) && (kb.notNames.has(t) || (!t.startsWith('ال') && isEverydayWord(t))))
      return null;
    const after = text.slice(tokens[k].span.end, tokens[k + 1]?.span.start ?? text.length);
    // (One indefinite word shaped as an adjective, "عسكرية", "آمنة", is a description in quotes.)
    if (after.includes(close))
      return k === i + 1 && !t.startsWith('ال') && (NISBA.test(t) || t.endsWith('ه'))
        ? null
        : { first: i + 1, last: k };
    if (/[\n،,.:;؛!?؟«»"“”]/.test(after)) return null;
  }
  return null;
}

// "فتح باب الحوار", "أغلق باب الترشح", "من باب الحرص": a door opened or shut, or "by way of", is no gate.
const DOOR_VERBS = /^(?:[يتنا]?فتح|فتحت|فتحوا|افتتح|[يت]?غلق|اغلق|اغلقت|اغلاق|[يت]?طرق|من)$/;
// A verbal noun after "باب" ("باب التساؤل", "باب الاجتهاد", "باب الاستثمار") is a topic, not a name.
const VERBAL_NOUN = /^ال(?:ت\S{3,4}|ا\S\S?ت?\S\S?ا\S|است\S{3,4})$/;

/**
 * "باب العزيزية", "باب الوادي", "باب بن غشير": a quarter or a gate named "باب …" the KB does not hold;
 * head and name are the place. The name is a place, one word with the article, or a nasab and a name.
 */
export function gateAt(text: string, tokens: Token[], i: number): { last: number } | null {
  if (i + 1 >= tokens.length || !/^[وف]?ب?باب$/.test(tokens[i].norm)) return null;
  // ("فتح باب الترشح وباب الحوار": a door joined to an opened one is opened too.)
  const reach = tokens[i].norm.startsWith('و') ? 3 : 1;
  for (let k = Math.max(0, i - reach); k < i; k++)
    if ([tokens[k].norm, withoutProclitics(tokens[k].norm)].some((x) => DOOR_VERBS.test(x))) return null;
  if (BOUNDARY.test(text.slice(tokens[i].span.end, tokens[i + 1].span.start))) return null;
  const kb = loadKb();
  const t = tokens[i + 1].norm;
  const known = gz(tokens, i + 1);
  let last = -1;
  if (known) last = known.values.some(isPlace) ? known.last : -1;
  else if (NASAB.test(t) && i + 2 < tokens.length && !kb.notNames.has(tokens[i + 2].norm)) last = i + 2;
  else if (t.startsWith('ال') && !VERBAL_NOUN.test(t) && !kb.notNames.has(t) && !kb.everydayTokens.has(t)) {
    const bare = t.slice(2);
    if (!kb.namedPlaceHeads.has(bare) && !kb.orgHeads.has(bare) && !kb.placeHeads.has(bare)) last = i + 1;
  }
  // ("يبقى باب الأمل مفتوحا": a door said to be open or shut is no gate.)
  if (last < 0 || /^(?:مفتوح|مفتوحا|مفتوحه|مغلق|مغلقا|مغلقه|موصد|موصدا)$/.test(tokens[last + 1]?.norm ?? ''))
    return null;
  return { last };
}
