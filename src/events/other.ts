// The PLOVER types beyond consultations and attacks (SANCTION, ACCUSE, AGREE, PROTEST, THREATEN,
// REJECT, REQUEST, RETREAT, COERCE …). Verbs report acts; a verbal noun reports one only when a
// verb governs it ("قرر العراق طرد السفيرة", "قام بطرد", "نظموا وقفة احتجاجية") or it heads the
// headline or lead ("اقتحام سفارة السويد في بغداد"); elsewhere, and after "بعد", "احتجاجاً على",
// it names an act told before. In statements about a consultation these words type the claim
// instead ("اتفقا على …"), except signings, which are agreements of their own. Negation, plans
// and conditions are kept as the status.
import { heldGroups } from './held-leaders.js';
import { perForm, tokenStems } from '../arabic/tokenize.js';
import { SIGNED_AT_MEETING } from './signings.js';
import type { Claim, EntityMention, EventMention, Participant, Token } from '../types.js';
import { isOrderBody } from './governed.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { stems } from '../arabic/clitics.js';
import { eventLexicon, type Trigger } from './lexicon.js';
import {
  continuesName,
  inEntity,
  isMedia,
  isPerson,
  isPlace,
  speakersOf,
  tokenIndexAt,
  type SentenceView,
} from './context.js';
import { isCountryRecord, loadKb, record } from '../entities/kb.js';
import { nisbaCountry } from '../entities/lookup.js';
import { clauseDate, dateValue } from './dating.js';
import {
  assignSides,
  BEFORE_SEAT,
  diplomatsIn,
  groupsIn,
  lightVerbs,
  outsideEnvoys,
  sectorActor,
  victimsIn,
} from './sides.js';
import {
  beginsWithWordAfter,
  causeBetween,
  containsWord,
  hasWord,
  isExactWord,
  isWord,
  startsWithWord,
} from './words.js';
import { eventLocation } from './location.js';
import { CAPITAL, capitalStandsFor, subjectSlot } from './capital-phrases.js';
import { isActCue } from './claims.js';
// "سيجري اتصالاً", "سيقوم بزيارة", "ستعقد قمة": a سـ-future verb right before the trigger (not سيارة, سياسة …).
const FUTURE_VERB =
  /^[وف]?(?!س(?:يا|يط|يد|ين|ير|يف|يول|يي|يك|يم|يب|ته|تين|تار|تو|تر|نه|نو|ني|نغ|نت|ند|نا))س[يتن][\p{L}]{2,}$/u;

/** asserted, negated ("لم"، "نفى … أن"), conditional ("في حال"، "إذا") or planned ("من المقرر"، سـ). */
export function clauseStatus(tokens: Token[], from: number, at: number, to = tokens.length): string {
  const before = tokens.slice(Math.max(from, at - 4), at).map((t) => t.norm);
  const sentenceBefore = tokens.slice(from, at).map((t) => t.norm);
  // "لم يلتق" negates the trigger; in "لم تسفر قمة سوتشي" the negation belongs to another verb.
  const justBefore = at - 1 >= from ? tokens[at - 1].norm : '';
  if (isWord('negation', justBefore) || sentenceBefore.some((w) => isWord('denial', w))) return 'negated';
  // "القمة المرتقبة", "الزيارة المقبلة": announced, not held.
  if (at + 1 < tokens.length && isExactWord('plannedMarks', tokens[at + 1].norm)) return 'planned';
  // ("زيارة أردوغان المقررة": after the proper name the trigger is annexed to, the adjective is the trigger's.)
  if (
    at + 2 < to &&
    isExactWord('plannedMarks', tokens[at + 2].norm) &&
    !/^[وفبل]?ال/.test(tokens[at].norm) &&
    !/^ال/.test(tokens[at + 1].norm)
  )
    return 'planned';
  // "عشية زيارة الرئيس", "قبيل الزيارة": on its eve, the act named is still to come.
  if (/^[وف]?(?:عشيه|قبيل)$/.test(justBefore)) return 'planned';
  if (sentenceBefore.some((w) => isWord('condition', w))) return 'conditional';
  // "قادرة على تدمير …", "بإمكانه ضرب …": a capability; "تدمير إسرائيل إذا تجرأت": a condition after the act.
  if (before.some((w) => isWord('capable', w))) return 'conditional';
  // "إضراب عام في قطاع النقل إذا لم …": a condition a few words after the act, in its clause.
  if (tokens.slice(at + 1, Math.min(to, at + 7)).some((t) => isWord('condition', t.norm)))
    return 'conditional';
  if (
    before.some((w) => isWord('plan', w)) ||
    sentenceBefore.some((w) => isWord('plan', w)) ||
    /^[وف]?س[يت]/.test(tokens[at].norm)
  )
    return 'planned';
  // (the verb must govern the trigger: in "سيلتقي خلال الزيارة" the visit is under way, the meeting planned)
  if (at - 1 >= from && FUTURE_VERB.test(tokens[at - 1].norm)) return 'planned';
  if (at - 2 >= from && FUTURE_VERB.test(tokens[at - 2].norm) && !isWord('afterFuture', tokens[at - 1].norm))
    return 'planned';
  return 'asserted';
}

const isActor = (e: EntityMention, tokens: Token[]) =>
  isPerson(e) ||
  (e.entity.type === 'ORG' && !isMedia(e)) ||
  (e.entity.type === 'GPE' && (!!stateOfCapital(tokens, e) || isCountryRecord(e.entity)));

/** The state a capital acting stands for, or undefined. */
const stateOfCapital = (tokens: Token[], e: EntityMention) =>
  capitalStandsFor(tokens, e, tokenIndexAt(tokens, e.span.start));

interface ActsData {
  objectMarks: string[];
  purposes: string[];
  gapped: {
    verbs: string[];
    objects: string[];
    type: string;
    mode?: string;
    near?: string[];
    nearAfter?: number;
    window?: number;
    clause?: boolean;
  }[];
  nouns: string[];
  governors: string[];
  references: string[];
  ownDiplomat: string[];
  summons: string[];
  ending: string[];
  endingVerbs: string[];
  referenceTimes: string[];
}

const NO_ENTRIES: never[] = [];

function build() {
  const d = loadData<ActsData>('events/acts.json');
  const set = (xs: string[]) => new Set(xs.map(normalize));
  const nouns = [
    ...d.nouns,
    'اتفاقا',
    'تعاون',
    'شراكه',
    'دعم',
    'اتهام',
    'اتهامات',
    'مساعدات',
    'منحه',
    'قرض',
    'حشود',
    'تنسيق',
  ];
  const gapped = d.gapped.map((g) => {
    const verbs = set(g.verbs);
    return {
      verbs,
      objects: set(g.objects),
      type: g.type,
      mode: g.mode ?? null,
      near: g.near ? set(g.near) : null,
      nearAfter: g.nearAfter ?? 4,
      window: g.window ?? 4,
      clause: g.clause ?? false,
    };
  });
  return {
    objectMarks: set(d.objectMarks),
    purposes: set(d.purposes),
    gapped,
    // Every token is asked which entries' verbs it is (most are none): the entries, in order, kept
    // per form, one lookup per token rather than one per token and entry.
    gappedOf: perForm((form) => {
      const of = gapped.filter((g) => hasWord(g.verbs, form));
      return of.length ? of : NO_ENTRIES;
    }),
    nouns: set(nouns),
    governors: new Set([...set(d.governors), ...lightVerbs()]),
    references: set(d.references),
    own: set(d.ownDiplomat),
    summons: set(d.summons),
    ending: set(d.ending),
    endingVerbs: set(d.endingVerbs),
    referenceTimes: set(d.referenceTimes),
  };
}
let acts: ReturnType<typeof build> | null = null;
const words = () => (acts ??= build());

const bare = (t: string) => t.replace(/^[وف](?=..)/, '');

/** Is the trigger's head a verbal noun ("طرد", "الإضراب", "بطرد")? */
export function nominalTrigger(token: string): boolean {
  // ("ألقت القبض": a verb that begins with the letters of the article.)
  if (isWord('alVerbs', token)) return false;
  return stems(token).some((s) => s.startsWith('ال') || words().nouns.has(s.replace(/^ال/, '')));
}

/** A verb that governs the noun at `at` a few words before it ("قرر العراق طرد", "أعلن عن بدء"). */
function governed(tokens: Token[], v: SentenceView, at: number): boolean {
  return governorOf(tokens, v, at) >= 0;
}

/** The noun at `at` is governed by a verb of announcing ("أعلنت مصر هدنة", "أعلن عن بدء"). */
function announced(tokens: Token[], v: SentenceView, at: number): boolean {
  const k = governorOf(tokens, v, at);
  return k >= 0 && /^[وف]?(?:ا?علن|يعلن|تعلن)/.test(tokens[k].norm);
}

/** Where the verb governing the noun at `at` stands, else -1. */
export function governorOf(tokens: Token[], v: SentenceView, at: number): number {
  // Up to six words back, a name counting as one word ("شهد الرئيس عبد المجيد تبون ونظيره … التوقيع").
  // A time between counts for nothing ("أعلن المجلس، زوال اليوم الاثنين، طرد السفير").
  const inTime = (k: number) =>
    v.times.some((t) => t.span.start <= tokens[k].span.start && tokens[k].span.end <= t.span.end);
  for (let k = at - 1, words_ = 0; k >= v.from && words_ < 6; k--) {
    if (hasWord(words().governors, tokens[k].norm)) return k;
    if (!continuesName(tokens, v, k) && !inTime(k) && !STATEMENT_ASIDE.test(tokens[k].norm)) words_++;
  }
  return -1;
}

// "أعلنت مالي والنيجر، في بلاغ مشترك، استدعاء …": where the statement was made stands between the
// verb and the act it governs and counts for nothing.
const STATEMENT_ASIDE = /^(?:في|عبر|بيان|بيانا|بلاغ|تصريح|تصريحات|مشترك|رسمي|صحفي|منفصل|صادر|صادره)$/;

/**
 * "أعلنتا أن الهدنة دخلت حيز التنفيذ …، بالتوازي مع استمرار المحادثات": talks first named in a later
 * clause of the statement, past a comma, are what it is set beside, not what it is about.
 */
function laterClause(text: string, at: number, call: EventMention): boolean {
  const t = call.triggers[0].span.start;
  return t > at && call.sentence.start <= at && /[،,؛;]/.test(text.slice(at, t));
}

/** "أنهت الحكومة اتفاق التعاون", "ألغت اتفاقية": a verb ending the agreement named right after it. */
function endedByVerb(tokens: Token[], v: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= Math.max(v.from, at - 3); k--)
    if (hasWord(words().endingVerbs, tokens[k].norm)) return true;
  return false;
}

/** "بعد قطع العلاقات", "احتجاجاً على", "ردا على": a cause or a purpose, not an act told here. */
export function referenceBefore(tokens: Token[], from: number, at: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 5); k--) {
    if (!hasWord(words().references, tokens[k].norm)) continue;
    // "قبل قليل", "بعد يومين": a time of the act itself; "بعد ساعات من الهجوم", "بعد 24 ساعة على
    // التفجيرات" still refer to another.
    const j = /^\d+$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    const time = j < at && words().referenceTimes.has(tokens[j].norm);
    if (time && j + 1 < at && /^(?:من|علي)$/.test(tokens[j + 1].norm)) return true;
    if (!time && k >= at - 3) return true;
  }
  return false;
}

/** "بعد 24 ساعة على التفجيرات", "بعد يومين من الهجوم": an act dated apart from the one told after it. */
export function referenceAfterTime(tokens: Token[], from: number, at: number): boolean {
  for (let k = at - 2; k >= Math.max(from, at - 5); k--) {
    if (!hasWord(words().references, tokens[k].norm)) continue;
    const j = /^\d+$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    return (
      j === at - 2 && words().referenceTimes.has(tokens[j].norm) && /^(?:من|علي)$/.test(tokens[j + 1].norm)
    );
  }
  return false;
}

/**
 * "احتجاجًا على استمرار المجازر في غزة وحملات الاقتحام": what a purpose word names, to the end of its
 * clause, is the grievance, not an act told here.
 */
export function purposeBefore(text: string, tokens: Token[], from: number, at: number): boolean {
  for (let k = at - 1; k >= from; k--) {
    if (hasWord(words().purposes, tokens[k].norm)) return true;
    if (/[،,؛;.:]/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start))) return false;
  }
  return false;
}

/** A capital acting stands for its country ("اتهمت أنقرة …" is Türkiye accusing). */
function actorOf(e: EntityMention, tokens: Token[]): EntityMention {
  const kb = loadKb();
  const of = stateOfCapital(tokens, e);
  const country = of ? kb.countryEntity.get(of) : undefined;
  return country ? { ...e, entity: record(country), via: 'metonymy' } : e;
}

/**
 * Summoning another state's envoy is an accusation; recalling one's own ("استدعت سفيرها") reduces
 * relations. A strike or protest announced for later is a threat.
 */
function refineType(
  type: string,
  mode: string | null,
  tokens: Token[],
  m: { first: number; last: number },
  status: string,
): { type: string; mode: string | null } {
  const w = words();
  // "وقف العمل باتفاقية التعاون الدفاعي", "إلغاء الاتفاقيات": ending an agreement or a cooperation
  // reduces relations.
  if (
    (type === 'AGREE' || type === 'COOPERATE') &&
    tokens.slice(Math.max(0, m.first - 3), m.first).some((t) => hasWord(w.ending, t.norm))
  )
    return { type: 'SANCTION', mode: null };
  if (tokenStems(tokens[m.first]).some((s) => w.summons.has(s))) {
    // Times may stand between ("استدعت اليوم السبت سفيرها"); "سفير بلاده" and "للتشاور" say it too.
    const next = tokens
      .slice(m.first, Math.min(tokens.length, m.last + 12))
      .map((t) => bare(t.norm).replace(/^ب/, ''));
    const own =
      next.slice(0, m.last - m.first + 6).some((t) => w.own.has(t)) ||
      next.some((t, k) => /^(?:ال)?سفير$/.test(t) && /^بلاد(?:ه|ها|نا)?$/.test(next[k + 1] ?? '')) ||
      next.some((t) => /^(?:لل|ال)تشاور(?:ات)?$/.test(t));
    return { type: own ? 'SANCTION' : 'ACCUSE', mode: null };
  }
  if (type === 'PROTEST' && status === 'planned') return { type: 'THREATEN', mode: null };
  // "مهلة 72 ساعة لمغادرة البلاد": a deadline to leave is an expulsion, not a threat.
  if (
    type === 'THREATEN' &&
    // ("أمهلت فلان الفلاني 72 ساعة لمغادرة": a name between, the deadline right before leaving.)
    tokens
      .slice(m.last + 1, m.last + 10)
      .some(
        (t, k, next) =>
          /^[وف]?[بل]?مغادره$/.test(t.norm) &&
          (k < 5 || /^(?:ساعه|ساعات|ايام|يوما|يومين|اسبوع|اسبوعا)$/.test(next[k - 1]?.norm ?? '')),
      )
  )
    return { type: 'SANCTION', mode: null };
  return { type, mode };
}

/** Sentences that open the report: the headline and the lead. */
export function leadSentences(views: SentenceView[]): Set<number> {
  return new Set(views.slice(0, 3).map((v) => v.index));
}

export function detectOtherEvents(
  text: string,
  tokens: Token[],
  views: SentenceView[],
  events: EventMention[],
  claims: Claim[],
): EventMention[] {
  const lex = eventLexicon();
  const out: EventMention[] = [];
  const lead = leadSentences(views);
  for (const v of views) {
    // A statement about a consultation types the acts it tells; an act told before its verb of saying
    // ("استدعت سفيرها …، وأعلنت أنها لن تشارك في قمة …") is not in it.
    const callClaims = claims.filter(
      (c) =>
        c.span.start === v.span.start &&
        c.event !== null &&
        events[c.event]?.type === 'CONSULT' &&
        !isActCue(c.verb),
    );
    const aboutCall = (at: number, answered: (e: EventMention) => boolean) =>
      callClaims.some((c) => {
        if (answered(events[c.event!]) || laterClause(text, at, events[c.event!])) return false;
        const verbAt = c.verb ? text.indexOf(c.verb, c.span.start) : -1;
        return verbAt < 0 || verbAt < at;
      });
    const coded = events.filter((e) => e.sentence.start === v.span.start && e.status !== 'referenced');
    const seen = new Set<string>();
    // Who speaks before the act, past his verb's "أن" ("أعلنت الإدارة فرض عقوبات على فلان، مؤكدة أن …":
    // with no "أن" before the act the verb's object is the act, and the one it falls on no speaker).
    const speakersAt = (at: number) => speakersOf(tokens, v, at);
    // In the order they are told: one event per type in a sentence, the first.
    // (A verb read with its object, "أغلقت الجزائر … مجالها الجوي", is that act, not the bare verb's.)
    const gapped = gappedTriggers(text, tokens, v);
    const found = [
      ...lex.triggers
        .findAll(tokens, v.from, v.to)
        .filter((m) => !(m.first === m.last && gapped.some((g) => g.first === m.first))),
      ...gapped,
    ].sort((a, b) => a.first - b.first);
    for (const m of found) {
      if (hasWord(words().purposes, tokens[m.first].norm)) continue;
      const trig =
        m.values.find((t) => !t.event) ??
        m.values.find((t) => t.type === 'ASSAULT' && t.mode === 'ground' && riot(tokens, v, m.first));
      // "قوات الدعم السريع", "الحشد الشعبي": a word inside a name is no trigger.
      if (!trig || inEntity(tokens, v, m.first) || fieldOfBody(tokens, v, m.first)) continue;
      // (A kidnapping is an arrest only where the state holds the kidnapped: else an abduction.)
      if (trig.type === 'COERCE' && kidnapWord(tokens, m.first) && !kidnapByState(tokens, v)) continue;
      // ("وصول المفرج عنهم", "استقبل المحررين": the freed named tell their release done, no noun to govern.)
      const noun =
        nominalTrigger(tokens[m.first].norm) &&
        !lex.speech.matchAt(tokens, m.first) &&
        !(trig.type === 'RETREAT' && /^[وف]?[بل]?(?:ال|لل)(?:مفرج|محرر)/.test(tokens[m.first].norm));
      // What a call or meeting discusses is its topic ("بحثا التعاون", "استئناف الهدنة"); only an
      // agreement reached or a signing is an act of its own. Beside an attack, only verbs report acts.
      const signing =
        trig.type === 'AGREE' && (!noun || (isSigning(tokens[m.first].norm) && governed(tokens, v, m.first)));
      // (Not a visit named in the act's cause: "استدعت … السفير احتجاجاً على … خلال زيارة الرئيس".)
      const inCause = (e: EventMention) =>
        causeBetween(tokens, m.last + 1, tokenIndexAt(tokens, e.triggers[0].span.start));
      // (A meeting told only after the act, "استدعت سفيرها … وأعلنت أنها لن تشارك في قمة", is no frame of it.)
      const before = (e: EventMention) => e.triggers[0].span.start < tokens[m.first].span.start;
      // (Not an event the act answers: "استدعاء سفيره … بعد استقبال الرئيس …" is the recall's cause.)
      const answered = (e: EventMention) =>
        !before(e) &&
        (inCause(e) || referenceBefore(tokens, v.from, tokenIndexAt(tokens, e.triggers[0].span.start)));
      if (
        (aboutCall(tokens[m.first].span.start, answered) ||
          coded.some((e) => e.type === 'CONSULT' && !inCause(e) && before(e))) &&
        !signing
      )
        continue;
      // (An act a verb of announcing governs, told before the meeting or press conference where it was
      // announced, is announced there, not discussed: "أعلن الوزير بدء التهدئة …، في مؤتمر صحفي مع نظيرته".)
      const announcedFirst = noun && announced(tokens, v, m.first) && !coded.some((e) => before(e));
      if (coded.some((e) => !answered(e)) && noun && !signing && !announcedFirst) continue;
      // Protesters named as the object of another act ("العنف ضد المتظاهرين", "دعم المحتجين") hold no protest.
      if (
        trig.type === 'PROTEST' &&
        isProtesters(tokens[m.first].norm) &&
        ((m.first > v.from && hasWord(words().objectMarks, tokens[m.first - 1].norm)) ||
          /^[وف]?[بل]/.test(tokens[m.first].norm)) &&
        !dispersedByForce(tokens, v, m.first)
      )
        continue;
      if (trig.type === 'AGREE' && signedNothing(tokens, m, v.to)) continue;
      if (trig.type === 'THREATEN' && endangersAbstraction(tokens, m, v.to)) continue;
      if (noun) {
        // ("التوصل لاتفاق": after reaching, ل is "to", no purpose.)
        const reached = m.first > v.from && /^[وف]?(?:ال)?توصل/.test(tokens[m.first - 1].norm);
        if (
          referenceBefore(tokens, v.from, m.first) ||
          (/^[وف]?ل(?!ل)/.test(tokens[m.first].norm) && !reached)
        )
          continue;
        const ended = (trig.type === 'AGREE' || trig.type === 'COOPERATE') && endedByVerb(tokens, v, m.first);
        // Protests are reported as nouns too ('وقفة احتجاجية أمام مجلس النواب').
        if (
          !governed(tokens, v, m.first) &&
          !ended &&
          !(lead.has(v.index) && m.first - v.from <= 1) &&
          trig.type !== 'PROTEST'
        )
          continue;
      }
      const status = clauseStatus(tokens, v.from, m.first, v.to);
      let { type, mode } =
        trig.type === 'ASSAULT'
          ? { type: 'PROTEST', mode: 'riot' }
          : refineType(trig.type, trig.mode, tokens, m, status);
      if (type === 'REQUEST' && voicedInProtest(tokens, v, m)) {
        type = 'PROTEST';
        mode = 'demonstrate';
      }
      const dispersed = type === 'PROTEST' && dispersedByForce(tokens, v, m.first);
      if (dispersed) {
        type = 'ASSAULT';
        mode = tokens.slice(v.from, v.to).some((t) => isWord('liveFire', t.norm)) ? 'firearms' : null;
      }
      if (seen.has(type)) continue;
      // Actors in the clause: people, bodies, countries and capitals acting, envoys by their
      // country; who reports the act is not a side of it, unless the act is the reporter's own
      // ("أعلنت السعودية أنها طلبت من السفير الكندي …").
      const ownAct_ = ownAct(tokens, v, m.first) || declaredTruce(tokens, v, m.first, trig.mode);
      const speakers = speakersAt(m.first);
      const posOf = (e: EntityMention) => tokenIndexAt(tokens, e.span.start);
      // "استدعاء السفير الأردني في إسرائيل" said of Jordan (the state acting before the envoy): the
      // envoy is the actor's own, a recall.
      const envoy = envoyAfter(tokens, m, v.to);
      const actingState = envoy >= 0 ? stateBefore(tokens, v.entities, envoy) : undefined;
      const recalledByNisba =
        type === 'ACCUSE' && !!actingState && nisbaCountry(tokens[envoy + 1]?.norm ?? '') === actingState;
      if (recalledByNisba) type = 'SANCTION';
      if (seen.has(type)) continue;
      // "استدعاء سفيرها في باريس، فلان، للتشاور": the envoy named after one's own envoy recalled is
      // that envoy, part of the act, not its target.
      const recalled =
        recalledByNisba || /^(?:سفير|سفيرت)(?:ها|ه|هم|نا)$/.test(tokens[m.last].norm.replace(/^[وفبل]/, ''));
      const ownEnvoyNamed = (e: EntityMention) =>
        recalled && e.entity.type === 'PERSON' && posOf(e) > m.last && posOf(e) <= m.last + 6;
      // "أعربت جمهورية مصر العربية في بيان صادر عن وزارة الخارجية عن إدانتها": the subject of the
      // verb governing the act's noun acts, however long the aside between them.
      // (Not past "أن": "أكدت إيران أن السعودية طردت …" reports another's act.)
      const governor = governorOf(tokens, v, m.first);
      const direct =
        governor >= 0 && !tokens.slice(governor + 1, m.first).some((t) => isWord('complementizers', t.norm));
      const subject = (e: EntityMention) => direct && posOf(e) > governor && posOf(e) < m.first;
      // The reporter of its own act stands before its date and "أنها" ("أعلنت السعودية اليوم (…) أنها طلبت").
      const named = v.entities
        .filter(
          (e) =>
            isActor(e, tokens) &&
            !placed(tokens, e) &&
            !dateline(text, v, e) &&
            !ownEnvoyNamed(e) &&
            !inAnsweredAct(text, tokens, v, e, m.first) &&
            !acrossBreak(tokens, e, m) &&
            !(type === 'COERCE' && headlineSpeaker(text, tokens, v, e, m.first)) &&
            (ownAct_ || !speakers.has(e) || answers(tokens, v, e, m.first)) &&
            (near(tokens, e, m, ownAct_ ? 16 : 8) || subject(e) || answers(tokens, v, e, m.first)),
        )
        .map((e) => actorOf(e, tokens));
      const actors = outsideEnvoys([
        ...named,
        ...diplomatsIn(tokens, v).filter(
          (e) => near(tokens, e, m) && !inAnsweredAct(text, tokens, v, e, m.first),
        ),
        // (Not a group the entities already name: "قوات الأمن" is the state's force.)
        ...groupsIn(text, tokens, v).filter(
          (e) =>
            near(tokens, e, m) &&
            // (Factions named as a group call strikes; at talks and accords they are named by name.)
            // (Save a country's factions signing together: "وقعت الفصائل الفلسطينية الإعلان".)
            (e.entity.sector !== 'factions' ||
              type === 'PROTEST' ||
              (type === 'AGREE' && !!e.entity.country)) &&
            !v.entities.some(
              (x) => isActor(x, tokens) && x.span.start <= e.span.start && e.span.end <= x.span.end,
            ) &&
            // ("قوات الأمن البحرينية": nor one overlapping a body named among the actors, "الأمن البحرينية".)
            !named.some((x) => x.span.start < e.span.end && e.span.start < x.span.end),
        ),
      ]).filter((e) => !(recalledByNisba && e.via === 'envoy' && posOf(e) === envoy));
      // One's own envoy recalled or withdrawn is part of the act, not its target.
      const recaller = recalled ? (actingState ?? stateBefore(tokens, v.entities, m.first)) : undefined;
      const own = recaller ?? sourceCountry(actors, tokens, m);
      // A signing whose clause names no signatory ("بحث الأمير مع الرئيس …، أعقب ذلك توقيع 3 مذكرات
      // تفاهم") is signed by the sides of the meeting told before it in the sentence, and their states.
      const meeting = signing ? coded.find((e) => e.type === 'CONSULT' && before(e)) : undefined;
      if (
        !actors.length &&
        !meeting?.participants.length &&
        // (A capital told as where, "في العاصمة بغداد", is a place here, not its state acting.)
        !(
          ['PROTEST', 'COERCE', 'SANCTION', 'AGREE', 'RETREAT', 'AID'].includes(type) &&
          v.entities.some((e) => isPlace(e) || placed(tokens, e))
        )
      )
        continue;
      seen.add(type);
      // One mention per actor: the first ("استدعت ألمانيا … في برلين" acts where Germany is named).
      const unique = [
        ...new Map(
          actors
            .filter((e) => !(e.entity.sector === 'ambassador' && own && e.entity.country === own))
            // "… إلى الأردن", "السفير الإسرائيلي لدى الأردن": after a summons or recall the acting
            // state is where the envoy goes or serves, not on whom the act falls.
            .filter(
              (e) =>
                !(
                  (type === 'SANCTION' || type === 'ACCUSE') &&
                  actingState &&
                  isCountryRecord(e.entity) &&
                  e.entity.country === actingState &&
                  posOf(e) > m.last &&
                  /^[وف]?(?:الي|لدي)$/.test(tokens[posOf(e) - 1]?.norm ?? '')
                ),
            )
            .reverse()
            .map((e) => [e.entity.id, e]),
        ).values(),
      ].reverse();
      const participants = withStates(
        dispersed
          ? dispersalSides(text, unique, v, tokens, m.first)
          : assignSides({ tokens, view: v, first: m.first, last: m.last, type, actors: unique, text }),
        type,
      );
      if (!participants.length && meeting)
        participants.push(
          ...withStates(
            meeting.participants.map((p) => ({ ...p, via: SIGNED_AT_MEETING })),
            type,
          ),
        );
      // (The body before whose seat the sit-in was, "اعتصام أمام مقر قيادة الجيش", is where it was.)
      if (dispersed)
        for (let k = participants.length - 1; k >= 0; k--)
          if (beforeSeat(tokens, v, tokenIndexAt(tokens, participants[k].span.start)))
            participants.splice(k, 1);
      // "اعتقال 28 مواطناً فلسطينياً", "اعتقلت القوات عدداً من الفلسطينيين": people arrested by their group.
      if (type === 'COERCE' && mode === 'arrest')
        participants.push(...arrestedGroups(tokens, v, participants));
      if (type === 'COERCE' && mode === 'arrest' && nominalTrigger(tokens[m.first].norm))
        heldGroups(tokens, m.last, participants);
      if (type === 'SANCTION')
        participants.push(...recalledFrom(tokens, v, m, participants, recalledByNisba ? envoy + 1 : -1));
      if (onEnvoys(tokens, m)) envoysActedUpon(participants, tokens);
      envoyNamesFolded(participants, tokens);
      const at = tokens[m.first].span.start;
      const time = clauseDate(text, tokens, v, { start: at, end: tokens[m.last].span.end }, { window: 60 });
      out.push({
        index: events.length + out.length,
        type,
        mode,
        triggers: [
          {
            span: { start: at, end: tokens[m.last].span.end },
            text: text.slice(at, tokens[m.last].span.end),
          },
        ],
        participants,
        date: dateValue(time),
        dateSpan: time?.span ?? null,
        placesDiscussed: v.entities.filter(isPlace),
        location: eventLocation(tokens, v, m.first, type, mode, text),
        status,
        sentence: v.span,
      });
    }
  }
  return out;
}

/**
 * "هتافات تطالب بحل البرلمان", "طالب المتظاهرون بـ", "المسيرة التي دعت إليها المعارضة": a demand
 * chanted at a protest, or its call, tells the protest, not a request of its own.
 */
function voicedInProtest(tokens: Token[], v: SentenceView, m: { first: number; last: number }): boolean {
  const before = tokens.slice(Math.max(v.from, m.first - 2), m.first).map((t) => t.norm);
  if (before.some((w) => isWord('protestVoices', w))) return true;
  // (The protesters as subject, "-ون"; "دعت الحكومة المتظاهرين إلى" asks something of them.)
  const next = tokens[m.last + 1]?.norm ?? '';
  return m.last + 1 < v.to && isProtesters(next) && /ون$/.test(next);
}

/**
 * "فض اعتصام … ما أدى إلى مقتل شخصين", "فضّت بالقوة اعتصام المحتجين فقُتل …", "داهمت الشرطة المحتجين
 * المعتصمين وقتلت ثلاثة": the protest dispersed or raided by force, with a killing or live fire told
 * in its sentence, is an attack on the protesters. (The dispersal a few words before the protest
 * word: "بالقوة", "فجر اليوم", the protesters' noun may stand between.)
 */
function dispersedByForce(tokens: Token[], v: SentenceView, at: number): boolean {
  const near = tokens.slice(Math.max(v.from, at - 6), at);
  if (!near.some((t) => isWord('dispersals', t.norm))) return false;
  return tokens.slice(v.from, v.to).some((t) => isWord('deadlyForce', t.norm) || isWord('liveFire', t.norm));
}

/**
 * A protest dispersed by force: the police, soldiers or security forces of the sentence, however
 * far before ("استعادت قوات الأمن السيطرة على الدوار وفضّت بالقوة اعتصام المحتجين"), struck; the
 * protesters were struck.
 */
function dispersalSides(
  text: string,
  actors: EntityMention[],
  v: SentenceView,
  tokens: Token[],
  at: number,
): Participant[] {
  const forces = v.entities.filter((e) => isOrderBody(e.entity) && !placed(tokens, e));
  const sources = forces.length ? forces : actors.filter((e) => isOrderBody(e.entity));
  const out: Participant[] = [];
  const seen = new Set<string>();
  for (const e of sources) {
    if (seen.has(e.entity.id)) continue;
    seen.add(e.entity.id);
    out.push({ ...e, role: 'source' });
  }
  for (const e of actors) {
    if (seen.has(e.entity.id) || e.entity.sector !== 'protesters') continue;
    seen.add(e.entity.id);
    out.push({ ...e, role: 'target' });
  }
  // (The protest's own word names the protesters when no group is told: "فض الاعتصام".)
  if (!out.some((p) => p.role === 'target')) {
    const group = groupsIn(text, tokens, v).find((g) => tokenIndexAt(tokens, g.span.start) >= at - 1);
    if (group) out.push({ ...group, role: 'target' });
  }
  return out;
}

/** "أمام مقر قيادة الجيش", "قبالة مبنى الوزارة": the actor at `i` is named as the seat before which something is. */
function beforeSeat(tokens: Token[], v: SentenceView, i: number): boolean {
  let k = i - 1;
  // ("مقر قيادة الجيش": a word of the seat's own between.)
  if (k > v.from && /^(?:قياده|رئاسه|اركان)$/.test(tokens[k].norm)) k--;
  if (k <= v.from || !/^(?:مقر|مبني|مقار|مباني)$/.test(tokens[k].norm)) return false;
  return BEFORE_SEAT.test(tokens[k - 1].norm);
}

// Signings are acts of their own even at a meeting ("شهد الزعيمان توقيع مذكرات تفاهم").
const isSigning = (t: string) => containsWord('signingStems', t);
// (words.json protesterStems, after any run of و/ف/ب/ل and an optional article)
const isProtesters = (t: string) =>
  beginsWithWordAfter('protesterStems', t.replace(/^[وفبل]*/, ''), ['', 'ال']);

/** "وقع تفجير" (it happened), not "وقّع اتفاقية" (signed): a signing names what is signed. */
function signedNothing(tokens: Token[], m: { first: number; last: number }, to: number): boolean {
  if (!isWord('signVerbs', tokens[m.first].norm)) return false;
  if (tokens.slice(m.last + 1, Math.min(to, m.last + 3)).some((t) => startsWithWord('incidents', t.norm)))
    return true;
  return !tokens
    .slice(m.last + 1, Math.min(to, m.last + 30))
    .some((t) => containsWord('signedThings', t.norm));
}

/** "قطعت بوليفيا العلاقات", "طردت الحكومة السفير": a verb and its object with words between. */
function gappedTriggers(
  text: string,
  tokens: Token[],
  v: SentenceView,
): { first: number; last: number; values: Trigger[] }[] {
  const out: { first: number; last: number; values: Trigger[] }[] = [];
  for (let i = v.from; i < v.to; i++) {
    for (const g of words().gappedOf(tokens[i])) {
      // (The object may follow right after: "دخل حيز التنفيذ".)
      // (An entry kept to its clause stops at a comma: "وأودع فلان، أبرز معارضي الرئيس …، السجن"
      // would take the aside's names for the act's.)
      for (let k = i + 1; k < Math.min(v.to, i + 1 + g.window); k++) {
        if (g.clause && /[،,؛;]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) break;
        if (hasWord(g.objects, tokens[k].norm)) {
          const near =
            !g.near ||
            tokens
              .slice(Math.max(v.from, i - 8), Math.min(v.to, k + g.nearAfter))
              .some((t) => tokenStems(t).some((x) => g.near!.has(x)));
          if (near) out.push({ first: i, last: k, values: [{ type: g.type, mode: g.mode, event: false }] });
          break;
        }
      }
    }
  }
  return out;
}

/** The country of the actor right before or after the trigger that acts ("قرر العراق طرد …"), if any. */
function sourceCountry(
  actors: EntityMention[],
  tokens: Token[],
  m: { first: number; last: number },
): string | undefined {
  const states = actors.filter((e) => !e.entity.sector && e.entity.country);
  const at = (e: EntityMention) => tokenIndexAt(tokens, e.span.start);
  const before = states.filter((e) => at(e) < m.first).sort((a, b) => at(b) - at(a))[0];
  const after = states.filter((e) => at(e) > m.last && at(e) - m.last <= 3)[0];
  return (after ?? before)?.entity.country;
}

/** The envoy word of a summons or recall: its trigger's last word, or one within a few words after the verb. */
function envoyAfter(tokens: Token[], m: { first: number; last: number }, end: number): number {
  for (let k = m.last; k < Math.min(end, m.first + 7); k++)
    if (/^[وف]?(?:ال)?سفير(?:ة|ه)?$/.test(tokens[k].norm)) return k;
  return -1;
}

/** The state of the nearest country, state body or official named before a word (not where, not an envoy). */
function stateBefore(tokens: Token[], entities: EntityMention[], k: number): string | undefined {
  return entities
    .filter(
      (e) =>
        e.entity.country &&
        e.entity.sector !== 'ambassador' &&
        (!isPlace(e) || isCountryRecord(e.entity) || !!loadKb().byId.get(e.entity.id)?.metonymFor) &&
        tokenIndexAt(tokens, e.span.start) < k &&
        !placed(tokens, e),
    )
    .sort((a, b) => b.span.start - a.span.start)[0]?.entity.country;
}

/** "الرياض - كتبت …", "بيروت (رويترز)": the city a report is filed from, opening it, is no actor. */
function dateline(text: string, v: SentenceView, e: EntityMention): boolean {
  return e.span.start === v.span.start && /^\s*[-–—ـ(]/.test(text.slice(e.span.end, e.span.end + 3));
}

/** A capital after a preposition of place ("في طهران") is where, not who. */
function placed(tokens: Token[], e: EntityMention): boolean {
  const i = tokenIndexAt(tokens, e.span.start);
  // "المعلمون في الأردن", "في محافظة درعا جنوبي سوريا": a country right after "في" or a point of the
  // compass is where, too.
  if (isCountryRecord(e.entity))
    return i > 0 && /^[وف]?(?:في|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)$/.test(tokens[i - 1].norm);
  // ("في العاصمة بغداد": a capital after its head noun.)
  if (i > 0 && CAPITAL.test(tokens[i - 1].norm) && loadKb().byId.get(e.entity.id)?.metonymFor) return true;
  if (!stateOfCapital(tokens, e)) return false;
  return (
    (/^[وف]?ب/.test(tokens[i].norm) && !(ownName(tokens[i].norm, e) && subjectSlot(tokens, i))) ||
    // ("قادما من باريس": whence one came.)
    (i > 1 && tokens[i - 1].norm === 'من' && /^[وف]?(?:قادم|اتي|عايد|مغادر)/.test(tokens[i - 2].norm)) ||
    (i > 0 && isWord('placeMarks', tokens[i - 1].norm)) ||
    (i > 0 && isWord('destinationMarks', tokens[i - 1].norm))
  );
}

/** "بغداد", "برلين": the ب is the name's own first letter, no preposition ("ببغداد"). */
function ownName(token: string, e: EntityMention): boolean {
  const own = loadKb().byId.get(e.entity.id);
  const t = token.replace(/^[وف](?=ب)/, '');
  const names = [own?.ar ?? e.entity.ar ?? '', ...(own?.aliases ?? [])].map(normalize).filter(Boolean);
  return names.some((n) => t.startsWith(n));
}

/** Within the trigger's reach: eight words before it (the subject of a statement) to ten after. */
function near(tokens: Token[], e: EntityMention, m: { first: number; last: number }, before = 8): boolean {
  const i = tokenIndexAt(tokens, e.span.start);
  return i >= m.first - before && i <= m.last + 10 && !pastCause(tokens, e, m);
}

/**
 * "استدعت الدوحة سفيرها، فيما خفضت الإمارات تمثيلها", "… بينما استدعى الأردن سفير طهران": "فيما"
 * and "بينما" open another clause; an actor beyond one from the act is that clause's.
 */
function acrossBreak(tokens: Token[], e: EntityMention, m: { first: number; last: number }): boolean {
  const i = tokenIndexAt(tokens, e.span.start);
  const [from, to] = i > m.last ? [m.last + 1, i] : [tokenIndexAt(tokens, e.span.end - 1) + 1, m.first];
  for (let k = from; k < to; k++) if (isWord('strongBreaks', tokens[k].norm)) return true;
  return false;
}

/**
 * "ردت أنقرة على قرار القاهرة طرد السفير التركي، فأعلنت السفير المصري …": the act answered, told
 * before the act in a clause of its own, has sides of its own; its actors are none of the answer's
 * (who answers, before "على", is).
 */
function inAnsweredAct(
  text: string,
  tokens: Token[],
  v: SentenceView,
  e: EntityMention,
  at: number,
): boolean {
  const i = tokenIndexAt(tokens, e.span.start);
  if (i >= at || !/[،,؛;]/.test(text.slice(e.span.end, tokens[at].span.start))) return false;
  let on = false;
  for (let k = i - 1; k >= Math.max(v.from, i - 10); k--) {
    if (/[،,؛;.:]/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start))) return false;
    const t = tokens[k].norm.replace(/^[وف]/, '');
    if (t === 'علي') on = true;
    else if (on && (isWord('retaliation', t) || isWord('retaliating', t))) return true;
  }
  return false;
}

/** "ردت أنقرة على …، فأعلنت …", "أنقرة ترد على …": who answers acts in the answer, however far. */
function answers(tokens: Token[], v: SentenceView, e: EntityMention, at: number): boolean {
  const i = tokenIndexAt(tokens, e.span.start);
  const j = tokenIndexAt(tokens, e.span.end - 1);
  const verb = (k: number) =>
    k >= v.from && k < at && isWord('retaliating', tokens[k].norm.replace(/^[وف]/, ''));
  return i < at && (verb(i - 1) || verb(j + 1));
}

/** "عقوبات على قادة أمنيين على خلفية قمع المحتجين": past the cause, others' deeds. */
function pastCause(tokens: Token[], e: EntityMention, m: { first: number; last: number }): boolean {
  const i = tokenIndexAt(tokens, e.span.start);
  if (causeBetween(tokens, m.last + 1, i)) return true;
  // "وقعتا على اتفاق الهدنة الذي طرحته النرويج": the actor of a clause describing what the act is
  // about is no side of it.
  // ("الإضراب الذي دعت إليه النقابة", "الوقفة التي نظمها الصحفيون": save one that names who called
  // the act or held it.)
  for (let k = m.last + 1; k < i; k++)
    if (/^(?:الذي|التي|الذين|اللذين|اللتين)$/.test(tokens[k].norm)) return !calledBy(tokens, k + 1, i);
  return false;
}

/** "دعت إليه", "دعا إليها", "نظمه", "نظمتها": who called for the act or held it, right after. */
function calledBy(tokens: Token[], k: number, i: number): boolean {
  const t = (j: number) => (j < i ? tokens[j].norm.replace(/^[وف]/, '') : '');
  if (/^(?:دعا|دعت|دعي|دعوا)$/.test(t(k))) {
    const next = t(k + 1) === 'اولا' ? k + 2 : k + 1;
    return /^(?:اليه|اليها|لها|له)$/.test(t(next)) && next + 1 >= i - 1;
  }
  return /^(?:نظم|نظمت|نظمو|ينظم|تنظم|اعلن|اعلنت|نفذ|نفذت)(?:ه|ها)$/.test(t(k)) && k + 1 >= i - 1;
}

/**
 * "أزمة قد تهدد السلم والأمن الدوليين", "خطوة تهدد استقرار المنطقة": what endangers peace, security or
 * stability is described, not a threat one side makes to another.
 */
function endangersAbstraction(tokens: Token[], m: { first: number; last: number }, to: number): boolean {
  const verb = /^[وف]?[يت]هدد$/.test(tokens[m.first].norm) && m.first === m.last;
  const next = m.last + 1 < to ? tokens[m.last + 1].norm : '';
  return verb && /^(?:ال)?(?:سلم|سلام|امن|استقرار|حياه|مستقبل|وحده)$/.test(next);
}

/** "أعلنت السعودية أنها …", "قال العراق إنه …": the speaker's own act. */
function ownAct(tokens: Token[], v: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= Math.max(v.from, at - 4); k--)
    if (isWord('ownActPronouns', tokens[k].norm)) return true;
  return false;
}

/**
 * "وزارة الخارجية والتعاون الدولي", "وزير التخطيط والتعاون": a noun joined by و to a body's or an
 * office's field is part of its name, no act.
 */
function fieldOfBody(tokens: Token[], v: SentenceView, at: number): boolean {
  if (!/^وال/.test(tokens[at].norm)) return false;
  for (let k = at - 1; k >= Math.max(v.from, at - 3); k--)
    if (/^[وفبل]?(?:ال)?(?:وزاره|وزير|وزيره|هيئه|مجلس|لجنه|منظمه|مكتب|صندوق)$/.test(tokens[k].norm))
      return true;
  return false;
}

/** "أعلنت قوات الدعم السريع هدنة": who declares a truce is the side that keeps it. */
function declaredTruce(tokens: Token[], v: SentenceView, at: number, mode: string | null): boolean {
  if (mode !== 'ceasefire') return false;
  for (let k = at - 1; k >= Math.max(v.from, at - 8); k--)
    if (isWord('declaring', tokens[k].norm)) return true;
  return false;
}

/** "اقتحم مئات المحتجين السفارة": storming by protesters is a riot, not an attack. */
function riot(tokens: Token[], v: SentenceView, at: number): boolean {
  return tokens.slice(v.from, v.to).some((t) => isWord('protesters', t.norm)) && at >= v.from;
}

/** "سفيرها", "سفيرته", "قائمها بالأعمال": an envoy with a pronoun of his own state. */
const OWN_ENVOY = /^[وف]?(?:ب|ل)?(?:سفير|سفيرت|قايم|مندوب)(?:ها|ه|هم|نا)$/;

/**
 * "استدعت سفيرها في برلين", "سحب سفيره من بيروت", "سفير بلاده في فرنسا", "سفير جمهورية العراق لدى
 * طهران" (the acting state naming its own envoy): the state one's own envoy is recalled from is the
 * recall's target (a place here, so no actor of the clause); the envoy's own state named in his
 * title and his name after the post are the envoy, no target.
 */
function recalledFrom(
  tokens: Token[],
  v: SentenceView,
  m: { first: number; last: number },
  participants: ReturnType<typeof assignSides>,
  ownEnvoyEnd = -1,
): ReturnType<typeof assignSides> {
  const kb = loadKb();
  const at = (e: { span: { start: number } }) => tokenIndexAt(tokens, e.span.start);
  const own = new Set(
    participants.filter((p) => p.role === 'source' && p.entity.country).map((p) => p.entity.country),
  );
  for (let k = m.first; k < Math.min(v.to - 1, m.last + 6); k++) {
    const t = tokens[k].norm;
    let end = k;
    // ("سفير بلاده في فرنسا": his country's envoy; "سفير جمهورية العراق": the acting state's;
    // "السفير الكويتي لدى طهران" said of Kuwait ends at the nisba the caller found.)
    if (k === ownEnvoyEnd) end = k;
    else if (/^(?:ب|ل)?سفير$/.test(t) && /^بلاد(?:ه|ها|نا)$/.test(tokens[k + 1].norm)) end = k + 1;
    else if (/^(?:ب|ل)?سفير$/.test(t)) {
      const state = v.entities.find(
        (e) => at(e) === k + 1 && isCountryRecord(e.entity) && own.has(e.entity.country),
      );
      if (!state) continue;
      end = tokenIndexAt(tokens, state.span.end - 1);
    } else if (!OWN_ENVOY.test(t)) continue;
    // The post right after: "في/لدى/من برلين" or "ببرلين".
    const post = v.entities.find((e) => {
      const i = at(e);
      const marked =
        (i === end + 2 && /^(?:في|لدي|من)$/.test(tokens[end + 1].norm)) ||
        (i === end + 1 && /^ب(?=..)/.test(tokens[i].norm));
      return marked && (e.entity.type === 'GPE' || isCountryRecord(e.entity)) && !!e.entity.country;
    });
    const country = post?.entity.country ? kb.countryEntity.get(post.entity.country) : undefined;
    if (!post || !country || own.has(post.entity.country)) return [];
    const postEnd = tokenIndexAt(tokens, post.span.end - 1);
    // The envoy's own state and the envoy named after his post are dropped from the targets.
    for (let j = participants.length - 1; j >= 0; j--) {
      const p = participants[j];
      const i = tokenIndexAt(tokens, p.span.start);
      if (
        p.role === 'target' &&
        ((i > k && i <= end) || (p.entity.type === 'PERSON' && i > postEnd && i <= postEnd + 2))
      )
        participants.splice(j, 1);
    }
    // (Nor a state the sides already give.)
    if (participants.some((p) => !p.entity.sector && p.entity.country === post.entity.country)) return [];
    return [{ entity: record(country), via: 'post', span: post.span, role: 'target' }];
  }
  return [];
}

/** "استدعت", "طرد", "أمهلت … لمغادرة": an act done to envoys. */
function onEnvoys(tokens: Token[], m: { first: number; last: number }): boolean {
  return tokens
    .slice(m.first, m.last + 1)
    .some((t) => /ستدع|^[وف]?(?:طرد|تطرد|يطرد|طردت)$|مغادر/.test(t.norm));
}

/**
 * "وكانت الخارجية الأردنية قد استدعت السفير الإسرائيلي إيتان سوركيس", "جرى استدعاء فلان، السفير
 * السويدي، إلى الخارجية": an envoy summoned or expelled is acted upon, with his state and the name
 * he is given right after his title; whoever else is named acts. (In place, when the sides made the
 * envoy act.)
 */
function envoysActedUpon(participants: ReturnType<typeof assignSides>, tokens: Token[]): void {
  const envoys = participants.filter((p) => p.entity.sector === 'ambassador');
  if (!envoys.some((p) => p.role === 'source')) return;
  const states = new Set(envoys.map((p) => p.entity.country));
  const named = (p: (typeof participants)[number]) =>
    p.entity.type === 'PERSON' &&
    !p.entity.country &&
    envoys.some((x) => {
      const gap = tokenIndexAt(tokens, p.span.start) - tokenIndexAt(tokens, x.span.end - 1);
      const before = tokenIndexAt(tokens, x.span.start) - tokenIndexAt(tokens, p.span.end - 1);
      return (gap >= 1 && gap <= 4) || (before >= 1 && before <= 2);
    });
  for (const p of participants) {
    const theirs =
      p.entity.sector === 'ambassador' ||
      named(p) ||
      (!p.entity.sector &&
        (isCountryRecord(p.entity) || !!p.entity.institution) &&
        states.has(p.entity.country));
    p.role = theirs ? 'target' : 'source';
  }
  participants.sort((a, b) => (a.role === 'source' ? 0 : 1) - (b.role === 'source' ? 0 : 1));
}

/**
 * "السفير البريطاني في طهران روبرت ماكيير", "فلان، السفير السويدي": the name an envoy is given right
 * after his title (or before it) is that envoy, one side already, not another person beside him.
 */
function envoyNamesFolded(participants: ReturnType<typeof assignSides>, tokens: Token[]): void {
  const envoys = participants.filter((p) => p.entity.sector === 'ambassador');
  if (!envoys.length) return;
  for (let j = participants.length - 1; j >= 0; j--) {
    const p = participants[j];
    if (p.entity.type !== 'PERSON' || p.entity.country || !p.entity.id.includes('unknown-person')) continue;
    const named = envoys.some((x) => {
      if (x.role !== p.role) return false;
      const gap = tokenIndexAt(tokens, p.span.start) - tokenIndexAt(tokens, x.span.end - 1);
      const before = tokenIndexAt(tokens, x.span.start) - tokenIndexAt(tokens, p.span.end - 1);
      return (gap >= 1 && gap <= 4) || (before >= 1 && before <= 2);
    });
    if (named) participants.splice(j, 1);
  }
}

// Acts between states: a ministry or an official acts for its state, an envoy stands for it.
const STATE_ACTS = new Set(['SANCTION', 'ACCUSE', 'AGREE', 'REJECT', 'THREATEN']);

/** In acts between states the state stands beside its ministry, official or envoy (POLECAT's country code). */
export function withStates(ps: ReturnType<typeof assignSides>, type: string): ReturnType<typeof assignSides> {
  if (!STATE_ACTS.has(type)) return ps;
  const kb = loadKb();
  const out = [...ps];
  for (const p of ps) {
    const e = kb.byId.get(p.entity.id);
    const official =
      p.entity.sector === 'ambassador' ||
      (e?.type === 'ORG' && !!e.source) ||
      (e?.type === 'PERSON' && !!e.offices?.length);
    // ("عقوبات على قائد الجيش": a person sanctioned is struck himself, not his state.)
    const sanctioned = type === 'SANCTION' && p.role === 'target' && p.entity.type === 'PERSON';
    const country =
      official && !sanctioned && p.entity.country ? kb.countryEntity.get(p.entity.country) : undefined;
    if (country && !out.some((q) => q.entity.id === country.id))
      out.push({ entity: record(country), via: 'state-of', span: p.span, role: p.role });
  }
  return out;
}

/**
 * "ميقاتي: توقيف سماحة جاء بناءً على …": a person who opens the line, before a colon that the act
 * follows, speaks of the arrest; he is neither held nor holding.
 */
function headlineSpeaker(
  text: string,
  tokens: Token[],
  v: SentenceView,
  e: EntityMention,
  act: number,
): boolean {
  const at = tokenIndexAt(tokens, e.span.start);
  const end = tokenIndexAt(tokens, e.span.end - 1);
  if (e.entity.type !== 'PERSON' || at - v.from > 3 || end >= act) return false;
  return /^\s*:/.test(text.slice(e.span.end, tokens[end + 1].span.start));
}

/** People an arrest names by their nationality, alone or with their group, not yet among its sides. */
function arrestedGroups(
  tokens: Token[],
  v: SentenceView,
  participants: ReturnType<typeof assignSides>,
): ReturnType<typeof assignSides> {
  const out: ReturnType<typeof assignSides> = [];
  for (const f of victimsIn(tokens, v)) {
    // (Named by their state: "فلسطينيين", "مواطنين أتراك"; police and soldiers by it arrest.)
    if (!f.country || f.sector === 'police' || f.sector === 'military') continue;
    const entity = sectorActor(f.sector, f.country);
    if ([...participants, ...out].some((p) => p.entity.id === entity.id)) continue;
    out.push({ entity, via: 'sector', span: f.span, role: 'target' });
  }
  return out;
}

/** "بعد", "قبيل", "إثر", "رداً": a word that names another act as the time or the cause of this one. */
export const isReferenceWord = (t: string): boolean => hasWord(words().references, t);

/** "قرر", "أعلنت", "فرضت": a verb that governs the noun of an act after it. */
export const isGovernor = (t: string): boolean => hasWord(words().governors, t);

const ARTICLE_PREFIXES = ['', 'ال', 'و', 'ف', 'ب', 'ل', 'وال', 'فال', 'بال', 'لل', 'وب', 'ول', 'وبال', 'ولل'];

/**
 * A kidnapping told with the state's detention in its sentence and no gunmen or unknown men
 * ("عملية اختطاف أمام القصر، وهي محتجزة بمركز شرطة"): an arrest its victim's side calls a
 * kidnapping, not an abduction.
 */
export function kidnapByState(tokens: Token[], v: SentenceView): boolean {
  const has = (list: string) =>
    tokens
      .slice(v.from, v.to)
      .some((t, k) => beginsWithWordAfter(list, t.norm, ARTICLE_PREFIXES) && !lacked(tokens, v.from + k));
  return !has('kidnappers') && has('holdingState');
}

/** "بلد يفتقر إلى الأمن", "في ظل غياب الأمن": security a place lacks is no state holding anyone. */
const LACK = /^[وف]?(?:يفتقر|تفتقر|افتقار|غياب|انعدام|فقدان|فقدت|فقد|تدهور|انفلات|لاستتباب|استتباب)$/;
const lacked = (tokens: Token[], k: number) =>
  LACK.test(tokens[k - 1]?.norm ?? '') ||
  (/^(?:الي|الى)$/.test(tokens[k - 1]?.norm ?? '') && LACK.test(tokens[k - 2]?.norm ?? ''));

const KIDNAP = /^[وف]?(?:[يت]?(?:ا?خت|خ)طف|اختطاف|عمليه)/;
/** Is the trigger at `at` a word of kidnapping ("اختطف", "خطف", "عملية الخطف")? */
export const kidnapWord = (tokens: Token[], at: number) =>
  KIDNAP.test(tokens[at].norm) && /خت?طا?ف/.test(tokens[at].norm + (tokens[at + 1]?.norm ?? ''));
