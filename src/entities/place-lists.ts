// Places the KB does not hold, named in a list: after a plural or dual head noun ("قرى التفاحية
// والروضة", "ولايتي المصنعة والسويق", "محليات عدة بينها مروي وكريمة"), or joined by "و" to a place
// already read ("بين ولاية عبري وفهود", "في زموري وبومرداس وقورصو"). A listed word is a place only
// when it looks like a name: newswire never writes it outside names, it is no verb, no given name
// and nothing else the KB knows.
import type { EntityMention, Token } from '../types.js';
import { coveredTokens } from '../arabic/tokenize.js';
import { givenNames } from '../arabic/names.js';
import { loadKb, record, unknownPlace } from './kb.js';
import { BOUNDARY, gz, nisbaCountry } from './lookup.js';
import { TOPONYM_OPENERS } from './places.js';
import { isEverydayWord, verbOrWord } from './everyday.js';
import { wordCounts } from './word-frequency.js';

/** Plural and dual heads of settlements and districts (normalized); not "مناطق" nor "أحياء", said of anything ("مناطق تمركز"). */
const PLURAL_HEADS = new Set([
  'قري',
  'بلدات',
  'مدن',
  'محليات',
  'مقاطعات',
  'ولايات',
  'محافظات',
  'قريتي',
  'بلدتي',
  'مدينتي',
  'منطقتي',
  'ولايتي',
  'محافظتي',
  'مقاطعتي',
  'حيي',
]);
/** Words between a plural head and its list: "محليات عدة بينها …", "مدن منها …". */
const LIST_OPENERS = new Set(['عده', 'عديده', 'بينها', 'منها', 'هي', 'مثل', 'ابرزها', 'اهمها']);

const isPlaceMention = (m: EntityMention) =>
  (m.entity.type === 'GPE' || m.entity.type === 'LOC') && !m.descriptive && !m.nested;

/**
 * A word that reads as a place's name nobody lists: seen in newswire only inside names, if at all.
 * After a plural head (`headed`) the list is surely of places: a word seen outside names now and
 * then ("المصنعة", "الروضة"), or a given name ("كريمة"), will do too.
 */
function nameLike(t: string, articled: boolean, headed: boolean): boolean {
  if (t.length < 3 || /\d/.test(t)) return false;
  if (articled !== t.startsWith('ال')) return false;
  const kb = loadKb();
  if (kb.notNames.has(t) || kb.everydayTokens.has(t) || verbOrWord(t) || nisbaCountry(t)) return false;
  if (headed) return wordCounts(t)[0] < 3;
  if (givenNames().has(t) || wordCounts(t)[0] > 0 || isEverydayWord(t)) return false;
  // (An articled word is read bare too: "الميدان" is a square as "ميدان" is.)
  if (articled && (isEverydayWord(t.slice(2)) || wordCounts(t.slice(2))[0] > 0)) return false;
  return true;
}

/** Only spaces, or a comma, between two listed words. */
const joined = (text: string, a: Token, b: Token) =>
  /^\s*[،,]?\s*$/.test(text.slice(a.span.end, b.span.start));

/** Written with a pronoun on it ("ومعه", "وضواحيها", "وحلفاؤها"), or a verb's plural ("ويقتلون"): no place. */
const SENTENCE_SHAPE = /(?:ه|ها|هم|هما|كم|ؤها|اه|وا)$|^[يت]\S{2,}(?:ون|ان)$/;

export function addListedPlaces(text: string, tokens: Token[], found: EntityMention[]): void {
  const kb = loadKb();
  const covered = coveredTokens(tokens, found);
  const written = (k: number) => text.slice(tokens[k].span.start, tokens[k].span.end);
  // (Spans may leave a token's proclitics out: tokens are found by overlap.)
  const mentionAt = (k: number) =>
    found.find((x) => x.span.start < tokens[k].span.end && x.span.end > tokens[k].span.start);
  const lastToken = (m: EntityMention) => {
    let k = tokens.findIndex((t) => t.span.end > m.span.start);
    while (k + 1 < tokens.length && tokens[k + 1].span.start < m.span.end) k++;
    return k;
  };
  /** The listed word at k (its "و" off unless `bare`): one word, or two after an opener ("وبير داود"). */
  const item = (k: number, bare: boolean, headed: boolean): number => {
    const w = bare ? tokens[k].norm : tokens[k].norm.slice(1);
    if (gz(tokens, k) || SENTENCE_SHAPE.test(written(k))) return -1;
    if (PLURAL_HEADS.has(w) || kb.placeHeads.has(w) || kb.namedPlaceHeads.has(w)) return -1;
    if (TOPONYM_OPENERS.has(w)) {
      const n = tokens[k + 1];
      const named =
        !!n &&
        !covered[k + 1] &&
        /^\s+$/.test(text.slice(tokens[k].span.end, n.span.start)) &&
        !gz(tokens, k + 1) &&
        nameLike(n.norm, n.norm.startsWith('ال'), true);
      return named ? k + 1 : -1;
    }
    return nameLike(w, false, headed) || (headed && nameLike(w, true, true)) ? k : -1;
  };
  const add = (k: number, last: number, bare: boolean): EntityMention => {
    // ("والروضة": the conjunction stays outside the name.)
    const span = { start: tokens[k].span.start + (bare ? 0 : 1), end: tokens[last].span.end };
    const name = text.slice(span.start, span.end);
    return { span, text: name, entity: record(unknownPlace(name)), via: 'place-list' };
  };
  /** "وX" items from k on, the list ending where the text does, or at a mark. */
  const readList = (k: number, headed: boolean): EntityMention[] => {
    const items: EntityMention[] = [];
    for (; k < tokens.length && joined(text, tokens[k - 1], tokens[k]); k++) {
      if (!tokens[k].norm.startsWith('و')) break;
      if (covered[k]) {
        // A place already read in the list lets it go on; anything else ends it.
        const m = mentionAt(k);
        if (!m || !isPlaceMention(m)) break;
        k = lastToken(m);
        continue;
      }
      // ("ويبارك": after a place alone, a word with the imperfect's ي is the sentence's verb.)
      const last = headed || !/^وي/.test(tokens[k].norm) ? item(k, false, headed) : -1;
      if (last < 0) break;
      items.push(add(k, last, false));
      k = last;
    }
    // (Not after a place alone, "في دوما ويقتلون الرضيع", "إلى بيت لحم، ودرست في": the list ends at a mark or the text's end.)
    if (!items.length) return items;
    const end = lastToken(items[items.length - 1]);
    const closed =
      end + 1 >= tokens.length || BOUNDARY.test(text.slice(tokens[end].span.end, tokens[end + 1].span.start));
    return headed || closed ? items : [];
  };
  const added: EntityMention[] = [];
  const keep = (items: EntityMention[]) => {
    for (const m of items) {
      added.push(m);
      for (let k = lastToken(m); k >= 0 && tokens[k].span.end > m.span.start; k--) covered[k] = 1;
    }
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i].norm;
    if (!(PLURAL_HEADS.has(head) || PLURAL_HEADS.has(head.replace(/^[وفب]/, ''))) || covered[i]) continue;
    let k = i + 1;
    while (k < tokens.length && LIST_OPENERS.has(tokens[k].norm) && joined(text, tokens[k - 1], tokens[k]))
      k++;
    if (k >= tokens.length || !joined(text, tokens[k - 1], tokens[k])) continue;
    // "مدن وعواصم ولايات كثيرة", "قرى وبلدات": a word joined to the head by "و" is another head of
    // the same kind, no name the head lists (a list opens with its first name bare: "قرى X وY").
    if (!covered[k] && /^و/.test(tokens[k].norm) && !TOPONYM_OPENERS.has(tokens[k].norm.slice(1))) continue;
    if (covered[k]) {
      // "مدن حلب وإدلب والدانا": a known place opens the list.
      const m = mentionAt(k);
      if (m && isPlaceMention(m)) keep(readList(lastToken(m) + 1, true));
      continue;
    }
    const last = item(k, true, true);
    if (last < 0) continue;
    // One name after a plural head is no list: at least one more must follow.
    const first = add(k, last, true);
    covered[k] = 1;
    const rest = readList(last + 1, true);
    covered[k] = 0;
    if (!rest.length) continue;
    keep([first, ...rest]);
    i = k;
  }
  for (const m of found) {
    if (!isPlaceMention(m)) continue;
    const last = lastToken(m);
    if (last >= 0) keep(readList(last + 1, false));
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
}
