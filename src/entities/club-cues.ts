// Clubs no lexicon holds, read from where a match's report puts them: its country after it
// ("فلامينغو البرازيلي", "الهلال السعودي"), a match verb before it ("حصد بيراميدز اللقب"), the beaten
// side's place ("فوزه على سيمبا"), its town after it ("الرياضي بيروت"). A name so read is that club
// wherever the report writes it again. Called on a match's report only (clubs.ts).
import type { EntityMention, Token } from '../types.js';
import { coveredTokens, tokensWithin } from '../arabic/tokenize.js';
import { normalizeChar } from '../arabic/normalize.js';
import { loadKb, record, unknownOrg } from './kb.js';
import { nisbaCountry, withoutProclitics } from './lookup.js';
import { isEverydayWord, unseenOutsideNames } from './everyday.js';
import { givenNames } from '../arabic/names.js';
import { wordCounts } from './word-frequency.js';

/** Verbs whose subject, right after them, is a side of a match (normalized, past and present). */
export const MATCH_VERBS = new Set(
  'فاز يفوز تغلب يتغلب حصد يحصد احرز يحرز انتزع ينتزع توج يتوج خسر يخسر تعادل يتعادل اقصي يقصي هزم يهزم واجه يواجه التقي يلتقي استضاف يستضيف تاهل يتاهل اكتسح يكتسح سحق يسحق'.split(
    ' ',
  ),
);
/** Common nouns of a match's report where a club could stand: a side, a player, a title, a time. */
const TEAM_WORDS = new Set(
  'الفريق الفريقان الفريقين المنتخب الدوري النادي الاتحاد اللاعب النجم المهاجم المدافع الحارس المدرب الحكم الدولي القايد البطل الزعيم العميد الملكي الجمهور الطاقم الثنايي الكره الوسط الجناح الظهير المحترف الضيف المضيف الوصيف الفايز الخاسر المتصدر الموسم اللقب الكاس التوالي الصعيد المنافس الخصم العملاق الممثل الشوط المباراه البطوله الرقم المركز المرتبه الصداره الذهاب الاياب النهايي الدور المربع المرمي الهدف الجوله الكابتن الشاب المخضرم الانديه الفرق المنتخبات الاول الاولي الاخير الاخيره الثاني الثانيه الثالث الثالثه الرابع الخامس السابق السابقه الجديد'.split(
    ' ',
  ),
);
/** Heads of a place's name: "العاصمة بيروت" is a place, not a club of Beirut. */
const PLACE_HEADS = new Set([
  'العاصمه',
  'المدينه',
  'البلده',
  'القريه',
  'الولايه',
  'المحافظه',
  'الاماره',
  'الجزيره',
]);
/** Words before "على" (written ى) that make its object the side beaten. */
const BEAT_ON = new Set(['فاز', 'فوزه', 'فوزها', 'فوزهم', 'تغلب', 'تغلبه', 'تغلبها', 'تفوق', 'تفوقه']);
/** "فوزه على", "تغلبه اليوم الأحد على": a word of beating up to three words before "على", in its clause. */
function beatBefore(text: string, tokens: Token[], on: number): boolean {
  for (let k = on - 1; k >= Math.max(0, on - 4); k--) {
    if (BEAT_ON.has(withoutProclitics(tokens[k].norm)) || BEAT_ON.has(tokens[k].norm)) return true;
    if (!/^\s+$/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start))) return false;
  }
  return false;
}
/** Words right before a name that make it a side of the match. */
const AGAINST = new Set(['ضد', 'هزم', 'اقصي', 'ضيفه', 'مضيفه', 'غريمه', 'منافسه', 'نادي', 'فريق']);

const spaceOnly = (text: string, a: Token, b: Token) => /^\s+$/.test(text.slice(a.span.end, b.span.start));
/** The articled word a token carries past "و", "ف", "ب", "ل" ("وللهلال" → "الهلال"), if any. */
function articled(norm: string): string | undefined {
  const m = /^(?:و|ف)?(?:(?:ب|ل)?(ال.+)|ل(ل.+))$/.exec(norm);
  return m ? (m[1] ?? 'ا' + m[2]) : undefined;
}
/** A word of a foreign or coined name: no everyday word, verb, number, article or proclitic. */
const strangeWord = (t: Token) =>
  t.norm.length > 1 &&
  /^\p{L}+$/u.test(t.norm) &&
  !articled(t.norm) &&
  // ("وسيمبا": "و" or "ف" on a word newswire knows is a proclitic; "فلامينغو" keeps its letter.)
  !(/^[وف]/.test(t.norm) && wordCounts(t.norm.slice(1)).some((n) => n > 0)) &&
  !AGAINST.has(t.norm) &&
  !MATCH_VERBS.has(t.norm.replace(/^ت/, 'ي')) &&
  // ("توج بطلا": an everyday word with the accusative's alif.)
  !(t.norm.endsWith('ا') && isEverydayWord(t.norm.slice(0, -1))) &&
  !/^(?:ذات|نفس|عين)(?:ه|ها|هم|هما)$/.test(t.norm) &&
  unseenOutsideNames(t.norm) &&
  !givenNames().has(t.norm);
/** An articled word that may name a club ("الهلال", "الأهلي"): no side's or player's common noun, no plural. */
export const clubWord = (w: string) =>
  w.length > 4 &&
  !TEAM_WORDS.has(w) &&
  !PLACE_HEADS.has(w) &&
  !/(?:ات|ون|ين|ان)$/.test(w) &&
  !nisbaCountry(w);
const isCountryNisba = (t: Token) => articled(t.norm) !== undefined && nisbaCountry(t.norm) !== undefined;

/** Where the articled word (or foreign name) `word` starts in a token past its proclitics ("والهلال"); past "لل" whole. */
function startPast(text: string, t: Token, word: string): number {
  let letters = t.norm.length - word.length + (t.norm.endsWith(word) ? 0 : 2);
  let c = t.span.start;
  while (letters > 0 && c < t.span.end) if (normalizeChar(text[c++]) !== '') letters--;
  while (c < t.span.end && normalizeChar(text[c]) === '') c++;
  return c;
}

export function addCuedClubs(text: string, tokens: Token[], found: EntityMention[]): void {
  trimClubNisbas(text, tokens, found);
  const covered = coveredTokens(tokens, found);
  const cued = new Map<string, { i: number; last: number; start: number; both: boolean; side: boolean }[]>();
  // (The report's first word, its title's subject, "الرجاء يهزم …", has no word before it.)
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !spaceOnly(text, tokens[i - 1], tokens[i])) continue;
    const t = tokens[i];
    const word = articled(t.norm);
    // "الترجي الرياضي التونسي", "الرجاء الرياضي": an articled word and "الرياضي" is a club, its
    // town's or country's nisba after them part of its name; the tagger's reading of the word alone gives way.
    const sporting = word !== undefined && clubWord(word) ? sportingClubAt(text, tokens, i, found) : -1;
    if (sporting > 0) {
      const start = startPast(text, t, word!);
      cued.set(word!, [...(cued.get(word!) ?? []), { i, last: sporting, start, both: true, side: true }]);
      covered.fill(1, i, sporting + 1);
      i = sporting;
      continue;
    }
    if (covered[i]) continue;
    // The name: an articled word alone, or up to three words of a foreign name ("صن داونز").
    let last = i;
    if (word === undefined) {
      if (!strangeWord(t)) continue;
      while (
        last - i < 2 &&
        last + 1 < tokens.length &&
        !covered[last + 1] &&
        strangeWord(tokens[last + 1]) &&
        spaceOnly(text, tokens[last], tokens[last + 1])
      )
        last++;
      // (A name of two letters, "صن", only opens a longer one.)
      if (last === i && t.norm.length < 3) continue;
      // "شبيبة القبائل الجزائري": a word in construct with an articled one, its country's nisba after both.
      const of = tokens[i + 1];
      const of2 = tokens[i + 2];
      const ofWord = of && articled(of.norm);
      if (
        last === i &&
        of2 &&
        !covered[i + 1] &&
        ofWord === of.norm &&
        clubWord(ofWord) &&
        spaceOnly(text, t, of) &&
        spaceOnly(text, of, of2) &&
        isCountryNisba(of2)
      )
        last = i + 1;
    } else if (!clubWord(word)) continue;
    const next = tokens[last + 1];
    const prev = i > 0 ? tokens[i - 1].norm : '';
    const written = i > 0 ? text.slice(tokens[i - 1].span.start, tokens[i - 1].span.end) : '';
    const bare = word === undefined || word === t.norm;
    const nextWord = next !== undefined && spaceOnly(text, tokens[last], next);
    // "الهلال السعودي", "وفلامينغو البرازيلي": a club and its country's nisba.
    // (A nisba the rules read as a country's name, "السعودية", is that country.)
    const nisbaAfter = nextWord && !covered[last + 1] && isCountryNisba(next);
    // "حصد بيراميدز", "ضد سيمبا", "فوزه على صن داونز", "القادسية يحرز": a side by the words around it.
    const side =
      (bare &&
        (MATCH_VERBS.has(prev.replace(/^[وف]/, '')) ||
          AGAINST.has(prev) ||
          (prev === 'علي' && /ى$/.test(written) && beatBefore(text, tokens, i - 1)))) ||
      (nextWord && /^[يت]/.test(next.norm) && MATCH_VERBS.has(next.norm.replace(/^ت/, 'ي')));
    if (!nisbaAfter && !side) continue;
    const start = word === undefined ? t.span.start : startPast(text, t, word);
    const words = [word ?? t.norm, ...tokens.slice(i + 1, last + 1).map((x) => x.norm)].join(' ');
    cued.set(words, [...(cued.get(words) ?? []), { i, last, start, both: nisbaAfter && side, side }]);
    i = last;
  }
  // A word newswire uses outside names ("الهلال", "الملف") is a club only when the report puts it
  // as a side and names it so again, or puts its country's nisba after it there: "فوز الملف
  // القطري" and "الدفاع المغربي" are no clubs.
  // ("يهزم شبيبة القبائل": a name read alone where the report also reads it with the word after it is the longer name.)
  for (const [words, at] of cued) {
    if (words.includes(' ')) continue;
    for (const [longer, there] of cued) {
      const rest = longer.split(' ');
      if (rest[0] !== words || rest.length < 2) continue;
      for (const x of at.filter((x) => rest.slice(1).every((w, n) => tokens[x.last + 1 + n]?.norm === w))) {
        there.push({ ...x, last: x.last + rest.length - 1 });
        at.splice(at.indexOf(x), 1);
      }
    }
    if (!at.length) cued.delete(words);
  }
  const names = new Set<string>();
  for (const [words, at] of cued) {
    const sides = at.filter((x) => x.side).length;
    if (!words.includes(' ') && isEverydayWord(words) && !(sides && (at.length >= 2 || at[0].both))) continue;
    names.add(words);
    for (const { last, start } of at) {
      const name = text.slice(start, tokens[last].span.end);
      found.push({
        span: { start, end: tokens[last].span.end },
        text: name,
        entity: record(unknownOrg(name)),
        via: 'club',
      });
    }
  }
  addTownedClubs(text, tokens, found, names);
  addRepeatedClubs(text, tokens, found, names);
  found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The last token of a club named by an articled word and "الرياضي" at token i, with its nisba after
 * it ("التونسي", "البيضاوي"), or -1. Mentions over it must be the tagger's or made bodies, which give way.
 */
function sportingClubAt(text: string, tokens: Token[], i: number, found: EntityMention[]): number {
  const next = tokens[i + 1];
  if (next?.norm !== 'الرياضي' || !spaceOnly(text, tokens[i], next)) return -1;
  let last = i + 1;
  const after = tokens[last + 1];
  if (
    after &&
    spaceOnly(text, next, after) &&
    /^ال\S{3,}ي$/.test(after.norm) &&
    !TEAM_WORDS.has(after.norm) &&
    !isEverydayWord(after.norm.replace(/ي$/, ''))
  )
    last++;
  const span = { start: tokens[i].span.start, end: tokens[last].span.end };
  const over = found.filter((m) => m.span.start < span.end && m.span.end > span.start);
  const yields = (m: EntityMention) =>
    (m.via === 'tagger' || m.entity.id.startsWith('mirsad:unknown-')) &&
    m.span.start >= span.start &&
    m.span.end <= span.end;
  if (!over.every(yields)) return -1;
  for (const m of over) found.splice(found.indexOf(m), 1);
  return last;
}

/** "الرياضي بيروت", "الأهلي طرابلس": an articled word, no place's head, right before a town is that town's club. */
function addTownedClubs(text: string, tokens: Token[], found: EntityMention[], names: Set<string>): void {
  const kb = loadKb();
  const isTown = (m: EntityMention) =>
    !m.nested &&
    (m.entity.type === 'LOC' || m.entity.type === 'GPE') &&
    kb.byId.get(m.entity.id)?.subtype !== 'country';
  for (const town of found.filter(isTown)) {
    const k = tokens.findIndex((t) => t.span.start === town.span.start);
    if (k < 1 || !spaceOnly(text, tokens[k - 1], tokens[k])) continue;
    const head = tokens[k - 1];
    const word = articled(head.norm);
    if (word === undefined || !clubWord(word)) continue;
    // The head alone, or a club the tagger or the rules made of it; no other mention over it.
    const over = found.filter(
      (m) => m !== town && m.span.start < head.span.end && m.span.end > head.span.start,
    );
    const made = (m: EntityMention) =>
      m.entity.type === 'ORG' &&
      m.entity.id.startsWith('mirsad:unknown-org:') &&
      m.span.end === head.span.end;
    if (!over.every(made)) continue;
    for (const m of over) found.splice(found.indexOf(m), 1);
    found.splice(found.indexOf(town), 1);
    const start = startPast(text, head, word);
    const name = text.slice(start, town.span.end);
    found.push({
      span: { start, end: town.span.end },
      text: name,
      entity: record(unknownOrg(name)),
      via: 'club',
    });
    names.add(word);
  }
}

/** A club's name again, alone and not inside another name, is that club. */
function addRepeatedClubs(text: string, tokens: Token[], found: EntityMention[], names: Set<string>): void {
  if (!names.size) return;
  const covered = coveredTokens(tokens, found);
  for (let i = 0; i < tokens.length; i++) {
    for (const name of names) {
      const words = name.split(' ');
      const last = i + words.length - 1;
      if (last >= tokens.length || covered.subarray(i, last + 1).some(Boolean)) continue;
      const t = tokens[i];
      const head = words[0].startsWith('ال') ? articled(t.norm) : t.norm.replace(/^[وف]?[بل]?/, '');
      if (head !== words[0] && t.norm !== words[0]) continue;
      if (!words.slice(1).every((w, n) => tokens[i + 1 + n].norm === w)) continue;
      // ("الهلال الأحمر": an articled word after an everyday one makes another name, save the club's country.)
      const next = tokens[last + 1];
      if (
        next &&
        /^ال/.test(next.norm) &&
        !isCountryNisba(next) &&
        spaceOnly(text, tokens[last], next) &&
        isEverydayWord(words[0])
      )
        continue;
      const start = t.norm === words[0] ? t.span.start : startPast(text, t, words[0]);
      const end = tokens[last].span.end;
      const written = text.slice(start, end);
      found.push({ span: { start, end }, text: written, entity: record(unknownOrg(written)), via: 'club' });
      covered.fill(1, i, last + 1);
      break;
    }
  }
}

/**
 * "تشيلسي الإنجليزي", "فلامينغو البرازيلي": a body the tagger or the rules made of a foreign name
 * and its country's nisba is the club alone; the nisba says where it plays.
 */
function trimClubNisbas(text: string, tokens: Token[], found: EntityMention[]): void {
  for (const m of found) {
    if (m.nested || m.entity.type !== 'ORG' || !m.entity.id.startsWith('mirsad:unknown-org:')) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last <= first || last - first > 3 || !isCountryNisba(tokens[last])) continue;
    if (!tokens.slice(first, last).every(strangeWord)) continue;
    const end = tokens[last - 1].span.end;
    m.span = { start: m.span.start, end };
    m.text = text.slice(m.span.start, end);
    m.entity = record(unknownOrg(m.text));
  }
}
