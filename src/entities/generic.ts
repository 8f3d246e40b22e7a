// Bodies named by what they are, not by a name: "مجلس الوزراء", "وزارة الخارجية", "الحكومة
// الجديدة", "السفارة", "وسائل الإعلام" with no country after them. They stay mentions (a side of an
// event, the source of a claim) but are marked descriptive: a description is not a name (issue
// #20). A span that ran past the generic noun into the sentence ("الحكومة بشأن الزيادة") ends at
// the noun. The words are in data/kb/generic-bodies.json.
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { tokensWithin } from '../arabic/tokenize.js';
import type { EntityMention, Token } from '../types.js';
import { isMadeEntity, loadKb, record, unknownOrg } from './kb.js';
import { nisbaCountry, withoutProclitics } from './lookup.js';

interface GenericWords {
  phrases: string[];
  ministryHead: string;
  openHeads: string[];
  adjectives: string[];
  nisbaDescribed: string[];
}

let words: {
  phrases: Set<string>;
  listed: Set<string>;
  ministry: string;
  open: Set<string>;
  adjectives: Set<string>;
  nisbaDescribed: Set<string>;
} | null = null;
function genericWords() {
  if (words) return words;
  const d = loadData<GenericWords>('kb/generic-bodies.json');
  const phrases = new Set([...d.phrases, ...loadKb().institutions.keys()].map(normalize));
  return (words = {
    phrases,
    listed: new Set(d.phrases.map(normalize)),
    ministry: normalize(d.ministryHead),
    open: new Set(d.openHeads.map(normalize)),
    adjectives: new Set(d.adjectives.map(normalize)),
    nisbaDescribed: new Set(d.nisbaDescribed.map(normalize)),
  });
}

/** Adjectives that keep a generic body generic ("الجديدة", "الانتقالية", "الشرعية"), normalized. */
export const genericAdjectives = (): Set<string> => genericWords().adjectives;

/** The tokens a mention covers. */
function covered(tokens: Token[], m: EntityMention): number[] {
  const { first, last } = tokensWithin(tokens, m.span);
  const out: number[] = [];
  for (let k = first; first >= 0 && k <= last; k++) out.push(k);
  return out;
}

/** How many leading tokens of the mention are a generic body's name (0: it is a name). */
function genericLength(tokens: Token[], ks: number[]): number {
  const first = tokens[ks[0]].norm;
  // The first word as written, then without its proclitics ("ووزارة", "لوزارة", "للحكومة"): "وزارة" keeps its و.
  for (const head of [
    first,
    withoutProclitics(first),
    withoutProclitics(first).replace(/^ل(?=ل)/, 'ا'),
    // ("للحكومة الانتقالية": the preposition and the article run together.)
    first.replace(/^[وف]?لل(?=..)/, 'ال'),
    first.replace(/^[وف]/, ''),
  ]) {
    const n = genericFrom([head, ...ks.slice(1).map((k) => tokens[k].norm)]);
    if (n) return n;
  }
  return 0;
}

/** A noun with a possessive pronoun: "إدارتها", "أمنائهم" (not "ه", which a ta marbuta normalizes to). */
const OWNED = /^(?!ال)\S{3,}(?:ت|ي|ا|ئ)(?:ها|هما|هم|كم)$/;

function genericFrom(norms: string[]): number {
  const w = genericWords();
  // "الإذاعة الإسرائيلية", "المقاومة الفلسطينية": a head that a country's adjective alone leaves a
  // description, as "التلفزيون المصري" is (a span run on past the adjective ends there).
  const nisba = norms.findIndex((t) => nisbaCountry(t));
  // ("الوكالة المغربية للطاقة الشمسية": the field it serves after the adjective makes it a name.)
  // ("الشركة النفطية الأمريكية": adjectives of its trade between the head and the country's adjective.)
  const described = (k: number) =>
    w.nisbaDescribed.has(norms.slice(0, k).join(' ')) ||
    (k > 1 && w.nisbaDescribed.has(norms[0]) && norms.slice(1, k).every((t) => /^ال\S{3,}(?:يه|ي)$/.test(t)));
  if (nisba > 0 && described(nisba) && !/^لل/.test(norms[nisba + 1] ?? '')) return nisba + 1;
  // ("مجلس إدارتها", "مجلس أمنائهم": a head and a noun with a possessive pronoun name the body the
  // text spoke of, by what it is.)
  if (norms.length >= 2 && !/^ال/.test(norms[0]) && OWNED.test(norms[1])) return 2;
  // ("محكمة سودانية", "لجنة مصرية": a head and a nisba, neither with the article, describe a body of that country, no name.)
  if (norms.length === 2 && nisba === 1 && !/^ال/.test(norms[0]) && !/^ال/.test(norms[1])) return 2;
  // A country's adjective anywhere makes it that country's body ("وزارة الخارجية المصرية"): an institution, handled elsewhere.
  if (norms.some((t) => nisbaCountry(t))) return 0;
  // ("وزارة المياه والري", "وزارة الصحة والشؤون الاجتماعية": its domains joined by "و", no country's adjective.)
  if (
    norms[0] === w.ministry &&
    norms.length >= 3 &&
    norms.length <= 5 &&
    norms.slice(1).every((t) => /^و?ال\S{2,}$/.test(t)) &&
    norms.slice(2).some((t) => t.startsWith('وال'))
  )
    return norms.length;
  let n = 0;
  for (let len = norms.length; len >= 1 && !n; len--)
    if (w.phrases.has(norms.slice(0, len).join(' '))) n = len;
  const listed = n > 0;
  // "وزارة الأوقاف": a ministry and one domain word, nothing after.
  if (!n && norms[0] === w.ministry && norms.length === 2 && norms[1].startsWith('ال')) n = 2;
  if (!n && w.open.has(norms[0])) n = 1;
  if (!n) return 0;
  while (n < norms.length && w.adjectives.has(norms[n])) n++;
  // What is left must not be a name: an open head ("الحكومة بشأن …") or a listed ministry
  // ("وزارة الخارجية للشؤون …") drops the words after it when they open with a preposition or no article.
  if (
    n < norms.length &&
    !(
      w.open.has(norms[0]) ||
      (listed && norms[0] === w.ministry && !/^(?:ال|و)/.test(norms[n])) ||
      // ("محكمة التمييز الحكم": a court named by its kind, then the sentence's object.)
      (listed && n >= 2 && /^(?:ال)?محكمه$/.test(norms[0]))
    )
  )
    return 0;
  return n;
}

/** Mark the generic bodies among the mentions as descriptions, and cut their spans to the generic words. */
export function markGenericBodies(text: string, tokens: Token[], found: EntityMention[]): EntityMention[] {
  const kb = loadKb();
  return found.map((m) => {
    // ("قوات الدرك", "الأمن العام": a service called by its own name, generic words and all.)
    if (m.descriptive || m.nested || kb.namedServices.has(m.entity.institution ?? '')) return m;
    const generic = kb.byId.get(m.entity.id)?.id === 'mirsad:media-reports';
    const madeBody = isMadeEntity(m.entity.id) && (m.entity.type === 'ORG' || m.via === 'tagger');
    // ("المنظمة الدولية": a KB body's alias that is a generic phrase is that body, described, not named.)
    if (
      !madeBody &&
      m.entity.type === 'ORG' &&
      genericWords().listed.has(withoutProclitics(normalize(m.text)))
    )
      return { ...m, descriptive: true };
    if (!generic && !madeBody) return m;
    if (generic) return { ...m, descriptive: true };
    const ks = covered(tokens, m);
    if (!ks.length) return m;
    const n = genericLength(tokens, ks);
    if (!n) return m;
    const end = tokens[ks[n - 1]].span.end;
    if (end === m.span.end) return { ...m, descriptive: true };
    // Cut short: the body is the generic noun, not the words the span ran into.
    const entity = m.entity.type === 'ORG' ? record(unknownOrg(text.slice(m.span.start, end))) : m.entity;
    return {
      ...m,
      span: { start: m.span.start, end },
      text: text.slice(m.span.start, end),
      entity,
      descriptive: true,
    };
  });
}
