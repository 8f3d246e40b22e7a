// The sides of an event, as PLOVER/POLECAT code them: the source acts, the target is acted upon.
// Arabic news is verb-first: the subject follows the verb (or a light verb before a nominal
// trigger: "أجرى … اتصالاً", "شنت … غارات"); receiving verbs turn it round ("استقبل X Y": Y is
// the visitor, "تلقى X اتصالاً من Y": Y calls). An actor after a preposition ("بنظيره", "مع",
// "على") is acted upon or accompanies. Attacks name their victims by sector ("مقتل 6 مدنيين").
import { isOrgHead } from './speaker-words.js';
import type { EntityMention, EntityRecord, EventMention, Participant, Token } from '../types.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { PhraseMatcher } from '../arabic/phrases.js';
import { capitalOf, heldOn, isCountryRecord, loadKb, record } from '../entities/kb.js';
import { institutionEntity } from '../entities/descriptions.js';
import { gz, nisbaCountry } from '../entities/lookup.js';
import { roleAt } from '../entities/roles.js';
import { continuesName, tokenIndexAt, type SentenceView } from './context.js';
import { roleWeight } from './role-weight.js';
import {
  answeringPersons,
  callAsOccasion,
  hostagesIn,
  stateForceOf,
  supportedStates,
  WEAPONS,
} from './not-sides.js';
import { beginsWithWordAfter, causeBetween, containsWord, hasWord, isWord, wordSet } from './words.js';

interface SidesData {
  protesters: Record<string, string[]>;
  struck: string[];
  armed: string[];
  responders: string[];
  receiving: string[];
  lightVerbs: string[];
  objectPrepositions: string[];
  agentMarkers: string[];
  attackers: string[];
  ownClaims: string[];
  victims: Record<string, string[]>;
  mediators: string[];
  agreementInviters: string[];
  pronounSubjects: string[];
}

function build() {
  const d = loadData<SidesData>('events/sides.json');
  const set = (xs: string[]) => new Set(xs.map(normalize));
  const words = (xs: string[]) =>
    new RegExp(
      `(?:^|\\s)(?:${xs
        .map((x) =>
          normalize(x)
            .toLowerCase()
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('|')})`,
      'u',
    );
  return {
    struck: set(d.struck),
    armed: words(d.armed),
    responders: words(d.responders),
    receiving: set(d.receiving),
    light: set(d.lightVerbs),
    prepositions: set(d.objectPrepositions),
    agents: new PhraseMatcher(d.agentMarkers.map((p) => [p, true] as [string, boolean])),
    attackers: set(d.attackers),
    ownClaims: set(d.ownClaims),
    mediators: set(d.mediators),
    inviters: set(d.agreementInviters),
    pronounSubjects: set(d.pronounSubjects),
    victims: new PhraseMatcher(
      Object.entries(d.victims).flatMap(([sector, words]) =>
        words.map((w) => [w, sector] as [string, string]),
      ),
    ),
    protesters: new PhraseMatcher(
      Object.entries(d.protesters).flatMap(([sector, words]) =>
        words.map((w) => [w, sector] as [string, string]),
      ),
    ),
  };
}
let words: ReturnType<typeof build> | null = null;
const lex = () => (words ??= build());

const withoutConj = (t: string) => t.replace(/^[وف](?=..)/, '');

/** The verbs that govern a nominal trigger ("أجرى اتصالاً", "شنت غارات", "فرضت عقوبات"). */
export const lightVerbs = () => lex().light;
export const isReceivingVerb = (t: string) => hasWord(lex().receiving, t);

export interface SidesInput {
  tokens: Token[];
  view: SentenceView;
  /** Token range of the first trigger. */
  first: number;
  last: number;
  type: string;
  /** Actor mentions that may be sides, in any order (places already left out). */
  actors: EntityMention[];
  /** The document's text, where the punctuation between tokens decides (a comma setting off a clause). */
  text?: string;
}

/**
 * The governing verb of a trigger: itself, or a light or receiving verb a few words before a noun.
 * A name, a title and an honorific count as nothing: "تلقى جلالة الملك عبدالله الثاني ابن الحسين،
 * ملك المملكة الأردنية الهاشمية والقائد الأعلى للقوات المسلحة، اتصالاً" is few words from verb to noun.
 */
function governor(tokens: Token[], view: SentenceView, first: number): number {
  let words = 0;
  for (let k = first - 1; k >= view.from && words < 8; k--) {
    const t = tokens[k].norm;
    if (hasWord(lex().light, t) || hasWord(lex().receiving, t)) return k;
    if (!continuesName(tokens, view, k) && !hasWord(loadKb().honorifics, t) && !isWord('titles', t)) words++;
  }
  return first;
}

/**
 * "اتصال هاتفي أجراه", "اتصالاً تلقته": a light or receiving verb carrying the trigger as its object
 * pronoun, right after it (a word such as "هاتفي" between). Its index, or -1.
 */
function relativeVerb(tokens: Token[], view: SentenceView, last: number): number {
  for (let k = last + 1; k < Math.min(view.to, last + 3); k++) {
    const t = tokens[k].norm;
    const m = /^(.+?)(?:ه|ها)$/.exec(t);
    if (m) {
      const verb = m[1].replace(/ا$/, 'ي');
      if (hasWord(lex().light, verb) || hasWord(lex().receiving, verb)) return k;
    }
    if (!/^(?:هاتفي|هاتفيا|هاتفيه|مرئي|مرئيا)$/.test(t)) return -1;
  }
  return -1;
}

/**
 * "بحث الرئيس … في اتصال هاتفي تلقاه من": a call noun after a verb trigger, a preposition setting the
 * act in it and a light or receiving verb carrying it; its index, else -1.
 */
function callHeldIn(tokens: Token[], view: SentenceView, last: number): number {
  for (let k = last + 2; k < view.to; k++) {
    if (!/^(?:ال)?(?:اتصال|اتصالا|مكالمه)$/.test(tokens[k].norm)) continue;
    if (/^(?:في|خلال|عبر)$/.test(tokens[k - 1].norm) && relativeVerb(tokens, view, k) >= 0) return k;
  }
  return -1;
}

/**
 * "X بعد لقاء Y", "X عقب اجتماع Y": the one named before the time word and the one right after the
 * meeting noun (titles aside), both unmarked; else null.
 */
function metAfterTimeWord(
  tokens: Token[],
  first: number,
  last: number,
  ordered: EntityMention[],
  marked: Set<EntityMention>,
): { by: EntityMention; one: EntityMention } | null {
  if (first !== last || first < 2 || !/^(?:لقاء|اجتماع|مباحثات|محادثات)$/.test(tokens[first].norm))
    return null;
  if (!/^(?:بعد|عقب|خلال|اثر|قبيل)$/.test(tokens[first - 1].norm)) return null;
  const at = (e: EntityMention) => tokenIndexAt(tokens, e.span.start);
  const endOf = (e: EntityMention) => tokenIndexAt(tokens, e.span.end - 1);
  const titlesOnly = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!titleLike(tokens[k].norm)) return false;
    return to - from <= 4;
  };
  const by = ordered.find(
    (e) => !marked.has(e) && endOf(e) < first - 1 && titlesOnly(endOf(e) + 1, first - 1),
  );
  const one = ordered.find((e) => !marked.has(e) && at(e) > last && titlesOnly(last + 1, at(e)));
  return by && one && by !== one ? { by, one } : null;
}

/** "بالرئيس", "للأمير", "بنظيره": a title that carries the preposition the name after it is governed by. */
function prepositionedTitle(t: string): boolean {
  const m = /^[وف]?([بل])(.{3,})$/.exec(t);
  if (!m) return false;
  const rest = m[1] === 'ل' && m[2].startsWith('ل') ? `ا${m[2]}` : m[2];
  return isWord('titles', rest) || hasWord(loadKb().honorifics, rest);
}

let officeWords: Set<string> | null = null;
/**
 * A word of a title or an office phrase: "ولي العهد السعودي الأمير", "وزير خارجية سلطنة عمان",
 * "الرئيس الإيراني" (titles, honorifics, the words of the KB's offices, a state's nisba).
 */
function titleLike(t: string): boolean {
  officeWords ??= new Set([...loadKb().offices.keys()].flatMap((k) => k.split(/\s+/)));
  const bare = withoutConj(t);
  return (
    isWord('titles', t) ||
    hasWord(loadKb().honorifics, t) ||
    officeWords.has(t) ||
    officeWords.has(bare) ||
    officeWords.has(`ال${bare}`) ||
    !!nisbaCountry(bare)
  );
}

/** Is the actor introduced by a preposition ("بنظيره", "للرئيس", "مع الرئيس", "على مواقع")? */
function objectMarked(tokens: Token[], m: EntityMention, from: number): boolean {
  return objectMarker(tokens, m, from) !== null;
}

/** The preposition that introduces the actor ("مع", "بالرئيس", "على"), or null. */
function objectMarker(tokens: Token[], m: EntityMention, from: number): string | null {
  const i = tokenIndexAt(tokens, m.span.start);
  // "مع الملك خوان كارلوس": a title may stand between the preposition and the name, and a whole
  // office phrase ("مع ولي العهد السعودي الأمير محمد بن سلمان").
  // So may the noun of what is struck: "على مواقع المعارضة", "ضد مقرات الجماعة".
  // ("على جماعة الحوثيين": so may the head of a group's name the entity leaves out; "فرع لتنظيم
  // داعش" is a genitive, no object.)
  for (let k = i - 1; k >= Math.max(from, i - 7); k--) {
    const t = tokens[k].norm;
    // ("قررت كل من السعودية والإمارات": "من" after "كل" lists the subjects, no preposition.)
    if (hasWord(lex().prepositions, t))
      return t === 'من' && tokens[k - 1]?.norm === 'كل' ? null : withoutConj(t);
    if (prepositionedTitle(t)) return t.replace(/^[وف]?([بل]).*/, '$1');
    if (titleLike(t)) continue;
    if (k < i - 3 || (groupHead(t) !== 'bare' && !isWord('struckPlaces', t))) break;
  }
  const first = withoutConj(normalize(m.text.split(/\s+/)[0] ?? ''));
  // ("ولي العهد": a word of two letters after its و is no preposition and a noun.)
  if (!/^[بل].{3}/.test(first)) return null;
  // ("بغداد" read as its state: the capital's name.)
  const capital = m.via === 'metonymy' && m.entity.country ? capitalOf(m.entity.country) : undefined;
  const names = new Set(
    [
      m.entity.ar,
      ...(loadKb().byId.get(m.entity.id)?.aliases ?? []),
      ...(capital ? [capital.ar, ...(capital.aliases ?? [])] : []),
    ].map((n) => normalize(n).split(/\s+/)[0]),
  );
  return names.has(first) ? null : first[0];
}

/** "جماعة", "لحركة": the head of a group's name, bare or after a preposition ("ب", "ل"). */
function groupHead(t: string): 'bare' | 'after-preposition' | null {
  if (isWord('groupHeads', t)) return 'bare';
  const m = /^[وف]?([بل])(?=..)/.exec(t);
  const rest = m ? t.slice(m[0].length).replace(/^ل(?=ل)/, 'ا') : '';
  return rest && (isWord('groupHeads', rest) || isWord('groupHeads', `ال${rest}`))
    ? 'after-preposition'
    : null;
}

/**
 * "قتل خمسة من عناصر الحركة", "استهدفت الغارة مواقع لعناصر الجماعة", "انفجرت الأجهزة لدى العاملين في
 * مؤسسات الحزب": a group whose members a word of death, injury or targeting names was struck; it did
 * not carry the attack out.
 */
export function struckGroup(tokens: Token[], view: SentenceView, e: EntityMention): boolean {
  const i = tokenIndexAt(tokens, e.span.start);
  const member = (t: string) =>
    isWord('memberNouns', t) || isWord('memberNouns', t.replace(/^[وف]?[بل](?=..)/, ''));
  // (The name may take in the members' noun: "عناصر الحزب".)
  // "استهدفت الغارة مكتباً لحركة …", "مواقع لجماعة …": the group whose place was struck.
  // ("أهداف لجماعة الحوثيين": the head of the group's name may stand outside it.)
  const h = i > view.from && groupHead(tokens[i - 1].norm) === 'after-preposition' ? i - 1 : i;
  if (h > view.from && /^[وف]?ل/.test(tokens[h].norm) && isWord('struckPlaces', tokens[h - 1].norm))
    return true;
  // "اقتحم انتحاريون مقر المفوضية", "هجوم على حرم جامعة …": the body whose seat or grounds were
  // struck, named right after them (a genitive); not a seat before which it happened ("الاعتصام أمام
  // مقر قيادة الجيش": where, not whom).
  if (i > view.from) {
    const t = tokens[i - 1].norm;
    const before = i - 2 >= view.from ? tokens[i - 2].norm : '';
    if (
      (isWord('struckPlaces', t) || isWord('struckPlaces', t.replace(/^[وف]?[بل](?=..)/, ''))) &&
      !BEFORE_SEAT.test(before)
    )
      return true;
  }
  // "عدد من عناصر الجيش قتلوا في الهجوم": a verb of their death or injury right after the group
  // (no one after it whom they would have killed: "عناصر الجيش قتلوا مسلحين").
  const j = tokenIndexAt(tokens, e.span.end - 1);
  const diedAfter = () => {
    for (let k = j + 1; k < Math.min(view.to, j + 3); k++)
      if (isWord('struckAfter', tokens[k].norm))
        return k + 1 < view.to && /^[وف]?(?:في|خلال|جراء|اثر|بعد|ب\S*)$/.test(tokens[k + 1].norm);
    return false;
  };
  // (Adjectives may stand between: "القيادي السياسي البارز في الحركة".)
  for (let m = i; m >= Math.max(view.from, i - 5); m--) {
    if (!member(tokens[m].norm)) continue;
    if (diedAfter()) return true;
    for (let k = m - 1; k >= Math.max(view.from, m - 3); k--) {
      const t = tokens[k].norm;
      if (t === 'من' || t === 'بين') continue;
      if (lex().agents.findAll(tokens, k, m).length) return false;
      const bare = t.replace(/^[وف]?[بل](?=..)/, '');
      if (
        hasWord(lex().struck, t) ||
        hasWord(lex().struck, bare) ||
        isWord('struckHolders', t) ||
        isWord('struckPlaces', t) ||
        isWord('struckPlaces', bare)
      )
        return true;
    }
    return false;
  }
  return false;
}

/** "قيل إن الجماعة تقف وراء الهجوم", "دولة يقف خلفها": the actor who stands behind an attack carried it out. */
export function standsBehind(tokens: Token[], view: SentenceView, e: EntityMention): boolean {
  const j = tokenIndexAt(tokens, e.span.end - 1);
  for (let k = j + 1; k < Math.min(view.to - 1, j + 3); k++)
    if (isWord('standing', tokens[k].norm) && isWord('behind', tokens[k + 1].norm)) return true;
  return false;
}

/**
 * "من قبل" after a participle that describes someone else ("وزير الدفاع المعين من قبل الجماعة",
 * "الحكومة المدعومة من جانب …"): its agent appointed or backs the one described, and stands on his
 * side; it did not carry out the attack. ("المنفذ من قبل" still names who carried the act out.)
 */
function describingAgent(tokens: Token[], view: SentenceView, m: { first: number; last: number }): boolean {
  if (m.first === m.last || m.first <= view.from || tokens[m.first].norm !== 'من') return false;
  const before = tokens[m.first - 1].norm.replace(/^[وف](?=ال)/, '');
  return /^الم/.test(before) && !isWord('executing', before);
}

/** Does a marker of agency ("على يد", "تبنى", "اتهمت … X") stand within a few words before the actor? */
export function agentMarked(tokens: Token[], view: SentenceView, e: EntityMention): boolean {
  const i = tokenIndexAt(tokens, e.span.start);
  const j = tokenIndexAt(tokens, e.span.end - 1);
  const marked = lex()
    .agents.findAll(tokens, view.from, view.to)
    .some((m) => m.last < i && i - m.last <= 4);
  // "فجّر انتحاري من عناصر التنظيم …", "مسيّرات قيل إنها تعود إلى الجماعة …": the attacker's group.
  const attacker = () => {
    for (let k = i - 1; k >= Math.max(view.from, i - 7); k--)
      if (hasWord(lex().attackers, tokens[k].norm)) return true;
    return false;
  };
  // "أعلنت حركة الشباب مسؤوليتها عن الهجوم"; (the body it is tied to between: "أعلنت حركة الشباب
  // المرتبطة بتنظيم القاعدة مسؤوليتها").
  const claims = () => {
    let end = Math.min(view.to, j + 3);
    for (let k = j + 1; k < end; k++) {
      const w = tokens[k].norm.replace(/^[وف]/, '');
      if (k === j + 1 && (isWord('affiliated', w) || isWord('belonging', w))) end = Math.min(view.to, j + 7);
      if (hasWord(lex().ownClaims, tokens[k].norm)) return true;
    }
    // ("أعلن التنظيم، عبر كتيبة تابعة له، تبنيه للهجوم": an aside set off by commas between.)
    const setOff = (k: number) => tokens[k].span.start - tokens[k - 1].span.end >= 2;
    if (j + 1 < view.to && setOff(j + 1))
      for (let k = j + 2; k < Math.min(view.to, j + 12); k++)
        if (setOff(k)) return hasWord(lex().ownClaims, tokens[k].norm);
    return false;
  };
  // "مقاتلات أمريكية قصفت المعسكر", "القوات الإسرائيلية هي من شنت الغارة": the aircraft named, or
  // the subject of a verb of attack
  // a few words on.
  const aircraft = () => hasWord(lex().attackers, tokens[i].norm);
  const doer = () => {
    for (let k = j + 1; k < Math.min(view.to, j + 4); k++) if (isWord('acting', tokens[k].norm)) return true;
    return false;
  };
  return (
    marked ||
    standsBehind(tokens, view, e) ||
    (e.entity.type === 'ORG' &&
      ((attacker() && !struckGroup(tokens, view, e)) || claims() || aircraft() || doer()))
  );
}

/**
 * "القائم بأعمال السفارة الفنلندية": the embassy (or country) named inside an envoy's title is the
 * envoy's, no actor of its own.
 */
export function outsideEnvoys(actors: EntityMention[]): EntityMention[] {
  const envoys = actors.filter((e) => e.via === 'envoy');
  return actors.filter(
    (e) => e.via === 'envoy' || !envoys.some((x) => x.span.start <= e.span.start && e.span.end <= x.span.end),
  );
}

/** Sources and targets among the actors of one event mention, in text order within each side. */
export function assignSides(input: SidesInput): Participant[] {
  const framing = new Set<number>();
  const sides = readSides(input, framing).filter((p) => !framing.has(p.span.start));
  return input.type === 'CONSULT' ? markInviters(input, sides) : sides;
}

/**
 * "وصل الرئيس تلبية لدعوة الملك": who invited a visitor is his host only for want of another; marked
 * "inviter", he gives way to the host the report names receiving the guest (coref.ts).
 */
function markInviters({ tokens, view }: SidesInput, sides: Participant[]): Participant[] {
  for (const p of sides) {
    if (p.entity.type !== 'PERSON') continue;
    const i = tokenIndexAt(tokens, p.span.start);
    // (Titles and honorifics between: "بدعوة من خادم الحرمين الشريفين الملك سلمان".)
    for (let k = i - 1; k >= Math.max(view.from, i - 6); k--) {
      if (/^[وف]?[بل]?دعوه$/.test(tokens[k].norm)) {
        p.via = 'inviter';
        break;
      }
      const t = tokens[k].norm;
      if (!titleLike(t) && !/^(?:من|كريمه|رسميه|خادم|الحرمين|الشريفين)$/.test(t)) break;
    }
  }
  return sides;
}

/** `framing` receives the starts of the actors that only frame the act (a fronted clause), none of its sides. */
function readSides(input: SidesInput, framing: Set<number>): Participant[] {
  const { tokens, view, first, actors } = input;
  const pos = (e: EntityMention) => tokenIndexAt(tokens, e.span.start);
  const last = (e: EntityMention) => tokenIndexAt(tokens, e.span.end - 1);
  const sorted = outsideEnvoys(actors).sort((a, b) => a.span.start - b.span.start);
  // "حركة الشباب المرتبطة بتنظيم القاعدة", "قوات الدعم السريع الموالية لـ…": the body a group is tied
  // to describes it, and is no side of its own.
  const affiliated = (e: EntityMention) => {
    let k = pos(e) - 1;
    // ('المرتبطة بتنظيم "القاعدة"': the head noun of a quoted name, set off from it by the quotation
    // mark, stands between.)
    if (k > view.from && e.span.start - tokens[k].span.end > 1 && !sorted.some((x) => last(x) === k)) k--;
    if (k <= view.from) return false;
    const w = tokens[k].norm.replace(/^[وف]/, '');
    return (
      (isWord('affiliated', w) || isWord('belonging', w)) && sorted.some((x) => x !== e && last(x) === k - 1)
    );
  };
  const mediating = mediators(tokens, view, sorted, input.type);
  // "جدد مرشد نظام ملالي إيران علي خامنئي التهديد": a state closing the title of the person named
  // right after it is his, part of how he is named, not an actor of its own.
  const titleState = (e: EntityMention) => {
    const k = pos(e) - 1;
    // (Not at talks or an accord, whose two states the leaders' titles may name: "أمير قطر الشيخ تميم".)
    if (input.type === 'CONSULT' || input.type === 'AGREE') return false;
    if (!isCountryRecord(e.entity) || k < view.from || k === governor(tokens, view, first)) return false;
    const next = sorted.find((x) => x.entity.type === 'PERSON' && pos(x) === last(e) + 1);
    // (The word before it a noun of the title: no verb, no preposition, no conjunction.)
    return !!next && !/^و/.test(tokens[pos(e)].norm) && objectMarker(tokens, e, view.from) === null;
  };
  const supported = supportedStates(tokens, view, sorted, input.type);
  if (input.type === 'ASSAULT') for (const e of answeringPersons(tokens, view, sorted)) supported.add(e);
  // "أوقفت القوات الأمنية رئيس حركة النهضة راشد الغنوشي": the party or group in the title of the
  // person arrested describes him; it is neither held nor holding (real reports' labels name the
  // person alone in most arrests of a party's or a force's leader).
  // ("بتعليمات من الملك محمد السادس رئيس لجنة القدس": in any act, a post apposed to a person a
  // preposition introduces is no object of the verb; the body in it describes him.)
  const titleBody = (e: EntityMention) =>
    input.type === 'COERCE'
      ? bodyInTitle(tokens, view, e, sorted) || bodyOfUnnamedPost(tokens, view, e)
      : bodyInTitle(tokens, view, e, sorted, (x) => objectMarked(tokens, x, view.from));
  const ordered = sorted.filter(
    (e) =>
      !affiliated(e) &&
      !mediating.has(e) &&
      !titleState(e) &&
      !supported.has(e) &&
      !kinOf(tokens, view, e) &&
      !titleBody(e),
  );
  if (!ordered.length) return [];
  const g = governor(tokens, view, first);
  const receiving = isReceivingVerb(tokens[g].norm);
  const struckGroups = new Set(
    input.type === 'ASSAULT' ? ordered.filter((e) => struckGroup(tokens, view, e)) : [],
  );
  if (input.type === 'ASSAULT')
    for (const e of bodiesAimedAt(tokens, view, input.last, ordered)) struckGroups.add(e);
  const marked = new Set(
    ordered.filter(
      (e) => objectMarked(tokens, e, view.from) || struckGroups.has(e) || missionStruck(input.type, e),
    ),
  );
  // "أن القائم بالأعمال الأردني شخص غير مرغوب فيه", "طرد السفير التركي": an envoy of another state
  // is what an expulsion falls on, never who decides it. (One of a state named beside him, "سحبت
  // الحكومة العراقية القائم بالأعمال العراقي", is his own state's, recalled.)
  if (input.type === 'SANCTION')
    for (const e of ordered)
      if (
        e.via === 'envoy' &&
        !ordered.some((x) => x !== e && x.entity.country === e.entity.country) &&
        // ("سحب السفير المصري من تركيا": withdrawn from a post, he is his state's own.)
        tokens[last(e) + 1]?.norm !== 'من'
      )
        marked.add(e);
  // "تطرد سفير كوريا الشمالية", "استدعت سفير النرويج": the state named after an envoy's noun is his,
  // the genitive of the act's object, not its subject.
  if (input.type === 'SANCTION' || input.type === 'ACCUSE' || input.type === 'REQUEST')
    for (const e of ordered) if (pos(e) > view.from && envoyNoun(tokens[pos(e) - 1].norm)) marked.add(e);
  // "تعرض المطار لهجوم مع وصول الحكومة الجديدة إليه": the one whose arrival or visit times an
  // attack is who it struck, no attacker.
  if (input.type === 'ASSAULT')
    for (const e of ordered) {
      const k = pos(e);
      if (
        k - 2 >= view.from &&
        /^[وف]?(?:وصول|مغادره|عوده|قدوم|زياره|اجتماع|انعقاد|مرور)$/.test(tokens[k - 1].norm) &&
        /^[وف]?(?:مع|لدي|عند|لحظه|خلال|اثناء|قبيل|فور)$/.test(tokens[k - 2].norm)
      )
        marked.add(e);
    }
  // "تعرضت قوة أميركية … لإطلاق نار": the subject of "تعرض" (underwent) is who the attack struck;
  // so is the force that answered it ("فردت القوات الأميركية بالمثل وقتلت المهاجمين", "قتلهما
  // بدورهما عسكريون أميركيون"): killing the attackers in return does not make it their author.
  if (input.type === 'ASSAULT')
    for (const e of ordered) {
      const k = pos(e);
      const before = k - 1 >= view.from ? tokens[k - 1].norm : '';
      if ((UNDERWENT.test(before) && k < first) || ANSWERED.test(before)) marked.add(e);
    }
  // "بين أرمينيا وأذربيجان", "مع الرئيس ووزير خارجيته": an actor joined by "و" to one a preposition
  // introduces is introduced by it too.
  const between = new Set<EntityMention>();
  for (const e of ordered) {
    const x = ordered.find((y) => last(y) === pos(e) - 1 && marked.has(y));
    if (
      !x ||
      marked.has(e) ||
      !/^و/.test(tokens[pos(e)].norm) ||
      normalize(e.entity.ar ?? '').startsWith('و')
    )
      continue;
    marked.add(e);
    if (objectMarker(tokens, x, view.from) === 'بين' || between.has(x)) between.add(x).add(e);
  }
  // "على يد", "تبنى", "اتهم … X": the actor after such a marker acts.
  const agentsByMarker = new Set<EntityMention>();
  // ("حمّلت الحكومة التنظيمَ المسؤولية": of two actors after a verb of accusing, the first accuses —
  // no side of the attack — and the second is accused of it.)
  const accusers = new Set<EntityMention>();
  for (const m of lex().agents.findAll(tokens, view.from, view.to)) {
    const after = ordered.filter((e) => pos(e) > m.last && pos(e) <= m.last + 6);
    const next = after[0];
    if (!next || pos(next) > m.last + 4) continue;
    if (input.type === 'ASSAULT' && describingAgent(tokens, view, m)) {
      marked.add(next);
      struckGroups.add(next);
      continue;
    }
    const accused =
      input.type === 'ASSAULT' && m.first === m.last && isWord('accusing', tokens[m.first].norm)
        ? after[1]
        : undefined;
    if (accused && !(next.entity.id === accused.entity.id)) {
      accusers.add(next);
      agentsByMarker.add(accused);
    } else agentsByMarker.add(next);
  }
  if (input.type === 'ASSAULT')
    for (const e of ordered) if (standsBehind(tokens, view, e)) agentsByMarker.add(e);
  // "وحدد البيان مرتكبي الهجوم بأنهما: فلان وفلان": the people a report names after "the
  // perpetrators of the attack" carried it out.
  if (input.type === 'ASSAULT' && first > view.from && PERPETRATORS.test(tokens[first - 1].norm))
    for (const e of ordered)
      if (e.entity.type === 'PERSON' && pos(e) > input.last && pos(e) <= input.last + 6)
        agentsByMarker.add(e);
  // "طائرات تابعة لقوات حفتر", "طائرات لحفتر", "مسلحين موالين للجماعة": the attacker's owner acts.
  if (input.type === 'ASSAULT')
    for (let k = view.from; k < view.to; k++) {
      if (!hasWord(lex().attackers, tokens[k].norm)) continue;
      let j = k + 1;
      // (an adjective or two between: "طائرات أجنبية تابعة")
      // ("انتحاريا من تنظيم داعش", "مسلحين من عناصر الحركة": "من" names whose they are.)
      const of = (t: string) => isWord('belonging', t) || t === 'من';
      while (j < Math.min(view.to, k + 3) && !of(tokens[j].norm) && !ordered.some((e) => pos(e) === j)) j++;
      // ("طائرات النظام السوري", "طيران التحالف": a weapon's noun in construct with its owner.)
      const construct = WEAPONS.test(tokens[k].norm) ? ordered.find((e) => pos(e) === k + 1) : undefined;
      const owner = of(tokens[j]?.norm ?? '')
        ? ordered.find((e) => pos(e) > j && pos(e) <= j + 3)
        : (construct ?? ordered.find((e) => pos(e) === j && /^[وف]?ل/.test(tokens[j].norm)));
      // (Not a group whose members were struck: "مقتل خمسة عناصر من الحركة".)
      if (owner && !struckGroups.has(owner)) agentsByMarker.add(owner);
    }
  const end = (e: EntityMention) => tokenIndexAt(tokens, e.span.end - 1);
  // Headlines put the subject first ("العراق يطرد السفيرة السويدية"): an actor right before an
  // imperfect verb is its subject.
  // So does a clause after "إن/أن" ("قالت الوكالة إن إيران استدعت سفير النرويج").
  // ("وأفادت الوكالة بأن السلطان قابوس استقبل …": a title may stand between "أن" and the name.)
  const fronted = (e: EntityMention) => {
    let k = pos(e) - 1;
    while (
      k > view.from &&
      k >= pos(e) - 3 &&
      (isWord('titles', tokens[k].norm) || hasWord(loadKb().honorifics, tokens[k].norm))
    )
      k--;
    const before = k >= view.from ? tokens[k].norm : '';
    return /^[وف]?[يت]/.test(tokens[g].norm) || pos(e) === view.from || isWord('frontingMarks', before);
  };
  // "وكان خادم الحرمين الشريفين -حفظه الله- قد استقبل …": the actor after "كان", before "قد" and
  // the verb, is its subject, whatever aside stands between.
  const pluperfect = () => {
    if (g - 1 < view.from || withoutConj(tokens[g - 1].norm) !== 'قد') return undefined;
    const x = [...ordered].reverse().find((e) => pos(e) < g - 1 && g - pos(e) <= 10);
    if (!x || marked.has(x)) return undefined;
    for (let k = pos(x) - 1; k >= Math.max(view.from, pos(x) - 4); k--) {
      if (isWord('kana', tokens[k].norm)) return x;
      if (!titleLike(tokens[k].norm)) break;
    }
    return undefined;
  };
  const headline0 = ordered.find((e) => end(e) === g - 1 && !marked.has(e) && fronted(e)) ?? pluperfect();
  // An actor inside the trigger phrase is its object ("استدعت سفير النرويج").
  const inTrigger = (e: EntityMention) => pos(e) >= first && pos(e) <= input.last;
  // "قررت مصر طرد السفير القطري، خالد المنصوري": a person's name set off by a comma right after
  // the trigger's object (or an object a preposition introduces) names that object again.
  for (const e of ordered) {
    if (e.entity.type !== 'PERSON' || marked.has(e)) continue;
    const x = ordered.find(
      (y) =>
        y !== e && last(y) === pos(e) - 1 && y.span.end <= e.span.start && (inTrigger(y) || marked.has(y)),
    );
    if (x && tokens[pos(e)].span.start - tokens[last(x)].span.end >= 2) marked.add(e);
  }
  // ("اقتحم مسلحون ملثمون الجامعة": a noun of attackers right after the verb is its subject; the
  // actor after it is struck, unless it names whose they are: "مسلحون من الحركة".)
  const attackersBefore = (e: EntityMention) =>
    input.type === 'ASSAULT' &&
    !agentsByMarker.has(e) &&
    tokens.slice(g + 1, pos(e)).some((t) => hasWord(lex().attackers, t.norm));
  // "أيدت أنقرة المعارضة وطالبت الأسد بالتنحي", "وطالبت القطريين بالمغادرة": a verb in the feminine
  // does not agree with a man or men named after it; they are its objects, its subject the one
  // named before (elided).
  const disagrees = (e: EntityMention) => feminineVerb(tokens, g, first) && masculine(tokens, e);
  for (const e of ordered) if (pos(e) > g && pos(e) - g <= 8 && disagrees(e)) marked.add(e);
  // "سمو الأمير يهاتف الرئيس التونسي": a headline's subject may be a bare title that names no one
  // the KB knows; the actors after its verb are still its objects.
  if (titledSubject(tokens, view, g, ordered)) for (const e of ordered) if (pos(e) > g) marked.add(e);
  const after = ordered.find(
    (e) => pos(e) > g && pos(e) - g <= 8 && !marked.has(e) && !inTrigger(e) && !attackersBefore(e),
  );
  // "مستعيراً أسلوب الزعيم الراحل فلان، توعد الرئيس …": a clause set off by a comma right before
  // the verb, whose subject is named after it, frames the act; the actors it names are no sides.
  // (Not before a light or receiving verb, whose subject a long title may set off: "الشيخ تميم …
  // أمير البلاد، تلقى اتصالاً".)
  // ("وفي ضربة قاسية للجماعة، تمكنت أجهزة الأمن من القبض على …": so does one a preposition opens,
  // whoever the verb's subject.)
  const setOff = (k: number) =>
    k > view.from &&
    (input.text
      ? /[،,]/.test(input.text.slice(tokens[k - 1].span.end, tokens[k].span.start))
      : tokens[k].span.start - tokens[k - 1].span.end >= 2);
  const clauseOpening = (e: EntityMention) => {
    let k = pos(e);
    while (k > view.from && !setOff(k)) k--;
    // (Not a statement that names its issuer: "وفي بيان لوزارة الداخلية، أعلنت أنها …".)
    return FRAMING.test(tokens[k].norm) && !STATED.test(tokens[k + 1]?.norm ?? '');
  };
  // (The clause after the comma opens with its verb, not a noun: "…، بزيارة دولة قطر، حيث استقبله
  // الأمير" is the visitor's own clause going on.)
  let b = g;
  while (b > view.from && !setOff(b)) b--;
  // (Nor a name opening its clause: "باكستان: اعتقال عمران خان", a headline's subject.)
  const opens = (e: EntityMention) => {
    let k = pos(e);
    while (k > view.from && !setOff(k)) k--;
    return k === pos(e);
  };
  const framed = new Set(
    setOff(b) && !governs(tokens[g].norm) && !/^[وف]?(?:[بلك]|ال)/.test(tokens[b].norm)
      ? ordered.filter((e) => end(e) < b && !opens(e) && ((b === g && after) || clauseOpening(e)))
      : [],
  );
  for (const e of framed) framing.add(e.span.start);
  // (The headline's subject read before the later marks, as ever; a framed one gives way.)
  const headline = headline0 && framed.has(headline0) ? pluperfect() : headline0;
  // "السيسي يستقبل …": a subject before the verb, the first of its group.
  // ("الشيخ تميم بن حمد آل ثاني أمير البلاد، تلقى اتصالاً": a long name and its title before the light
  // or receiving verb of a nominal trigger.)
  const before = ordered.find(
    (e) =>
      pos(e) < g &&
      (governs(tokens[g].norm) ? nearBefore(tokens, end(e), g) : g - pos(e) <= 6) &&
      !marked.has(e) &&
      !framed.has(e) &&
      !disagrees(e),
  );
  // "البرهان بعد لقاء السيسي:", "الوزير خلال لقاء نظيره": a meeting noun a time word sets after
  // one named, the noun's own genitive the one met; who is named before met him.
  const met = input.type === 'CONSULT' ? metAfterTimeWord(tokens, first, input.last, ordered, marked) : null;
  if (met) return [side(met.by, 'source'), side(met.one, 'target')];
  let subject = headline ?? after ?? before;
  // "أوقف الناشط … بأمر من وزارة الداخلية": who ordered the act does it, the one a passive verb
  // leaves unnamed.
  const orderer = ordered.find((e) => orderedBy(tokens, view, e));
  // ("أن الناشط اعتقل بقرار من الوزارة": one named before an arrest verb that names who ordered
  // it was arrested, the verb passive.)
  const heldBefore = input.type === 'COERCE' && subject?.entity.type === 'PERSON' && pos(subject) < first;
  if (orderer && input.type !== 'ASSAULT' && !receiving && (!subject || marked.has(subject) || heldBefore)) {
    marked.delete(orderer);
    if (subject && heldBefore) marked.add(subject);
    subject = orderer;
  }
  // "الدبيبة وأردوغان يبحثان هاتفيا": two sides joined before the verb are its subject together, and
  // which of them took the initiative is a guess.
  const joined =
    !headline &&
    !after &&
    !!before &&
    ordered.some((e) => pos(e) > pos(before) && pos(e) < g && /^و/.test(tokens[pos(e)].norm));
  // "قال الأمير في اتصال هاتفي أجراه مع الرئيس", "هنأ الرئيس … في اتصال تلقاه من الملك": a verb right
  // after the trigger, its pronoun the trigger, makes the clause's subject the one who made (or took)
  // the call, whatever comes between.
  // ("بحث الرئيس في اتصال هاتفي تلقاه من الملك": so does the call a verb trigger is said to be held in.)
  const call = input.type === 'CONSULT' ? callHeldIn(tokens, view, input.last) : -1;
  const rel =
    input.type !== 'CONSULT'
      ? -1
      : call >= 0
        ? relativeVerb(tokens, view, call)
        : relativeVerb(tokens, view, input.last);
  // ("اتصال تلقاه الملك من …": the verb's own subject right after it.)
  const main =
    ordered.find((e) => rel >= 0 && pos(e) > rel && pos(e) - rel <= 3 && !marked.has(e)) ??
    ordered.find((e) => pos(e) < (call >= 0 ? call : first) && !marked.has(e) && !inTrigger(e));
  if (rel >= 0 && main && ordered.some((e) => pos(e) > rel)) {
    const took = isReceivingVerb(tokens[rel].norm.replace(/(?:ه|ها|هما)$/, '').replace(/ا$/, 'ي'));
    const rest = ordered.filter((e) => e.entity.id !== main.entity.id);
    // (A receiving verb names who called: it outweighs a clause that only names one side first,
    // "بحث ولي العهد مع الرئيس الفرنسي … خلال اتصال هاتفي تلقاه ولي العهد من الرئيس".)
    const w = took ? 3 : 2;
    return [
      ...(took ? rest : [main]).map((e) => side(e, 'source', w)),
      ...(took ? [main] : rest).map((e) => side(e, 'target', w)),
    ];
  }
  // "كان الرئيس في استقبال ضيفه الأمير", "وكان في استقباله الرئيس": who is "in reception" hosts.
  const reception = input.type === 'CONSULT' ? receptionSides(tokens, view, first, ordered, marked) : null;
  if (reception) return reception;
  // "قتل المهاجمون بعد أن اقتحمت قوات الأمن المبنى الذي احتجزوا فيه رهائن": a state's force storming
  // where hostages are held frees them; it answers the attack and carried out none.
  // (Only beside an author the clause names: a storming told alone stays the force's act.)
  const author = ordered.some((e) => !stateForceOf(e.entity) && e.entity.type === 'ORG' && !marked.has(e));
  const freeing = (e: EntityMention) =>
    author && !marked.has(e) && !agentsByMarker.has(e) && stateForceOf(e.entity) && hostagesIn(tokens, view);
  if (input.type === 'ASSAULT')
    return attackSides(
      ordered.filter((e) => !accusers.has(e) && !freeing(e)),
      marked,
      agentsByMarker,
      subject && accusers.has(subject) ? undefined : subject,
      struckGroups,
    );
  // "تظاهر العمال أمام نقابة الصحفيين", "أمام مقر الاتحاد": where they protest, not who ("أمام
  // السفارة", a body that governs, is what they protest against).
  // ("غرفة عمليات في مقر نقابة الأطباء لمتابعة الإضراب": a seat the strikers work from is where too.)
  const atSeat = (e: EntityMention) => {
    let k = pos(e) - 1;
    const seat = k > view.from && /^(?:مقر|مبني|مقار)$/.test(tokens[k].norm);
    if (seat) k--;
    return (
      k >= view.from &&
      (/^[وف]?(?:امام|قباله)$/.test(tokens[k].norm) || (seat && /^[وف]?في$/.test(tokens[k].norm)))
    );
  };
  // (Nor one who calls on the protesters: addressesProtesters.)
  // "اقتحم المحتجون مبنى مجلس النواب", "مقرات الحركة": the body whose seat they stormed is what
  // they protest against, as is one named after "ضد" ("مظاهرات ضد الحكومة وضد الحركة").
  // (The head noun of a quoted name may stand between: "ضد حركة «النهضة»".)
  // (Any of its mentions in the sentence: "ضد حركة «النهضة» … وتهاجم الحركة".)
  const againstAt = (e: EntityMention) =>
    [pos(e) - 1, pos(e) - 2].some(
      (k, n) =>
        k >= view.from && /^[وف]?ضد$/.test(tokens[k].norm) && (n === 0 || isOrgHead(tokens[k + 1].norm)),
    );
  const against = (e: EntityMention) =>
    view.entities.some((x) => x.entity.id === e.entity.id && againstAt(x));
  if (input.type === 'PROTEST')
    return protestSides(
      ordered.filter(
        (e) =>
          !addressesProtesters(tokens, view, pos(e)) && !hitByStrike(tokens, view, first, input.last, pos(e)),
      ),
      atSeat,
      (e) => (struckGroup(tokens, view, e) && !atSeat(e)) || against(e),
    );
  // "والتقى سموه المرشد الإيراني": an honorific pronoun is the verb's subject; the actors named
  // after the verb are its objects (its guests with a receiving verb: "واستقبل سموه الوزير").
  if (g + 1 < view.to && hasWord(lex().pronounSubjects, tokens[g + 1].norm)) {
    const objects = ordered.filter((e) => pos(e) > g);
    if (objects.length === ordered.length)
      return objects.map((e) => side(e, receiving ? 'source' : 'target', receiving ? 3 : 2));
  }
  // "اتصال هاتفي بين X و Y": no subject, the first named takes the initiative (a weak guess).
  const guessed = !subject || joined;
  // "تلقى ولي العهد اتصالاً من الأمير …" with the receiver unnamed: those named call.
  if (receiving && !subject) return ordered.map((e) => side(e, 'source', marked.has(e) ? 2 : 1));
  // "أتطلع إلى المحادثات التي سأجريها مع ولي العهد", "كما اجتمع وزير الدفاع بالرئيس الإيراني": the
  // subject is unnamed and every actor named is introduced by a preposition — they are acted upon;
  // only one introduced by "من" ("اتصال من الرئيس لولي العهد") is the one who acts.
  // ("الزيارة الأولى لبارزاني إلى طهران", "مراسم استقبال رسمية لرئيس الوزراء": right after a visit
  // or a reception, "ل" names the visitor.)
  const visit = /^[وف]?(?:ب|ل)?(?:ال)?(?:زيار|استقبال)/.test(tokens[first].norm);
  const from = subject
    ? []
    : ordered.filter((e) => {
        const k = objectMarker(tokens, e, view.from);
        return k === 'من' || (visit && k === 'ل' && pos(e) - input.last <= 3);
      });
  // ("تلقى الشيخ فلان، حاكم …، اتصالاً هاتفياً من رئيس الوزراء": the caller after "من" acts even
  // where a long aside hides the verb.)
  // "ترامب يعلن التوصل لاتفاق سلام بين أرمينيا وأذربيجان": the sides of an agreement named after
  // "بين" are its sides; who announces or hosts it is none (their own officials stand with them).
  if (input.type === 'AGREE' && between.size >= 2) {
    const parties = ordered.filter((e) => between.has(e));
    const own = (e: EntityMention) =>
      parties.findIndex((x) => !!e.entity.country && x.entity.country === e.entity.country);
    return ordered
      .filter((e) => between.has(e) || own(e) >= 0)
      .map((e) => {
        const k = between.has(e) ? parties.indexOf(e) : own(e);
        return side(e, k === 0 ? 'source' : 'target', subject && !between.has(subject) ? 2 : 1);
      });
  }
  // ("اتفاق سلام بين أرمينيا وأذربيجان", no one named before: the first named takes the initiative,
  // a weak guess.)
  if (!subject && !from.length && between.size && ordered.every((e) => marked.has(e))) {
    const first = ordered.find((e) => between.has(e))!;
    return ordered.map((e) => side(e, e === first ? 'source' : 'target', 1));
  }
  if (!subject && (ordered.every((e) => marked.has(e)) || (input.type === 'CONSULT' && from.length))) {
    return [
      ...from.map((e) => side(e, 'source')),
      ...ordered.filter((e) => !from.includes(e)).map((e) => side(e, 'target')),
    ];
  }
  subject ??= ordered[0];
  // "أعلنت مالي وبوركينا فاسو والنيجر استدعاء سفرائها": the actors joined to the subject act with it
  // (not in a call or a signing, whose two sides the first named and the other are).
  // ("السعودية والإمارات والبحرين ومصر تقطع علاقاتها بقطر": so do those joined before a subject
  // that heads the clause.)
  const partners =
    input.type === 'CONSULT' || input.type === 'AGREE'
      ? []
      : [
          ...joinedTo(tokens, ordered, subject),
          ...(subject === headline || subject === before ? joinedBefore(tokens, ordered, subject) : []),
        ];
  // (The subject named twice, by title and by name, is one side: "العاهل الأردني الملك عبدالله".)
  const rest = ordered.filter((e) => e.entity.id !== subject!.entity.id && !partners.includes(e));
  const src = receiving ? rest : [subject, ...partners];
  const tgt = receiving ? [subject, ...partners] : rest;
  // "شدد الرئيس … خلال اتصال هاتفي مع نظيره": a call told only as the occasion of what one side
  // said says nothing of who made it; the sides stand in the report's order, no vote on the caller.
  const untold =
    input.type === 'CONSULT' &&
    !governs(tokens[g].norm) &&
    !ordered.some((e) => objectMarker(tokens, e, view.from) === 'من') &&
    callAsOccasion(tokens, view);
  const weight = (e: EntityMention) => (untold ? 0 : guessed && !marked.has(e) ? 1 : receiving ? 3 : 2);
  return [...src.map((e) => side(e, 'source', weight(e))), ...tgt.map((e) => side(e, 'target', weight(e)))];
}

/** Prepositions that open a clause framing an act: "في ضربة لـ…", "بعد لقائه بـ…", "خلال". */
const FRAMING = /^[وف]?(?:في|بعد|قبل|خلال|اثر|عقب|وسط|رغم|ازاء|حيال)$/;
const STATED = /^(?:ال)?(?:بيان|تصريح|تصريحات|كلمه|مؤتمر|حديث|مقابله|تغريده|رساله|بلاغ)$/;

/** The nouns of a post in a party or group: "رئيس", "نائب رئيس", "القيادي في", "عضو", "زعيم". */
const BODY_POST = /^(?:ال)?(?:رييس|رئيس|زعيم|قايد|قائد|قيادي|عضو|مؤسس|امين|نايب|مسوول|متحدث|ناطق|مرشد)$/;

/**
 * "رئيس حركة النهضة راشد الغنوشي", "قاسم مصلح، القيادي في الحشد الشعبي": a body a person's post is
 * in, named between the post and the person or right after a post apposed to him.
 */
function bodyInTitle(
  tokens: Token[],
  view: SentenceView,
  e: EntityMention,
  actors: EntityMention[],
  apposedTo?: (person: EntityMention) => boolean,
): boolean {
  if (e.entity.type !== 'ORG' || e.entity.institution || isCountryRecord(e.entity)) return false;
  const at = (x: EntityMention) => tokenIndexAt(tokens, x.span.start);
  const end = (x: EntityMention) => tokenIndexAt(tokens, x.span.end - 1);
  let k = at(e) - 1;
  // (The head of the group's name may stand outside it: "رئيس حركة النهضة".)
  if (k >= view.from && groupHead(tokens[k].norm) === 'bare') k--;
  if (k >= view.from && /^(?:في|عن|باسم|داخل)$/.test(tokens[k].norm)) k--;
  if (k < view.from) return false;
  const post = (j: number) => {
    const t = withoutConj(tokens[j].norm);
    return BODY_POST.test(t) || isWord('titles', t);
  };
  // ("قائد عمليات الحشد الشعبي", "رئيس المكتب السياسي لحركة …": a noun of the post between.)
  if (!post(k) && k - 1 >= view.from && post(k - 1)) k--;
  else if (!post(k)) return false;
  return actors.some((x) =>
    x.entity.type !== 'PERSON'
      ? false
      : apposedTo
        ? end(x) === k - 1 && apposedTo(x)
        : (at(x) > end(e) && at(x) - end(e) <= 2) || (end(x) < k && k - end(x) <= 2),
  );
}

/** Posts held by several: "نواب", "أعضاء", "قياديين" (not leaders: "زعيما حزب …" stand for their party). */
const POSTS_OF_MANY = /^(?:ال)?(?:نواب|اعضاء|قيادات|قياديين|قياديي)$/;

/**
 * "أوقفت الشرطة زوجة النائب البرلماني عن حزب …", "اعتقال نواب في البرلمان": in an arrest, a party or
 * body named after the post of people the report leaves unnamed (or names in words the KB cannot
 * read), with "عن"/"في" between, describes the people held; the body itself is neither held nor
 * holding. (The party of leaders held, "اعتقال زعيمي الحزب", is held: test/sides25.)
 */
function bodyOfUnnamedPost(tokens: Token[], view: SentenceView, e: EntityMention): boolean {
  if (e.entity.type !== 'ORG' || isCountryRecord(e.entity)) return false;
  let k = tokenIndexAt(tokens, e.span.start) - 1;
  if (k >= view.from && groupHead(tokens[k].norm) === 'bare') k--;
  if (k < view.from || !/^(?:في|عن)$/.test(tokens[k].norm)) return false;
  const post = (j: number) =>
    j >= view.from &&
    (BODY_POST.test(withoutConj(tokens[j].norm)) || POSTS_OF_MANY.test(withoutConj(tokens[j].norm)));
  // ("النائب البرلماني عن حزب …": an adjective of the post may stand between.)
  return post(k - 1) || (post(k - 2) && /^ال/.test(tokens[k - 1].norm));
}

/** "ابن", "نجل", "شقيق", "زوجة": a kinship noun whose genitive is the relative a person is named by. */
const KIN = /^(?:ابن|نجل|ابنه|نجله|شقيق|شقيقه|اخو|اخي|زوج|زوجه|والد|والده|حفيد|صهر|ارمله)$/;

/**
 * "سيف الإسلام، ابن الزعيم الليبي الراحل معمر القذافي": the person a kinship noun names as someone's
 * relative describes that someone; he is no side of what befell him.
 */
function kinOf(tokens: Token[], view: SentenceView, e: EntityMention): boolean {
  if (e.entity.type !== 'PERSON') return false;
  for (let k = tokenIndexAt(tokens, e.span.start) - 1, n = 0; k >= view.from && n < 4; k--, n++) {
    const t = tokens[k].norm.replace(/^[وف]/, '');
    if (KIN.test(t)) return true;
    if (!titleLike(t) && !nationality(t) && !/^(?:الراحل|السابق|الاسبق|الاكبر|الاصغر)$/.test(t)) return false;
  }
  return false;
}

/**
 * "سمو الأمير يهاتف …", "ولي العهد يستقبل …": a verb in the imperfect after nothing but titles and
 * honorifics (a subject the KB cannot name), no actor among them.
 */
function titledSubject(tokens: Token[], view: SentenceView, g: number, actors: EntityMention[]): boolean {
  if (g <= view.from || g - view.from > 4 || !/^[يت]/.test(tokens[g].norm)) return false;
  if (actors.some((e) => tokenIndexAt(tokens, e.span.start) < g)) return false;
  return tokens.slice(view.from, g).every((t) => titleLike(t.norm) || STYLES.test(t.norm));
}

/** The styles a leader is addressed by: "سمو", "فخامة", "جلالة", "معالي", "حضرة صاحب السمو". */
const STYLES = /^(?:سمو|فخامه|جلاله|معالي|دوله|سعاده|حضره|صاحب|السمو|الجلاله|الفخامه)$/;

/** A light or receiving verb ("أجرى", "تلقى"), which a nominal trigger follows. */
const governs = (t: string) => hasWord(lex().light, t) || hasWord(lex().receiving, t);

/**
 * An actor whose name ends at most six words before the verb, not counting the words of a title
 * apposed to it ("الشيخ تميم بن حمد آل ثاني أمير البلاد، تلقى").
 */
function nearBefore(tokens: Token[], end: number, g: number): boolean {
  let words = 0;
  for (let k = end + 1; k < g; k++) if (!titleLike(tokens[k].norm)) words++;
  return words <= 5 && g - end <= 9;
}

/**
 * "بوساطة دولة قطر والجمهورية التركية", "برعاية الرئيس الصيني", "بحضور وزير الخارجية": the
 * mediator, sponsor or witness of a meeting, an agreement or a truce between others is no side of
 * it, nor the actors joined to it; nor, at an agreement, who invited the signatories ("بدعوة من").
 */
function mediators(
  tokens: Token[],
  view: SentenceView,
  actors: EntityMention[],
  type: string,
): Set<EntityMention> {
  const out = new Set<EntityMention>();
  if (type !== 'CONSULT' && type !== 'AGREE' && type !== 'RETREAT') return out;
  // ("سلّمه رسالة خطية من الملك": who sent a letter the meeting delivers is no side of it.)
  const letter = (t: string) => type === 'CONSULT' && /^[وف]?(?:ب|ل)?(?:ال)?(?:رساله|رسائل|برقيه)$/.test(t);
  const marks = (t: string) =>
    hasWord(lex().mediators, t) ||
    (type === 'AGREE' && (hasWord(lex().inviters, t) || EFFORTS.test(t))) ||
    letter(t);
  for (const e of actors) {
    if (type === 'AGREE' && namesAgreement(tokens, view, actors, e)) {
      out.add(e);
      continue;
    }
    if (type === 'AGREE' && byEfforts(tokens, view, e)) {
      out.add(e);
      for (const x of joinedTo(tokens, actors, e)) out.add(x);
      continue;
    }
    const i = tokenIndexAt(tokens, e.span.start);
    for (let k = i - 1; k >= Math.max(view.from, i - 6); k--) {
      const t = tokens[k].norm;
      if (marks(t)) {
        out.add(e);
        for (const x of joinedTo(tokens, actors, e)) out.add(x);
        break;
      }
      if (!titleLike(t) && !/^(?:من|دوله|حكومه|سلطنه|المملكه|جمهوريه|خطيه|شفهيه|شفويه)$/.test(t)) break;
    }
  }
  return out;
}

/** "قرب", "بجوار", "محيط": words that put an attack at a body's seat. */
const NEAR = /^[وف]?(?:قرب|بالقرب|بجوار|بجانب|جوار|محيط|امام|داخل)$/;
/** "استهدفتا", "طالت", "ضربت", "استهداف": a verb or noun of aiming at or hitting. */
const AIMED = /^[وف]?(?:ل|ب)?(?:استهدف\S*|طال|طالت|طالا|طالتا|ضربت|ضربتا|ضرب|ضربا|استهداف)$/;

/**
 * "تفجير شاحنتين استهدفتا وزارتي الخارجية والمالية", "انفجار قرب وزارة العدل": a ministry or
 * another body that does not fight, named right after a word of aiming (a verb after the trigger,
 * whose subject the attack is, or a verbal noun) or of nearness, is what the attack struck — not one
 * that reports or answers it. (A verb of aiming that is the trigger itself may have the body as its
 * subject: "استهدفت الوزارة …" is left alone.)
 */
function aimedAtBody(tokens: Token[], view: SentenceView, last: number, e: EntityMention): boolean {
  let k = tokenIndexAt(tokens, e.span.start) - 1;
  if (k > view.from && (/^(?:مبني|مباني|مبنيي|مقر|مقري)$/.test(tokens[k].norm) || tokens[k].norm === 'من'))
    k--;
  if (k < view.from) return false;
  const t = tokens[k].norm;
  return NEAR.test(t) || (AIMED.test(t) && (k > last || /استهداف$/.test(t)));
}

/**
 * The bodies an attack was aimed at, among `actors` (`last`: the trigger's last token), and those
 * joined to one by "و" ("وزارتي الخارجية والمالية": the second struck too).
 */
export function bodiesAimedAt(
  tokens: Token[],
  view: SentenceView,
  last: number,
  actors: EntityMention[],
): Set<EntityMention> {
  const out = new Set<EntityMention>();
  const sorted = [...actors].sort((a, b) => a.span.start - b.span.start);
  // (Not an embassy or a consulate: one near which a bomb went off is told apart, missionStruck.)
  const fights = (e: EntityMention) =>
    e.entity.type !== 'ORG' || matches(lex().armed, e) || missionStruck('ASSAULT', e);
  for (const e of sorted) {
    if (fights(e)) continue;
    const i = tokenIndexAt(tokens, e.span.start);
    const joined =
      /^و/.test(tokens[i].norm) &&
      sorted.some((x) => out.has(x) && tokenIndexAt(tokens, x.span.end - 1) === i - 1);
    if (joined || aimedAtBody(tokens, view, last, e)) out.add(e);
  }
  return out;
}

/**
 * "انفجار قرب مقر القنصلية الأمريكية": an embassy or consulate named in an attack is what it struck
 * (near or at its seat), never who struck.
 */
const missionStruck = (type: string, e: EntityMention) =>
  type === 'ASSAULT' && (e.entity.institution === 'embassy' || e.entity.institution === 'consulate');

/**
 * "وقّع الفرقاء اتفاق الدوحة", "«اتفاق مكة»": the city an agreement is named after is where it was
 * made, no party to it ("اتفاق الرياض وطهران", two capitals joined by و, are its parties).
 */
function namesAgreement(tokens: Token[], view: SentenceView, actors: EntityMention[], e: EntityMention) {
  const i = tokenIndexAt(tokens, e.span.start);
  if (i <= view.from || !AGREEMENT_NAME.test(tokens[i - 1].norm)) return false;
  // ('وثيقة "إعلان الجزائر"': a state's name inside a quoted name is part of it — the mark before the
  // agreement's noun sets it off from the word before.)
  const quoted = i - 2 >= view.from && tokens[i - 1].span.start - tokens[i - 2].span.end >= 2;
  if (isCountryRecord(e.entity) && e.via !== 'metonymy' && !quoted) return false;
  const next = tokenIndexAt(tokens, e.span.end - 1) + 1;
  return !actors.some((x) => tokenIndexAt(tokens, x.span.start) === next && /^و/.test(tokens[next].norm));
}
const AGREEMENT_NAME = /^[وف]?[بل]?(?:ال)?(?:اتفاق|اتفاقيه|تفاهم|تفاهمات|اعلان|وثيقه|ميثاق)$/;

/**
 * "أثمرت جهود العاهل السعودي اتفاقاً بين …", "بعد مساعٍ حثيثة للأمير": whose efforts brought an
 * agreement about is its broker (an adjective may stand between).
 */
function byEfforts(tokens: Token[], view: SentenceView, e: EntityMention): boolean {
  const i = tokenIndexAt(tokens, e.span.start);
  const efforts = (k: number) => k >= view.from && EFFORTS.test(tokens[k].norm);
  return efforts(i - 1) || (efforts(i - 2) && /^(?:ال)?\S+[هي]$/.test(tokens[i - 1].norm));
}
const EFFORTS = /^[وف]?(?:ب|ل)?(?:ال)?(?:جهود|مساعي|مساع)$/;

/** "وحليفتاها", "وشركاؤها": an ally or partner named as such, joining the actor after it. */
const isAlly = (t: string) => /^و(?:حليف|حلفاء|شريك|شركاء)\S*$/.test(t);

/** The actors right before `subject`, each joined to the next by "و" ("السعودية والإمارات ومصر تقطع"). */
function joinedBefore(tokens: Token[], ordered: EntityMention[], subject: EntityMention): EntityMention[] {
  const out: EntityMention[] = [];
  let cur = subject;
  for (;;) {
    const i = tokenIndexAt(tokens, cur.span.start);
    // ("مالي وحليفتاها بوركينا فاسو والنيجر": an ally or partner named as such is joined too.)
    const ally = i > 0 && isAlly(tokens[i - 1].norm);
    if (!ally && (!/^و/.test(tokens[i].norm) || normalize(cur.entity.ar ?? '').startsWith('و'))) break;
    const x = ordered.find((e) => tokenIndexAt(tokens, e.span.end - 1) === i - (ally ? 2 : 1));
    if (!x || x.entity.id === subject.entity.id) break;
    out.push(x);
    cur = x;
  }
  return out;
}

/**
 * A verb in the perfect, feminine singular ("طالبت", "أجرت"): its subject is a woman, a state, a
 * body or a group of things, not a man.
 */
function feminineVerb(tokens: Token[], g: number, first: number): boolean {
  // (The trigger itself, a verb: not a plural noun in "ات", "مباحثات".)
  return g === first && /^[وف]?\S{2,}[^ا]ت$/.test(tokens[g].norm);
}

/** A man ("الأسد", "الرئيس") or men of a nation ("القطريين") named. */
function masculine(tokens: Token[], e: EntityMention): boolean {
  const t = withoutConj(tokens[tokenIndexAt(tokens, e.span.start)].norm);
  if (e.entity.type === 'PERSON') return !(t.endsWith('ه') && isWord('titles', t.slice(0, -1)));
  return e.entity.type === 'GPE' && /^ال\S+(?:يين|يون)$/.test(t) && e.span.end - e.span.start <= t.length + 2;
}

/** The actors right after `subject`, each joined to the one before by "و" ("مالي وبوركينا فاسو والنيجر"). */
function joinedTo(tokens: Token[], ordered: EntityMention[], subject: EntityMention): EntityMention[] {
  const out: EntityMention[] = [];
  let last = tokenIndexAt(tokens, subject.span.end - 1);
  for (const e of ordered) {
    const i = tokenIndexAt(tokens, e.span.start);
    if (i <= last) continue;
    // ("واشنطن": a name that begins with the letter is no conjunction.)
    const conj = /^و/.test(tokens[i].norm) && !normalize(e.entity.ar ?? '').startsWith('و');
    const ally = i === last + 2 && isAlly(tokens[last + 1].norm);
    if ((!ally && (i !== last + 1 || !conj)) || e.entity.id === subject.entity.id) break;
    out.push(e);
    last = tokenIndexAt(tokens, e.span.end - 1);
  }
  return out;
}

const ORDERING = /^(?:بامر|باوامر|بقرار|بتعليمات)$/;

function orderedBy(tokens: Token[], view: SentenceView, e: EntityMention): boolean {
  const k = tokenIndexAt(tokens, e.span.start);
  return k - 2 >= view.from && tokens[k - 1].norm === 'من' && ORDERING.test(tokens[k - 2].norm);
}

const PERPETRATORS = /^[وف]?(?:منفذ|منفذي|منفذو|مرتكب|مرتكبي|مرتكبو)$/;
const ANSWERED = /^[وف]?(?:ردت|ردا|ردوا|بدوره|بدورها|بدورهما|بدورهم)$/;
const UNDERWENT = /^[وف]?(?:تعرض|تعرضت|تعرضا|تعرضتا|تعرضوا|يتعرض|تتعرض)$/;

const RECEPTION = /^(?:استقبال|مستقبلي)(ه|ها|هما|هم)?$/;

/** The first "في استقباله" from `first` on in the sentence, if any. */
function receptionAt(tokens: Token[], first: number, to: number): number | undefined {
  for (let k = Math.max(first, 1); k < to; k++)
    if (RECEPTION.test(tokens[k].norm) && /^[وف]?في$/.test(tokens[k - 1].norm)) return k;
  return undefined;
}

/**
 * "كان X في استقبال Y" (or "في مقدمة مستقبلي Y"): X hosts, Y visits; "كان في استقباله X": X hosts the
 * visitor told before.
 * Null when the trigger is not such a reception noun.
 */
function receptionSides(
  tokens: Token[],
  view: SentenceView,
  first: number,
  ordered: EntityMention[],
  marked: Set<EntityMention>,
): Participant[] | null {
  // ("كان ولي العهد في مقدمة مستقبلي الرئيس": at the head of those who received him, he hosts.)
  // ("أقيمت مراسم استقبال رسمية، حيث كان في استقباله الرئيس": the reception noun after "في" tells
  // the sides, the ceremony's before it does not.)
  if (/^[وف]?[بل]?(?:ال)?استقبال$/.test(tokens[first].norm))
    first = receptionAt(tokens, first, view.to) ?? first;
  const lead = tokens[first].norm.replace(/^[وف]/, '');
  const t = lead === 'مقدمه' && first + 1 < view.to ? tokens[first + 1].norm : lead;
  const m = RECEPTION.exec(t);
  if (!m || first === view.from || !/^[وف]?في$/.test(tokens[first - 1].norm)) return null;
  const pos = (e: EntityMention) => tokenIndexAt(tokens, e.span.start);
  const after = ordered.filter((e) => pos(e) > first && pos(e) - first <= 8);
  const before = ordered.filter((e) => pos(e) < first - 1 && first - 1 - pos(e) <= 8 && !marked.has(e));
  // ("وكان ولي العهد في استقباله": with the guest told before, a host named before.)
  const hostAfter = m[1] && after.length > 0;
  const host = hostAfter ? after[0] : before[before.length - 1];
  if (!host) return null;
  const guests = m[1]
    ? hostAfter
      ? before
      : []
    : after.filter((e) => e.entity.id !== host.entity.id).slice(0, 1);
  // (Marked: the host named receiving the guest outweighs who invited him, coref.ts.)
  const hosting = side(host, 'target');
  hosting.via = 'reception';
  return [...guests.filter((e) => e.entity.id !== host.entity.id).map((e) => side(e, 'source')), hosting];
}

const BODY_SEAT = /^(?:مديريه|مجلس محافظه|ديوان|محكمه)\s/;

// Institutions that report an attack and answer it: "أخلت السلطات المطار", "أعلنت السلطات حظر التجول".
const RESPONDING = new Set(['authorities', 'local-authorities', 'prosecution']);

/** An attack's source is who carries it out; people and bodies it strikes are its targets. */
function attackSides(
  ordered: EntityMention[],
  marked: Set<EntityMention>,
  agents: Set<EntityMention>,
  subject: EntityMention | undefined,
  struckGroups: Set<EntityMention>,
): Participant[] {
  const out: Participant[] = [];
  for (const e of ordered) {
    // Who reports or answers an attack (a ministry, the civil defence, a hospital, the authorities
    // that evacuate, seal off or accuse) is no side of it.
    // (Not a ministry whose seat the attack struck: "استهدف مقر وزارة الدفاع".)
    if (
      !agents.has(e) &&
      !struckGroups.has(e) &&
      (matches(lex().responders, e) || RESPONDING.has(e.entity.institution ?? '') || vague(e))
    )
      continue;
    const named = agents.has(e) || (e === subject && e.entity.type !== 'PERSON');
    // An armed group, a state's forces or a state (a country is a side only as the clause's
    // subject) named beside an attack, unmarked, carried it out; a
    // person or another body named beside it was struck ("اغتيال صالح العاروري", "استهدف الحكومة").
    const armed =
      e.entity.type !== 'PERSON' && !marked.has(e) && (matches(lex().armed, e) || e.entity.type === 'GPE');
    // (A group whose members were struck keeps that mark: no later rule makes it the attacker.)
    // Protesters named by their group are whom an attack on them struck ("فض اعتصام المعتصمين"): a
    // crowd that attacks is a riot, a protest of its own.
    const crowd = e.entity.sector === 'protesters';
    // A directorate, council, court or office named after the place it serves ("تفجير مديرية أمن
    // الدقهلية", "مجلس محافظة الأنبار") is a building an attack strikes, unless the clause makes it the agent.
    const seat = !agents.has(e) && BODY_SEAT.test(normalize(e.entity.ar));
    const p = side(e, (named || armed) && !crowd && !seat ? 'source' : 'target');
    if (struckGroups.has(e) && !named) Object.assign(p, { role: 'target', via: 'struck' });
    out.push(p);
  }
  return [...out.filter((p) => p.role === 'source'), ...out.filter((p) => p.role === 'target')];
}

/**
 * A protest or strike is held by people, unions and parties against those who govern: a
 * government, its ministries, forces and officials, or a state's embassy, are its targets.
 */
function protestSides(
  ordered: EntityMention[],
  atSeat: (e: EntityMention) => boolean,
  stormed: (e: EntityMention) => boolean,
): Participant[] {
  const kb = loadKb();
  const governs = (e: EntityMention) => {
    const k = kb.byId.get(e.entity.id);
    // ("أبعدت قوات الأمن المحتجين": police and soldiers named by their group stand for the state.)
    if (e.entity.institution || e.entity.sector === 'police' || e.entity.sector === 'military') return true;
    if (e.entity.type === 'PERSON') return !!k?.offices?.length;
    return e.entity.type === 'GPE';
  };
  // (A body the KB does not know before whose seat protesters gather is where, not who, wherever the
  // sentence names another side: "مظاهرة أمام المجلس الرئاسي تطالب برحيل الدبيبة".)
  const seat = (e: EntityMention) => atSeat(e) && e.entity.id.includes('unknown-org');
  // ("التزاما بقرار الحكومة الداعي إلى الإضراب": no protester.)
  const out = ordered
    .filter((e) => !vague(e) && !(seat(e) && ordered.some((x) => !seat(x) && !vague(x))))
    .map((e) => side(e, governs(e) || stormed(e) ? 'target' : 'source'));
  // "أعلن الدكتور فلان، منسق الإضراب الجزئي للأطباء": one who speaks for a trade on strike, beside it,
  // tells of its strike; the trade strikes.
  const trade = out.some((p) => p.role === 'source' && LABOUR_SECTORS.has(p.entity.sector ?? ''));
  const speaksFor = (p: Participant) =>
    trade && p.role === 'source' && p.entity.type === 'PERSON' && !kb.byId.get(p.entity.id)?.offices?.length;
  const kept = statesBesideRulers(out.filter((p) => !speaksFor(p)));
  return [...kept.filter((p) => p.role === 'source'), ...kept.filter((p) => p.role === 'target')];
}

/**
 * "مظاهرات في الجزائر ضد ترشح بوتفليقة", "تظاهرات بطرابلس تطالب برحيل الدبيبة": a state named beside
 * its own ruler or government protested against is where the protest is, not its target.
 */
export function statesBesideRulers<T extends { entity: EntityRecord; role?: string }>(ps: T[]): T[] {
  const rulers = new Set(
    ps.filter((p) => p.role === 'target' && !isCountryRecord(p.entity)).map((p) => p.entity.country),
  );
  return ps.filter(
    (p) => !(p.role === 'target' && isCountryRecord(p.entity) && rulers.has(p.entity.country)),
  );
}

/**
 * "الحكومة", "الحكومة الجديدة", "حكومة التطبيع" unresolved to a state: a body named by a word of the
 * state's institutions whose state the report leaves open is too vague a side of a protest or an attack.
 */
function vague(e: EntityMention): boolean {
  const head = withoutConj(normalize(e.entity.ar ?? '').split(/\s+/)[0]);
  return (
    e.entity.id.includes('unknown-org') &&
    !e.entity.institution &&
    [head, `ال${head}`].some((w) => loadKb().institutions.has(w))
  );
}

/** Does a word of the list occur in the actor's name (Arabic or English)? */
function matches(words: RegExp, e: EntityMention): boolean {
  return words.test(normalize(`${e.entity.ar} ${e.text}`)) || words.test(e.entity.en.toLowerCase());
}

function side(e: EntityMention, role: 'source' | 'target', weight = 2): Participant {
  const p: Participant = { entity: e.entity, via: e.via, span: e.span, role };
  roleWeight.set(p, weight);
  return p;
}

/** "مقتل 6 مدنيين", "استهدف المصلين": the people an attack struck, by sector, within the sentence. */
/** People an attack struck, named by sector ("مدنيين", "المصلين"); a guess where only counted. */
export interface Victim {
  sector: string;
  country?: string;
  guess?: boolean;
  span: { start: number; end: number };
}

export function victimsIn(tokens: Token[], view: SentenceView): Victim[] {
  // Only where the text counts or names the struck: a few words after "مقتل", "إصابة", "استهدف" …
  // ("ردا على اغتيال قادة …": the victims of the deed the attack answers are not its own.)
  const inCause = (i: number) => causeBetween(tokens, Math.max(view.from, i - 6), i);
  const struck = (t: string) =>
    hasWord(lex().struck, t) || hasWord(lex().struck, t.replace(/^[بل](?=..)/, ''));
  const near = (i: number) => {
    if (inCause(i)) return false;
    for (let k = i - 1; k >= Math.max(view.from, i - 5); k--) if (struck(tokens[k].norm)) return true;
    // "قتل ما لا يقل عن 12 شخصا", "أصيب أكثر من 30 مدنيا": a count of any length between them.
    let k = i - 1;
    while (
      k > view.from &&
      i - k <= 8 &&
      (/^\d+$/.test(tokens[k].norm) || isWord('countWords', tokens[k].norm))
    )
      k--;
    return k < i - 1 && k >= view.from && struck(tokens[k].norm);
  };
  const out: Victim[] = [];
  // "مقتل 3 عسكريين أمريكيين", "إصابة جنود أتراك": the nationality after the sector is theirs.
  const described = new Set<number>();
  // "وكان 3 جنود أميركيين قد قتلوا": a verb of their death or injury right after them (no one after it
  // whom they would have killed: "جنود قتلوا مدنيين").
  const diedAfter = (last: number) => {
    for (let k = last + 1; k < Math.min(view.to, last + 4); k++) {
      if (!isWord('struckAfter', tokens[k].norm)) continue;
      return !(k + 1 < view.to && lex().victims.matchAt(tokens, k + 1)) && !inCause(last);
    }
    return false;
  };
  for (const m of lex().victims.findAll(tokens, view.from, view.to)) {
    // ("ضابط وجندي من الجيش البحريني": the force they belong to names their country.)
    // ("جنود المارينز الأميركيين": so does a nisba after the name of their corps.)
    const corps =
      m.last + 2 < view.to &&
      /^ال/.test(tokens[m.last + 1].norm) &&
      !nationality(tokens[m.last + 1].norm) &&
      !!nationality(tokens[m.last + 2].norm);
    const next = ofForce(tokens, view, m.last) ?? (corps ? m.last + 2 : m.last + 1);
    const after = next < view.to && nationality(tokens[next].norm) ? next : m.last;
    if (!near(m.first) && !diedAfter(after)) continue;
    // ("ضابط وجندي من الجيش البحريني": the nouns joined by "و" share the country named after the last.)
    let country = next < view.to ? nationality(tokens[next].norm) : undefined;
    for (let j = m.last + 1; !country && j < view.to && /^و/.test(tokens[j].norm); ) {
      const more = lex().victims.matchAt(tokens, j);
      if (!more) break;
      const k = ofForce(tokens, view, more.last) ?? more.last + 1;
      country = k < view.to ? nationality(tokens[k].norm) : undefined;
      j = more.last + 1;
    }
    if (country) described.add(next);
    // (Persons named by no group, "مقتل 12 شخصا", are civilians only for want of a word: a guess.)
    const people = m.values[0] === 'people';
    out.push({
      sector: people ? 'civilians' : m.values[0],
      ...(people ? { guess: true } : {}),
      ...(country ? { country } : {}),
      span: { start: tokens[m.first].span.start, end: tokens[country ? next : m.last].span.end },
    });
  }
  // "تفجير داخل مسجد", "هجوم استهدف كنيسة": an attack in or on a house of worship strikes its worshippers.
  for (let i = view.from; i < view.to; i++) {
    const t = tokens[i].norm;
    const place = isWord('worshipPlaces', t) || isWord('worshipPlaces', t.replace(/^[وف]?[بل](?=..)/, ''));
    if (!place || inCause(i) || overlooking(tokens, view, i)) continue;
    const inIt = /^[وف]?ب(?=..)/.test(t) && !isWord('worshipPlaces', t);
    if (inIt || (i > view.from && isWord('worshipPlaceMarks', tokens[i - 1].norm)))
      out.push({ sector: 'worshippers', span: tokens[i].span });
  }
  // "استهدف قاعة العزاء", "غارة على موكب تشييع": an attack on a funeral strikes its mourners.
  for (let i = view.from; i < view.to; i++) {
    const t = tokens[i].norm;
    if ((isWord('mourning', t) || isWord('mourning', t.replace(/^[بل](?=..)/, ''))) && !inCause(i)) {
      out.push({ sector: 'mourners', span: tokens[i].span });
      break;
    }
  }
  // "اعتقال 12 فلسطينياً", "مقتل ثلاثة سوريين": people named by their nationality are its civilians.
  for (let i = view.from; i < view.to; i++) {
    const t = tokens[i].norm;
    if (described.has(i) || !/(?:يين|يون|يا)$/.test(t) || !near(i)) continue;
    // ("اعتقال 12 فلسطينيا": the accusative too, where the word is not a state's own name, "تركيا".)
    const country = nisbaCountry(t) ?? (countryNamed(tokens, i) ? undefined : nationality(t));
    // (Named by nationality alone: civilians as a guess, as persons counted are.)
    if (country) out.push({ sector: 'civilians', country, guess: true, span: tokens[i].span });
  }
  return out;
}

/**
 * "مقهى مطل على ساحة جامع الفنا", "فندق يطل على المسجد": the house of worship a struck place overlooks
 * is a landmark that places it, not where the attack struck.
 */
function overlooking(tokens: Token[], view: SentenceView, i: number): boolean {
  for (let k = i - 1; k > Math.max(view.from, i - 4); k--)
    if (
      tokens[k].norm === 'علي' &&
      /^[وف]?(?:ال)?(?:مطل|مطله|يطل|تطل|مشرف|مشرفه|يشرف|تشرف)$/.test(tokens[k - 1].norm)
    )
      return true;
  return false;
}

/** "من الجيش البحريني", "من قوات الأمن العراقية": the index of the nisba after the force, or undefined. */
function ofForce(tokens: Token[], view: SentenceView, last: number): number | undefined {
  if (last + 3 >= view.to || tokens[last + 1].norm !== 'من') return undefined;
  if (!/^(?:الجيش|القوات|قوات|قوه|الشرطه)$/.test(tokens[last + 2].norm)) return undefined;
  const k = tokens[last + 3].norm === 'الامن' && last + 4 < view.to ? last + 4 : last + 3;
  return nisbaCountry(tokens[k].norm) ? k : undefined;
}

/**
 * "جنود أمريكيين", "13 جنديا أمريكيا": the state the nisba after a sector noun names, in the
 * accusative singular too (there only: alone, "تركيا" is the state's name).
 */
function nationality(t: string): string | undefined {
  return nisbaCountry(t) ?? (/..يا$/.test(t) ? nisbaCountry(t.slice(0, -1)) : undefined);
}

/**
 * Worshippers struck in their house of worship are the civilians a report counts there ("قتل 20
 * شخصا في تفجير داخل كنيسة"): the narrower name stands for them, in the same country or none. So do
 * mourners struck at a funeral ("إطلاق نار على موكب التشييع … مدنيون فروا من سياراتهم").
 */
const GATHERED = new Set(['worshippers', 'mourners']);

export function worshippersForCivilians<T extends { entity: EntityRecord; role?: string; via?: string }>(
  side: T[],
): T[] {
  const worship = side.filter((p) => GATHERED.has(p.entity.sector ?? '') && p.role !== 'source');
  // Tourists among the dead ("مقتل 27 شخصاً بينهم سياح") are whom the attack struck: the civilians
  // guessed from persons counted ("شخصاً") or a bare toll give way to them (civilians named stay).
  const tourists = side.some((p) => VISITOR_SECTORS.has(p.entity.sector ?? '') && p.role !== 'source');
  if (!worship.length && !tourists) return side;
  return side.filter(
    (p) =>
      !(
        p.entity.sector === 'civilians' &&
        p.role !== 'source' &&
        ((tourists && (p.via === 'people' || p.via === 'toll')) ||
          worship.some(
            (w) => !w.entity.country || !p.entity.country || w.entity.country === p.entity.country,
          ))
      ),
  );
}

const SECTOR_AR: Record<string, string> = {
  civilians: 'مدنيون',
  workers: 'عمال',
  worshippers: 'مصلون',
  mourners: 'معزون',
  children: 'أطفال',
  students: 'طلاب',
  military: 'عسكريون',
  police: 'الشرطة',
  journalists: 'صحفيون',
  tourists: 'سياح',
  protesters: 'متظاهرون',
  ambassador: 'سفير',
  activists: 'ناشطون',
  lawyers: 'محامون',
  parliament: 'نواب',
  teachers: 'معلمون',
  doctors: 'أطباء',
  factions: 'فصائل',
  unions: 'نقابات',
  kidnappers: 'خاطفون',
};

/**
 * Sector actors whose country is only the report's (its places are mostly there), no nisba's and no
 * place's of the event: once the event is placed, the country of its place is theirs (placedSectors).
 */
export const reportCountrySectors = new WeakSet<EntityRecord>();

/**
 * "مقتل 3 جنود" in a report whose places are mostly in Algeria, of an attack placed in Bamako: the
 * people an event names by sector without a nisba belong to where it happened, once that is settled.
 */
export function sectorsWhereHappened(events: EventMention[]): EventMention[] {
  return events.map((e) => {
    const country = e.type === 'SANCTION' ? undefined : e.location?.entity.country;
    if (!country || !e.participants.some((p) => reportCountrySectors.has(p.entity))) return e;
    const participants = e.participants.map((p) =>
      reportCountrySectors.has(p.entity) && p.entity.country !== country && p.entity.sector
        ? { ...p, entity: sectorActor(p.entity.sector, country) }
        : p,
    );
    return { ...e, participants };
  });
}

/** Words before a seat that put something before it, not in it ("أمام مقر قيادة الجيش"). */
export const BEFORE_SEAT = /^[وف]?(?:امام|قباله|قرب|بقرب|محيط|بمحيط)$/;

/** An actor named by its sector and country: "civilians (Iraq)". */
export function sectorActor(sector: string, country: string | undefined): EntityRecord {
  const c = country ? loadKb().countryEntity.get(country) : undefined;
  return {
    id: `sector:${sector}:${country ?? 'any'}`,
    wikidata: null,
    type: 'ORG',
    en: c ? `${c.en} ${sector}` : sector,
    ar: c ? `${SECTOR_AR[sector] ?? sector} (${c.ar})` : (SECTOR_AR[sector] ?? sector),
    ...(country ? { country } : {}),
    sector,
  };
}

/** "سفير", "لسفيرة", "القائم بأعمال": the noun of an envoy, after a preposition or conjunction. */
const envoyNoun = (t: string) =>
  wordSet('envoys').has(t.replace(/^[وف]?(?:ب|ل(?!ل))?/, '').replace(/^لل/, 'ال'));

/**
 * Envoys named by their state: "السفير الكندي", "سفيرة السويد", "القائم بأعمال السفارة
 * السويدية", "القائم بالأعمال البريطاني" — actors of their state's diplomacy (sector ambassador).
 */
export function diplomatsIn(tokens: Token[], view: SentenceView): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = view.from; i < view.to; i++) {
    const head = tokens[i].norm.replace(/^[وف]?(?:ب|ل(?!ل))?/, '').replace(/^لل/, 'ال');
    if (!wordSet('envoys').has(head)) continue;
    let country: string | undefined;
    let last = i;
    for (let k = i + 1; k < Math.min(view.to, i + 5) && !country; k++) {
      const t = tokens[k].norm;
      // "سفيره في تل أبيب", "السفير لدى إسرائيل": a state named after "في/لدى" is the envoy's post,
      // not his state.
      if (/^(?:في|لدي)$/.test(tokens[k - 1].norm) && !nisbaCountry(t)) break;
      // ("15 دبلوماسياً إماراتياً": the nisba in the accusative too.)
      country = nationality(t) ?? countryNamed(tokens, k);
      if (country) last = k;
      else if (!wordSet('envoyLinks').has(t)) break;
    }
    if (!country) continue;
    const span = { start: tokens[i].span.start, end: tokens[last].span.end };
    out.push({ span, text: '', entity: sectorActor('ambassador', country), via: 'envoy' });
    i = last;
  }
  return out;
}

function countryNamed(tokens: Token[], k: number): string | undefined {
  const m = gz(tokens, k);
  const e = m?.values.find((v) => v.subtype === 'country' || v.metonymFor);
  return e ? (e.metonymFor ?? e.country) : undefined;
}

/**
 * People named by their group: "اقتحم مئات المحتجين السفارة", "نظم عشرات الصحفيين وقفة", "عقوبات
 * على 7 مسؤولين إيرانيين", "أطراف النزاع" — actors by sector, with the country a nisba gives.
 */
export function groupsIn(text: string, tokens: Token[], view: SentenceView): EntityMention[] {
  return lex()
    .protesters.findAll(tokens, view.from, view.to)
    .filter((m) => !headOf(tokens, view, m.first))
    .map((m) => {
      const span = { start: tokens[m.first].span.start, end: tokens[m.last].span.end };
      // "المحتجين العراقيين": a nisba right after gives their country.
      const country = m.last + 1 < view.to ? nisbaCountry(tokens[m.last + 1].norm) : undefined;
      return {
        span,
        text: text.slice(span.start, span.end),
        entity: sectorActor(m.values[0], country),
        via: 'sector',
      };
    });
}

/**
 * "نائب نقيب المعلمين", "رئيس اتحاد العمال": a group named after the title of the one who heads or
 * speaks for it is part of his title, no side of its own (its representatives, "ممثلو النقابات", are it).
 */
function headOf(tokens: Token[], view: SentenceView, first: number): boolean {
  if (first <= view.from) return false;
  return /^[وف]?(?:ال)?(?:نقيب|رئيس|امين|نائب|قائد|مدير|متحدث|ناطق)$/.test(tokens[first - 1].norm);
}

/**
 * A strike is held against those who govern: a strike whose report names no target (a union's
 * general strike, teachers walking out) has the government of the strikers' country as its target,
 * marked as implied (POLECAT codes such strikes against the government). So does a strike announced
 * for later (the threat of it), and a vigil or sit-in of a country's own journalists, activists or
 * workers that names no one it is held against (they protest to their authorities). Where the
 * strikers' group names no country, the report's own country is theirs.
 */
const LABOUR_SECTORS = new Set([
  'workers',
  'teachers',
  'employees',
  'doctors',
  'nurses',
  'civil-servants',
  'lawyers',
  'drivers',
  'unions',
]);
// Groups that hold vigils and sit-ins before their own authorities.
const CIVIC_SECTORS = new Set(['journalists', 'activists', 'students']);
// "إضراب", "احتجاج", "اعتصام", "وقفة": a threat that announces a protest.
const PROTEST_WORDS = /اضراب|احتجاج|اعتصام|وقف/;

export function strikesAgainstGovernment(
  events: EventMention[],
  entities: EntityMention[],
  tokens: Token[],
  docCountry?: string,
): EventMention[] {
  const kind = loadKb().institutions.get('الحكومه');
  if (!kind) return events;
  return events.map((e) => {
    const strike =
      (e.type === 'PROTEST' && e.mode === 'strike') ||
      (e.type === 'THREATEN' && PROTEST_WORDS.test(normalize(e.triggers[0]?.text ?? '')));
    const vigil = e.type === 'PROTEST' && e.mode === 'demonstrate';
    // (A strike called for a coming day is against the government too: "ينفذ الموظفون إضرابا غدا".)
    const told = e.status === 'asserted' || (strike && e.status === 'planned');
    if ((!strike && !vigil) || !told || e.participants.some((p) => p.role === 'target')) return e;
    // Workers' strikes only: a general strike called for a cause ("إضراب شامل نصرة لغزة") is not against
    // the strikers' own government.
    const labour = (x: EntityRecord) =>
      LABOUR_SECTORS.has(x.sector ?? '') ||
      containsWord('labourNames', `${normalize(x.ar ?? '')} ${x.en.toLowerCase()}`) ||
      (vigil && CIVIC_SECTORS.has(x.sector ?? ''));
    // Protesters at home, in a report naming no other state's people, places or missions ("طالب
    // المتظاهرون بالإصلاح" — not "تظاهروا نصرة لغزة", nor before a consulate), march against their
    // own government.
    const atHome = (x: EntityRecord) =>
      vigil &&
      x.sector === 'protesters' &&
      !!x.country &&
      !entities.some((m) => !!m.entity.country && m.entity.country !== x.country);
    const strikers = e.participants.filter(
      (p) => p.role === 'source' && (labour(p.entity) || atHome(p.entity)),
    );
    const striker = strikers.find((p) => p.entity.country) ?? strikers[0];
    const country = striker?.entity.country ?? docCountry;
    // (Not a country's strikers abroad, nor a state that is itself a side.)
    if (!striker || !country || e.participants.some((p) => isCountryRecord(p.entity))) return e;
    const government = record(institutionEntity(kind, country));
    const implied = (entity: EntityRecord, span: Participant['span']): Participant => ({
      entity,
      via: 'implied',
      span,
      role: 'target',
    });
    const head = strike ? headOfGovernment(entities, tokens, country, e.date.value) : undefined;
    return {
      ...e,
      participants: [
        ...e.participants,
        implied(government, striker.span),
        ...(head ? [implied(head.entity, head.span)] : []),
      ],
    };
  });
}

/**
 * The head of the government a strike is held against, where the report names him ("فشل جلسة
 * التفاوض مع رئيس الحكومة يوسف الشاهد"): the strikers' demands are put to him.
 */
function headOfGovernment(
  entities: EntityMention[],
  tokens: Token[],
  country: string,
  date: string | null,
): EntityMention | undefined {
  const day = date && date.length >= 10 ? date.slice(0, 10) : null;
  const holds = (m: EntityMention) =>
    (loadKb().byId.get(m.entity.id)?.offices ?? []).some(
      (o) => o.office === PREMIER && o.country === country && (!day || heldOn(o, day)),
    );
  // ("رئيس الحكومة يوسف الشاهد": a name the KB does not hold, after the office with no other state.)
  const titled = (m: EntityMention) => {
    const first = tokenIndexAt(tokens, m.span.start);
    for (let k = Math.max(0, first - 4); k < first; k++) {
      const role = roleAt(tokens, k);
      if (role?.office === PREMIER && role.last + 1 === first)
        return role.countries.every((c) => c === country);
    }
    return false;
  };
  return entities.find((m) => m.entity.type === 'PERSON' && (holds(m) || titled(m)));
}

const PREMIER = 'prime-minister';

export const STRUCK_PEOPLE = new Set([
  'civilians',
  'worshippers',
  'students',
  'children',
  'workers',
  'mourners',
  'women',
  'journalists',
  'tourists',
]);

/**
 * Those struck who are visitors, not the country's own people ("هاجم مسلحون سياحاً في متحف"):
 * the place of the attack gives them no nationality; only a nisba after them does ("سياح بريطانيون").
 */
export const VISITOR_SECTORS = new Set(['tourists']);

/** A group under arms named by its name ("حزب الله", "جماعة الحوثي"), not a state's institution. */
export function isArmedGroup(e: EntityRecord): boolean {
  return (
    e.type === 'ORG' && !e.sector && !e.institution && lex().armed.test(normalize(`${e.ar ?? ''} ${e.en}`))
  );
}

/**
 * An armed group named as the object of an accusation or a claim beside a bombing of people
 * ("اتهمت الداخلية تنظيم داعش بالوقوف وراء التفجير", "تبنى تنظيم الدولة الهجوم") carried it out: when
 * the attack's other targets are people struck, an armed group among its targets is its source.
 */
export function armedGroupsAct(participants: Participant[]): Participant[] {
  if (!participants.some((p) => p.role === 'target' && STRUCK_PEOPLE.has(p.entity.sector ?? '')))
    return participants;
  return participants.map((p) =>
    p.role === 'target' && p.via !== 'struck' && isArmedGroup(p.entity)
      ? { ...p, role: 'source' as const }
      : p,
  );
}

/**
 * A protest or strike against a state's deed names that state by an adjective of what it protests:
 * "إضراب شامل احتجاجاً على العدوان الإسرائيلي", "تنديداً بالسياسات الأمريكية" — a protest that names no
 * target otherwise has that state as its target.
 */
export function protestedStates(events: EventMention[], tokens: Token[]): EventMention[] {
  const kb = loadKb();
  const causes = wordSet('protestCauses');
  const own = loadData<{ causeAdjectives: Record<string, string> }>('events/sides.json').causeAdjectives;
  const adjectives = new Map(Object.entries(own).map(([w, c]) => [normalize(w), c]));
  return events.map((e) => {
    if (e.type !== 'PROTEST' || e.status !== 'asserted' || e.participants.some((p) => p.role === 'target'))
      return e;
    const from = tokenIndexAt(tokens, e.sentence.start);
    const to = Math.min(tokens.length, tokenIndexAt(tokens, e.sentence.end - 1) + 1);
    for (let i = from; i < to; i++) {
      if (!causes.has(tokens[i].norm.replace(/^[وف]/, ''))) continue;
      for (let k = i + 1; k < Math.min(to, i + 6); k++) {
        const t = tokens[k].norm;
        const country = /(?:ي|يه)$/.test(t)
          ? (nisbaCountry(t) ?? adjectives.get(t.replace(/^[وف]/, '')))
          : undefined;
        const state = country ? kb.countryEntity.get(country) : undefined;
        if (!state || e.participants.some((p) => p.entity.country === country && p.role === 'source'))
          continue;
        const target: Participant = {
          entity: record(state),
          via: 'cause',
          span: tokens[k].span,
          role: 'target',
        };
        return { ...e, participants: [...e.participants, target] };
      }
    }
    return e;
  });
}

const CALLING = /^[وف]?(?:طالب|طالبت|دعا|دعت|ناشد|ناشدت|حث|حثت|امر|امرت)$/;

// Verbs of a strike reaching what it stops: "يطال", "يشمل", "شلّ", "عطّل".
const HITTING = /^[وف]?(?:[يت]?طال|طالت|[يت]?شمل|شملت|[يت]?شل|شلت|[يت]?عطل|عطلت)$/;

/**
 * "ويطال الإضراب الشركة الوطنية للنقل", "إضراب يشل شركة السكك الحديدية": the companies and services a
 * strike stops, named after the verb whose subject the strike is, are where it bites, not who strikes
 * (nor whom it is held against: the strikers' demands go to their employer or government).
 */
function hitByStrike(tokens: Token[], view: SentenceView, first: number, last: number, at: number): boolean {
  // The verb right before the strike noun ("يطال الإضراب X") or right after it ("الإضراب يشمل X").
  const verb = [first - 1, last + 1].find(
    (k) => k >= view.from && k < view.to && HITTING.test(tokens[k].norm),
  );
  if (verb === undefined) return false;
  const from = Math.max(verb, last);
  // ("شل الإضراب الذي دعت إليه القوى الوطنية الحياة": who called it, in its relative clause, is no object.)
  const relative = tokens.slice(from + 1, at).some((t) => /^(?:الذي|التي|الذين)$/.test(t.norm));
  return at > from && at - from <= 12 && !relative;
}

/**
 * "طالب رئيس الحكومة فلان المحتجين بمغادرة المبنى": one who calls on the protesters, the subject
 * between a verb of calling and them, answers the protest; he is not what it is against.
 */
function addressesProtesters(tokens: Token[], view: SentenceView, i: number): boolean {
  const protesters = (t: string) =>
    beginsWithWordAfter('protesterStems', t.replace(/^[وفبل]*/, ''), ['', 'ال']);
  let k = i - 1;
  while (k >= Math.max(view.from, i - 6) && !CALLING.test(tokens[k].norm)) k--;
  if (k < Math.max(view.from, i - 6)) return false;
  for (let m = i + 1; m < Math.min(view.to, i + 8); m++) if (protesters(tokens[m].norm)) return true;
  return false;
}
