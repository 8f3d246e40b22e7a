// People and bodies the knowledge base does not hold: a name after a title, a role or a given
// name; a body after its head word; and the readings of names the KB holds.
import { tokenStems } from '../arabic/tokenize.js';
import type { Token } from '../types.js';
import { ambiguousNames, givenNames } from '../arabic/names.js';
import { lettersOnly, normalize } from '../arabic/normalize.js';
import type { PhraseMatch } from '../arabic/phrases.js';
import { loadKb, type KbEntity } from './kb.js';
import { gazetteer } from './gazetteer.js';
import { BOUNDARY, CLAUSE_BREAK, gz, hasStem, NASAB, nisbaCountry, NOT_FAMILY_NAMES } from './lookup.js';
import { isEverydayWord, unseenOutsideNames, verbOrWord } from './everyday.js';
import { wordCounts } from './word-frequency.js';
import { titleWords } from './roles.js';

let lastText = '';
let lastWrites = false;
/** A text that writes the preposition "في" as "فى", and so every final ي as ى. */
function writesYaAsAlif(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastWrites = /(?:^|[^\u0621-\u064a])فى(?![\u0621-\u064a])/.test(text);
  }
  return lastWrites;
}

/**
 * A family name written with the article: a nisba-shaped surname ("الشمري", "العيداني") that is not a
 * country's adjective, or a foreign name whose first letters only look like the article ("ألباريس").
 */
export function familyName(text: string, token: Token): boolean {
  if (text.startsWith('أل', token.span.start)) return true;
  // Written with ى ("المستشفى") it is no nisba-shaped surname, unless the text writes every final ي
  // so ("فى", "العتيبى").
  if (text[token.span.end - 1] === 'ى' && !writesYaAsAlif(text)) return false;
  const t = token.norm;
  return t.length >= 5 && t.endsWith('ي') && !nisbaCountry(t) && !loadKb().notNames.has(t);
}

// Compound names: "عبد الرحمن", "أبو السعود", "قمر الدين", "سيف الإسلام".
const COMPOUND_HEAD = /^(?:[وف]?عبد|ابو|ابي|بن|ابن|ال?بو)$/;
const COMPOUND_TAIL = /^(?:الدين|الله|الاسلام|الرحمن|الرحيم)$/;

/** The token as a given name, with a conjunction off only when it is not the name's own letter ("فهد", "وليد"). */
export function givenName(token: string): string {
  return givenNames().has(token) ? token : token.replace(/^[وف]/, '');
}

/** A two-letter name ("إب", the Yemeni city) only as the KB spells it: "آب" is August. */
export function spelledAsInKb(
  text: string,
  tokens: Token[],
  m: PhraseMatch<KbEntity> | null,
): PhraseMatch<KbEntity> | null {
  // "{حزب الله} اللبناني", "[الحرس الثوري] الإيراني": a name the page closes with a brace or a
  // bracket ends there; the KB's longer name does not run across it.
  if (m && m.last > m.first) {
    for (let k = m.first + 1; k <= m.last; k++)
      if (/[{}[\]]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) {
        const cut = gazetteer().matchAt(tokens.slice(0, k), m.first);
        return cut ? spelledAsInKb(text, tokens, cut) : null;
      }
  }
  if (!m || m.last !== m.first || lettersOnly(m.values[0].ar).length > 2) return m;
  const written = text.slice(tokens[m.first].span.start, tokens[m.first].span.end);
  return m.values.some((v) => [v.ar, ...(v.aliases ?? [])].some((a) => written.endsWith(a))) ? m : null;
}

/**
 * A body the KB does not know, named by a head word and its name: "حركة النهضة", "المفوضية العليا
 * للانتخابات", "جهاز مكافحة الإرهاب", "جامعة بغداد". The name is words with the article (or لل), or
 * one bare noun before such a word, or a place; it stops at a function word, a person or punctuation.
 */
// Heads of the institutions named after a king or a prince ("جامعة الملك سعود", "دارة الملك عبدالعزيز").
const ROYAL_NAMED_HEAD =
  /^(?:جامعه|كليه|معهد|مؤسسه|موسسه|دار|داره|مركز|مكتبه|اكاديميه|جايزه|جائزه|صندوق|مجمع|مدرسه)$/;
const ROYAL_TITLE = /^(?:الملك|الامير|الاميره|الشيخ|السلطان|الامام)$/;

/**
 * "جامعة الملك سعود", "جامعة الإمام محمد بن سعود الإسلامية", "مؤسسة الملك عبدالله للإسكان": an
 * institution named after a royal takes the title, his given name and his fathers', then its
 * nisba or the field it serves ("لل…", and a second one joined by "و").
 */
function royalNamedOrg(text: string, tokens: Token[], i: number): number {
  const head = tokens[i].norm.replace(/^[وفبل]+(?=(?:ال)?\S{3})/, '').replace(/^ال/, '');
  if (!ROYAL_NAMED_HEAD.test(head) && !tokenStems(tokens[i]).some((x) => ROYAL_NAMED_HEAD.test(x))) return -1;
  const glued = (a: number) =>
    a + 1 < tokens.length && !BOUNDARY.test(text.slice(tokens[a].span.end, tokens[a + 1].span.start));
  if (!glued(i) || !ROYAL_TITLE.test(tokens[i + 1].norm) || !glued(i + 1)) return -1;
  const given = (w: string) => givenNames().has(w) || /^عبد\S{3,}$/.test(w) || w === 'عبد';
  if (!given(tokens[i + 2].norm)) return -1;
  let last = i + 2;
  // "عبد الله", "عبد العزيز": a compound given name takes its second word.
  if (tokens[last].norm === 'عبد' && glued(last)) last++;
  while (
    glued(last) &&
    glued(last + 1) &&
    NASAB.test(tokens[last + 1].norm) &&
    given(tokens[last + 2].norm)
  ) {
    last += 2;
    if (tokens[last].norm === 'عبد' && glued(last)) last++;
  }
  if (!glued(last)) return last;
  const next = tokens[last + 1].norm;
  // ("… الإسلامية", "… التخصصي"): its nisba, not a state's.
  if (/^ال\S{3,}(?:ي|يه)$/.test(next) && !nisbaCountry(next) && !gz(tokens, last + 1)) return last + 1;
  if (/^لل\S{3,}/.test(next) && !gz(tokens, last + 1)) {
    last++;
    const joined = last + 1 < tokens.length ? joinedField(text, tokens, i, last + 1, last) : -1;
    return joined > 0 ? joined : last;
  }
  return last;
}

export function unknownOrgAt(text: string, tokens: Token[], i: number): { last: number } | null {
  const kb = loadKb();
  if (!hasStem(tokens[i].norm, kb.orgHeads)) return null;
  const royal = royalNamedOrg(text, tokens, i);
  if (royal > 0) return { last: royal };
  if (genericConstruct(tokens, i)) return null;
  const mediaHead = tokenStems(tokens[i]).some((x) => MEDIA_HEADS.test(x));
  // "إذاعة موزاييك", "موقع إيزدينا": after an outlet's head without the article, words of a foreign
  // name (no article, no everyday word, no adjective's ending) are its name.
  const indefiniteOutlet = mediaHead && !/^[وفبل]*ال|^[وف]?لل/.test(tokens[i].norm);
  let last = -1;
  let end = i + 4;
  let paired = false;
  for (let k = i + 1; k < tokens.length && k <= end; k++) {
    const t = tokens[k].norm;
    // "اللجنة العليا العراقية – المصرية المشتركة": two states' nisbas joined by a dash are one.
    const pair =
      k > i + 1 &&
      /^\s*[-–]\s*$/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start)) &&
      !!nisbaCountry(tokens[k - 1].norm) &&
      !!nisbaCountry(t);
    if (pair) end++;
    else if (BOUNDARY.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) break;
    if (kb.notNames.has(t) || /\d/.test(t) || kb.offices.has(t)) break;
    // "والجبهة الثورية السبت": a weekday after a body's name is when, not a word of it.
    if (WEEKDAY.test(t)) break;
    // ("السلطة الأسبوع الماضي", "مجلس الوزراء المؤرخ في …": a time, or a decision's date, after it too.)
    if (k > i && TIME_NOUN.test(t) && TIME_ADJECTIVE.test(tokens[k + 1]?.norm ?? '')) break;
    if (k > i + 1 && /^ال(?:مورخ|مؤرخ|مورخه|مؤرخه)$/.test(t)) break;
    // "أدانت … منظمة المؤتمر الإسلامي الانقلاب": after a nisba, a verbal noun of a derived form
    // (انفعال، افتعال، استفعال) is the verb's object, not an adjective of the name.
    if (k > i + 1 && /^ال\S+(?:ي|يه)$/.test(tokens[k - 1].norm) && /^الا(?:ن\S\S|\Sت\S|ست\S\S)ا\S$/.test(t))
      break;
    const known = gz(tokens, k);
    if (known) {
      if (known.values[0].type === 'PERSON' || known.values[0].type === 'ORG') break;
      // "… لحقوق الإنسان بالرباط": a place after a preposition is where the body sits, not its name.
      if (/^[وف]?(?:بال|لل|كال)/.test(t)) break;
      // ("مفوضية الانتخابات بطرابلس": so is a place the preposition is written onto.)
      if (/^[وف]?ب/.test(t) && !kb.aliases.has(t)) break;
      // ("الهيئة الوطنية للاستثمار والأردن": a place joined by "و" is the next phrase.)
      if (k > i + 1 && /^و/.test(t) && !kb.aliases.has(t)) break;
      // "حكومة إقليم كردستان": a government of a place is a description; the place is the name.
      if (k === i + 1 && tokenStems(tokens[i]).some((x) => /^(?:ال)?حكومه$/.test(x))) return null;
      last = known.last; // a place closes the name: "جامعة بغداد"
      // "وكالة الجمهورية الإسلامية للأنباء", "صحيفة نيويورك تايمز": an outlet's name goes on after a place in it.
      const after = tokens[last + 1];
      if (
        after &&
        mediaHead &&
        OUTLET_TAIL.test(after.norm) &&
        !BOUNDARY.test(text.slice(tokens[last].span.end, after.span.start))
      )
        last++;
      // "وكالة الإمارات للفضاء", "هيئة أبوظبي للسياحة": after an indefinite head and its place, the field
      // the body serves ("لل…", not a verbal noun of the act: "بعثة قطر للمشاركة") is in its name.
      else if (
        after &&
        k === i + 1 &&
        !/^[وفبل]*ال/.test(tokens[i].norm) &&
        /^لل/.test(after.norm) &&
        !/^لل(?:ت|ا|م\S\Sا)/.test(after.norm) &&
        !gz(tokens, last + 1) &&
        !BOUNDARY.test(text.slice(tokens[last].span.end, after.span.start))
      ) {
        last++;
        // ("مؤسسة الصين للبترول والكيماويات": a second field joined to that one is in it too.)
        const joined = last + 1 < tokens.length ? joinedField(text, tokens, i, last + 1, last) : -1;
        if (joined > 0) last = joined;
      }
      break;
    }
    // "أحالت نيابة أمن الدولة العليا المتهمين": after the name's adjective, people in the plural are
    // the verb's object.
    if (k > i + 1 && /^ال\S{3,}ين$/.test(t) && /^ال\S+(?:ي|يه|يا)$/.test(tokens[k - 1].norm)) break;
    // "القناة الإخبارية الرسمية": "official" describes the body, it is not in its name ("الهيئة الرسمية" has none).
    // ("مؤشر البورصة المصرية الرئيسي": nor is "main", which describes the word before the head.)
    if (/^ال(?:رسمي|رسميه|رئيسي|رئيسيه|رييسي|رييسيه)$/.test(t)) break;
    // "وكالة أعماق الإخبارية الداعمة للتنظيم", "شبكة الصمود التابعة للفصيل": after an outlet's name, a
    // feminine adjective of kind ("الإخبارية") or one governing a complement ("المقربة من") describes it.
    if (
      k > i + 1 &&
      // ("وكالة الأنباء الوطنية الصومالية": after "الأنباء" the adjectives and the state's are the name.)
      !(tokens[i + 1].norm === 'الانباء' && (k === i + 2 || nisbaCountry(t))) &&
      // ("وكالة الفضاء المصرية": an agency of a field is no outlet; its state's adjective is in its name.)
      !(k === i + 2 && fieldAgency(tokens, i) && nisbaCountry(t)) &&
      // ("الوكالة المغربية للطاقة الشمسية": nor is one that serves a field, named after the field.)
      !tokens
        .slice(i + 1, k)
        .some((x) => /^لل/.test(x.norm) && !NEWS_FIELD.test(x.norm.replace(/^لل/, 'ال'))) &&
      mediaHead &&
      /^ال\S+ه$/.test(t) &&
      (t.endsWith('يه') || /^(?:ل|لل|من|ب)/.test(tokens[k + 1]?.norm ?? ''))
    )
      break;
    // "مجلس السيادة الفريق …", "الحزب الدستوري الحر المعارض": a title, or an adjective of standing
    // that describes the body, ends its name.
    // ("باسم المجلس العقيد …": after a head with the article, a title opens the next phrase at once.)
    const articledHead = /^[وفبل]*ال|^[وف]?لل/.test(tokens[i].norm);
    if ((k > i + 1 && STANDING.test(t)) || ((k > i + 1 || articledHead) && kb.honorifics.has(t))) break;
    // "الجمعية المغربية لحقوق الإنسان", "المجلس الوطني لشؤون اللاجئين": the field a body serves, in
    // construct with the word after it.
    if (
      k > i + 1 &&
      FIELD.test(t) &&
      k + 1 < tokens.length &&
      tokens[k + 1].norm.startsWith('ال') &&
      !BOUNDARY.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start))
    ) {
      last = k + 1;
      k++;
      continue;
    }
    // "نقابة التربية والتعليم", "وزارة الشباب والرياضة": two fields joined by "و" are one name (not a
    // nisba, a body's head or a name the KB holds, which the checks above and here leave out).
    // ("مجلس الشؤون الاقتصادية والتنمية", "وزارة التعليم العالي والبحث العلمي": or after the first
    // field's adjective.)
    const fieldAdjective =
      k === i + 3 &&
      last === k - 1 &&
      /^ال\S{3,}(?:ي|يه)$/.test(tokens[i + 2].norm) &&
      !nisbaCountry(tokens[i + 2].norm);
    if (
      (k === i + 2 || fieldAdjective) &&
      /^وال/.test(t) &&
      tokens[i + 1].norm.startsWith('ال') &&
      !tokens[i + 1].norm.endsWith('ي') &&
      !nisbaCountry(tokens[i + 1].norm) &&
      !nisbaCountry(t.slice(1)) &&
      !hasStem(t, kb.orgHeads)
    ) {
      last = k;
      paired = true;
      continue;
    }
    // "المجلس العسكري للعدالة والديمقراطية", "المركز الوطني للأمن وإدارة الأزمات": after the field a
    // body serves ("لل…" right before), a second field joined by "و" is in its name.
    const joined = joinedField(text, tokens, i, k, last);
    if (joined > 0) {
      end = Math.max(end, joined + 1);
      last = joined;
      k = joined;
      paired = true;
      continue;
    }
    // (After the pair only an adjective goes on: "وزارة الأوقاف والشؤون الإسلامية", not "… التوقف".)
    if (paired && !/(?:ي|يه)$/.test(t)) break;
    const articled = t.startsWith('ال') || t.startsWith('لل');
    // "الحكومة والشعب المصري": a second noun joined by "و" is another phrase.
    if (k === i + 1 && /^[وف]ال/.test(t)) break;
    // "مجموعة للتآمر": an indefinite head and "لل" is a phrase ("a group for …"), not a name.
    if (k === i + 1 && t.startsWith('لل') && !/^[وفبل]*ال/.test(tokens[i].norm)) break;
    // "وقرر المجلس التعليق الفوري …": after a head with the article only adjectives go on with the
    // name; a verbal noun of the forms تفعيل or إفعال is the object of the verb before the head.
    if (k === i + 1 && /^[وفبل]*ال/.test(tokens[i].norm) && /^ال(?:ت\S\Sي\S|ا\S\Sا\S)$/.test(t)) break;
    // "رئيس الحكومة يوسف الشاهد": a given name after the head starts a person, not the body's name.
    if (!articled && givenNames().has(givenName(t))) break;
    // ("التحالف بقيادة الولايات المتحدة", "السلطة إثر الإطاحة": a head with the article governs no noun.)
    const bareThenArticled =
      !articled &&
      k === i + 1 &&
      // ("الحكومة بشأن …" stays for the generic bodies' rule, which keeps "الحكومة" as a description.)
      (!/^[وفبل]*ال/.test(tokens[i].norm) || tokenStems(tokens[i]).includes('الحكومه')) &&
      k + 1 < tokens.length &&
      /^(ال|لل)/.test(tokens[k + 1].norm) &&
      !BOUNDARY.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start));
    if (!articled && !bareThenArticled && !(indefiniteOutlet && outletWord(t))) break;
    last = k;
  }
  // "وكالة الأنباء" alone names no agency.
  if (last === i + 1 && tokens[last].norm === 'الانباء') return null;
  if (last <= i) return null;
  // "لجنة أطباء السودان المركزية", "بنك قطر الوطني", "أمانة عمان الكبرى": a place may take an
  // adjective of the body's kind or reach after it.
  if (
    gz(tokens, last) &&
    PLACE_KIND.test(tokens[last + 1]?.norm ?? '') &&
    !BOUNDARY.test(text.slice(tokens[last].span.end, tokens[last + 1].span.start))
  )
    last++;
  // "تجمع المتظاهرين", "اللجنة المشتركة": a head that is also an everyday word names a body only
  // with a place, a country's nisba or a word of standing in its first three words.
  if (hasStem(tokens[i].norm, kb.anchoredOrgHeads)) {
    // ("التي تجمع الرباط والقاهرة": a bare head that can be read as a verb, right before a place, is
    // the verb; "بنك المغرب", "أمانة جدة" are no verbs.)
    if (/^[وف]?تجمع$/.test(tokens[i].norm) && gz(tokens, i + 1)?.values.some((v) => v.type === 'GPE'))
      return null;
    let anchored = false;
    for (let k = i + 1; k <= Math.min(last, i + 3) && !anchored; k++) {
      const t = tokens[k].norm;
      anchored =
        !!gz(tokens, k)?.values.some((v) => v.type === 'GPE' || v.type === 'LOC') ||
        !!nisbaCountry(t) ||
        // ("النيابة العامة", "الأمانة العامة": "public" right after a head with the article is any
        // state's office, a description; "نيابة أمن الدولة العليا" is named.)
        (ANCHORS.test(t) && !(k === i + 1 && /^العام(?:ه)?$/.test(t) && /^[وفبل]*ال/.test(tokens[i].norm)));
    }
    if (!anchored) return null;
  }
  return { last };
}

/**
 * The last token of a second field joined by "و" at k to the "لل…" field of a body's name ending at
 * last ("للطيران المدني والأرصاد", "للأمن وإدارة الأزمات"), or -1. Not another body, a state's nisba
 * or a name the KB holds ("للانتخابات والحكومة …").
 */
function joinedField(text: string, tokens: Token[], i: number, k: number, last: number): number {
  const kb = loadKb();
  if (last !== k - 1 || !/^و/.test(tokens[k].norm)) return -1;
  const field = tokens.slice(i + 1, k).findIndex((x) => /^لل/.test(x.norm));
  if (field < 0) return -1;
  const t = tokens[k].norm;
  const bare = t.slice(1);
  // ("للانتخابات وسط العاصمة", "… والي …": a word of its own "و" is no conjunction.)
  if (bare.length < 4 || kb.everydayTokens.has(t) || (!/^ال/.test(bare) && isEverydayWord(t))) return -1;
  if (
    hasStem(t, kb.orgHeads) ||
    nisbaCountry(bare) ||
    gz(tokens, k) ||
    kb.aliases.has(bare) ||
    kb.notNames.has(bare)
  )
    return -1;
  if (/^ال/.test(bare)) return k;
  // "وإدارة الأزمات": a bare noun in construct with an articled one.
  const next = tokens[k + 1];
  if (
    next &&
    /^ال/.test(next.norm) &&
    !/(?:ي|يه)$/.test(bare) &&
    !BOUNDARY.test(text.slice(tokens[k].span.end, next.span.start)) &&
    !gz(tokens, k + 1)?.values.some((v) => v.type === 'PERSON' || v.type === 'ORG')
  )
    return k + 1;
  return -1;
}

// The words that make "وكالة …" a news agency or an outlet's office, not an agency of a field.
const NEWS_FIELD = /^ال(?:انباء|صحافه|اعلام|اخبار|بث)$/;

/** "وكالة الفضاء", "وكالة الطاقة": an agency head (not "الوكالة") in construct with the field it serves. */
function fieldAgency(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm ?? '';
  return (
    tokenStems(tokens[i]).includes('وكاله') &&
    /^ال\S{3,}$/.test(next) &&
    !/(?:ي|يه)$/.test(next) &&
    !NEWS_FIELD.test(next) &&
    !nisbaCountry(next)
  );
}

// "حركة السفن", "حركة الحشود": the flow of what moves on a road, a sea or a crowd is traffic, not a movement.
const TRAFFIC =
  /^ال(?:سفن|ملاحه|مرور|سير|طيران|نقل|شاحنات|سيارات|مركبات|قطارات|رحلات|مسافرين|بضايع|حشود|حجاج|مشاه|نزوح|عبور|تجاره|اسواق)$/;
// "خلية الأزمة", "لجنة الطوارئ": the crisis or emergency body any authority forms is a description.
const CRISIS = /^ال(?:ازمه|طوارئ|طواري)$/;

/** A body's head in construct with a common noun that makes the phrase no name (traffic, a crisis cell). */
function genericConstruct(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm ?? '';
  if (CRISIS.test(next)) return true;
  return TRAFFIC.test(next) && tokenStems(tokens[i]).some((x) => /^(?:ال)?حركه$/.test(x));
}

// Adjectives of a body's kind or reach that may follow the place in its name (no ordinal or time word).
const PLACE_KIND = /^ال(?:مركزي|وطني|اسلامي|تجاري|اهلي|دولي|متحد|عقاري|زراعي|صناعي|اتحادي|كبري)(?:ه)?$/;
const ANCHORS = /^ال(?:وطني|وطنيه|دولي|دوليه|عليا|عام|عامه)$/;
// (And a participle that says how the body stands to others or where it sits: "المجلس الانتقالي
// الجنوبي المدعوم من …", "… الداعي إلى", "حزب المؤتمر الوطني الحاكم", "مجلس الوزراء المنعقد".)
const STANDING =
  /^ال(?:معارض|مؤقت|موقت|محظور|منحل|حاكم|داعي|مدعوم|منعقد|تابع|واقع|موالي|مقرب|متحالف|مسيطر|منبثق|وحيد|مملوك|مرتبط|محسوب|منشق|موقع)(?:ه)?$/;
// (A sport in construct, "الاتحاد الدولي لكرة القدم", "الاتحاد الآسيوي لألعاب القوى", too.)
const FIELD = /^ل(?:حقوق|شوون|شؤون|مكافحه|حمايه|رعايه|تنميه|اغاثه|دراسات|بحوث|اداره|كره|العاب)$/;

/** The head of a body's name, or "جماعة" (only before a quoted name: "جماعة مسلحة" names none). */
export function quotedNameHead(token: Token): boolean {
  return (
    hasStem(token.norm, loadKb().orgHeads) ||
    tokenStems(token).some((x) => /^(?:ال)?جماعه$/.test(x) || MEDIA_HEADS.test(x)) ||
    // 'لائحة «…»', 'سهم «…»': an electoral list, a listed company's share.
    tokenStems(token).some((x) => /^(?:ال)?(?:لايحه|لائحه|قايمه|قائمه|سهم)$/.test(x))
  );
}

/**
 * 'لائحة «أ» … و«ب»، ثم «ج»': names quoted one after another, joined by "و", "ثم" or "أو" right
 * after a quoted body's name, are bodies of its kind; the spans of their first and last words.
 */
export function quotedSiblings(
  text: string,
  tokens: Token[],
  last: number,
): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let at = tokens[last].span.end;
  for (;;) {
    const m = /^\s*[»”"]\s*[،,]?\s*(?:و|ثم\s+|أو\s+|او\s+)?(?:لـ|بـ)?\s*[«“]([^«»“”"\n،.]{2,60})[»”]/.exec(
      text.slice(at),
    );
    if (!m) break;
    const open = at + m[0].length - m[1].length - 1;
    const close = at + m[0].length - 1;
    const inside = tokens
      .map((t, k) => k)
      .filter((k) => tokens[k].span.start >= open && tokens[k].span.end <= close);
    if (!inside.length || inside.length > 5) break;
    const first = tokens[inside[0]].norm;
    if (FUNCTION_WORDS.test(first) || (/^[يت]\S{3,}$/.test(first) && verbOrWord(first)) || /\d/.test(m[1]))
      break;
    out.push({ first: inside[0], last: inside.at(-1)! });
    at = tokens[inside.at(-1)!].span.end;
  }
  return out;
}

/**
 * 'جماعة "الصمود الشعبي"', 'قناة «الرصد»': a head word, then a name in quotation marks, closed within
 * five words; the quoted name alone is the mention (the head stays outside, as with a name the KB holds).
 */
export function quotedOrgAt(
  text: string,
  tokens: Token[],
  i: number,
): { first: number; last: number } | null {
  // (The quotation mark first: it rules out most tokens for less than the head's lookup.)
  if (i + 1 >= tokens.length) return null;
  // ('"سيتي بنك" و"…"': a straight quote right after the head closes a name, it opens none.)
  const open = /^\s*([“«])\s*$|^\s+(")\s*$/
    .exec(text.slice(tokens[i].span.end, tokens[i + 1].span.start))
    ?.slice(1)
    .find(Boolean);
  if (!open || !quotedNameHead(tokens[i])) return null;
  // ('الحكومة "تعتقد"', 'على الحكومة "في غضون خمسة أيام"': words quoted after a body's head that
  // open with a preposition or an imperfect verb are the body's words, no name.)
  const first = tokens[i + 1].norm;
  if (FUNCTION_WORDS.test(first) || (/^[يت]\S{3,}$/.test(first) && verbOrWord(first))) return null;
  // ('الهيئة "بإمكانياتها"': a noun with a preposition before it and a pronoun after it is quoted
  // speech about the body, no name.)
  if (/^[وف]?[بلك]\S{3,}(?:ها|هم|هما|هن)$/.test(first)) return null;
  const close = open === '«' ? '»' : open === '“' ? '”' : '"';
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const after = text.slice(tokens[k].span.end, tokens[k + 1]?.span.start ?? text.length);
    if (after.includes(close)) return { first: i + 1, last: k };
    if (/[\n،,.:;؛!?؟«»"“”]/.test(after)) return null;
  }
  return null;
}

// A news agency, channel or paper reports acts; it is not a side of them ("وكالة الأنباء العراقية").
/** Words that end an outlet's name after a place in it: "للأنباء" and foreign papers' "تايمز", "بوست" … */
const OUTLET_TAIL = /^(?:للانباء|تايمز|بوست|نيوز|برس|تريبيون|جورنال|هيرالد|تلغراف|غازيت)$/;

/** A word of an outlet's foreign name after its head: "موزاييك", "يديعوت أحرونوت" (not "محلية", "إخباري", "أنباء"). */
function outletWord(t: string): boolean {
  return (
    t.length >= 3 &&
    !/(?:ي|يه)$/.test(t) &&
    !/^[وفبل]/.test(t) &&
    !isEverydayWord(t) &&
    !nisbaCountry(t) &&
    !givenNames().has(t) &&
    !loadKb().notNames.has(t)
  );
}

export const MEDIA_HEADS = /^(?:ال)?(?:وكاله|قناه|فضاييه|صحيفه|جريده|مجله|اذاعه|تلفزيون|موقع|شبكه|بوابه)$/;

/** The KB outlet named by a media head and its name ("صحيفة الشروق" → Al-Shorouk), and where its name (and a nisba after it) ends. */
export function knownOutlet(
  tokens: Token[],
  head: number,
  last: number,
): { entity: KbEntity; last: number } | null {
  const kb = loadKb();
  // (The head's own letters stay: "فضائية" opens with ف.)
  const bareHead =
    tokenStems(tokens[head]).find((x) => MEDIA_HEADS.test(x)) ??
    tokens[head].norm.replace(/^(?:و|ف)?(?:ب|ل)?/, '').replace(/^لل/, 'ال');
  for (let end = last; end > head; end--) {
    const name = tokens
      .slice(head + 1, end + 1)
      .map((t) => t.norm)
      .join(' ');
    // ("فضائية الجزيرة" is the KB's "قناة الجزيرة": a channel is named with either head.)
    const heads = [bareHead, bareHead.replace(/^ال/, ''), ...(/فضاييه$/.test(bareHead) ? ['قناه'] : [])];
    for (const key of [...heads.map((h) => `${h} ${name}`), name]) {
      const entity = [...(kb.headed.get(key) ?? []), ...(kb.aliases.get(key) ?? [])].find((x) => x.media);
      // "صحيفة الشروق المصرية الخبر": the name, its country's nisba, and no more.
      if (entity)
        return { entity, last: end + 1 <= last && nisbaCountry(tokens[end + 1].norm) ? end + 1 : end };
    }
  }
  return null;
}

/** "عُمان" (the sultanate) and "عمّان" (Jordan's capital) part only by their vowel marks; null when the marks do not say. */
export function pickReading(
  text: string,
  tokens: Token[],
  first: number,
  values: KbEntity[],
): KbEntity | null {
  const written = text.slice(tokens[first].span.start, tokens[first].span.end);
  if (!/عمان$/.test(written.replace(/[\u064B-\u0652]/g, ''))) return null;
  if (/عُ/.test(written)) return loadKb().countryEntity.get('OMN') ?? null;
  if (/مّ/.test(written)) return values.find((v) => v.en === 'Amman' && v.subtype === 'city') ?? null;
  return null;
}

/** A regnal ordinal ("الثاني" of "عبدالله الثاني"): part of a name, never a name alone. */
export const ORDINAL = /^ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)$/;

/**
 * Two to four name tokens starting at `from` that the KB does not know: no function word, no
 * article-prefixed word (a regnal ordinal "السادس" excepted), no punctuation inside, no known entity.
 */
const FUNCTION_WORDS =
  /^[وف]?(?:لدي|لديه|لديها|لديهم|لديهما|في|فيه|فيها|من|منه|منها|عن|عنه|عنها|علي|عليه|عليها|الي|اليه|اليها|مع|معه|معها|بين|عند|عنده|عندها|امام|خلال|بعد|قبل|حول|نحو|ضد|لدى)$/;

/** Does the text write the preposition "على" with ى (and so the name "علي" with ي)? */
const distinguishesAla = (text: string) => /(?:^|[^\u0621-\u064a])على(?![\u0621-\u064a])/.test(text);

/**
 * A one-word place right after the first word of a name is the family name ("جوزيف بلاتر", not
 * Latur; "الناشطة توكل كرمان", not Kerman): after a given name when the place is read only with a
 * proclitic stripped ("بـ" + "لاتر": no preposition sits between a given name and its family name),
 * or after a described person's unseen first word when it is a city or province; never a country,
 * a capital or a city of a million.
 */
function surnameLikePlace(
  tokens: Token[],
  k: number,
  known: PhraseMatch<KbEntity>,
  firstGiven: boolean,
  described: boolean,
): boolean {
  if (known.last !== k || !known.values.every((v) => v.type === 'GPE' || v.type === 'LOC')) return false;
  if (known.values.some((v) => v.subtype === 'country')) return false;
  const t = tokens[k].norm;
  const kb = loadKb();
  // (Not a capital or a city of a million, which a preposition often carries: "ملهى ليلي باسطنبول",
  // "رئيس الوزراء العراقي سيزور طهران".)
  if (!known.values.every((v) => !v.capital && (v.population ?? 0) < 1_000_000)) return false;
  // (After a describing noun, "المدرب فرناندو سانتوس", the place as written is the family name too.)
  if (firstGiven && !ambiguousNames().has(givenName(tokens[k - 1].norm))) {
    if (kb.aliases.has(t)) return described;
    return /^[بل]/.test(t) && !/^(?:بال|لل|لال)/.test(t);
  }
  const opener = tokens[k - 1].norm;
  return described && kb.aliases.has(t) && !/^س[يتن]\S{3,}$/.test(opener) && unseenOutsideNames(opener);
}

/**
 * "ذبيح الله مجاهد", "بسم الله خان محمدي": a word and "الله" then a family name or "خان" open a
 * theophoric given name of Afghan, Persian and Pakistani names, which the list of given names lacks.
 * (A word newswire writes outside names, "شاء الله", "فضل الله", only before "خان".)
 */
export function theophoricName(text: string, tokens: Token[], from: number): boolean {
  const t = tokens[from]?.norm ?? '';
  if (tokens[from + 1]?.norm !== 'الله' || from + 2 >= tokens.length) return false;
  if (t.length < 3 || /^(?:ال|عبد|[وف]?عبد)/.test(t) || FUNCTION_WORDS.test(t) || loadKb().notNames.has(t))
    return false;
  if (CLAUSE_BREAK.test(text.slice(tokens[from].span.end, tokens[from + 2].span.start))) return false;
  const after = tokens[from + 2].norm;
  if (after === 'خان') return true;
  if (!unseenOutsideNames(t)) return false;
  if (givenNames().has(after)) return true;
  return (
    after.length >= 3 && !/^(?:ال|[وفبل])/.test(after) && unseenOutsideNames(after) && !gz(tokens, from + 2)
  );
}

/**
 * "رجوة آل سيف": a word before a family's "آل" (written with madda) and its name is a given name,
 * one the list lacks, unless newswire writes it outside names ("حكم آل سعود", "أسرة آل …").
 */
export function beforeFamilyAl(text: string, tokens: Token[], from: number): boolean {
  const t = tokens[from]?.norm ?? '';
  if (
    from + 2 >= tokens.length ||
    text.slice(tokens[from + 1].span.start, tokens[from + 1].span.end) !== 'آل'
  )
    return false;
  if (t.length < 3 || /^(?:ال|[وفبل]ال)/.test(t) || FUNCTION_WORDS.test(t) || loadKb().notNames.has(t))
    return false;
  if (CLAUSE_BREAK.test(text.slice(tokens[from].span.end, tokens[from + 2].span.start))) return false;
  if (gz(tokens, from) || tokens[from + 2].norm.startsWith('ال')) return false;
  // (With "و" or "ف" on it the word is read bare too: "وكتب آل جابر" is "wrote".)
  return [t, t.replace(/^[وف](?=\S{3})/, '')].every(unseenOutsideNames);
}

/** "فأوضح", "فقال": a word newswire writes with the conjunction ف off and never inside a name. */
export function fWord(t: string): boolean {
  if (!/^ف\S{3,}$/.test(t) || givenNames().has(t) || wordCounts(t)[1] > 0) return false;
  // (A frequent word: "فليس" of "بن فليس", "فيشر", "فيلي" read as ف and a short word are names.)
  const [out, inside] = wordCounts(t.slice(1));
  return !givenNames().has(t.slice(1)) && inside === 0 && (out >= 100 || (t.length >= 5 && out >= 10));
}

/** "ملكا", "رئيسا", "سفيرا": an office noun or title with the alif of the accusative. */
export function officeAccusative(t: string): boolean {
  if (!/^\S{3,}ا$/.test(t)) return false;
  const kb = loadKb();
  const bare = t.slice(0, -1);
  return (
    kb.offices.has(bare) ||
    kb.roleNouns.has(bare) ||
    kb.honorifics.has(bare) ||
    kb.honorifics.has(`ال${bare}`)
  );
}

/** "متأثرا", "اتصالا": an everyday word with the alif of the accusative, which no name takes. */
export function everydayAccusative(t: string): boolean {
  return (
    /^\S{3,}[^ا]ا$/.test(t) &&
    !givenNames().has(t) &&
    wordCounts(t)[1] === 0 &&
    (isEverydayWord(t) || isEverydayWord(t.slice(0, -1)))
  );
}

/**
 * "خالد الأسعد", "نهاد المشنوق": a given name no everyday word, then a word with the article that
 * newswire never writes outside names, nor its bare form, is a family name without any title cue
 * (not "جمال الطبيعة", not "كمال الطويل" whose "طويل" is a word).
 */
function rareFamilyName(text: string, tokens: Token[], from: number, known: unknown): boolean {
  const given = givenName(tokens[from].norm);
  const t = tokens[from + 1].norm;
  if (t.length < 5) return false;
  // (Inside a longer name this reading would cut it: "خالد الفيصل بن عبد العزيز", "أحمد الجابر
  // الصباح", or "محمد براك محمد المطير": a given name and a word newswire never writes outside
  // names before it.)
  const after = tokens[from + 2];
  const joined = (a: Token, b: Token) => !CLAUSE_BREAK.test(text.slice(a.span.end, b.span.start));
  if (after && joined(tokens[from + 1], after) && (NASAB.test(after.norm) || /^ال/.test(after.norm)))
    return false;
  // ("قدّم حسني العزاء لأسر الضحايا", "وجّه سامي الشكر إلى …": after a verb, the subject's given
  // name and the object, given to someone.)
  if (
    after &&
    joined(tokens[from + 1], after) &&
    /^(?:ل\S{2,}|الي|الى)$/.test(after.norm) &&
    !gz(tokens, from + 2)
  )
    return false;
  const before = tokens[from - 1];
  if (
    before &&
    joined(before, tokens[from]) &&
    given === tokens[from].norm &&
    !/^ال/.test(before.norm) &&
    before.norm.length >= 3 &&
    wordCounts(before.norm)[0] === 0 &&
    givenNames().has(givenName(tokens[from - 2]?.norm ?? ''))
  )
    return false;
  // ("الفيصل", "الجابر": a given name with the article is the father's, read with the rest of the
  // name elsewhere; "حسني العزاء": a word seen outside names without its article is no family name.)
  if (givenNames().has(t.slice(2)) || wordCounts(t.slice(2))[0] > 0) return false;
  return (
    !known &&
    t.length >= 5 &&
    !ambiguousNames().has(given) &&
    !isEverydayWord(given) &&
    wordCounts(t)[0] === 0 &&
    !loadKb().everydayWords.has(t) &&
    !loadKb().notNames.has(t) &&
    !isEverydayWord(t.slice(2)) &&
    !verbOrWord(t.slice(2)) &&
    !nisbaCountry(t)
  );
}

/** A verb or a noun with its pronoun, by its written shape (see unknownNameAt). */
function sentenceWord(w: string): boolean {
  // (A passive written with its damma, "استُدعيا", "قُتل".)
  if (/\S\u064f/.test(w)) return true;
  if (/^ت[^\sاوي]{2,3}ى$/.test(w)) return true;
  if (/^ت\S{3}$/.test(w) && !/[اويهةى]$/.test(w)) return true;
  if (!/ه$/.test(w) || w.length < 5) return false;
  const [out, inside] = wordCounts(normalize(w.slice(0, -1)));
  return out >= 5 && inside === 0;
}

export function unknownNameAt(
  text: string,
  tokens: Token[],
  from: number,
  min: number,
  described = false,
): { text: string; last: number } | null {
  const kb = loadKb();
  const person = personNamedLikePlace(text, tokens, from);
  if (person) return person;
  const firstGiven =
    from < tokens.length &&
    (givenNames().has(givenName(tokens[from].norm)) ||
      theophoricName(text, tokens, from) ||
      beforeFamilyAl(text, tokens, from));
  // After a describing noun the name must open with a name, not a word ("السفير النرويجي بسبب تعليقاته").
  // A word with a preposition on it ("بسبب", "لأجل") opens a phrase, whatever follows; so does a
  // noun joined by "و" with a pronoun on it ("السفير وطاقمه ينتظرون"), and an everyday word before
  // a word no family name is ("المعارضة أنها تخدم", "المعارضة مقتل متظاهرين"; not "أهداف سويف",
  // nor the theophoric "قريب الله").
  const opener = from < tokens.length ? tokens[from].norm : '';
  const next = tokens[from + 1]?.norm ?? '';
  const familyAfter =
    next === 'الله' ||
    (!!next &&
      !isEverydayWord(next) &&
      !verbOrWord(next) &&
      !/^[وفبل]/.test(next) &&
      !/(?:ين|ون)$/.test(next));
  if (
    described &&
    !firstGiven &&
    opener &&
    ((/^[وف]?[بل]/.test(opener) && isEverydayWord(opener)) ||
      /^و\S{2,}(?:ه|ها|هم|هما)$/.test(opener) ||
      // ("المعارضة أنها …": a particle with its pronoun.)
      /^[وفل]?ان(?:ه|ها|هم|هما|نا)$/.test(opener) ||
      (isEverydayWord(opener) && !familyAfter))
  )
    return null;
  // A preposition, with or without its pronoun ("لديها", "منها", "عليه"), never opens a name; but
  // "علي" written with ي before a given name is the name Ali ("علي حسن خليل").
  // (An ambiguous given name after it, "حسن", needs a third name word: not "علي حسن الطرق".)
  const n1 = tokens[from + 1]?.norm ?? '';
  const n2 = tokens[from + 2]?.norm ?? '';
  const ali =
    from + 1 < tokens.length &&
    text.slice(tokens[from].span.start, tokens[from].span.end).endsWith('علي') &&
    ((givenNames().has(n1) &&
      (!ambiguousNames().has(n1) || (!!n2 && !n2.startsWith('ال') && !isEverydayWord(n2)))) ||
      // "علي شمخاني": a family name newswire never writes outside names (not "علي اتصال").
      (!!n1 &&
        !/^[وفبل]?ال/.test(n1) &&
        n1.length >= 4 &&
        wordCounts(n1)[0] === 0 &&
        !loadKb().notNames.has(n1) &&
        !CLAUSE_BREAK.test(text.slice(tokens[from].span.end, tokens[from + 1].span.start))) ||
      // "الداعية علي الصلابي", "وقال علي الحسيني": a family name with the article, in a text that
      // writes the preposition "على" with ى (so "علي" with ي is the name; not "علي الأراضي" of a
      // text that writes every ى as ي).
      (distinguishesAla(text) &&
        /^ال\S{3,}/.test(n1) &&
        !CLAUSE_BREAK.test(text.slice(tokens[from].span.end, tokens[from + 1].span.start)) &&
        (familyName(text, tokens[from + 1]) || (!isEverydayWord(n1) && !isEverydayWord(n1.slice(2))))));
  if (from < tokens.length && FUNCTION_WORDS.test(tokens[from].norm) && !ali) return null;
  // "آية الله علي خامنئي": a two-word title opens no name; the name after it is read on its own.
  if (titleWords(tokens, from) === 2) return null;
  const written = (j: number) => text.slice(tokens[j].span.start, tokens[j].span.end);
  let last = -1;
  // Four name words, and one more for each nasab, "آل" or compound head ("فيصل بن بندر بن عبد العزيز").
  let end = from + 4;
  for (let k = from; k < tokens.length && k < end; k++) {
    const t = tokens[k].norm;
    if (k > from && end < from + 9 && (NASAB.test(t) || COMPOUND_HEAD.test(t) || t === 'ال')) end++;
    if (k > from && CLAUSE_BREAK.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) break;
    // A regnal ordinal closes the name; an office word starts the next phrase ("… الأول ملك إسبانيا").
    if (k > from && ORDINAL.test(tokens[k - 1].norm)) break;
    // ("محمد بن عبد الملك": the word after "عبد" is the name's, office or known name as it may be.)
    const afterAbd = k > from && /^[وف]?عبد$/.test(tokens[k - 1].norm);
    if (kb.offices.has(t) && !afterAbd) break;
    // A known surname alone after a given name is someone else's ("مايا مرسي" is not Mohamed Morsi).
    const known = gz(tokens, k);
    // ("تركي بن محمد بن فهد بن عبد العزيز": after a nasab, a known name is the forefather's.)
    const afterNasab = k > from && NASAB.test(tokens[k - 1].norm);
    if (
      known &&
      !afterAbd &&
      !afterNasab &&
      !(k > from && known.last === k && known.values[0].type === 'PERSON') &&
      !(k === from + 1 && surnameLikePlace(tokens, k, known, firstGiven, described))
    )
      break;
    // ("محمد حسين فضل الله": a word before "الله" is a theophoric family name, word as it may be.)
    const beforeGod =
      k > from &&
      tokens[k + 1]?.norm === 'الله' &&
      !CLAUSE_BREAK.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start));
    // "عمر عبد الرشيد علي شارماركي": "علي" written with ي inside a name, before a name word.
    const midAli =
      k > from &&
      t === 'علي' &&
      text.slice(tokens[k].span.start, tokens[k].span.end) === 'علي' &&
      k + 1 < tokens.length &&
      !CLAUSE_BREAK.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start)) &&
      !isEverydayWord(tokens[k + 1].norm) &&
      !kb.notNames.has(tokens[k + 1].norm) &&
      // ("محمد علي العروي": or a nisba-shaped family name.)
      (!/^[وفبل]?ال/.test(tokens[k + 1].norm) || familyName(text, tokens[k + 1]));
    if (
      (kb.notNames.has(t) && !(k === from && ali) && !midAli && !afterAbd) ||
      NOT_FAMILY_NAMES.has(t) ||
      /\d/.test(t)
    )
      break;
    // An office, a title or a describing noun starts the next phrase ("أحمد أبو زيد المتحدث …", "رضا عنايتي مساعد …").
    if (
      k > from &&
      !NASAB.test(tokens[k - 1].norm) &&
      (kb.roleNouns.has(t) || kb.honorifics.has(t) || kb.descriptors.has(t))
    )
      break;
    // "محمد آل جابر": the family's "آل" (written with madda) and the name after it.
    const al = (j: number) => text.slice(tokens[j].span.start, tokens[j].span.end) === 'آل';
    const compound =
      k > from && (COMPOUND_HEAD.test(tokens[k - 1].norm) || COMPOUND_TAIL.test(t) || al(k) || al(k - 1));
    // After a describing noun and a given name, any word with the article may be the family name
    // ("الناشط حسن البنا"); "السفيرة الأمريكية ملف الانسحاب" has no given name.
    if (
      t.startsWith('ال') &&
      !(
        k > from &&
        (compound ||
          ORDINAL.test(t) ||
          familyName(text, tokens[k]) ||
          // "أسماء الأسد", "أحمد حسين الشرع": a known person's family name after a given name.
          (known?.values[0].type === 'PERSON' && known.last === k) ||
          // "عبد الرحمن الكلحوت", "محمد رمضان العثامنة": after two name words, a word with the
          // article newswire never writes outside a name is the family name.
          (k >= from + 2 &&
            (givenNames().has(givenName(tokens[k - 1].norm)) ||
              COMPOUND_TAIL.test(tokens[k - 1].norm) ||
              COMPOUND_HEAD.test(tokens[k - 2].norm)) &&
            t.length >= 5 &&
            wordCounts(t)[0] === 0 &&
            !nisbaCountry(t) &&
            !known) ||
          // ("خليل إبراهيم حسين الصالح", "حمد سيف جديع الهرشاني": after three bare name words, a
          // word with the article newswire writes inside names too, or never outside them, is the family
          // name; not "المطار", nor "اليمين" never seen in a name: "محمد عبدي فارح اليمين".)
          (k >= from + 3 &&
            tokens
              .slice(from, k)
              .every(
                (x, j) =>
                  !x.norm.startsWith('ال') ||
                  COMPOUND_TAIL.test(x.norm) ||
                  (j > 0 && COMPOUND_HEAD.test(tokens[from + j - 1].norm)),
              ) &&
            wordCounts(t)[0] < 10 &&
            (wordCounts(t)[1] > 0 || wordCounts(t)[0] === 0) &&
            !kb.everydayWords.has(t) &&
            // (Nor an everyday noun with the article, "… عبدي المذكرة"; "الصالح" is a given name's.)
            !(isEverydayWord(t.slice(2)) && !givenNames().has(t.slice(2))) &&
            !verbOrWord(t) &&
            !nisbaCountry(t) &&
            !known) ||
          (described &&
            firstGiven &&
            !nisbaCountry(t) &&
            (k === from + 1 || givenNames().has(givenName(tokens[k - 1].norm)))) ||
          (k === from + 1 && firstGiven && rareFamilyName(text, tokens, from, known)))
      )
    )
      break;
    if (t.length < 2) break;
    // A preposition with the article ("لـالمؤسسة", "للصحفيين", "بالانفجار") opens a phrase; from the
    // third word, an everyday word that is no given name is the sentence going on ("علي حسن خليل مقتل").
    if (k > from && /^[وف]?(?:لل|لال|بال|كال)/.test(t)) break;
    // ("نيكولاس مادورو لتقديمه": a word with a preposition before and a pronoun after is a phrase.)
    // ("فيدل سيُحرق": a future prefix on a word written with a vowel mark is a verb's.)
    if (k > from && /^س[يتن]\S{3,}$/.test(t) && /[\u064e-\u0650]/.test(written(k)) && !givenNames().has(t))
      break;
    if (k > from && /^[وف]?[لب](?!و)\S{3,}(?:ه|ها|هم|هما)$/.test(t) && !givenNames().has(t)) break;
    // ("الملك سلمان سيجتمع", "… ستتوجه", "… سيستقبل": from the second word, the future of a derived
    // verb, "سيفتعل", "سيستفعل", "سيتفعّل", whether newswire has it or not; no name takes that shape.)
    if (k > from && /^س[يت](?:\Sت\S\S|ست\S{3}|ت\S{3})$/.test(t) && !givenNames().has(t)) break;
    // ("شكري سيتوجه", "عبير جاء", "أنور أثناء": from the second word, a future verb or an everyday
    // word that no name seen in newswire carries ends the name too.)
    // (A regnal ordinal after a bare name word, "خوان كارلوس الأول", is the name's.)
    const regnal = (j: number) => ORDINAL.test(t) && !/^[وف]?(?:لل|بال|كال|ال)/.test(tokens[j - 1].norm);
    if (
      k > from &&
      !givenNames().has(t) &&
      !familyName(text, tokens[k]) &&
      !regnal(k) &&
      !beforeGod &&
      verbOrWord(t)
    )
      break;
    // ("محمد رضا عارف سيحضر": after two name words, the future's prefix on an unseen word too.)
    if (k >= from + 2 && /^س[يتن]\S{3,}$/.test(t) && !givenNames().has(t) && wordCounts(t)[1] === 0) break;
    // ("مشعل سيجري": from the second word, a future seen in newswire outside names only, even with
    // the ي of a nisba at its end.)
    if (/^س[يتن]\S{3,}$/.test(t) && !givenNames().has(t) && wordCounts(t)[0] > 0 && wordCounts(t)[1] === 0)
      break;
    // ("عثمان دوبي أذاع", "محمد ولد عبد العزيز أودع": after two name words, a four-letter word written
    // with hamza first that is no given name is a perfect verb, "أفعل".)
    // (And "… جيله انتخب", "… اعتقل", "… استقبل": a derived perfect written with a bare alif first,
    // "افتعل", "انفعل", "استفعل", which no name takes; nor their verbal nouns, "رمضان صبحي اختراق",
    // "… انسحاب", "… استقبال": "افتعال", "انفعال", "استفعال", save a given name, "ابتسام", "انتصار".)
    if (
      k >= from + 2 &&
      text[tokens[k].span.start] === 'ا' &&
      (/^ا\Sت\S\S$/.test(t) ||
        /^ان\S{3}$/.test(t) ||
        /^است\S{3}$/.test(t) ||
        (!t.startsWith('ال') && /^(?:ا\Sت|ان\S|است\S)\Sا\S$/.test(t))) &&
      !givenNames().has(t) &&
      wordCounts(t)[1] === 0
    )
      break;
    // ("روبرت موغابي تنحى", "مايا دياب تهنئ", "راؤول كاسترو مهامه", "… استُدعيا": a perfect "تفعّى"
    // written with ى, a four-letter imperfect "تفعل", a word newswire writes outside names with the
    // pronoun ه on it, or a passive written with its damma, is the sentence going on.)
    if (
      k > from &&
      !givenNames().has(t) &&
      wordCounts(t)[1] === 0 &&
      (k >= from + 2 || wordCounts(t)[0] > 0) &&
      sentenceWord(written(k))
    )
      break;
    if (
      k >= from + 2 &&
      t.length === 4 &&
      text[tokens[k].span.start] === 'أ' &&
      !givenNames().has(t) &&
      wordCounts(t)[1] === 0
    )
      break;
    if (
      k >= from + 2 &&
      !t.startsWith('ال') &&
      isEverydayWord(t) &&
      !beforeGod &&
      !givenNames().has(t) &&
      !familyName(text, tokens[k])
    )
      break;
    // A noun with a possessive pronoun ("رأسها", "قادتهم") is no name word.
    if (k > from && t.length > 4 && /(?:ها|هم|هما|كم|نا)$/.test(t) && !givenNames().has(t)) break;
    // Names carry no tanween ("مؤتمراً"), and a longer third word opening with ب is a phrase
    // ("بتهمة", "بعفو"), while "بن", "بو" and "بوحبيب" go on with the name.
    if (k > from && /[ًٌٍ]/.test(text.slice(tokens[k].span.start, tokens[k].span.end + 1))) break;
    // ("محمد رضا بابائي": a foreign family name newswire never writes, nor the word without its ب,
    // goes on; a feminine noun, "بعقيلة", is a phrase.)
    if (
      k >= from + 2 &&
      t.startsWith('ب') &&
      t.length >= 4 &&
      !t.startsWith('بو') &&
      !givenNames().has(t) &&
      (wordCounts(t)[0] > 0 || wordCounts(t.slice(1))[0] > 0 || isEverydayWord(t.slice(1)) || t.endsWith('ه'))
    )
      break;
    // "خالد ربيع بأن": the conjunction written with hamza is no name ("بان" is).
    if (k > from && /^[وف]?[بلك]أن$/.test(text.slice(tokens[k].span.start, tokens[k].span.end))) break;
    // "عمر عزيمان وفؤاد عالي": a و-word after a name starts another name.
    if (k > from && t.startsWith('و') && !ORDINAL.test(t)) break;
    // "… سانشيز فأوضح", "… فقال": a word newswire writes with its ف off, and never inside a name, is
    // the sentence going on ("فياض", "فرنجية" are no such word).
    if (k > from && fWord(t)) break;
    // "تشارلز ملكاً", "انتخب فلان رئيسا": an office in the accusative says what the man became.
    if (k > from && officeAccusative(t)) break;
    // ("… متأثرا بجراحه", "… اتصالا هاتفيا": an everyday word in the accusative with its alif.)
    if (k > from && everydayAccusative(t)) break;
    // ("… بوخش فقراته": a plural noun with its pronoun; "… أحمد الموقوفين": a participle's plural
    // with the article. No name takes either shape; "شحاته" has too short a stem.)
    if (k > from && !givenNames().has(t) && /^\S{3,}ات(?:ه|ها|هم|هما)$/.test(t)) break;
    if (k > from && /^الم\S{3,}(?:ين|ون)$/.test(t) && wordCounts(t)[1] === 0) break;
    last = k;
    // A family name with the article ends the name: what follows is the sentence ("… العيداني إن").
    if (k > from && t.startsWith('ال') && !compound) break;
  }
  // A nasab or "آل" with no name after it is no end of a name.
  while (last > from && (NASAB.test(tokens[last].norm) || tokens[last].norm === 'ال')) last--;
  if (last < 0 || last - from + 1 < min) return null;
  // A name only when it looks like one: a known given name first, a regnal ordinal last, or quotes.
  const quoted =
    /["“«]\s*$/.test(text.slice(Math.max(0, tokens[from].span.start - 2), tokens[from].span.start)) &&
    /^\s*["”»]/.test(text.slice(tokens[last].span.end, tokens[last].span.end + 2));
  // After a describing noun ("المعارض أليكسي نافالني") any two name words will do.
  if (!quoted && !described && !firstGiven && !ORDINAL.test(tokens[last].norm)) return null;
  return { text: text.slice(tokens[from].span.start, tokens[last].span.end), last };
}

/**
 * A known place's name that opens with a given name and runs on into a family name is a person:
 * "صلاح الدين مزوار" is Morocco's foreign minister, not Saladin governorate; "هايكو ماس" is Germany's,
 * not the city Haikou. The word after the
 * place must look like a family name: bare or a nisba-shaped surname, not an everyday word, an
 * office, a known entity or a cue of place.
 */
export function personNamedLikePlace(
  text: string,
  tokens: Token[],
  from: number,
): { text: string; last: number } | null {
  const m = from < tokens.length ? gz(tokens, from) : null;
  if (!m || !m.values.every((v) => v.type === 'GPE' || v.type === 'LOC')) return null;
  if (!givenNames().has(givenName(tokens[from].norm))) return null;
  // (A one-word place only when that word is a given name and no everyday word: "هايكو ماس", not
  // the city Haikou.)
  if (m.last === m.first && ambiguousNames().has(givenName(tokens[from].norm))) return null;
  const k = m.last + 1;
  if (k >= tokens.length || BOUNDARY.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start)))
    return null;
  const kb = loadKb();
  const t = tokens[k].norm;
  if (
    t.length < 3 ||
    /\d/.test(t) ||
    gz(tokens, k) ||
    kb.notNames.has(t) ||
    kb.offices.has(t) ||
    kb.placeCues.has(t) ||
    kb.placeHeads.has(t) ||
    NOT_FAMILY_NAMES.has(t)
  )
    return null;
  if (nisbaCountry(t) || isEverydayWord(t) || isEverydayWord(t.replace(/^[وف]/, '')) || /^[وف]/.test(t))
    return null;
  if (t.startsWith('ال') && !familyName(text, tokens[k])) return null;
  return { text: text.slice(tokens[from].span.start, tokens[k].span.end), last: k };
}

const TIME_NOUN = /^ال(?:اسبوع|شهر|عام|سنه|يوم|ليله|صباح|مساء)$/;
const TIME_ADJECTIVE = /^ال(?:ماضي|ماضيه|مقبل|مقبله|جاري|حالي|فايت|منصرم)$/;
const WEEKDAY = /^ال(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)$/;
/** A ruler's epithet after his name ("السلطان هيثم بن طارق المعظم"), no family name. */
const EPITHET = /^ال(?:معظم|مفدي|مبجل|مغفور)$/;

/**
 * "محمد بن عبدالرحمن البشر،": a KB person named by a nasab ("محمد بن عبدالرحمن" of "… آل ثاني") then
 * a word with the article that ends the phrase and is no part of the KB's name is another family's
 * man of that nasab. The index of that family name, else -1.
 */
export function otherFamilyAfter(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  e: KbEntity,
): number {
  const k = last + 1;
  if (e.type !== 'PERSON' || k >= tokens.length) return -1;
  if (!tokens.slice(first, last + 1).some((t) => NASAB.test(t.norm))) return -1;
  if (BOUNDARY.test(text.slice(tokens[last].span.end, tokens[k].span.start))) return -1;
  const t = tokens[k].norm;
  const kb = loadKb();
  if (
    !t.startsWith('ال') ||
    t.length < 4 ||
    WEEKDAY.test(t) ||
    EPITHET.test(t) ||
    nisbaCountry(t) ||
    kb.notNames.has(t)
  )
    return -1;
  if (kb.offices.has(t) || kb.roleNouns.has(t) || kb.honorifics.has(t) || kb.descriptors.has(t)) return -1;
  // (The family name ends the phrase: a comma or a stop after it, or a surname of nisba shape.)
  const ends =
    k + 1 >= tokens.length || CLAUSE_BREAK.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start));
  if (!ends && !familyName(text, tokens[k])) return -1;
  const names = [e.ar, ...(e.aliases ?? [])].map((x) => normalize(x ?? '').split(/\s+/));
  return names.some((n) => n.includes(t)) ? -1 : k;
}

// Heads of a public body named after the place it serves ("مجلس محافظة بغداد", "قيادة عمليات
// بغداد", "مديرية أمن شمال سيناء", "صندوق مصر السيادي").
const PLACE_BODY_HEADS = /^(?:مجلس|قياده|مديريه|محكمه|ديوان|صندوق)$/;

/**
 * A body named by its head, one bare noun of its kind and the place it serves ("مجلس محافظة بغداد",
 * "محكمة جنايات الجيزة"), or by its head, a country and an adjective of kind ("صندوق مصر السيادي",
 * with the field after it: "… للاستثمار والتنمية"): the whole is the body's name, the place nested in
 * it. (Not a facility's organ, "مديرية أمن مطار …", nor a place right after the head, "مديرية البريقة".)
 */
export function placeBodyAt(
  text: string,
  tokens: Token[],
  i: number,
): { last: number; place: { first: number; last: number; entity: KbEntity } } | null {
  const head = tokens[i].norm.replace(/^(?:و|ف)?(?:ب|ل)?/, '');
  if (!PLACE_BODY_HEADS.test(head)) return null;
  const joined = (k: number) =>
    k < tokens.length && !BOUNDARY.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start));
  const placeAt = (k: number) => {
    const m = joined(k) ? gz(tokens, k) : null;
    const e = m?.values.find((v) => v.type === 'GPE' || v.type === 'LOC');
    return m && e && !/^(?:[وفبلك]ال|لل)/.test(tokens[k].norm) ? { first: k, last: m.last, entity: e } : null;
  };
  const kb = loadKb();
  // "مجلس محافظة بغداد": one bare noun, then the place.
  const noun = tokens[i + 1]?.norm ?? '';
  if (
    joined(i + 1) &&
    /^[\u0621-\u064A]{3,}$/.test(noun) &&
    !noun.startsWith('ال') &&
    !noun.endsWith('ي') &&
    !gz(tokens, i + 1) &&
    !kb.notNames.has(noun) &&
    !givenNames().has(givenName(noun))
  ) {
    const place = placeAt(i + 2);
    if (place) return { last: place.last, place };
  }
  // "صندوق مصر السيادي (للاستثمار والتنمية)": a country, an adjective of kind (no nisba), its field.
  if (head !== 'صندوق') return null;
  const place = placeAt(i + 1);
  if (place?.entity.subtype !== 'country') return null;
  let last = place.last;
  const adj = tokens[last + 1]?.norm ?? '';
  if (!joined(last + 1) || !/^ال\S+ي$/.test(adj) || nisbaCountry(adj)) return null;
  last++;
  if (joined(last + 1) && /^لل/.test(tokens[last + 1].norm)) {
    last++;
    if (joined(last + 1) && /^وال/.test(tokens[last + 1].norm)) last++;
  }
  return { last, place };
}

// A military unit's head, its ordinal, and the arm a number or ordinal may take after it.
const UNIT_HEAD = /^[وف]?(?:ب|ك|ل)?ال(?:فرقه|كتيبه|لواء|فيلق)$|^[وف]?لل(?:فرقه|كتيبه|واء|فيلق)$/;
const UNIT_ORDINAL =
  /^ال(?:اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|ثامنه|تاسع|تاسعه|عاشر|عاشره)$/;
const UNIT_ARM = /^(?:مشاه|مدرع|مدرعه|قتال|قتالي|ميكا|مدفعيه|مغاوير|صاعقه|حرس)$/;

/**
 * A military unit named by its number or ordinal: "اللواء 777", "الكتيبة 92 مشاة", "الفرقة
 * الأولى مدرع", "الفرقة السادسة". Not an organ of a body the text names right after ("اللواء
 * الأول في قوات …", "الفرقة الرابعة التابعة للجيش"), nor a rank before a name (no number follows one).
 */
export function unitNameAt(text: string, tokens: Token[], i: number): { last: number } | null {
  if (!UNIT_HEAD.test(tokens[i].norm)) return null;
  const joined = (k: number) =>
    k < tokens.length && !BOUNDARY.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start));
  if (!joined(i + 1)) return null;
  const w = tokens[i + 1].norm;
  const numbered = /^\d{1,4}$/.test(w);
  if (!numbered && !UNIT_ORDINAL.test(w)) return null;
  let last = i + 1;
  if (joined(last + 1) && UNIT_ARM.test(tokens[last + 1].norm)) last++;
  const after = joined(last + 1) ? tokens[last + 1].norm : '';
  if (!numbered && /^(?:في|من|ب|ل|التابع|التابعه|ضمن)$/.test(after)) return null;
  return { last };
}

// After "قوات", words that make the phrase a description of a service or a side, not a force's name.
const FORCE_GENERIC =
  /^(?:ال)?(?:امن|جيش|شرطه|حرس|نظام|احتلال|حكومه|معارضه|دفاع|تدخل|انتشار|مشاه|رد|عمليات|تحالف|طوارئ|احتياط|كوماندوز|صاعقه|مظلات|درك|مارينز|بحريه|جو|متمردين|عدو|انقلاب|شرعيه|فصائل|مرتزقه|مهام|حدود|سواحل|مكافحه|حفظ|نخبه|مشاركه|مسلحه|نظاميه|حكوميه|خاصه|امريكيه|دوليه|اجنبيه|روسيه)$/;
// Adjectives of a force's kind or arm ("قوات الدعم الجوي"): a description.
const FORCE_KIND = /^ال(?:جوي|بري|بحري|عسكري|ميداني|لوجستي|فني|طبي|خاص|دولي|اقليمي|محلي|حكومي|نظامي|شعبي)$/;

/**
 * A force named "قوات …" that the KB does not hold: "قوات حماية سنجار", "قوات درع الجزيرة" (a bare
 * noun and a place or a quoted name), "قوات الحزام الأمني", "قوات الدعم والإسناد" (a word with the
 * article that is no service or side, and an adjective or a second word joined by "و"); and units
 * named as the first kind ("وحدات حماية سنجار").
 */
export function forceNameAt(text: string, tokens: Token[], i: number): { last: number } | null {
  // ("وحدات حماية سنجار": units named by a bare noun and a place, as forces are.)
  const units = /^[وف]?(?:ب|ل)?وحدات$/.test(tokens[i].norm);
  if (!units && !/^[وف]?(?:ب|ل)?قوات$/.test(tokens[i].norm)) return null;
  const joined = (k: number) =>
    k < tokens.length && !BOUNDARY.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start));
  const w = tokens[i + 1]?.norm ?? '';
  if (!joined(i + 1) || !/^[\u0621-\u064A]{3,}$/.test(w) || FORCE_GENERIC.test(w) || gz(tokens, i + 1))
    return null;
  if (nisbaCountry(w) || loadKb().notNames.has(w)) return null;
  // "لقوات المجلس الوطني الانتقالي": the forces of a body the text names; the body is the name.
  if (w.startsWith('ال') && hasStem(w, loadKb().orgHeads)) return null;
  if (!w.startsWith('ال')) {
    // "قوات حماية سنجار", 'قوات حماية "شنكال"'.
    if (w.endsWith('ي') || givenNames().has(givenName(w)) || i + 2 >= tokens.length) return null;
    const place = joined(i + 2) ? gz(tokens, i + 2) : null;
    // (A place's name that counts only after a head counts here too: "قوات درع الجزيرة".)
    const named =
      place?.values.some((v) => v.type === 'GPE' || v.type === 'LOC') ||
      (joined(i + 2) && loadKb().headed.has(tokens[i + 2].norm));
    if (named && !/^(?:[وفبلك]ال|لل)/.test(tokens[i + 2].norm)) return { last: place?.last ?? i + 2 };
    const gap = text.slice(tokens[i + 1].span.end, tokens[i + 2].span.start);
    const after = text.slice(tokens[i + 2].span.end, tokens[i + 3]?.span.start ?? text.length);
    if (/^\s*["“«]\s*$/.test(gap) && /^\s*["”»]/.test(after)) return { last: i + 2 };
    return null;
  }
  const next = tokens[i + 2]?.norm ?? '';
  if (units || !joined(i + 2)) return null;
  // "قوات الحزام الأمني": an adjective of the name, no nisba, no kind of force.
  if (/^ال\S+ي$/.test(next) && !nisbaCountry(next) && !FORCE_KIND.test(next)) return { last: i + 2 };
  // "قوات الدعم والإسناد": two words joined by "و".
  if (
    /^وال\S{3,}$/.test(next) &&
    !FORCE_GENERIC.test(next.slice(1)) &&
    !nisbaCountry(next.slice(1)) &&
    !gz(tokens, i + 2)
  )
    return { last: i + 2 };
  return null;
}
