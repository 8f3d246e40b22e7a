// The statistical tagger's names, kept where the knowledge base and the rules found nothing.
import type { EntityMention, Token } from '../types.js';
import { coveredTokens, tokensWithin, tokenStems } from '../arabic/tokenize.js';
import { isMadeEntity, loadKb, record, unknownOrg, unknownPerson, unknownPlace } from './kb.js';
import { gz, hasStem, NASAB, nisbaCountry, NOT_FAMILY_NAMES, withoutProclitics } from './lookup.js';
import { noComplement } from './places.js';
import { tagNames } from './tagger/index.js';
import { everydayAccusative, fWord, MEDIA_HEADS, officeAccusative } from './names.js';
import { trailingNisba } from './nisbas.js';
import { isSportsReport } from './clubs.js';
import { MATCH_VERBS } from './club-cues.js';
import { ambiguousNames, givenNames } from '../arabic/names.js';
import { isEverydayWord, namesAccord, verbOrWord } from './everyday.js';
import { wordCounts } from './word-frequency.js';

/** Heads of things named after a person: a scale, a prize, a syndrome, a theory. */
const EPONYM_HEADS = new Set(['مقياس', 'جايزه', 'جايزتي', 'جايزتا', 'جوايز', 'متلازمه', 'نظريه']);
/** A prize's field after the name it is known by ("نوبل للسلام", "بنوبل للآداب"): the prize, no person. */
const PRIZE_FIELD = /^لل(?:سلام|اداب|ادب|كيمياء|كيميا|فيزياء|فيزيا|طب|اقتصاد|علوم|رياضيات)$/;
/** Money's names, normalized: "ريال", "الريال", "ريالا", "دينار", "جنيهات". */
const CURRENCY =
  /^(?:ال)?(?:ريال|دينار|درهم|جنيه|ليره|دولار|يورو|روبل|فرنك|شيكل|شيقل|تومان|روبيه|يوان|اوقيه)(?:ا|ات|ان|ين)?$/;
/** Counted money before it: a number ("42 ريالا") or a count's word ("مليار ريال"). */
const AMOUNT = /^(?:[\d.,٫]+|مليون|مليار|ملايين|مليارات|الف|الاف|تريليون|تريليونات)$/;

/**
 * "42 ريالا", "مليار ريال", "الريال اليمني", "انهيار الريال": a currency the tagger took for a body
 * (a club named "ريال" is a team in a match's report, with no amount before it).
 */
function currencyAt(tokens: Token[], first: number): boolean {
  const w = withoutProclitics(tokens[first].norm);
  if (!CURRENCY.test(w) && !CURRENCY.test(tokens[first].norm)) return false;
  const prev = first > 0 ? tokens[first - 1].norm : '';
  if (AMOUNT.test(prev)) return true;
  // (A state's nisba after it: "ريال سعودي", "الريال اليمني".)
  const next = tokens[first + 1]?.norm ?? '';
  if (next && nisbaCountry(next) !== undefined) return true;
  // An articled currency outside a match's report: "سعر صرف الريال", "هوى الريال".
  return /^[وفبل]*ال/.test(tokens[first].norm) && !isSportsReport(tokens);
}
const isPlaceHead = (t: Token) => hasStem(t.norm, loadKb().placeHeads);
/** A head noun alone ("بريف", "الحي", "حركة") names nothing. */
const isHead = (t: Token) => isPlaceHead(t) || hasStem(t.norm, loadKb().orgHeads);

const isTitle = (t: string) => {
  const kb = loadKb();
  return kb.honorifics.has(t) || kb.descriptors.has(t) || kb.roleNouns.has(t) || kb.offices.has(t);
};

/** A word after a person's first one that no name of a person carries (see addTaggedNames). */
function personStops(text: string, t: Token): boolean {
  const w = t.norm;
  if (givenNames().has(w)) return false;
  // (Not a name of its own with و first, "وحيدي", "ورسيف": the word after و must be a given name or a word.)
  const rest = w.slice(1);
  if (
    /^و\S{2,}$/.test(w) &&
    wordCounts(w)[1] === 0 &&
    (givenNames().has(rest) || isEverydayWord(rest) || verbOrWord(rest))
  )
    return true;
  if (fWord(w) || officeAccusative(w)) return true;
  if (
    /^[لب]\S{3,}$/.test(w) &&
    wordCounts(w)[1] === 0 &&
    !/^(?:بن|بو|لل|بال)/.test(w) &&
    (isHead({ ...t, norm: rest }) || isEverydayWord(rest))
  )
    return true;
  return /\S\u064f/.test(text.slice(t.span.start, t.span.end));
}

/** Names the statistical tagger finds where the knowledge base and the rules found nothing. */
const PLURAL_NISBA = /^[وف]?ال\S{3,}يون$/;

export function addTaggedNames(text: string, tokens: Token[], found: EntityMention[]): void {
  if (!tokens.length) return;
  const kb = loadKb();
  // Tokens inside a mention already found.
  const covered = coveredTokens(tokens, found);
  let sports: boolean | undefined;
  for (const n of tagNames(text, tokens, gz)) {
    let taken = false;
    for (let k = n.first; k <= n.last; k++) taken ||= covered[k] === 1;
    if (taken) continue;
    if (currencyAt(tokens, n.first)) continue;
    const span = tokens.slice(n.first, n.last + 1);
    // A name never runs over a line break (a byline's last word, then the text's first).
    const broken = span.findIndex(
      (t, k) => k > 0 && text.slice(span[k - 1].span.end, t.span.start).includes('\n'),
    );
    if (broken > 0) span.length = broken;
    while (span.length > 1 && NOT_FAMILY_NAMES.has(span[span.length - 1].norm)) span.pop();
    // "شكري يزور", "عبير جاء": a person's name stops before a verb or a word no name carries.
    if (n.type === 'PER')
      while (
        span.length > 1 &&
        !span.at(-1)!.norm.startsWith('ال') &&
        !givenNames().has(span.at(-1)!.norm) &&
        verbOrWord(span.at(-1)!.norm)
      )
        span.pop();
    // "غوتيريش اتصالا", "آبي متأثرا": an everyday word in the accusative with its alif (tanween)
    // ends a person's name; names take no tanween ("ميساء قرعة", "راغب علامة" are names).
    if (n.type === 'PER') while (span.length > 1 && everydayAccusative(span.at(-1)!.norm)) span.pop();
    // "الترجي التونسي", "تشيلسي الإنجليزي": a state's nisba after a one-word body's name that is no
    // head or everyday word (a club, a firm) says where it is from and stays outside the name;
    // "البرلمان المصري", "الجيش السوداني" are left whole.
    // An articled name ("الكونغرس الأمريكي", "الكنيست الإسرائيلي") keeps its nisba outside a match's
    // report or a match verb's subject ("وتغلب الترجي التونسي"): a state's own body is named with it;
    // a club there is named without.
    const nisbaAfter = n.type === 'ORG' && span.length === 2 && trailingNisba(span[1]) !== undefined;
    const verb = n.first > 0 ? tokens[n.first - 1].norm.replace(/^[وف]/, '') : '';
    if (
      nisbaAfter &&
      (!span[0].norm.startsWith('ال') ||
        MATCH_VERBS.has(verb) ||
        MATCH_VERBS.has(verb.replace(/^ت/, 'ي')) ||
        (sports ??= isSportsReport(tokens))) &&
      /^ال\S{3,}$|^[^وفبل]\S{3,}$/.test(span[0].norm) &&
      !isHead(span[0]) &&
      !isEverydayWord(span[0].norm) &&
      !isEverydayWord(span[0].norm.replace(/^ال/, '')) &&
      !tokenStems(span[0]).some((x) => kb.offices.has(x) || kb.institutions.has(x))
    )
      span.pop();
    // "وقال أبي إن": a particle or preposition never ends a name (but "محمد علي" does end in a name).
    if (n.type === 'PER')
      while (span.length > 1 && kb.notNames.has(span.at(-1)!.norm) && !givenNames().has(span.at(-1)!.norm))
        span.pop();
    // "أحمد على المنصة": "على" (on) written with ى ends a name as the last word (the name "علي" takes ي).
    if (n.type === 'PER')
      while (
        span.length > 1 &&
        span.at(-1)!.norm === 'علي' &&
        text.slice(span.at(-1)!.span.start, span.at(-1)!.span.end) === 'على'
      )
        span.pop();
    // "طه وقرنق": a و-word after a person's name opens another name; "… فأوضح" a clause; "علاوى
    // لشبكة …", "العبد بمحافظة …": a head or an everyday word with a preposition on it a phrase;
    // "صدام سيُسلَّم": a word written with a damma a passive verb.
    if (n.type === 'PER') {
      const cut = span.findIndex((t, k) => k > 0 && personStops(text, t));
      if (cut > 0) span.length = cut;
    }
    // "باسم المجلس العقيد أحمد": a title after a body's words opens the next name.
    if (n.type === 'ORG') while (span.length > 1 && kb.honorifics.has(span.at(-1)!.norm)) span.pop();
    // "قوباد الطالباني والدكتور": a title joined by "و" opens the next name.
    while (span.length > 1 && /^و/.test(span.at(-1)!.norm) && isTitle(span.at(-1)!.norm.slice(1))) span.pop();
    // "يحيي العراقيون ذكرى …": a plural nisba ("العراقيون") is a verb's subject; no person's name has
    // one, and a lone word before it is the verb.
    if (
      n.type === 'PER' &&
      (span.some((t) => PLURAL_NISBA.test(t.norm)) ||
        (span.length === 1 && PLURAL_NISBA.test(tokens[n.first + 1]?.norm ?? '')))
    )
      continue;
    if (span.every((t) => kb.everydayTokens.has(t.norm) || kb.notNames.has(t.norm) || isHead(t))) continue;
    // "مجلس عسكري", "مركز تجاري": a bare head and indefinite adjectives describe a body, never name one.
    if (
      span.length > 1 &&
      n.type !== 'PER' &&
      isHead({ ...span[0], norm: span[0].norm.replace(/^[وف]/, '') }) &&
      !/^[وف]?ال/.test(span[0].norm) &&
      span
        .slice(1)
        .every(
          (t) => /^[^ا]\S{2,}(?:ي|يه)$/.test(t.norm) && !t.norm.startsWith('ال') && isEverydayWord(t.norm),
        )
    )
      continue;
    // A nisba alone ("وسورية" after "روسية") is an adjective, never a name; an everyday word
    // alone ("خالص التهنئة", "سترة ناسفة", "الوزارة") is no place or body (a given name may be a word).
    if (span.length === 1 && nisbaCountry(span[0].norm) !== undefined) continue;
    if (
      span.length === 1 &&
      n.type !== 'PER' &&
      [span[0].norm, span[0].norm.replace(/^[وف]/, '')].some(isEverydayWord)
    )
      continue;
    // "حسن الجوار", "عادل وشامل", "هائل": a given name that is an everyday word, alone or before an
    // everyday word, is that word, not a person (after a title or role the rules have taken it already).
    if (
      n.type === 'PER' &&
      ambiguousNames().has(span[0].norm.replace(/^[وف]/, '')) &&
      (span.length === 1 ||
        (isEverydayWord(span[1].norm.replace(/^[وف]/, '')) &&
          !/^(?:الدين|الله|الاسلام|الرحمن)$/.test(span[1].norm)))
    )
      continue;
    if (
      n.type === 'PER' &&
      span.length === 1 &&
      (isEverydayWord(span[0].norm) || verbOrWord(span[0].norm)) &&
      !givenNames().has(span[0].norm)
    )
      continue;
    // "مقياس ريختر", "جائزة نوبل": the one name after a scale's or a prize's head is that scale or prize.
    if (
      n.type === 'PER' &&
      span.length === 1 &&
      n.first > 0 &&
      EPONYM_HEADS.has(withoutProclitics(tokens[n.first - 1].norm))
    )
      continue;
    if (n.type === 'PER' && span.length === 1 && PRIZE_FIELD.test(tokens[n.first + 1]?.norm ?? '')) continue;
    // "اتفاق الرياض": the city an accord is named after, which the rules left out on purpose.
    const known = gz(tokens, n.first);
    if (known?.last === n.last && namesAccord(text, tokens, known)) continue;
    // "مسجد للشيعة", "سجن يضم …": a place's head with no complement after it is no name.
    const kind =
      kb.namedPlaceHeads.get(withoutProclitics(span[0].norm)) ?? kb.namedPlaceHeads.get(span[0].norm);
    if (span.length > 1 && kind !== undefined && noComplement(text, tokens, n.first + 1, kind === 'facility'))
      continue;
    // "وزير الزراعة العراقي": a role the KB does not track is not a name.
    if (tokenStems(span[0]).some((x) => kb.offices.has(x)) || hasStem(span[0].norm, kb.roleNouns)) continue;
    // "السفير آل جابر": a family's "آل" (written with madda) before the name is part of it.
    const before = tokens[n.first - 1];
    const al =
      n.type === 'PER' &&
      n.first > 0 &&
      span[0] === tokens[n.first] &&
      covered[n.first - 1] !== 1 &&
      text.slice(before.span.start, before.span.end) === 'آل' &&
      before.span.end + 1 === span[0].span.start;
    // "والسعوديين سامي الجابر": a given name right before the tagger's lone family name with the
    // article opens it, a given name that is also a word ("سامي") too.
    const given =
      n.type === 'PER' &&
      !al &&
      n.first > 0 &&
      span.length === 1 &&
      span[0] === tokens[n.first] &&
      covered[n.first - 1] !== 1 &&
      /^ال\S{3,}$/.test(span[0].norm) &&
      !givenNames().has(span[0].norm) &&
      /^\s+$/.test(text.slice(before.span.end, span[0].span.start)) &&
      (givenNames().has(before.norm) || ambiguousNames().has(before.norm)) &&
      !(n.first > 1 && (NASAB.test(tokens[n.first - 2].norm) || givenNames().has(tokens[n.first - 2].norm)));
    // "صحيفة يديعوت أحرونوت", "شركة داناغاز": a body's or outlet's head without the article right
    // before the tagger's name of a body is part of that name.
    const headed =
      n.type === 'ORG' &&
      !al &&
      n.first > 0 &&
      span[0] === tokens[n.first] &&
      covered[n.first - 1] !== 1 &&
      /^\s+$/.test(text.slice(before.span.end, span[0].span.start)) &&
      !/^[وفبل]*ال|^[وف]?لل/.test(before.norm) &&
      hasStem(before.norm, kb.orgHeads);
    const head = headed
      ? before.span.start + (before.norm.length - withoutProclitics(before.norm).length)
      : 0;
    // "وكابو وولينسكي وتينوس", "طه وقرنق": names joined by "و" are so many people, one name each.
    if (n.type === 'PER' && !al && coordinated(span, tokens)) {
      for (const t of span) {
        // (The span keeps the token whole, "وكابو", as other tagger names keep their proclitics; the
        // name is the word without its "و".)
        const bare = /^[وف]/.test(t.norm) && !givenNames().has(t.norm) ? 1 : 0;
        const word = text.slice(t.span.start + bare, t.span.end);
        const entity = record(unknownPerson(word, undefined, undefined));
        found.push({
          span: { ...t.span },
          text: text.slice(t.span.start, t.span.end),
          entity,
          via: 'tagger',
        });
      }
      continue;
    }
    const start = al || given ? before.span.start : headed ? head : span[0].span.start;
    const end = span[span.length - 1].span.end;
    const name = text.slice(start, end);
    // "ميدان التحرير", "مستشفى الحسين": a place's head noun decides the type; "تلفزيون المستقبل",
    // "إذاعة جوهرة": an outlet's head makes the name an outlet's, whatever the tagger said.
    const outlet =
      tokenStems(span[0]).some((x) => MEDIA_HEADS.test(x)) ||
      (headed && tokenStems(before).some((x) => MEDIA_HEADS.test(x)));
    const type = isPlaceHead(span[0]) ? 'LOC' : outlet ? 'ORG' : n.type;
    const e =
      type === 'PER'
        ? unknownPerson(name, undefined, undefined)
        : type === 'ORG'
          ? unknownOrg(name, outlet, trailingNisba(span[span.length - 1]))
          : unknownPlace(name);
    found.push({ span: { start, end }, text: name, entity: record(e), via: 'tagger' });
  }
  found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Every word after the first opens with "و" and is, without it, a word of a name (no everyday word,
 * title or given name with و). (After a given name a single و-word may be the family name, "ديلما
 * ورسيف": only when the text writes that word elsewhere without the "و".)
 */
function coordinated(span: Token[], tokens: Token[]): boolean {
  if (
    span.length === 2 &&
    givenNames().has(span[0].norm.replace(/^[وف]/, '')) &&
    !tokens.some((t) => t !== span[1] && t.norm === span[1].norm.slice(1))
  )
    return false;
  return (
    span.length >= 2 &&
    span.slice(1).every((t) => {
      const w = t.norm.slice(1);
      return (
        t.norm.startsWith('و') &&
        w.length >= 3 &&
        !givenNames().has(t.norm) &&
        !isEverydayWord(w) &&
        !verbOrWord(w) &&
        !isTitle(w) &&
        !w.startsWith('ال')
      );
    })
  );
}

/**
 * "ووجه إدريس التحية": the tagger's person whose first word is a later word of a person the rules
 * named in full before ("الهادي إدريس يحيى"), alone or before an articled word, is that person again,
 * and the articled word the verb's object, not part of a new name.
 */
export function relinkNameParts(text: string, tokens: Token[], found: EntityMention[]): void {
  for (const [n, m] of found.entries()) {
    if (m.via !== 'tagger' || m.entity.type !== 'PERSON' || !isMadeEntity(m.entity.id)) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last > first + 1 || (last > first && !/^ال/.test(tokens[last].norm))) continue;
    const again = namedBefore(tokens, found, tokens[first]);
    if (!again) continue;
    const clitic = tokens[first].norm.length - again.word.length;
    const span = { start: tokens[first].span.start + clitic, end: tokens[first].span.end };
    found[n] = { span, text: text.slice(span.start, span.end), entity: again.entity, via: 'repeat' };
  }
}

/**
 * The person named before token t by rules whose name holds t's word past its first word (not a
 * father's name after "بن"), when exactly one does and no person's name of two words or more opens with it.
 */
function namedBefore(
  tokens: Token[],
  found: EntityMention[],
  t: Token,
): { entity: EntityMention['entity']; word: string } | null {
  const readings = [t.norm, t.norm.replace(/^[وف]/, '')];
  let hit: { entity: EntityMention['entity']; word: string } | null = null;
  for (const m of found) {
    if (m.entity.type !== 'PERSON' || m.via === 'tagger' || m.nested || m.span.start >= t.span.start)
      continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last === first) continue;
    const words = tokens.slice(first, last + 1).map((x) => x.norm);
    if (readings.includes(words[0].replace(/^[وف]/, ''))) return null;
    const k = words.findIndex(
      (w, i) => i > 0 && readings.includes(w) && !/^(?:بن|ابن|بنت|ابو)$/.test(words[i - 1]),
    );
    if (k < 0 || words[k].length < 3) continue;
    if (hit && hit.entity.id !== m.entity.id) return null;
    hit = { entity: m.entity, word: words[k] };
  }
  return hit;
}
