// Claims: who the outlet says says what. A claim is a clause with a verb of saying, a
// circumstantial participle ("موضحاً أن"), a characterising phrase ("على ما سمّته «…»") or an
// attribution ("حسب مصادر بالرئاسة التركية", "في بيان لوزارة الخارجية"). Its source is the speaker
// the verb governs, read by syntax (speakers.ts): the subject after the verb and before "أن"/":"
// — never a person named inside what is said —, a title resolved to its holder or body, a medium,
// an anonymous source with its body and medium, a pronoun-only verb to the last speaker of its
// gender. A sentence whose verbs have different speakers is one claim per speaker. Attributions
// name the medium of a named speaker or, without one, the source itself; the words of call
// participants in a readout stay the readout's ("according to the Kremlin"). Stance markers
// ("حسب زعمه") are kept per claim.
import type {
  Claim,
  EntityMention,
  EntityRecord,
  EventMention,
  Span,
  StanceMarker,
  Token,
} from '../types.js';
import { eventLexicon } from './lexicon.js';
import { isMadeEntity, loadKb } from '../entities/kb.js';
import { institutionBody } from './speaker-bodies.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { tokenize } from '../arabic/tokenize.js';
import { PhraseMatcher, type PhraseMatch } from '../arabic/phrases.js';
import { holdsTrigger, type SentenceView } from './context.js';
import { genderOf, isRelative, isRelativeBefore, Speakers, type Gender, type Speaker } from './speakers.js';
import type { Reading as SpeakerReading } from './speaker-words.js';
import { beginsWithWord, containsWord, isExactWord, isWord } from './words.js';
import { isArmedGroup } from './sides.js';
import { inSet, words as speakerWords } from './speaker-words.js';
import { describesAntecedent, governsItsCall } from './claim-calls.js';

const QUOTES: [string, string][] = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];

export interface ClaimOptions {
  /** Every entity mention of the document, the tagger's names too (speakers the KB does not hold). */
  entities?: EntityMention[];
  /** The country most of the report's places are in (bodies named without a nisba). */
  country?: string;
  /** The report's date (ISO), for office holders. */
  date?: string | null;
  /** The outlet that published the report. */
  outlet?: string | null;
}

type CueKind = 'verb' | 'participle' | 'characterising';
interface Cue {
  first: number;
  last: number;
  kind: CueKind;
  gender: Gender | null;
  /** "نقل/نقلت X عن Y": Y speaks, X carries. */
  relay: boolean;
  imperfect: boolean;
  /** "أكدا", "شددا": two speakers together. */
  dual: boolean;
  /** "وأضافوا", "وقالوا": a plural pronoun speaks, the last speakers who are many. */
  plural?: boolean;
  /** "وعلم من الوفد أن", "وعلم في أنقرة أن": learnt from a source after "من", or from unnamed ones in a place. */
  learnt?: boolean;
  /** "ونسبت القناة إلى مصادر مقربة منه أنه": the one after "إلى" speaks, the subject carries. */
  attributedTo?: boolean;
  /** An act of accusing or calling on ("حمّل", "دعا"): what follows it may be its object. */
  act?: boolean;
  /** "عبر وكالة «أعماق» التي قالت: «…»": a relative verb with its words right after it; the antecedent speaks. */
  relative?: boolean;
  /** "إلى قوله", "من قولها": a verbal noun of saying whose pronoun is the one just named. */
  possessed?: boolean;
  /** 'بسبب "…"': the quoted reason of an act, its subject's words (what follows is no subject). */
  reason?: boolean;
  /** "…، حسب تعبيره", "…، على حد قولها": what comes before is the words of the one the pronoun stands for. */
  ownWords?: boolean;
}

/**
 * "…، وإلا فإن الجيش سيجبرها على ذلك، حسب تعبيره.": a phrase closing the clause that calls what
 * precedes it someone's own words ("بحسب/حسب/وفق تعبيره", "على حد قوله/تعبيرها").
 */
function ownWordsOf(text: string, tokens: Token[], from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let k = from + 2; k < to; k++) {
    const m = /^(?:تعبير|قول)(ه|ها|هم)$/.exec(tokens[k].norm);
    if (!m) continue;
    const prep = tokens[k - 1].norm;
    const first = /^[وف]?(?:ب?حسب|وفق|وفقا)$/.test(prep)
      ? k - 1
      : prep === 'حد' && tokens[k - 2].norm === 'علي'
        ? k - 2
        : -1;
    // (At the end of its clause, after a comma: not "حسب قوله تعالى" nor a phrase inside a clause.)
    if (first <= from || !/[،,]\s*$/.test(text.slice(tokens[first - 1].span.end, tokens[first].span.start)))
      continue;
    if (k + 1 < to && !/^\s*[.،,؛;!؟?)»”"]/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start)))
      continue;
    cues.push({
      first,
      last: k,
      kind: 'verb',
      gender: m[1] === 'ه' ? 'm' : m[1] === 'ها' ? 'f' : null,
      relay: false,
      imperfect: false,
      dual: false,
      ownWords: true,
      ...(m[1] === 'هم' ? { plural: true } : {}),
    });
  }
  return cues;
}

/**
 * "… وصولاً إلى قوله «…»", "بدءاً من قولها إن …": the verbal noun of saying with its pronoun after a
 * preposition standing alone is a saying of whoever the pronoun stands for.
 */
function sayingsOf(tokens: Token[], from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let k = from + 1; k < to; k++) {
    const m = /^قول(ه|ها|هم)$/.exec(tokens[k].norm);
    // ("وهو ما أيده فلان بتأكيده أن …": "بـ" and the verbal noun with its pronoun, what is said after it.)
    const by = /^ب(?:قول|تاكيد|تشديد|اشار?ت|توضيح|تحذير)(ه|ها|هم)$/.exec(tokens[k].norm);
    if (by && k + 1 < to && /^(?:ان|بان)$/.test(tokens[k + 1].norm)) {
      cues.push({
        first: k,
        last: k,
        kind: 'verb',
        gender: by[1] === 'ه' ? 'm' : by[1] === 'ها' ? 'f' : null,
        relay: false,
        imperfect: false,
        dual: false,
        possessed: true,
      });
      continue;
    }
    if (!m || !/^(?:الي|من|حتي)$/.test(tokens[k - 1].norm)) continue;
    const gender: Gender | null = m[1] === 'ه' ? 'm' : m[1] === 'ها' ? 'f' : null;
    cues.push({
      first: k,
      last: k,
      kind: 'verb',
      gender,
      relay: false,
      imperfect: false,
      dual: false,
      possessed: true,
    });
  }
  return cues;
}
/**
 * 'جمّد المجلس عضويته بسبب "إساءته للمجلس"': the reason an actor gives for its act, quoted, is
 * its words — the act's subject speaks, as after "على ما وصفه".
 */
function reasonsQuoted(text: string, tokens: Token[], from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let k = from; k + 1 < to; k++)
    if (
      /^(?:بسبب|لسبب)$/.test(tokens[k].norm.replace(/^[وف]/, '')) &&
      /^\s*[«“"]\s*$/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start))
    )
      cues.push({
        first: k,
        last: k,
        kind: 'characterising',
        gender: null,
        relay: false,
        imperfect: false,
        dual: false,
        reason: true,
      });
  return cues;
}

/**
 * "ونقلت عنه قناة العربية قوله", "ونقل عنها": a relay from a pronoun. It stands for the speaker just
 * read in the sentence, else the sentence's subject ("وبحسب المكتب الإعلامي للرئاسة، فإن …، ونقل عنه"),
 * else the last speaker of its gender; a medium named after it carries.
 */
function relayedFromPronoun(
  tokens: Token[],
  sp: Speakers,
  c: Cue,
  from: number,
  end: number,
  prev: Speaker | null,
): SpeakerReading | null {
  const pronounAt = carrierThenPronoun(tokens, sp, c, end) ?? c.last + 1;
  const m = /^عن(ه|ها|هم|هما)$/.exec(tokens[pronounAt]?.norm ?? '');
  // (Only a verb that opens its clause: "مصادر كويتية نقلت عنها وكالة …" describes the sources.)
  if (!m || (c.first > from && !/^[وف]/.test(tokens[c.first].norm))) return null;
  const gender: Gender | null = m[1] === 'ه' ? 'm' : m[1] === 'ها' ? 'f' : null;
  const agrees = (s: Speaker | null | undefined): s is Speaker =>
    !!s?.entity && (!gender || !genderOf(s) || genderOf(s) === gender);
  const after =
    pronounAt > c.last + 1
      ? sp.subject(c.last + 1, pronounAt, null).speaker
      : c.last + 2 < end
        ? sp.subject(c.last + 2, end, null).speaker
        : null;
  const carrier = after?.kind === 'media' ? after.entity : null;
  const back =
    (agrees(prev) ? prev : null) ?? [sp.clauseSubject(from, c.first, gender)].find(agrees) ?? sp.last(gender);
  if (!back) return null;
  return { speaker: { ...back, medium: carrier ?? back.medium }, medium: carrier, unknown: false };
}

/**
 * "ونقلت إذاعة (شبيلي) عنه قوله", "ونقلت وكالة الأنباء عنها أن": the carrier between the verb and the
 * pronoun — a medium, or a word naming one ("إذاعة", "قناة") — where that pronoun sits, else null.
 */
function carrierThenPronoun(tokens: Token[], sp: Speakers, c: Cue, end: number): number | null {
  for (let k = c.last + 2; k < Math.min(end, c.last + 7); k++) {
    if (!/^عن(?:ه|ها|هم|هما)$/.test(tokens[k].norm)) continue;
    const head = tokens[c.last + 1].norm.replace(/^[وف]/, '');
    const carrier = sp.subject(c.last + 1, k, null).speaker;
    return carrier?.kind === 'media' || inSet(head, speakerWords().media) ? k : null;
  }
  return null;
}

/**
 * 'نددت "وزارة الخارجية والتعاون الدولي" الجيبوتية بـ…': a body's name quoted right after the verb — an
 * institution word opening a quotation closed within six words — is its subject, not its words.
 */
function quotedInstitution(text: string, tokens: Token[], k: number, to: number): boolean {
  const inst = speakerWords().institutions.matchAt(tokens, k);
  if (!inst) return false;
  for (let j = inst.last + 1; j < Math.min(to, k + 7); j++)
    if (/["”»]/.test(text.slice(tokens[j - 1].span.end, tokens[j].span.start)))
      return !/[«“]/.test(text.slice(tokens[j - 1].span.end, tokens[j].span.start));
  return false;
}

/** A speaker a plural verb or participle may have: a body, a state, a medium, a group, unnamed sources, names joined by "و". */
function speaksAsMany(s: Speaker | null | undefined): boolean {
  if (!s) return false;
  if (s.kind !== 'person' && s.kind !== 'office') return true;
  return /\sو\S/.test(s.text) || /(?:ون|ين)$/.test(normalize(s.text.split(/\s+/)[0] ?? ''));
}

/** "وسبق ذلك تجميد المجلس عضويته": the first body named before `at`, by its head noun too ("المجلس"). */
function bodyBefore(sp: Speakers, from: number, at: number): Speaker | null {
  for (let k = from; k < at; k++) {
    const s = sp.subject(k, at, null).speaker;
    if (s?.entity && s.kind === 'body') return s;
  }
  return null;
}

interface Reading {
  cue: Cue;
  speaker: Speaker | null;
  explicit: boolean;
  /** A characterising phrase with a subject of its own ("…، وهو ما وصفته الخارجية بأنه"): a speaker of its own. */
  own?: boolean;
  /** A medium named as the report's source after what it reports ("…، ذكرت وكالة رويترز."). */
  trailing: boolean;
  /** Where its clause opens, when not at the verb ("فيما أصدر البيت الأبيض بياناً أفاد"). */
  from?: number;
}

let CUES: {
  participles: PhraseMatcher<string>;
  characterising: PhraseMatcher<string>;
  verbs: Set<string>;
  claimVerbs: PhraseMatcher<string>;
  quotedVerbs: PhraseMatcher<string>;
  guardedVerbs: PhraseMatcher<string>;
  chants: Set<string>;
} | null = null;
function cueWords() {
  if (CUES) return CUES;
  const d = loadData<{
    speechVerbs: string[];
    participles: string[];
    characterising: string[];
    claimVerbs: string[];
    quotedVerbs: string[];
    guardedVerbs: Record<string, string>;
    chants: string[];
  }>('events/claims.json');
  return (CUES = {
    claimVerbs: new PhraseMatcher(d.claimVerbs.map((v) => [v, v] as [string, string])),
    quotedVerbs: new PhraseMatcher(d.quotedVerbs.map((v) => [v, v] as [string, string])),
    guardedVerbs: new PhraseMatcher(Object.entries(d.guardedVerbs)),
    chants: new Set(d.chants.map(normalize)),
    participles: new PhraseMatcher(
      d.participles.map((p) => [p, p] as [string, string]),
      { stripArticle: false },
    ),
    characterising: new PhraseMatcher(
      d.characterising.map((p) => [p, p] as [string, string]),
      { stripArticle: false },
    ),
    verbs: new Set(
      [...d.speechVerbs, ...d.claimVerbs, ...d.quotedVerbs, ...Object.keys(d.guardedVerbs)].map(normalize),
    ),
  });
}

/** A claim opened by an act of accusing, blaming or calling on ("حمّلت", "دعا"): the act is an event as well. */
export function isActCue(verb: string | null): boolean {
  return !!verb && !!cueWords().quotedVerbs.matchAt(tokenize(verb), 0);
}

/** "مكتب الرئيس", "لمكتب رئيس الوزراء", "ديوان الأمير": a leader's office, named by its head noun. */
const OFFICE_OF = /^[وفبل]?(?:ال)?(?:مكتب|ديوان)\s/;

/** A verb of saying's own forms: "قال", "قالت", "قالوا", "قالا", "تقول", "أبلغته". */
function verbForm(w: string): boolean {
  const verbs = cueWords().verbs;
  return (
    verbs.has(w) ||
    verbs.has(w.slice(0, -1)) ||
    verbs.has(w.slice(0, -1) + 'ي') ||
    verbs.has(w.slice(0, -1) + 'ا') ||
    verbs.has(w.replace(/وا$/, '')) ||
    verbs.has(w.replace(/ت?(?:ه|ها|هم)$/, '')) ||
    (/^[يت]/.test(w) && verbs.has('ي' + w.slice(1)))
  );
}

/** A word read as a verb only past a preposition glued to it ("باقر" as "ب" + "أقر"): a name or a noun. */
function prepositionGlued(norm: string): boolean {
  const w = norm.replace(/^[وف](?=[بلك])/, '');
  return /^[بلك]/.test(w) && !verbForm(w) && !verbForm(norm);
}

/** The verb's form of itself: feminine "قالت", "أضافت", "تقول"; masculine "قال", "لفت", "تابع". */
function cueOf(tokens: Token[], m: PhraseMatch<string>, kind: CueKind): Cue {
  const verbs = cueWords().verbs;
  const whole = tokens[m.last].norm;
  const w = verbs.has(whole) ? whole : whole.replace(/^[وف]/, '');
  let gender: Gender | null = 'm';
  let imperfect = false;
  let dual = false;
  if (kind === 'verb') {
    if (/وا$/.test(w)) gender = null;
    // ("وصفها" is "described it", listed as it stands: no dual.)
    else if (w.endsWith('ا') && verbs.has(w.slice(0, -1)) && !verbs.has(w)) {
      dual = true;
      gender = null;
    } else if (
      w.endsWith('ت') &&
      // ("دعت", "نفت": the verb's last letter falls before the feminine "ت": "دعا", "نفى".)
      (verbs.has(w.slice(0, -1)) || verbs.has(w.slice(0, -1) + 'ي') || verbs.has(w.slice(0, -1) + 'ا'))
    )
      gender = 'f';
    else if (/^[يت]/.test(w) && verbs.has('ي' + w.slice(1))) {
      imperfect = true;
      if (w.startsWith('ت')) gender = 'f';
    } else if (/ته$|تهم$|تها$/.test(w) && verbs.has(w.replace(/ت(?:ه|هم|ها)$/, ''))) gender = 'f';
  } else if (kind === 'participle')
    // ("…، مفادها أن": its pronoun is the account's, not the speaker's.)
    gender = /^مفاد/.test(w) ? null : /ه$/.test(w) ? 'f' : 'm';
  else gender = /ته$/.test(w) || /^ت/.test(w) ? 'f' : 'm';
  return {
    first: m.first,
    last: m.last,
    kind,
    gender,
    // ("وأوردت وكالة أسوشيتد برس عن عمال الإغاثة قولهم": carried as well.)
    relay: /^[وف]?(?:نقل|اورد)/.test(w) && kind === 'verb',
    imperfect,
    dual,
    ...(kind === 'verb' && /وا$/.test(w) ? { plural: true } : {}),
  };
}

export function detectClaims(
  text: string,
  tokens: Token[],
  views: SentenceView[],
  events: EventMention[],
  opts: ClaimOptions = {},
): Claim[] {
  const lex = eventLexicon();
  const words = cueWords();
  const sp = new Speakers(text, tokens, opts.entities ?? views.flatMap((v) => v.entities), {
    country: opts.country,
    date: opts.date ?? null,
    outlet: opts.outlet,
  });
  const claims: Claim[] = [];
  // The last body or medium that spoke: a call readout's source for what its participants said.
  let channel: Speaker | null = null;
  for (const view of views) {
    const v = pastDateline(text, tokens, view);
    const cues = [
      ...lex.speech
        .findAll(tokens, v.from, v.to)
        .filter((m) => goesOnSaying(text, tokens, m.first, m.last, v.to))
        .map((m) => cueOf(tokens, m, 'verb')),
      ...words.claimVerbs.findAll(tokens, v.from, v.to).map((m) => cueOf(tokens, m, 'verb')),
      ...words.quotedVerbs
        .findAll(tokens, v.from, v.to)
        // (… or "بأن": "أقر الوزير بأن …", not "أقر البرلمان قانوناً".)
        .filter(
          (m) =>
            // (Some pages open a quotation with "”" as well: 'بـ”مساعي …”'.)
            /[«“”"]/.test(text.slice(tokens[m.last].span.end, v.span.end)) ||
            tokens
              .slice(m.last + 1, Math.min(v.to, m.last + 16))
              .some((t) => /^بان(?:ه|ها|هم)?$/.test(t.norm)) ||
            demandsBy(text, tokens, m.first, m.last, v.to) ||
            showsStance(tokens, m.first, m.last, v.to) ||
            governsItsCall(text, tokens, m.first, m.last, v.to),
        )
        .map((m) => ({ ...cueOf(tokens, m, 'verb'), act: true })),
      ...words.guardedVerbs
        .findAll(tokens, v.from, v.to)
        .filter((m) => guardHolds(text, tokens, v, m, opts.entities ?? v.entities))
        .map((m) => ({
          ...cueOf(tokens, m, 'verb'),
          ...(m.values[0] === 'learnt' ? { learnt: true } : {}),
          ...(m.values[0] === 'attributed-to' ? { attributedTo: true } : {}),
        })),
      ...words.participles.findAll(tokens, v.from, v.to).map((m) => cueOf(tokens, m, 'participle')),
      ...sayingsOf(tokens, v.from, v.to),
      ...ownWordsOf(text, tokens, v.from, v.to),
      // (A quoted reason is a body's words, its decision's: "إيران تستدعي السفير بسبب «…»" is a
      // headline's quotation of someone else's.)
      ...reasonsQuoted(text, tokens, v.from, v.to).filter(
        (c) =>
          (
            sp.clauseSubject(v.from, c.first, null) ??
            sp.actorBefore(v.from, c.first, null) ??
            bodyBefore(sp, v.from, c.first)
          )?.kind === 'body',
      ),
      ...words.characterising.findAll(tokens, v.from, v.to).map((m) => cueOf(tokens, m, 'characterising')),
    ]
      // "الدول التي أعلنت عزمها …": a verb in a relative clause says what its antecedent said, not the
      // sentence — unless its words follow it at once ("… وكالة «أعماق» التي قالت: «…»").
      .map((c) =>
        isRelativeBefore(tokens, c.first) &&
        c.kind === 'verb' &&
        (/^\s*[:：«“"]/.test(text.slice(tokens[c.last].span.end)) ||
          // ("عزام الأحمد، عضو قيادتها، الذي تعهد بأن …": "أن" right after it as well; "تبون، الذي
          // اعتبر هذه اللحظة «التاريخية»": or a quotation within three words.)
          // (Not "النصب الذي وصفه بأنه «…»": a verb that describes its antecedent is the sentence subject's.)
          (!describesAntecedent(text, tokens, c.first, c.last) &&
            (/^[وف]?ب?[اإأ]ن(?:ه|ها|هم)?$/.test(tokens[c.last + 1]?.norm ?? '') ||
              (c.act !== true && quotedSoonAfter(text, tokens, c.last)))))
          ? { ...c, relative: true }
          : c,
      )
      .filter(
        (c) =>
          c.relative ||
          !isRelativeBefore(tokens, c.first) ||
          describesAntecedent(text, tokens, c.first, c.last),
      )
      // "محمد باقر نوبخت": a word a preposition is glued to ("ب" + "أقر") is no verb — a verb takes
      // none — unless the word itself is a form of a listed verb ("بيّن", "لفتت").
      .filter((c) => c.kind !== 'verb' || c.possessed || !prepositionGlued(tokens[c.first].norm))
      // "أُبلغ السفير", "أُعلن": a passive verb names who was told or what was said, not who speaks.
      // ("وعُلم من الوفد أن": was learnt from, the source named after "من".)
      // ("ونُقل عن مصدر قوله": was relayed from, the source named after "عن".)
      .filter((c) => c.learnt || relayedFrom(tokens, c) || !passive(text, tokens[c.first]))
      // 'في تدوينة كتب فيها: "قبض الأمن على عمران خان …"': a verb inside what is said is none of the report's.
      .filter((c) => c.first === v.from || !openQuote(text.slice(v.span.start, tokens[c.first].span.start)))
      .sort((a, b) => a.first - b.first)
      // ("ما وصفته الخارجية بأنه": the verb read inside a characterising phrase is that phrase.)
      .filter(
        (c, _, all) =>
          c.kind === 'characterising' ||
          !all.some((o) => o.kind === 'characterising' && o.first <= c.first && c.last <= o.last),
      );
    const attributions = lex.attribution.findAll(tokens, v.from, v.to);
    // 'وهتف المحتجون: "… يعني إيه.. يعني …"': a sentence of the same paragraph that opens inside the
    // quotation of the claim just before it, and closes it, goes on with that claim.
    const before = claims[claims.length - 1];
    const open = before ? openQuote(text.slice(before.span.start, v.span.start)) : null;
    const adjacent = !!before && !/\S/.test(text.slice(before.span.end, v.span.start));
    if (
      before &&
      adjacent &&
      ((open &&
        (!text.slice(before.span.start, v.span.start).includes('\n') ||
          // (A line broken inside a quotation, the sentence unfinished: 'وقال مصدر “هناك هجوم على فندق\nفي سوسة”.')
          (!/[.!؟?:]["”»]?\s*$/.test(text.slice(before.span.start, before.span.end)) &&
            text.slice(v.span.start, v.span.end).includes(open))) &&
        // (… or a later sentence of the paragraph does: 'وأضاف "… داخل المبنى. نحتجز … مستمراً".')
        (text.slice(v.span.start, v.span.end).includes(open) ||
          text.slice(v.span.end, paragraphEnd(text, v.span.end)).includes(open))) ||
        // 'وقال الوزير في المؤتمر الصحفي:' and the quotation opening the next paragraph.
        (/[:：]\s*$/.test(text.slice(before.span.start, before.span.end)) &&
          /^[«“"]/.test(text.slice(v.span.start, v.span.start + 1))))
    ) {
      before.span = { start: before.span.start, end: v.span.end };
      before.quotes = quotesIn(text, before.span);
      sp.sentenceFrom = v.from;
      continue;
    }
    if (!cues.length && !attributions.length) {
      sp.sentenceFrom = v.from;
      // 'مظلوم عبدي: اتفاق الدمج "فرصة حقيقية"': a headline or line that opens with who speaks and a colon.
      const headed = headedBy(text, tokens, v, sp);
      if (headed) {
        claims.push({
          span: v.span,
          source: headed.entity,
          sourceText: headed.text,
          verb: null,
          quotes: quotesIn(text, v.span),
          stance: [],
          event: linkedEvent(text, v, events, headed.entity?.type === 'PERSON' ? headed.entity : null),
          type: null,
          sourceKind: headed.kind,
        });
        continue;
      }
      // 'عُلّقت صورة عملاقة كُتب عليها «القدس تنتصر»': words written on a banner no one is named as raising.
      // The sentence's words as a claim no one the report names made; `said` the words that tell it.
      const byNoOne = (said: string | null): Claim => ({
        span: v.span,
        source: null,
        sourceText: said,
        verb: said,
        quotes: quotesIn(text, v.span),
        stance: [],
        event: linkedEvent(text, v, events, null),
        type: null,
        sourceKind: 'anonymous',
        anonymous: true,
      });
      const banner = BANNER.exec(text.slice(v.span.start, v.span.end));
      if (banner) {
        claims.push(byNoOne(null));
        continue;
      }
      // "وأُفيد بأن الطريق مقطوعة": reported, in the passive, by no one the report names.
      if (reportedByNoOne(tokens, v.from, v.to)) {
        claims.push(byNoOne(text.slice(tokens[v.from].span.start, tokens[v.from].span.end)));
        continue;
      }
      sp.noteTopic(v.from, v.to);
      continue;
    }
    sp.sentenceFrom = v.from;
    // "وجاء في بيان الوزارة: «…»، مضيفاً أن …": the source an attribution before a participle names.
    const attributedBefore = (at: number): Speaker | null => {
      for (const a of [...attributions].reverse()) {
        if (a.last >= at) continue;
        const to = sp.windowEnd(a.last + 1, at);
        let k = afterWhat(tokens, a.last + 1, to);
        if (
          k + 1 < to &&
          ISSUED_IT.test(tokens[k].norm) &&
          sp.skip(k + 1, to) === k + 1 &&
          containsWord('statementWords', a.values[0])
        )
          k++;
        // "وبحسب بيان أوردته وكالة الأنباء الفرنسية …، وأكد البيان": a statement that names no issuer
        // speaks through the medium that carried it (not through a person it speaks of).
        if (k < to && isCarrier(tokens[k].norm) && containsWord('statementWords', a.values[0])) {
          const by = sp.officialIssuer(k + 1, to) ?? sp.subject(k + 1, to, null).speaker;
          if (by?.entity) return by;
        }
        // ("وبحسب ما نقلته الأناضول عن الرئيس التركي": the one the medium relays.)
        const relayed = k > a.last + 1 && /^نقل/.test(tokens[k - 1].norm);
        const who = k < to ? sp.subject(k, to, null, relayed).speaker : null;
        if (who?.entity) return who;
        if (/بيان/.test(a.values[0]) && /^[وف]?(?:في|ب)?ال/.test(tokens[a.last].norm)) return sp.statement;
      }
      return null;
    };
    const chanting = (c: Cue) => words.chants.has(tokens[c.first].norm.replace(/^[وف](?=..)/, ''));
    // (A person chants only as the verb's own subject, "وهتف الناشط فلان": not one the clause names.)
    const chanted = (c: Cue, s: Speaker | null, own = false): Speaker | null =>
      chanting(c) && !(s?.entity && (s.kind === 'group' || (own && s.kind === 'person')))
        ? sp.crowd(c.first)
        : s;
    const openingMedium = (from: number, at: number, gender: Gender | null): Speaker | null => {
      const s = sp.clauseSubject(from, at, gender);
      return s?.kind === 'media' ? s : null;
    };
    const reads: Reading[] = [];
    for (const [n, c] of cues.entries()) {
      const prev = [...reads].reverse().find((r) => r.speaker);
      if (c.kind === 'participle') {
        // "قالت وكالة الأنباء …، ناقلةً عن المتحدث باسم التحالف، العقيد تركي المالكي، أن …": the one relayed
        // speaks from there on, the medium carries.
        if (/^[وف]?ناقل[اه]$/.test(tokens[c.first].norm) && tokens[c.last + 1]?.norm === 'عن') {
          const bound = cues[n + 1]?.first ?? v.to;
          const inner = sp.subject(c.last + 2, sp.windowEnd(c.last + 2, bound), null).speaker;
          if (inner?.entity || inner?.anonymous) {
            const carrier = prev?.speaker?.kind === 'media' ? prev.speaker.entity : null;
            const speaker = { ...inner, medium: inner.medium ?? carrier };
            reads.push({ cue: c, speaker, explicit: true, trailing: false, own: true });
            continue;
          }
        }
        // "حافظت روسيا على موقفها …، قائلةً", "… نظمه وزير الخارجية الجزائري، موضّحاً": the clause's
        // speaker, else its subject, else the actor just named, agreeing in gender.
        const segment = segmentStart(text, tokens, v.from, c.first);
        // ("… بينه وبين أردوغان، الذي توجّه إليه … بالقول": a participle inside a relative clause after
        // the last verb read is its antecedent's, not the earlier speaker's nor the one addressed.)
        const relativeOwn =
          reads.length &&
          segment > v.from &&
          isRelative(tokens[segment].norm) &&
          (reads.at(-1)?.cue.last ?? v.to) < segment &&
          !/[،,؛;]/.test(text.slice(tokens[c.first - 1].span.end, tokens[c.first].span.start))
            ? agreeing(antecedent(text, tokens, sp, v.from, segment), c.gender)
            : null;
        const own = relativeOwn
          ? relativeOwn
          : reads.length
            ? (prev?.speaker ?? null)
            : (attributedBefore(c.first) ??
              // ("… من خادم الحرمين الشريفين، الذي ناشد …، معتبرا": the relative clause's subject, its antecedent.)
              (segment > v.from && isRelative(tokens[segment].norm)
                ? agreeing(antecedent(text, tokens, sp, v.from, segment), c.gender)
                : null) ??
              sp.clauseSubject(segment, c.first, c.gender) ??
              // ("وأفردت صحيفة كومرسانت …، معتبرة": a medium that opens the sentence goes on speaking in it.)
              openingMedium(v.from, c.first, c.gender) ??
              // ("وأدانت وزارة شؤون القدس الفلسطينية، اليوم، الاقتحام …، معتبرة": the subject of the verb opening the sentence.)
              sp.clauseSubject(v.from, c.first, c.gender) ??
              sp.actorBefore(v.from, c.first, c.gender) ??
              // ('وجاء في بيان الحكومة "…".. مضيفا "…"': "مضيفاً" agrees with the statement, not its issuer.)
              (c.gender === 'm' &&
              sp.statement?.entity &&
              claims.at(-1)?.source?.id === sp.statement.entity.id
                ? sp.statement
                : null) ??
              sp.last(c.gender));
        // ("صوّت النواب على فصله، مؤكدين": a plural participle goes with many, never with one person.)
        // (The clause's own subject when many, else the plural noun in it, else the many who spoke last.)
        const many = !/^[وف]?م\S{3,}ين$/.test(tokens[c.first].norm)
          ? own
          : reads.length && speaksAsMany(prev?.speaker ?? null)
            ? own
            : ([sp.clauseSubject(segment, c.first, null), sp.clauseSubject(v.from, c.first, null)].find(
                speaksAsMany,
              ) ??
              sp.pluralNounBefore(v.from, c.first) ??
              (speaksAsMany(own) ? own : sp.lastMany(c.first)));
        reads.push(
          relativeOwn
            ? { cue: c, speaker: relativeOwn, explicit: true, trailing: false, own: true, from: segment }
            : { cue: c, speaker: chanted(c, many), explicit: false, trailing: false },
        );
        if (relativeOwn?.entity) sp.remember(c.first, relativeOwn);
        continue;
      }
      if (c.kind === 'characterising') {
        // "ووصف ولي العهد التعاون … بأنه": a subject of its own after the verb comes first; after
        // "وصف فيها" (a pronoun on a preposition) the subject is the verb's own and what follows its object.
        const after =
          c.reason || pronounPhraseAt(tokens, c.last + 1)
            ? null
            : sp.subject(c.last + 1, sp.windowEnd(c.last + 1, cues[n + 1]?.first ?? v.to), c.gender).speaker;
        // ("ما" is the object: the noun after the verb can only be its subject, a body or a state as well.)
        const own = after?.entity || after?.anonymous ? after : null;
        const s =
          own ??
          prev?.speaker ??
          sp.clauseSubject(v.from, c.first, c.gender) ??
          // ("وفي مؤتمر صحفي …، شكر أردوغان الرئيس الصومالي … على ما وصفها": the sentence opening with
          // an adverbial, the subject after the verb of the clause past its comma.)
          sp.clauseSubject(clauseStart(text, tokens, v.from, c.first), c.first, c.gender, true) ??
          sp.actorBefore(v.from, c.first, c.gender) ??
          (c.reason ? bodyBefore(sp, v.from, c.first) : null);
        reads.push({ cue: c, speaker: s, explicit: (!!own || !prev) && !!s, trailing: false, own: !!own });
        continue;
      }
      // "…، حسب تعبيره": the words before are those of the speaker already read, else of the clause's
      // subject, else of the one just named or the last speaker, agreeing with the pronoun.
      if (c.ownWords) {
        const speaker =
          prev?.speaker ??
          sp.clauseSubject(v.from, c.first, c.gender) ??
          sp.actorBefore(v.from, c.first, c.gender) ??
          (c.plural ? sp.lastMany(c.first) : sp.last(c.gender));
        reads.push({ cue: c, speaker, explicit: false, trailing: false });
        continue;
      }
      // "وصولاً إلى قوله «…»": his saying is the one's just named (the possessor of the verbal noun).
      if (c.possessed) {
        const before = sp.actorBefore(v.from, c.first, c.gender);
        // ("وهدد بقوله إن …": a verb with no subject of its own before the verbal noun; both pronouns
        // stand for the last speaker of that gender.)
        const speaker = before ?? sp.last(c.gender);
        // ("…، وهو ما أيده فلان بتأكيده أن": the clause the verbal noun closes opens after the comma.)
        const opening = /^ب/.test(tokens[c.first].norm)
          ? segmentStart(text, tokens, v.from, c.first)
          : v.from;
        reads.push({
          cue: c,
          speaker,
          explicit: !!before,
          trailing: false,
          own: !!before,
          ...(opening > v.from ? { from: opening } : {}),
        });
        continue;
      }
      if (c.relative) {
        const speaker = antecedent(text, tokens, sp, v.from, c.first - 1);
        reads.push({ cue: c, speaker, explicit: !!speaker, trailing: false, own: !!speaker });
        continue;
      }
      // "وأكدا", "وشددا": the two sides together; the outlet sums them up.
      if (c.dual) {
        reads.push({ cue: c, speaker: null, explicit: true, trailing: false });
        continue;
      }
      const bound = cues[n + 1]?.first ?? v.to;
      const end = sp.windowEnd(c.last + 1, bound);
      // "وصف فيه الرئيس الفرنسي بأنه": a pronoun on a preposition right after the verb; its subject is a pronoun.
      // ('ولافتة تقول "مرحبا بالزعيم …"': the words right after the verb are its quotation, and a
      // name inside them is never its subject.)
      const quotedNext =
        c.last + 1 < tokens.length &&
        /^\s*[«“"]\s*$/.test(text.slice(tokens[c.last].span.end, tokens[c.last + 1].span.start)) &&
        !sp.namesAt(c.last + 1) &&
        !sp.quotedBodyAt(c.last + 1) &&
        !quotedInstitution(text, tokens, c.last + 1, bound) &&
        !quotedName(text, tokens, c.last + 1, bound);
      // ("ونُقل عن مصدر قوله": the one named after "عن", when a speaker.)
      const relayed = !c.learnt && relayedFrom(tokens, c) ? relayedOne(sp, c, bound) : null;
      // ("ونقلت عنه وكالة … قوله": the one the pronoun stands for speaks, the medium after it carries.)
      const fromPronoun = c.relay
        ? relayedFromPronoun(tokens, sp, c, v.from, end, prev?.speaker ?? null)
        : null;
      const subject = fromPronoun
        ? fromPronoun
        : c.learnt
          ? learntFrom(text, tokens, sp, c.last + 1, end, c.gender)
          : relayed
            ? relayed
            : c.attributedTo
              ? attributedTo(tokens, sp, c, bound, prev?.speaker ?? null)
              : pronounPhraseAt(tokens, c.last + 1) || quotedNext
                ? (subjectPastPronoun(tokens, sp, c, bound) ?? {
                    speaker: null,
                    medium: null,
                    unknown: false,
                  })
                : sp.subject(c.last + 1, end, c.gender, c.relay);
      // "ثم دعا المتظاهرين إلى …": a plural in -ين after the verb is its object, never its subject (-ون);
      // after an act, words we cannot read as a speaker are its object.
      const read =
        (subject.speaker?.kind === 'group' &&
          /ين$/.test(normalize(subject.speaker.text.split(/\s+/)[0] ?? ''))) ||
        (c.act && subject.unknown) ||
        // "وحثت مجلس الأمن على …": a verb marked feminine does not agree with a masculine body after
        // it, which is the one it calls on.
        (c.act && c.gender === 'f' && !!subject.speaker && mascBodyHead(subject.speaker.text)) ||
        // "نفت الخارجية التركية …، ودعت بغداد إلى التحقيق": after a speaker of the sentence, a state
        // right after an act of calling on or accusing is the one called on, not a new speaker.
        // (So too an armed group: "وكانت المنامة قد أعلنت …، وحمّلت ميليشيات الحوثي المسؤولية".)
        (c.act &&
          (subject.speaker?.kind === 'country' ||
            (!!subject.speaker?.entity && isArmedGroup(subject.speaker.entity))) &&
          !!prev?.explicit &&
          !!prev.speaker?.entity)
          ? { speaker: null, medium: subject.medium, unknown: false }
          : // ("وأضاف الهجوم على جنودنا نقطة تحول": a word naming an event right after a verb of saying
            // opens what is said, unquoted; the verb's pronoun speaks.)
            subject.unknown && !c.act && lex.triggers.matchAt(tokens, c.last + 1)
            ? { speaker: null, medium: subject.medium, unknown: false }
            : describedObject(text, tokens, c, v, subject)
              ? { speaker: null, medium: null, unknown: false }
              : subject;
      let speaker = read.speaker;
      // 'وجاء في بيان للخارجية: «…»، وأردف البيان أن': the statement this sentence has just named.
      const stmtWord = tokens[c.last + 1]?.norm.replace(/^[وف]/, '') ?? '';
      if (/^ال/.test(stmtWord) && isExactWord('statementWords', stmtWord.slice(2))) {
        const named = attributedBefore(c.first);
        if (named) speaker = named;
      }
      // The subject before the verb: "وكان وزير الخارجية … قد صرّح", "مصادر أمنية وصفت", "وكالة أنباء «إيرنا» تفيد".
      // ("وكان المجلس قد رفض المشروع، فردّ النائب": a verb with "فـ" after a comma opens a clause of its own.)
      const own =
        c.first > v.from &&
        /^ف/.test(tokens[c.first].norm) &&
        /[،,]/.test(text.slice(tokens[c.first - 1].span.end, tokens[c.first].span.start));
      // ("وكان المتحدث الرسمي للمديرية …، النقيب فلان، قد أعلن": with "قد" right before the verb a
      // subject and its apposed name may run longer between them.)
      const reach = tokens[c.first - 1]?.norm === 'قد' ? 16 : 9;
      const kana = own ? -1 : kanaBefore(tokens, Math.max(v.from, c.first - reach), c.first);
      const fronted = (): Speaker | null => {
        // "… أن وكالة أعماق الداعمة للتنظيم أعلنت": the subject opens the clause after "أن".
        let that = -1;
        for (let k = c.first - 1; k > Math.max(v.from, c.first - 9); k--) {
          // A comma or "فـ" between: the verb opens a clause of its own ("أن السفير لم يكن …، فأُبلغ").
          if (
            /[،,.؛]/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start)) ||
            /^ف/.test(tokens[c.first].norm)
          )
            break;
          // ("وحسب ما أوردته قناة العربية، فإن وزير الداخلية … أكد": "فإن" as well.)
          if (/^[وف]?[اإأ]ن$/.test(tokens[k].norm)) {
            that = k;
            break;
          }
        }
        let from =
          kana >= 0 ? kana + 1 : that >= 0 ? that + 1 : verbClauseStart(text, tokens, v.from, c.first);
        // "… بعد مداهمة منزله والنهضة تتحدث": a named subject joined by "و" right before the verb opens its clause.
        // (Not before a verb with its own "و" after a comma: "… بين البحرين وروسيا، وأكدت أن".)
        if (
          kana < 0 &&
          c.first - 1 > from &&
          /^و/.test(tokens[c.first - 1].norm) &&
          sp.namesAt(c.first - 1) &&
          !(
            /^[وف]/.test(tokens[c.first].norm) &&
            /[،,]/.test(text.slice(tokens[c.first - 1].span.end, tokens[c.first].span.start))
          )
        )
          from = c.first - 1;
        // (An outlet may carry a description before its verb: "أن وكالة النبأ المقربة من الجماعة أعلنت".)
        const distance = c.first - sp.skip(sp.lead(from, c.first), c.first);
        if (from < c.first && (kana >= 0 || distance <= 8)) {
          const before = sp.subject(sp.lead(from, c.first), c.first, c.gender).speaker;
          // ('وفي بيان أوردته "وكالة الأنباء" (واس)، نددت الوزارة': an outlet a comma parts from the verb
          // carries the statement; it is not the verb's subject.)
          const parted =
            kana < 0 &&
            before?.kind === 'media' &&
            /[،,]/.test(text.slice(tokens[c.first - 1].span.end, tokens[c.first].span.start));
          if (
            before &&
            !parted &&
            before.kind !== 'group' &&
            (kana >= 0 || distance <= 5 || before.kind === 'media' || c.act)
          )
            return before;
        }
        return null;
      };
      // After an act ("… إن رئيس المجلس طالب الحكومة", "وكان الحزب قد حمّل إسرائيل") a subject before
      // the verb is its subject and the noun after it the object.
      // So after "وكان X قد" (X stands between them: "وكان الجيش قد حذّر خان من …").
      // ("وقال رئيس الحكومة إن …، غير أن مصدراً في باريس تحدث عن …": a subject after "أن" past a comma
      // opens its own clause there, before the verb.)
      let frontedAt: number | undefined;
      if (c.act || kana >= 0) speaker = fronted() ?? speaker;
      else if (!speaker) {
        speaker = fronted();
        let that = c.first - 1;
        while (that > v.from && !/^[وف]?[اإأ]ن$/.test(tokens[that].norm)) that--;
        const at = that > v.from ? clauseStart(text, tokens, v.from, that) : v.from;
        if (speaker && at > v.from && at > (cues[n - 1]?.last ?? -1) && c.first - at <= 10) frontedAt = at;
      }
      // "أما رئيس الوزراء الأرميني فوصف الاتفاق بأنه": "أما" fronts the subject, the verb follows with "فـ".
      if (/^ف/.test(tokens[c.first].norm)) {
        for (let k = c.first - 1; k >= Math.max(v.from, c.first - 10); k--) {
          if (!/^و?اما$/.test(tokens[k].norm)) continue;
          const fronting = sp.subject(k + 1, c.first, c.gender).speaker;
          if (fronting && fronting.kind !== 'group') speaker = fronting;
          break;
        }
      }
      // "فيما أصدر البيت الأبيض بياناً أفاد بأن": a verb right after a statement issued in its clause speaks for the issuer.
      let issuedAt: number | undefined;
      // ("نشرت الوكالة بياناً رسمياً يفيد بأن": an adjective of the statement may follow it.)
      const statementAt =
        c.first > v.from + 2 &&
        STATEMENT_ADJECTIVE.test(tokens[c.first - 1].norm) &&
        containsWord('statementWords', tokens[c.first - 2].norm)
          ? c.first - 2
          : c.first - 1;
      if (!speaker && statementAt > v.from && containsWord('statementWords', tokens[statementAt].norm)) {
        // ("أصدر المتحدث باسم الجيش العقيد فلان الفلاني صباح أمس بياناً قال فيه": a title, a name
        // and a time may stand between.)
        for (let k = statementAt - 1; k >= Math.max(v.from, c.first - 14); k--) {
          if (!isIssuing(tokens[k].norm)) continue;
          // ("وكانت الوكالة قد نشرت في وقت سابق بياناً يفيد بأن": the subject before the issuing verb.)
          const by =
            sp.subject(k + 1, statementAt, null).speaker ??
            (k > v.from && tokens[k - 1].norm === 'قد' ? sp.clauseSubject(v.from, k - 1, null) : null);
          if (by?.entity) {
            speaker = by;
            issuedAt = k;
          }
          break;
        }
      }
      let explicit = !!speaker || read.unknown;
      // "بثت القناة تصريحات للأمير فلان شدد فيها", "وجّه الرئيس رسالة إلى مواطنيه حذرهم فيها": "فيها" goes
      // back to a statement, and its author speaks.
      if (!speaker?.entity && !speaker?.anonymous && !read.unknown && pronounPhraseAt(tokens, c.last + 1)) {
        const owner = statementOwner(text, tokens, sp, v.from, c.first);
        if (owner) {
          speaker = owner;
          explicit = true;
        }
      }
      if (!speaker && !read.unknown) {
        // No subject of its own: the sentence's subject ("رحّب أمير قطر …، وقال"), else the last speaker of its gender.
        // ("…، فيما ترفض إثيوبيا ذلك وتؤكد أن": the subject of its own clause's verb comes first.)
        const clause = verbClauseStart(text, tokens, v.from, c.first);
        speaker =
          (clause > v.from ? sp.clauseSubject(clause, c.first, c.gender, true) : null) ??
          (c.first > v.from ? sp.clauseSubject(v.from, c.first, c.gender) : null) ??
          // ("وفي كلمة ألقاها، شكر فلان …، ثم أعلن": past an opening adverbial, the subject of an earlier clause's verb.)
          earlierClauseSubject(text, tokens, sp, v.from, clause, c.first, c.gender) ??
          // ("وبحسب ما نقلته الأناضول عن الرئيس …، فقد قال إن": the one the attribution names.)
          (/^ف/.test(tokens[c.first].norm) || tokens[c.first - 1]?.norm === 'فقد'
            ? attributedBefore(c.first)
            : null) ??
          (c.plural ? sp.lastMany(c.first) : null) ??
          // ("وأفاد بيان للوزارة بأنها سلمت مذكرة احتجاج …" then "وجاء في المذكرة أن": its issuer's.)
          (inDocumentAt(tokens, c.last + 1) ? (sp.statement ?? sp.last(null)) : null) ??
          sp.last(c.gender);
        if (speaker && read.medium) speaker = { ...speaker, medium: read.medium };
        explicit = false;
      }
      // "وهتفوا «…»", "وهتف المشاركون": a chant without a person or a group named is the crowd's.
      if (chanting(c) && speaker !== chanted(c, speaker, explicit)) {
        speaker = chanted(c, speaker, explicit);
        explicit = true;
      }
      // "…، ذكرت وكالة رويترز.": a report's source named after it, with nothing said after.
      const trailing =
        !!speaker &&
        speaker.kind === 'media' &&
        c.first > v.from &&
        sp.windowEnd(c.last + 1, v.to, v.to) === v.to &&
        v.to - c.last <= 8;
      reads.push({ cue: c, speaker, explicit, trailing, from: issuedAt ?? frontedAt });
      // A later verb of the same sentence may refer back to this speaker ("…، وذكر المكتب الإعلامي …").
      if (explicit && speaker?.entity && !trailing && !AIRED.test(tokens[c.first].norm))
        sp.remember(c.first, speaker);
    }

    // One claim per speaker: a verb with a subject of its own unlike the clause's opens a new claim.
    const clauses: { start: number; reads: Reading[]; medium: EntityRecord | null }[] = [
      { start: v.from, reads: [], medium: null },
    ];
    for (const r of reads) {
      const cur = clauses[clauses.length - 1];
      const speaker = cur.reads.find((x) => x.explicit)?.speaker ?? cur.reads.find((x) => x.speaker)?.speaker;
      if (r.trailing && r.speaker) {
        if (speaker) cur.medium = r.speaker.entity;
        else cur.reads.push({ ...r, trailing: false });
        continue;
      }
      // "وتابع، في بيان صدر اليوم، أن الرئيس التركي عبّر عن شكره": a verb whose subject opens the
      // "أن" clause of a pronoun verb of saying just before is what that speaker reports, not a claim of its own.
      if (reportedBy(tokens, cur.reads.at(-1), r)) {
        cur.reads.push({ ...r, explicit: false });
        continue;
      }
      // (A characterising phrase opens its clause with the pronoun before it: "…، وهو ما وصفته".)
      const start =
        r.from ??
        (r.own && r.cue.first > v.from && /^و(?:هو|هي)$/.test(tokens[r.cue.first - 1].norm)
          ? r.cue.first - 1
          : r.cue.first);
      if (
        r.explicit &&
        (r.cue.kind === 'verb' || r.own) &&
        speaker &&
        r.speaker &&
        !sameSpeaker(speaker, r.speaker) &&
        opensClause(text, tokens, start)
      )
        clauses.push({ start, reads: [r], medium: null });
      else cur.reads.push(r);
    }

    for (const [n, clause] of clauses.entries()) {
      const next = clauses[n + 1]?.start;
      const span: Span = {
        start: n === 0 ? v.span.start : tokens[clause.start].span.start,
        end:
          next !== undefined
            ? trimEnd(text, tokens[clause.start].span.start, tokens[next].span.start)
            : listAfter(text, v.span.end),
      };
      const inClause = (m: { first: number }) =>
        m.first >= clause.start && (next === undefined || m.first < next);
      let explicit = clause.reads.find((r) => r.explicit && r.speaker);
      // "ونقلت وكالة فرانس برس أن وكالة الجماعة … أعلنت …": the agency that carries the report relays one
      // who speaks after "أن" with a verb of their own; that one is the source, the carrier its medium.
      const relayed =
        explicit?.speaker?.kind === 'media'
          ? clause.reads.find(
              (r) =>
                r !== explicit &&
                r.explicit &&
                r.speaker &&
                r.cue.first > explicit!.cue.first &&
                tokens.slice(explicit!.cue.last + 1, r.cue.first).some((t) => /^[وف]?[اإأ]ن$/.test(t.norm)) &&
                // (… not a verb describing a noun of the medium's own words: 'في إشارة إلى شحنة قالت السلطات إنها …'.)
                !describesNoun(text, tokens, sp, r.cue.first, r.cue.last) &&
                // (… but a state's act the medium tells, "إن سوريا أعلنت القائم بالأعمال شخصاً غير مرغوب
                // فيه", or one it cannot name, is the medium's report unless that one gives words of its own.)
                ((r.speaker.kind !== 'country' && (!!r.speaker.entity || r.speaker.anonymous)) ||
                  saysWords(text, tokens, r.cue.last, next ?? v.to)) &&
                // (… and not what is known so far: 'أوردت الوكالة أن "المعلومات الأولية تفيد بأن …"' is the agency's.)
                !(r.speaker.anonymous && !r.speaker.entity && /^(?:معلومات|انباء)$/.test(r.speaker.head)),
            )
          : undefined;
      if (relayed?.speaker && explicit?.speaker)
        explicit = {
          ...relayed,
          speaker: { ...relayed.speaker, medium: relayed.speaker.medium ?? explicit.speaker.entity },
        };
      let s = explicit?.speaker ?? clause.reads.find((r) => r.speaker)?.speaker ?? null;
      // "وأضاف البيان" after a statement named earlier in the same sentence.
      if (s && !s.entity && s.head === 'بيان' && sp.statement) s = sp.statement;
      if (s && clause.medium && !s.medium) s = { ...s, medium: clause.medium };
      // Attributions: "حسب مصادر …", "وفق ما ذكرته وكالة رويترز", "في بيان لوزارة الخارجية", "في بيان نقلته وكالة …".
      let said: Speaker | null = null;
      let relayedBy: EntityRecord | null = null;
      let issuer: Speaker | null = null;
      let carrier: EntityRecord | null = null;
      let statement = false;
      for (const a of attributions.filter(inClause)) {
        const isStatement = containsWord('statementWords', a.values[0]);
        const to = sp.windowEnd(a.last + 1, next ?? v.to);
        let k = afterWhat(tokens, a.last + 1, to);
        if (isStatement) {
          statement = true;
          while (k < to && isExactWord('statementTrail', tokens[k].norm)) k++;
          // ("في بيان صادر عن رئاسة الجمهورية": its issuer is named after "عن".)
          if (k + 1 < to && tokens[k].norm === 'عن' && k > a.last + 1 && /صادر/.test(tokens[k - 1].norm)) k++;
          // ("في بيان أصدرته الخارجية السودانية": who issued it is named after the verb of issuing.)
          // (Not past a time: "في بيان أصدرته اليوم عضوها فلان" — its subject is the pronoun, the object follows.)
          if (k + 1 < to && ISSUED_IT.test(tokens[k].norm) && sp.skip(k + 1, to) === k + 1) k++;
          if (k < to && isCarrier(tokens[k].norm)) {
            carrier = sp.subject(k + 1, to, null).speaker?.entity ?? null;
            // ("بحسب بيان تلاه التلفزيون الرسمي المالي": the state's government issued it.)
            issuer ??= sp.officialIssuer(k + 1, to);
            continue;
          }
          // "وورد في بيان على الصفحة الرسمية للرئيس في فيسبوك": a statement on one's own page is its owner's.
          const onPage =
            k + 1 < to && /^(?:علي|عبر)$/.test(tokens[k].norm) ? sp.subject(k + 1, to, null).speaker : null;
          const who =
            onPage?.entity && onPage.kind !== 'media'
              ? onPage
              : k < to && /^[وف]?(?:في|ب)?ال/.test(tokens[a.last].norm) && sp.stateStatement(k)
                ? sp.stateStatement(k)
                : k < to && !sp.prepositional(k)
                  ? sp.subject(k, to, null, false, s?.kind === 'country' ? s.entity?.country : undefined)
                      .speaker
                  : null;
          // "كما أدان الأزهر، في بيان، …", "نشر المتحدث … بياناً": a statement with no issuer named is its clause subject's.
          const issued =
            /^[وف]?في$/.test(tokens[a.first].norm) ||
            (a.first > clause.start && /^[وف]?في$/.test(tokens[a.first - 1].norm)) ||
            tokens.slice(Math.max(clause.start, a.first - 5), a.first).some((t) => isIssuing(t.norm));
          // ("وجاء في البيان الثاني" after "بيانين صادرين عن الرئاسة": the second of that issuer's two.)
          const ordinal = tokens[a.last + 1]?.norm ?? '';
          const ofTwo =
            /^ال(?:اول|ثاني)$/.test(ordinal) &&
            tokens.slice(0, a.first).some((t) => /^[وفب]?بيان(?:ين|ان)$/.test(t.norm));
          const another = isExactWord('anotherStatement', ordinal) && !ofTwo;
          // "وجاء في بيانها": the statement of the one the pronoun stands for, the last of that gender to speak.
          const its = /^[وف]?(?:في|ب)?(?:بيان|بلاغ)(ه|ها)$/.exec(tokens[a.last].norm)?.[1];
          issuer ??=
            who ??
            (its && !s
              ? (sp.statement ?? sp.last(its === 'ها' ? 'f' : 'm'))
              : /^[وف]?(?:في|ب)?ال/.test(tokens[a.last].norm) && !another
                ? // ("قالت الرئاسة … إن" then "وورد في البيان": the statement of the body that spoke last.)
                  (sp.statement ?? sp.lastBodySaid())
                : !s && issued
                  ? (sp.clauseSubject(clause.start, a.first, null) ??
                    (a.first <= clause.start + 1
                      ? subjectAfterOpening(text, tokens, sp, a.last, next ?? v.to)
                      : null))
                  : null);
        } else {
          // ('وأوضح الناطق أن "الرصاص أصاب -حسب شاهد عيان- …"': an attribution inside the speaker's
          // quoted words is his, not the report's.)
          if (explicit && explicit.cue.last < a.first && sp.quoted(a.first)) continue;
          // "بحسب وكالة الأنباء الرسمية نقلاً عن متحدث أمني …": the one the medium relays speaks.
          // "ووفق النص الذي نشرته أنقرة": a text speaks for the one who published it.
          // "وجاء في خبر عاجل بثه التلفزيون الرسمي": a news item speaks as the medium that aired it (and
          // only then: "في خبر" alone names no one).
          const item = /^[وف]?في خبر$/.test(a.values[0]);
          const aired = item ? newsCarriedBy(tokens, k, to) : undefined;
          if (item && aired === undefined) continue;
          // ("وبحسب البيان، سيلتقي الملك …": a source named again ends at its comma; what follows is said.)
          const again = lex.anaphoricSources.matchAt(tokens, k);
          const end =
            again &&
            again.last + 1 < to &&
            /[،,]/.test(text.slice(tokens[again.last].span.end, tokens[again.last + 1].span.start))
              ? again.last + 1
              : to;
          const who = sp.subject(aired ?? publishedBy(tokens, k, end) ?? k, end, null).speaker;
          // ("وقالت قناة العربية نقلاً عن مصدر أمني إن": an outlet relaying someone only carries.)
          if (
            s?.kind === 'media' &&
            /^نقل/.test(a.values[0]) &&
            (who?.entity || who?.anonymous) &&
            who.kind !== 'media'
          )
            relayedBy = s.entity;
          if (!said) said = who;
          else if (said.kind === 'media' && (who?.entity || who?.anonymous) && who.kind !== 'media')
            said = { ...who, medium: who.medium ?? said.entity };
        }
      }
      if (said && relayedBy) s = { ...said, medium: said.medium ?? relayedBy };
      else if (said) {
        // "وردت طهران على لسان المتحدث باسم خارجيتها …": a person a state or body speaks through is the source.
        if (said.entity?.type === 'PERSON' && (s?.kind === 'country' || s?.kind === 'body')) s = said;
        else if (explicit || (s && said.kind === 'media')) {
          if (said.kind === 'media' && s && !s.medium) s = { ...s, medium: said.entity };
        } else s = said;
      }
      if (
        issuer &&
        (!s ||
          // ("وأضاف البيان أن …، في خطوة قال الجانبان إنها …": a subject we cannot name yields to the statement.)
          (!s.entity && !s.anonymous && !!issuer.entity) ||
          // ("وكان المتحدث العسكري قد أعلن في بيان للقيادة العامة …": an unnamed spokesman speaks for the body.)
          (!s.entity && s.anonymous && !!issuer.entity && isExactWord('spokesmanWords', s.head)) ||
          (s.kind === 'country' && (!issuer.entity?.country || issuer.entity.country === s.entity?.country)))
      )
        s = { ...issuer, medium: s?.medium ?? issuer.medium };
      if (carrier) {
        // (A statement no one is named for, "بحسب بيان نشرته وكالة …", speaks as the agency that carries it.)
        if (s && (s.entity || s.anonymous)) s = s.medium ? s : { ...s, medium: carrier };
        else
          s = {
            entity: carrier,
            text: carrier.ar || carrier.en,
            kind: 'media',
            anonymous: false,
            medium: null,
            gender: 'f',
            head: 'وكاله',
          };
      }
      const event = linkedEvent(text, v, events, s?.entity?.type === 'PERSON' ? s.entity : null);
      const cue = clause.reads.find((r) => r.cue.kind === 'verb')?.cue;
      // A call readout: what its participants said is the readout's ("وأشار الرئيس الروسي …" per the Kremlin).
      // ("وبحسب بيان لمكتب رئيس الوزراء": a leader's office is a readout too, though it answers to him.)
      const readout: Speaker | null =
        said?.entity && (said.entity.type !== 'PERSON' || OFFICE_OF.test(normalize(said.text)))
          ? said
          : channel;
      // … but not an earlier statement of theirs ("وسبق أن أعلن", "وكان … قد صرّح").
      const earlier =
        !!cue &&
        (isExactWord('sabaqa', tokens[cue.first - 2]?.norm ?? '') ||
          isWord('kana', tokens[Math.max(v.from, cue.first - 9)]?.norm ?? '') ||
          tokens.slice(Math.max(v.from, cue.first - 9), cue.first).some((t) => isWord('kana', t.norm)) ||
          // ("وفي وقت سابق، أكد عراقجي": a statement made before the call.)
          tokens.slice(v.from, cue.first).some((t) => /^سابقا?$/.test(t.norm)));
      // Only the heads of state and government the knowledge base holds take part in calls (not a spokesman the text names).
      // A participant quoted in their own words ("قال محمد بن زايد: «أجرينا …»") speaks for themself.
      // … as does one quoted after "إن" ('قال الرئيس اللبناني إنه «لمس رغبة صادقة»').
      const opening = cue
        ? text.slice(tokens[Math.min(sp.windowEnd(cue.last + 1, next ?? v.to), next ?? v.to) - 1].span.end)
        : '';
      // (A quoted name may close right before the colon: 'مع “كوشنر” و”شبات”: “…'.)
      // … and so is one whose saying another carries ("ونقل الديوان الملكي عن صالح قوله إن …").
      // … and one whose verb's preposition opens the quotation ('حذر الرئيس من «…»'), unless the clause
      // names its readout ("وأعرب الرئيس، بحسب البيان، عن «…»").
      const ownWords =
        /^[”"»]?\s*(?:[:：]|[وفب]?[اإأ]ن(?:ه|ها|هم|هما)?\s*[:：]?)\s*[«“"]/.test(opening.trimStart()) ||
        (!!cue && !said && quotedAfterPreposition(text, tokens, cue.last, next ?? v.to)) ||
        tokens.slice(clause.start, next ?? v.to).some((t) => /^قول(?:ه|ها|هم|هما)$/.test(t.norm)) ||
        // ("وفي المؤتمر الصحفي الذي تلا اللقاء، قال الوزير": before the press, in his own voice.)
        atPressConference(tokens, clause.start, cue?.first ?? next ?? v.to) ||
        // ("وأورد البيان على لسان ولي العهد أن": the readout gives them as his own words.)
        (said?.entity?.type === 'PERSON' &&
          tokens
            .slice(clause.start, (next ?? v.to) - 1)
            .some((t, n, all) => t.norm === 'علي' && all[n + 1]?.norm === 'لسان')) ||
        // ("نقلت وكالة الأنباء السعودية عن ولي العهد تشديده على …": a carrier this clause names relays
        // him; it is no readout of an outlet before.)
        (!!cue?.relay &&
          !!s?.medium &&
          tokens.slice(cue.last + 1, next ?? v.to).some((t) => t.norm === 'عن')) ||
        // ('وأعرب الشيخ فلان عن شكره، مؤكداً "…"': a participle the quotation opens right after.)
        clause.reads.some(
          (r) => r.cue.kind === 'participle' && /^\s*[«“"]/.test(text.slice(tokens[r.cue.last].span.end)),
        );
      if (
        !earlier &&
        !ownWords &&
        s?.entity?.type === 'PERSON' &&
        !isMadeEntity(s.entity.id) &&
        !continues(claims, s.entity) &&
        // ("وكشف مكتب نتنياهو": a participant's own office speaks for him, no readout of the other's.)
        !/^(?:مكتب|ديوان)\s/.test(normalize(s.text)) &&
        readout &&
        event !== null &&
        events[event]?.type === 'CONSULT' &&
        // (A meeting still to come has no readout of the body that spoke before: "أعلنت الحكومة …" then
        // "وقال الوزير إنه سيستقبل السفير" is his own word; an attribution in the clause still carries it.)
        (readout !== channel || events[event].status !== 'planned') &&
        events[event].participants.some((p) => p.entity.id === s!.entity!.id)
      )
        s = readout;
      // "جاء ذلك في اتصال هاتفي … حسب مصادر بالرئاسة التركية": the attribution covers the statement before.
      const prev = claims[claims.length - 1];
      if (
        said?.entity &&
        prev &&
        /^و?جاء ذلك/.test(text.slice(v.span.start, v.span.start + 10)) &&
        prev.source?.type === 'PERSON'
      ) {
        prev.source = said.entity;
        prev.sourceText = said.text;
        prev.sourceKind = said.kind;
        if (said.anonymous) prev.anonymous = true;
      }
      // "ونقلت وكالة الأناضول أن الخارجية أبلغت …": a relayed speaker we cannot name leaves the medium
      // that carries the words as their source.
      if (s && !s.entity && !s.anonymous && s.medium)
        s = { ...s, entity: s.medium, text: s.medium.ar || s.medium.en, kind: 'media', medium: null };
      if (statement) sp.statement = issuer ?? (s?.entity ? s : sp.statement);
      // "… بحسب الوكالة نقلاً عن متحدث أمني لم تسمه" then "وأوضح المتحدث", "وعزا المصدر": an unnamed
      // source the attribution names may speak again, though the clause's subject is the source here.
      if (said?.anonymous && (!s || !sameSpeaker(said, s))) sp.remember(clause.start, said);
      // (A medium that aired footage said no words: no later verb or readout goes back to it.)
      const footage = !!cue && AIRED.test(tokens[cue.first].norm);
      if (s && !footage) {
        sp.remember(clause.start, s);
        if (
          s.entity &&
          (s.entity.type !== 'PERSON' || OFFICE_OF.test(normalize(s.text))) &&
          s.kind !== 'country'
        )
          channel = s;
      }
      claims.push({
        span,
        source: s?.entity ?? null,
        sourceText: s?.entity || s?.anonymous ? s.text : null,
        verb: cue ? text.slice(tokens[cue.first].span.start, tokens[cue.last].span.end) : null,
        quotes: quotesIn(text, span),
        stance: stanceIn(text, tokens, v, span),
        event,
        type: propositionType(tokens, clause.start, next ?? v.to),
        ...(s?.anonymous ? { anonymous: true } : {}),
        ...(s?.medium ? { medium: s.medium } : {}),
        ...(s && (s.entity || s.anonymous) ? { sourceKind: s.kind } : {}),
      });
    }
  }
  forTheirBody(claims);
  throughItsVoice(claims);
  ofTheirState(claims);
  claims.push(...tweeted(text, tokens, views, claims, sp));
  return claims.sort((a, b) => a.span.start - b.span.start);
}

/** A medium of a state ("وكالة إرنا", "الإذاعة الإسرائيلية") speaks as one of that state's media ("IRN:media"). */
function ofTheirState(claims: Claim[]): void {
  for (const c of claims)
    if (c.sourceKind === 'media' && c.source?.country && !c.source.sector && !c.source.institution)
      c.source = { ...c.source, sector: 'media' };
}

/** The signature under an embedded post: "— وزارة الخارجية (@KSAMOFA) November 18, 2017". */
const SIGNATURE = /^\s*[—–-]\s*(\S[^\n]*?)\s*\(@\w+\)[^\n]*\d{4}\s*$/;

/**
 * An embedded post: the paragraph right above its signature line says what the account wrote, and
 * the account (read as a speaker: a body, a medium, a person) is its source — where no verb of the
 * report's gives that paragraph a claim already.
 */
function tweeted(
  text: string,
  tokens: Token[],
  views: SentenceView[],
  claims: Claim[],
  sp: Speakers,
): Claim[] {
  const out: Claim[] = [];
  for (const [n, v] of views.entries()) {
    const line = text.slice(v.span.start, v.span.end);
    const m = SIGNATURE.exec(line);
    if (!m || n === 0) continue;
    const nameStart = v.span.start + line.indexOf(m[1]);
    const from = tokens.findIndex((t, k) => k >= v.from && t.span.start >= nameStart);
    const to = tokens.findIndex((t, k) => k >= v.from && t.span.start >= nameStart + m[1].length);
    if (from < 0) continue;
    sp.sentenceFrom = v.from;
    const who = sp.subject(from, to < 0 ? v.to : to, null).speaker;
    if (!who?.entity) continue;
    // The post: the sentences of the paragraph just above, none of them a claim of the report's.
    const posted = views.filter((p) => p.paragraph === views[n - 1].paragraph);
    if (posted.some((p) => claims.some((c) => c.span.start < p.span.end && p.span.start < c.span.end)))
      continue;
    for (const p of posted)
      out.push({
        span: p.span,
        source: who.entity,
        sourceText: who.text,
        verb: null,
        quotes: quotesIn(text, p.span),
        stance: [],
        event: null,
        type: null,
        sourceKind: who.kind,
      });
  }
  return out;
}

/** The bodies that speak for a state abroad: its foreign ministry, presidency or government. */
const STATE_VOICES = new Set(['foreign', 'presidency', 'government']);

/**
 * "قال المتحدث باسم الخارجية المصرية": a spokesperson the text names only by his office (a person
 * made for the phrase, no name of his own) speaks for his body, as the labels credit such claims.
 */
function forTheirBody(claims: Claim[]): void {
  for (const c of claims) {
    const e = c.source;
    if (e?.type !== 'PERSON' || !e.institution || !e.country || !isMadeEntity(e.id)) continue;
    c.source = institutionBody(e.institution, e.country);
    c.sourceKind = 'body';
  }
}

/**
 * "وأعربت الجزائر عن أسفها …" in a report where the Algerian foreign ministry speaks: a state speaks
 * through the one body of its own that the report gives a voice (before or after), whose statement
 * the report tells; with two such bodies, or none, the state stays the source. The claim keeps the
 * kind the report names (a state), and the state itself as `namedAs`: as a side of what it announces,
 * the state acts, not its body.
 */
function throughItsVoice(claims: Claim[]): void {
  const voices = new Map<string, Map<string, EntityRecord>>();
  for (const c of claims) {
    const e = c.source;
    if (c.sourceKind !== 'body' || c.anonymous || !e?.country || !STATE_VOICES.has(e.sector ?? '')) continue;
    voices.set(e.country, (voices.get(e.country) ?? new Map()).set(e.id, e));
  }
  for (const c of claims) {
    const only = c.sourceKind === 'country' && c.source?.country ? voices.get(c.source.country) : undefined;
    if (only?.size !== 1) continue;
    c.namedAs = c.source;
    c.source = [...only.values()][0];
  }
}

/**
 * "مظلوم عبدي: …", "رئيس الدولة: …": a line whose first words (at most five, no comma) name a person,
 * an office or a body and end at a colon, something said after it. Never a place (a dateline, "بغداد:")
 * nor a medium ("(وام):"), nor a word that only introduces ("وأضاف:").
 */
function headedBy(text: string, tokens: Token[], v: SentenceView, sp: Speakers): Speaker | null {
  for (let k = v.from + 1; k <= Math.min(v.to - 2, v.from + 5); k++) {
    const gap = text.slice(tokens[k - 1].span.end, tokens[k].span.start);
    if (/[،,.()\-–—]/.test(gap)) return null;
    if (!/[:：]/.test(gap)) continue;
    const who = sp.subject(v.from, k, null).speaker;
    // ("تجمع المهنيين: نتعرض لمجزرة", "المحتجون: لن نغادر": a body we read only as a name, or a
    // crowd, heads its words too; a town before a colon is a dateline, no speaker.)
    return who?.entity &&
      (who.kind === 'person' ||
        who.kind === 'office' ||
        who.kind === 'body' ||
        who.kind === 'group' ||
        (who.kind === 'media' && who.entity.id.startsWith('mirsad:unknown-org:')))
      ? who
      : null;
  }
  return null;
}

/** "وفي بيان لاحق، طالبت حماس …": a statement opening the clause is issued by the subject of the verb after its comma. */
function subjectAfterOpening(
  text: string,
  tokens: Token[],
  sp: Speakers,
  last: number,
  to: number,
): Speaker | null {
  for (let k = last + 1; k < Math.min(to, last + 5); k++)
    if (/[،,]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start)))
      return sp.clauseSubject(k, sp.windowEnd(k, to), null);
  return null;
}

/** Footage a medium airs ("فيديو", "لقطات", "مشاهد", "صوراً") and the verbs telling what it shows. */
const FOOTAGE = /^(?:فيديو|فيديوهات|مقطع|مقاطع|لقطات|مشاهد|صور|صورا|شريط|تسجيلا?)$/;
const AIRED = /^[وف]?بث(?:ت|وا)?$/;
const SHOWS = /^(?:يظهر|تظهر|يبين|تبين|يوثق|توثق|يبدو|تبدو)$/;

/**
 * A verb spelled like a word of another use speaks only with its guard (data/events/claims.json,
 * guardedVerbs): "وردّ الوزير بأن", "وتوقع الجنرال … حدوث", "وكان مصدر … قد عبّر عن".
 */
function guardHolds(
  text: string,
  tokens: Token[],
  v: SentenceView,
  m: PhraseMatch<string>,
  entities: EntityMention[],
): boolean {
  const rest = tokens.slice(m.last + 1, Math.min(v.to, m.last + 16));
  switch (m.values[0]) {
    case 'bi-anna':
      // ("وورد في البيان بأن": was said in, no one replied.)
      return (
        !/^(?:في|فيه|فيها|ضمن|على|عن|من|الي)$/.test(rest[0]?.norm ?? '') &&
        rest.some((t) => /^بان(?:ه|ها|هم)?$/.test(t.norm))
      );
    case 'that-or-person': {
      if (/[«“”"]/.test(text.slice(tokens[m.last].span.end, v.span.end))) return true;
      if (rest.some((t) => /^[وف]?[اإأ]ن(?:ه|ها|هم)?$/.test(t.norm))) return true;
      // "فيما رجحت مصادر إصابة مدير الأمن": an unnamed source right after the verb is its subject.
      if (/^(?:مصادر|مصدر)$/.test(rest[0]?.norm ?? '')) return true;
      // (Not "توقّع الحكومة اتفاقاً", she signs: a person named right after the verb is its subject.)
      const near = { start: tokens[m.last].span.end, end: tokens[Math.min(v.to, m.last + 4) - 1].span.end };
      return entities.some(
        (e) => e.entity.type === 'PERSON' && e.span.start >= near.start && e.span.start < near.end,
      );
    }
    case 'that-near':
      // "وبيّن أن …", "وبيّن الوزير أن …": "بين" is a verb only with "أن" close after (not "بين الطرفين وإسرائيل").
      return rest.slice(0, 4).some(
        (t, n) =>
          /^(?:ب)?[اإأ]ن(?:ه|ها|هم)?$/.test(t.norm) &&
          !rest.slice(0, n).some((x) => /^و/.test(x.norm)) &&
          // ("… بين البلدين، مؤكداً أن": not across a comma, where another verb's "أن" begins.)
          !/[،,؛]/.test(text.slice(tokens[m.last].span.end, t.span.start)),
      );
    case 'renewed-saying': {
      // "وجدد الوزير تأكيده أن …": a renewal is said only of a saying ("تأكيده", "دعوتها"), not "جدد الجيش قصفه".
      const at = rest
        .slice(0, 5)
        .findIndex((t) => /^(?:تاكيد|دعو|مطالب|رفض|ادان|تحذير|ترحيب)(?:ت)?(?:ه|ها|هم|هما)$/.test(t.norm));
      return (
        at >= 0 &&
        (/^\s*[«“”"]/.test(text.slice(tokens[m.last + 1 + at].span.end)) ||
          // ('وكررت جيبوتي "دعوتها إلى …"': the saying noun opening the quotation itself.)
          /[«“”"]\s*$/.test(text.slice(0, tokens[m.last + 1 + at].span.start)) ||
          rest
            .slice(at + 1, at + 4)
            .some((t) => /^(?:ب|على)?[اإأ]ن(?:ه|ها|هم)?$/.test(t.norm) || t.norm === 'علي'))
      );
    }
    case 'slogans':
      return (
        /[«“”"]/.test(text.slice(tokens[m.last].span.end, v.span.end)) &&
        rest.slice(0, 4).some((t) => /^(?:ال)?(?:شعارات|لافتات|هتافات)$/.test(t.norm))
      );
    case 'shadda-an': {
      const word = text.slice(tokens[m.first].span.start, tokens[m.last].span.end);
      const marked = /ب\u0651/.test(word) || /^[وف]?قد$/.test(tokens[m.first - 1]?.norm ?? '');
      return marked && rest.slice(0, 10).some((t) => t.norm === 'عن');
    }
    case 'published-that': {
      // "بينما نشرت مواقع محسوبة على التنظيم أن المنفذ …": what was published, said by who published it
      // (not "نشرت الوزارة بياناً/صوراً", an act).
      // ('وأذاع التلفزيون خبراً عاجلاً نصه: "…"': a news item given word for word.)
      const verbatim = rest.slice(0, 6).findIndex((t) => /^نص(?:ه|ها)$/.test(t.norm));
      if (verbatim >= 0 && /^\s*[:«“"]/.test(text.slice(rest[verbatim].span.end))) return true;
      const at = rest.slice(0, 8).findIndex((t) => /^[اإأ]ن$/.test(t.norm));
      return (
        at >= 0 &&
        !rest
          .slice(0, at)
          .some(
            (t) => containsWord('statementWords', t.norm) || /^(?:ال)?(?:صور|مقطع|فيديو|تسجيل)/.test(t.norm),
          )
      );
    }
    case 'quoted-near':
      // "ونظم المئات مظاهرات «نصرة للشعب السوري»": a protest named by its slogan, the quotation right after.
      return rest
        .slice(0, 4)
        .some((t, n) =>
          /^\s*[«“"]/.test(text.slice((n ? rest[n - 1] : tokens[m.last]).span.end, t.span.start)),
        );
    case 'in-it': {
      // "نشرت الوزارة منشوراً جاء فيه: «…»": came in it, with the words themselves or "أن" right after.
      // ("وجاء في المذكرة أن …": in the document named before, the same.)
      const k = inDocumentAt(tokens, m.last + 1) ? 1 : 0;
      return (
        (k === 1 || /^(?:فيه|فيها)$/.test(rest[0]?.norm ?? '')) &&
        (/^\s*(?:[:：]|[«“”"])/.test(text.slice(rest[k].span.end)) || THAT.test(rest[k + 1]?.norm ?? ''))
      );
    }
    case 'deemed': {
      // "وعدّ السفير الزيارة «منعطفاً»": deemed, with its shadda (not "وعد" promised) and what it deemed quoted or after "أن".
      // (A token's span may leave its last letter's marks out.)
      const word = /^\S*/.exec(text.slice(tokens[m.first].span.start))?.[0] ?? '';
      return (
        /د\u0651/.test(word) &&
        (/[«“”"]/.test(text.slice(tokens[m.last].span.end, v.span.end)) ||
          rest.some((t) => THAT.test(t.norm)))
      );
    }
    case 'learnt': {
      // "وعلم من الوفد المرافق أن", "وعُلم في أنقرة أن", "وعلمت الجزيرة أن": learnt from a source
      // ("العلم" is a flag: the verb has no article, and "أن" comes close after it).
      if (!/^[وف]?علمت?$/.test(tokens[m.first].norm)) return false;
      const that = rest
        .slice(0, 8)
        .findIndex((t, n) => THAT.test(t.norm) && !/^(?:بعد|قبل)$/.test(rest[n - 1]?.norm ?? ''));
      if (that < 1) return false;
      // ("علمت واج من مصالح الولاية أن": a medium learnt it from a source.)
      return (
        /^(?:من|في)$/.test(rest[0].norm) ||
        (/ت$/.test(tokens[m.last].norm) && (that <= 4 || rest.slice(1, 4).some((t) => t.norm === 'من')))
      );
    }
    case 'footage': {
      // "وبثت القناة لقطات تظهر الوزير …": footage and what it shows, close after the verb.
      const at = rest.slice(0, 7).findIndex((t) => FOOTAGE.test(t.norm));
      return (
        at >= 0 &&
        rest
          .slice(at + 1, at + 4)
          .some((t) => SHOWS.test(t.norm) && !/[.؛]/.test(text.slice(rest[at].span.end, t.span.start)))
      );
    }
    case 'ruled-out':
      // "ولم تستبعد مصادر أمنية وقوف التنظيم وراء …", "واستبعد الوزير أن …" (not "استبعدت اللجنة المرشح").
      return (
        /^[وف]?(?:لم|لا|لن)$/.test(tokens[m.first - 1]?.norm ?? '') ||
        rest.slice(0, 6).some((t) => /^[اإأ]ن$/.test(t.norm))
      );
    case 'attributed-to': {
      const to = rest.slice(0, 5).findIndex((t) => t.norm === 'الي');
      return to >= 0 && rest.slice(to + 1, to + 14).some((t) => THAT.test(t.norm));
    }
    case 'to-that':
      // "وذهبت الصحف في تحليلاتها إلى أن …": held that (not "ذهب الوزير إلى باريس").
      return rest.slice(0, 8).some((t, n) => t.norm === 'الي' && THAT.test(rest[n + 1]?.norm ?? ''));
    default:
      return false;
  }
}

/**
 * "ونسبت القناة إلى مصادر مقربة منه أنه …", "ونسبت إلى مسؤول أن …": the one after "إلى" speaks; the
 * subject before it, else the medium that spoke before in the sentence, carries the words.
 */
function attributedTo(
  tokens: Token[],
  sp: Speakers,
  c: Cue,
  bound: number,
  before: Speaker | null,
): SpeakerReading {
  let to = c.last + 1;
  while (to < bound && tokens[to].norm !== 'الي') to++;
  const inner = to + 1 < bound ? sp.subject(to + 1, sp.windowEnd(to + 1, bound), null).speaker : null;
  if (!inner?.entity && !inner?.anonymous) return { speaker: null, medium: null, unknown: false };
  const subject = to > c.last + 1 ? sp.subject(c.last + 1, to, c.gender).speaker : before;
  const carrier = subject?.kind === 'media' ? subject.entity : null;
  return { speaker: { ...inner, medium: inner.medium ?? carrier }, medium: null, unknown: false };
}

/**
 * Who a thing was learnt from: "وعلم من الوفد المرافق أن" the one after "من"; "وعلم في أنقرة أن"
 * unnamed sources in that place; "وعلمت الجزيرة أن" the subject.
 */
function learntFrom(
  text: string,
  tokens: Token[],
  sp: Speakers,
  k: number,
  end: number,
  gender: Gender | null,
): SpeakerReading {
  const prep = tokens[k]?.norm;
  if (prep === 'من') {
    const from = sp.subject(k + 1, end, null);
    if (from.speaker?.entity || from.speaker?.anonymous) return from;
  }
  if ((prep === 'من' || prep === 'في') && k + 1 < end) {
    const speaker: Speaker = {
      entity: null,
      text: text.slice(tokens[k + 1].span.start, tokens[end - 1].span.end),
      kind: 'anonymous',
      anonymous: true,
      medium: null,
      gender: null,
      head: 'مصادر',
    };
    return { speaker, medium: null, unknown: false };
  }
  // "علمت واج من مصالح الولاية أن": the medium learnt it from the one after "من", who speaks through it.
  let from = k + 1;
  while (from < end && tokens[from].norm !== 'من') from++;
  const learner = sp.subject(k, from, gender);
  if (from + 1 >= end || !learner.speaker?.entity) return learner;
  const inner = learntFrom(text, tokens, sp, from, end, null).speaker;
  const medium = learner.speaker.kind === 'media' ? learner.speaker.entity : null;
  return inner && medium ? { speaker: { ...inner, medium }, medium: null, unknown: false } : learner;
}

/**
 * "… في إشارة إلى شحنة قالت السلطات إنها …": a verb with no conjunction right after an indefinite noun
 * (no name), its subject after it, describes that noun (a clause inside another's words, not one of its own).
 */
function describesNoun(text: string, tokens: Token[], sp: Speakers, first: number, last: number): boolean {
  const before = tokens[first - 1];
  return (
    !!before &&
    // (A name ends the subject before its verb: "أن أمير قطر الشيخ تميم بن حمد آل ثاني دعا".)
    !sp.inName(first - 1) &&
    !/^[وف]/.test(tokens[first].norm) &&
    !/\S/.test(text.slice(before.span.end, tokens[first].span.start)) &&
    !/^(?:[وف]?(?:[بلك]?ال|لل))/.test(before.norm) &&
    !/^(?:[وف]?[اإأ]ن(?:ه|ها|هم)?|قد|وقد|لقد|كما|ثم|حيث|فيما|بينما|كان|كانت)$/.test(before.norm) &&
    !/^(?:[وف]?ب?[اإأ]ن(?:ه|ها|هم)?)$/.test(tokens[last + 1]?.norm ?? '') &&
    !/^\s*[:：«“"]/.test(text.slice(tokens[last].span.end))
  );
}

/** A body named by a masculine head ("مجلس الأمن", "الحزب", "الجيش"): no subject of a verb marked feminine. */
function mascBodyHead(words: string): boolean {
  const head = normalize(words.split(/\s+/)[0] ?? '').replace(/^[وف]?(?:ال)?/, '');
  return /^(?:مجلس|حزب|جيش|تحالف|ائتلاف|اتحاد|برلمان|مكتب|مركز|ديوان|تيار|كونغرس|كرملين)$/.test(head);
}

/** "ونُقل عن مصدر مسؤول قوله", "ونقل عنه أن": relayed from someone with no carrier named, "عن" right after. */
function relayedFrom(tokens: Token[], c: Cue): boolean {
  return c.relay && c.kind === 'verb' && tokens[c.last + 1]?.norm === 'عن';
}

/** The one named after "عن" of "ونُقل عن …", when a speaker ("ونقلت عن البيان المشترك" is the pronoun's: none here). */
function relayedOne(sp: Speakers, c: Cue, bound: number): SpeakerReading | null {
  const r = sp.subject(c.last + 2, sp.windowEnd(c.last + 2, bound), null);
  return r.speaker?.entity || r.speaker?.anonymous ? r : null;
}

/** A quotation opening within three words after token `last`, in its clause. */
function quotedSoonAfter(text: string, tokens: Token[], last: number): boolean {
  const end = tokens[Math.min(tokens.length - 1, last + 3)].span.start;
  const gap = text.slice(tokens[last].span.end, end);
  return /[«“"]/.test(gap) && !/[،,.:؛]/.test(gap);
}

/** "في المذكرة", "في الرسالة", "في البرقية": in a document the report named before. */
function inDocumentAt(tokens: Token[], k: number): boolean {
  return (
    tokens[k]?.norm === 'في' && /^ال(?:مذكره|رساله|برقيه|وثيقه|اعلان|نص)$/.test(tokens[k + 1]?.norm ?? '')
  );
}

/** "في المؤتمر الصحفي", "خلال مؤتمر صحافي مشترك" between `from` and `to`. */
function atPressConference(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++)
    if (
      /^[وف]?(?:في|ب|خلال)?(?:ال)?موتمر$/.test(tokens[k].norm) &&
      /^(?:ال)?صح(?:ا)?في$/.test(tokens[k + 1].norm)
    )
      return true;
  return false;
}

/**
 * 'قال "شكري": إنه …', 'وأكد "دندياس" أن': one or two quoted words at `k`, closed and followed at once
 * by a colon or "أن"/"إن", are the speaker's name, not what is said.
 */
function quotedName(text: string, tokens: Token[], k: number, bound: number): boolean {
  for (let j = k; j < Math.min(k + 2, bound - 1); j++) {
    const gap = text.slice(tokens[j].span.end, tokens[j + 1].span.start);
    if (!/[»”"]/.test(gap)) continue;
    // ('كما أفادت "مصادر" في وزارة الصحة بأن …': an unnamed source in quotation marks is still the subject.)
    if (inSet(tokens[k].norm, speakerWords().anonymous)) return true;
    return /[:：]/.test(gap) || THAT.test(tokens[j + 1].norm.replace(/^ب/, ''));
  }
  return false;
}

/**
 * "عُقد مؤتمر صحفي أعلن فيه الوزير فلان أن": past "فيه" a saying verb's own subject, when a name
 * runs from it straight to what is said ("أن", ":").
 */
function subjectPastPronoun(tokens: Token[], sp: Speakers, c: Cue, bound: number): SpeakerReading | null {
  if (c.act || !/^في(?:ه|ها)$/.test(tokens[c.last + 1]?.norm ?? '')) return null;
  const from = c.last + 2;
  const end = sp.windowEnd(from, bound);
  if (end >= bound || end - from > 6 || end === from) return null;
  // ("وصف فيه الرئيس الفرنسي بأنه …": the one described, the object before "بأن", not the subject.)
  if (/^ب/.test(tokens[end].norm)) return null;
  const read = sp.subject(from, end, c.gender);
  const who = read.speaker;
  return who?.entity &&
    (who.kind === 'person' || who.kind === 'office' || who.kind === 'body') &&
    !who.anonymous
    ? read
    : null;
}

/** "فيه", "فيها", "عنه": a preposition with a pronoun. */
function pronounPhraseAt(tokens: Token[], k: number): boolean {
  return /^(?:في|ب|ل|عن|من)(?:ه|ها|هم|هما)$/.test(tokens[k]?.norm ?? '');
}

/**
 * "النص الذي نشرته أنقرة", "الإعلان الذي أصدرته القمة": a text and a relative verb of publishing
 * with its pronoun at token k; where the publisher's name begins.
 */
function publishedBy(tokens: Token[], k: number, to: number): number | undefined {
  // ("بحسب مشاهد بثها التلفزيون الرسمي", "وفق صور نشرتها الوكالة": pictures speak for who aired them.)
  if (!/^(?:ال)?(?:نص|اعلان|وثيقه|مشاهد|صور|لقطات)$/.test(tokens[k]?.norm ?? '')) return undefined;
  const at = isRelativeBefore(tokens, k + 2) ? k + 2 : k + 1;
  return at + 1 < to && /^(?:نشر|اصدر|اورد|وزع|بث|اذاع)(?:ت)?(?:ه|ها)$/.test(tokens[at].norm)
    ? at + 1
    : undefined;
}

/** "في خبر عاجل بثه التلفزيون": past at most two adjectives, a relative verb of airing at k; where its medium is named. */
function newsCarriedBy(tokens: Token[], k: number, to: number): number | undefined {
  for (let j = k; j < Math.min(to - 1, k + 3); j++)
    if (/^(?:نشر|اورد|بث|اذاع|نقل)(?:ت)?(?:ه|ها)$/.test(tokens[j].norm)) return j + 1;
  return undefined;
}

/** Where the paragraph of offset `at` ends: the next line break, else the text's end. */
function paragraphEnd(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
}

/** The closing mark of a quotation opened in this text and still open at its end, if any. */
function openQuote(t: string): string | null {
  const n = (re: RegExp) => (t.match(re) ?? []).length;
  if (n(/«/g) > n(/»/g)) return '»';
  if (n(/“/g) > n(/”/g)) return '”';
  return n(/"/g) % 2 === 1 ? '"' : null;
}

/** A verb written with a damma on its first letter ("أُبلغ", "وأُعلن"): the passive. */
function passive(text: string, token: Token): boolean {
  return /^[وف]?.\u064F/.test(text.slice(token.span.start, token.span.end));
}

/** A verb that gives words: "أن", "إن", a colon or a quotation follows it in its clause. */
function saysWords(text: string, tokens: Token[], cueLast: number, to: number): boolean {
  if (cueLast + 1 >= to) return false;
  if (tokens.slice(cueLast + 1, to).some((t) => /^[وفب]?[اإأ]ن(?:ه|ها|هم|هما)?$/.test(t.norm))) return true;
  return /[:«“"]/.test(text.slice(tokens[cueLast].span.end, tokens[to - 1].span.end));
}

/** 'حذر الرئيس من «…»': within a few words of the verb, its preposition opens a quotation. */
function quotedAfterPreposition(text: string, tokens: Token[], cueLast: number, to: number): boolean {
  for (let k = cueLast + 2; k < Math.min(to, cueLast + 7); k++)
    if (/[«“"]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start)))
      return /^(?:من|الي|علي|عن)$/.test(tokens[k - 1].norm);
  return false;
}

/** "وأضاف الكاظمي" right after the same person's own statement: he goes on speaking, not the readout. */
function continues(claims: Claim[], e: EntityRecord): boolean {
  const prev = claims[claims.length - 1];
  return !!prev && prev.source?.id === e.id;
}

function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a.entity && b.entity) return a.entity.id === b.entity.id;
  return a.text === b.text;
}

/** "أن", "أنه", "أنها", "أنهم": the "that" after which the words said follow. */
const THAT = /^[اإأ]ن(?:ه|ها|هم)?$/;
/** Verbs that issue a statement ("نشر … بياناً", "أصدرت بياناً"). */
const isIssuing = (t: string) => isWord('issuing', t);
/** "بياناً رسمياً", "بيانا مقتضبا": an adjective a statement takes before the verb that opens its words. */
const STATEMENT_ADJECTIVE = /^(?:رسميا?|مقتضبا?|مكتوبا?|مشتركا?|صحفيا?|جديدا?)$/;

/** A verb that starts a new main clause: joined by "و"/"ف", after a comma, or after "حيث", "فيما", "بينما", "كما", "ثم". */
function opensClause(text: string, tokens: Token[], k: number): boolean {
  if (/^[وف]/.test(tokens[k].norm) && !beginsWithWord('rootWaFa', tokens[k].norm)) return true;
  if (k > 0 && /[،,؛;]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) return true;
  return k > 0 && isWord('clauseOpeners', tokens[k - 1].norm);
}

/**
 * The author of the statement a verb with "فيها" at `at` speaks in: "تصريحات للأمير فلان" (its
 * author after "لـ"), else the subject of the verb that gave it ("وجّه الرئيس … رسالة"), not a medium
 * that broadcast it.
 */
function statementOwner(
  text: string,
  tokens: Token[],
  sp: Speakers,
  from: number,
  at: number,
): Speaker | null {
  for (let k = at - 1; k >= Math.max(from, at - 14); k--) {
    // ("نشرت الوزارة منشوراً جاء فيه": the indefinite object with its accusative alif.)
    const noun = tokens[k].norm.replace(/^[وفب]?(?:ال)?/, '');
    if (!isExactWord('statementNouns', noun) && !isExactWord('statementNouns', noun.replace(/ا$/, '')))
      continue;
    // ("تصريح منسوب لقنصل …": the one it is ascribed to.)
    const of = /^(?:ال)?منسوب(?:ه)?$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    for (const j of [of, of + 1]) {
      if (j >= at || !/^[وف]?ل/.test(tokens[of].norm)) break;
      const by = sp.authorAt(j, at) ?? sp.subject(j, sp.windowEnd(j, at), null).speaker;
      if (by?.entity && by.kind !== 'media') return by;
    }
    if (/^[وف]?ل/.test(tokens[of]?.norm ?? '')) return null;
    const made = madeBy(tokens, sp, from, k, at);
    if (made !== undefined) return made;
    // "الرسالة الخطية التي وجهها الملك فلان إلى …": the subject of the relative clause wrote it.
    let rel = k + 1;
    while (rel < at - 2 && rel <= k + 2 && /^ال/.test(tokens[rel].norm) && !isRelative(tokens[rel].norm))
      rel++;
    if (rel < at - 2 && isRelative(tokens[rel].norm) && /(?:ه|ها)$/.test(tokens[rel + 1].norm)) {
      const by = sp.authorAt(rel + 2, at) ?? sp.subject(rel + 2, sp.windowEnd(rel + 2, at), null).speaker;
      if (by?.entity && by.kind !== 'media') return by;
    }
    // ("خلال تفقده المكان، عقد الوالي فلان مؤتمراً صحفياً أوضح فيه": the clause past a comma first.)
    const clause = clauseStart(text, tokens, from, k);
    const issuer =
      (clause > from ? sp.clauseSubject(clause, k, null, true) : null) ?? sp.clauseSubject(from, k, null);
    return issuer && issuer.kind !== 'media' ? issuer : null;
  }
  return null;
}

/**
 * "تصريحات أدلى بها الرئيس الفرنسي …، واتهم فيها", "إثر تصريح أدلى به أمس، قال فيه": who made the
 * statement at `k` — the subject after "أدلى به/بها", else the person its pronoun stands for, the
 * person named last before the statement in its sentence (not the clause's subject, who may be the
 * one who arrested him for it). Undefined when no "أدلى" follows the statement.
 */
function madeBy(
  tokens: Token[],
  sp: Speakers,
  from: number,
  k: number,
  at: number,
): Speaker | null | undefined {
  const verb = /^ادل(ي|ت)$/.exec(tokens[k + 1]?.norm ?? '');
  if (!verb || !/^بها?$/.test(tokens[k + 2]?.norm ?? '')) return undefined;
  const gender: Gender = verb[1] === 'ت' ? 'f' : 'm';
  const j = sp.skip(k + 3, at);
  if (j < at) {
    const by = sp.authorAt(j, at) ?? sp.subject(j, sp.windowEnd(j, at), gender).speaker;
    if (by?.entity && by.kind !== 'media' && by.kind !== 'anonymous') return by;
  }
  // (The tagger's names too: "أوقفت النائب فلان أمس إثر تصريح أدلى به".)
  // (Read back from the statement, the longest phrase naming the first person found.)
  let found: Speaker | null = null;
  for (let n = k - 1; n >= Math.max(from, k - 8); n--) {
    const s = sp.subject(n, k, gender).speaker;
    if (found && s?.entity && s.entity.id !== found.entity?.id) break;
    if (s?.entity?.type === 'PERSON' && s.kind === 'person') found = s;
  }
  return found;
}

/**
 * The noun a relative pronoun at `rel` goes back to, as a speaker: the longest of the (at most three)
 * words before it that reads as one, not past a comma or a preposition ("عبر وكالة «أعماق» التي").
 */
function antecedent(text: string, tokens: Token[], sp: Speakers, from: number, rel: number): Speaker | null {
  let found: Speaker | null = null;
  // ("عزام الأحمد، عضو قيادتها، الذي تعهد": past an apposition between commas, the name before it.)
  let limit = Math.max(from, rel - 3);
  const relStart = rel;
  for (let k = rel - 1; k >= limit; k--) {
    if (/^[وف]?(?:عبر|في|من|الى|علي|عن)$/.test(tokens[k].norm)) break;
    // ("التقى الوزير بالسفير الفرنسي الذي قال إن …": the one "بـ" governs right before the relative is
    // its antecedent; no phrase further back is.)
    if (sp.prepositional(k)) {
      const object = found ? null : sp.subject(k, rel, null).speaker;
      if (object?.entity && object.kind !== 'group' && rel === relStart) found = object;
      break;
    }
    const s = sp.subject(k, rel, null).speaker;
    // (A phrase reaching back to a title's nisba, "الفرنسي إيمانويل ماكرون", read as the state or as the
    // same person by the nisba alone, never replaces the person already found nearer.)
    if (
      s?.entity &&
      s.kind !== 'group' &&
      !(found?.kind === 'person' && s.kind === 'country') &&
      !(found?.entity?.id === s.entity.id && found.text.length > s.text.length)
    )
      found = s;
    // (Before the apposition, the name nearest it: "ومثل حركة فتح عزام الأحمد، عضو …" is the person.)
    if (found && rel !== relStart) break;
    if (k > from && /[،,.:؛]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) {
      if (
        found ||
        rel !== relStart ||
        !/[،,]\s*$/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))
      )
        break;
      limit = Math.max(from, k - 4);
      rel = k;
    }
  }
  return found;
}

/** The speaker, when it agrees with the verb's gender (a person unmarked is a man). */
function agreeing(s: Speaker | null, gender: Gender | null): Speaker | null {
  const g = s ? (s.gender ?? (s.entity?.type === 'PERSON' ? 'm' : null)) : null;
  return s && (!gender || !g || g === gender) ? s : null;
}

/** "كان" or "وكان" opening the clause before the verb: the subject stands between them. */
function kanaBefore(tokens: Token[], from: number, at: number): number {
  for (let k = at - 1; k >= from; k--) if (isWord('kana', tokens[k].norm)) return k;
  return -1;
}

/** Where the clause of token `at` starts: after the last comma or sentence start. */
/**
 * "وطالب المشاركون باستقالة الوزير", "طالبوا بإسقاط النظام": a verb of demanding, its subject (up to
 * three words, no comma) and a verbal noun after "ب" — what is demanded, words of the demanders.
 */
function demandsBy(text: string, tokens: Token[], first: number, last: number, to: number): boolean {
  const verb = tokens[first].norm;
  if (!DEMANDING.test(verb)) return false;
  // (The bare "طالب" is a student as well, "قتل طالب جامعي برصاص": with any object, it demands only
  // past a subject the rule below accepts.)
  const bare = /^[وف]?طالب$/.test(verb);
  for (let k = last + 1; k < Math.min(to, last + 12); k++) {
    if (/[،,.:؛]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) return false;
    if (k < last + 5 && /^ب(?:ا|ت|ال[اتم])(?!سم$|ن$|ن[هك])\S{3,}$/.test(tokens[k].norm)) return true;
    // ("طالب القيادة بوقف آلة القتل": a verbal noun of three letters, a stop, a lifting, an opening.)
    if (k < last + 5 && /^ب(?:ال)?(?:وقف|رفع|فتح|منع|سحب|فرض|فك|طرد|حل)$/.test(tokens[k].norm)) return true;
    // "وطالبوا بفدية", "وطالب الخاطفون بفدية", "تطالب المجموعة التي تحتجز الرهائن بـ20 سيارة": what
    // is demanded, any noun or a count, right after the verb or past a subject the verb's case or a
    // relative clause shows to be one ("وطالبت القوات النظامية بحماية …": the forces are asked).
    if (
      /^ب(?:\d|\S{3,})/.test(tokens[k].norm) &&
      !NOT_DEMANDED.test(tokens[k].norm) &&
      (k === last + 1
        ? !bare
        : /^(?:ال)?\S{3,}ون$/.test(tokens[last + 1].norm) ||
          tokens.slice(last + 2, k).some((t) => isExactWord('relatives', t.norm)))
    )
      return true;
  }
  return false;
}

/** Prepositional phrases of time or cause after "ب": no object of a demand. */
const NOT_DEMANDED = /^ب(?:ين|عد|سبب|شان|شكل|عض|ينما|دوره|دورها|رصاص)$/;

/** "طالب", "طالبت", "يطالبون", "وتطالب": the verb of demanding, past or present. */
const DEMANDING = /^[وف]?(?:طالب(?:ت|وا|ا|تا)?|[يت]طالب(?:ون|ان)?)$/;

/**
 * 'أمهلت الحملة الحكومة 72 ساعة لتحقيق مطالب، هي:' then lines that open with a dash: a sentence that
 * ends at a colon goes on through the list after it (where the list's lines end).
 */
function listAfter(text: string, end: number): number {
  if (!/:\s*$/.test(text.slice(Math.max(0, end - 3), end))) return end;
  let at = end;
  for (;;) {
    const line = /^[ \t]*\r?\n[ \t]*[-–—•·*][ \t]*([^\n]*)/.exec(text.slice(at));
    if (!line || !line[1].trim()) return at;
    at += line[0].length;
  }
}

/** The subject right after the verb of a clause opening past a comma between `from` and `before`, the latest first. */
function earlierClauseSubject(
  text: string,
  tokens: Token[],
  sp: Speakers,
  from: number,
  before: number,
  at: number,
  gender: Gender | null,
): Speaker | null {
  for (let k = before - 1; k > from; k--) {
    if (!/[،,؛;]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) continue;
    const s = sp.clauseSubject(k, at, gender, true);
    if (s) return s;
  }
  return null;
}

/**
 * Where the clause of the verb at `at` opens. "وهاجم أردوغان نتنياهو، رئيس الوزراء الإسرائيلي، وقال": a
 * title between two commas is the apposition of the name before it, no clause of its own; the clause
 * opens before it.
 */
function verbClauseStart(text: string, tokens: Token[], from: number, at: number): number {
  const clause = clauseStart(text, tokens, from, at);
  const comma = (k: number) => /[،,]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start));
  if (clause <= from || !comma(at) || !inSet(tokens[clause].norm, speakerWords().roles)) return clause;
  return clauseStart(text, tokens, from, clause);
}

function clauseStart(text: string, tokens: Token[], from: number, at: number): number {
  for (let k = at - 1; k > from; k--)
    if (/[،,؛;]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) return k;
  return from;
}

/**
 * A sentence that opens with a dateline ("أربيل (كوردستان24)- دان …", "السلطة الموازية- زعمت …"):
 * its speakers are read from the words after the dash, never the town or outlet before it.
 */
function pastDateline(text: string, tokens: Token[], v: SentenceView): SentenceView {
  const dash = (k: number) => /[-–—]\s/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start));
  for (let k = v.from + 1; k <= Math.min(v.to - 1, v.from + 4); k++)
    if (dash(k)) {
      // ("فأجابه الملك - حفظه الله - بأن …": a dash closed again a few words on sets off a
      // parenthesis, an honorific, not a dateline.)
      for (let j = k + 1; j <= Math.min(v.to - 1, k + 4); j++) if (dash(j)) return v;
      return { ...v, from: k };
    }
  return v;
}

/**
 * "ووصف النظام السوري بأنه …", "ووصفت الاتفاق بالتاريخي": the noun right after a verb of describing,
 * with the description right after it ("بأنه", "بالـ…"), is what is described; the subject is the
 * verb's pronoun (not "ووصف الوزير الاتفاق بأنه": the subject comes first, then its object).
 */
function describedObject(
  text: string,
  tokens: Token[],
  c: Cue,
  v: SentenceView,
  read: { speaker: Speaker | null; unknown: boolean },
): boolean {
  if (!/^[وف]?وصف(?:ت)?$/.test(tokens[c.first].norm)) return false;
  const after = text.slice(tokens[c.last].span.end, v.span.end);
  // (Words no one can read as a speaker, up to the description: what is described, all of them.)
  if (!read.speaker && read.unknown) return /^\s*(?:[^\s،,:«“"]+\s+){1,3}ب(?:أن|ان|إن|ال)/.test(after);
  const s = read.speaker;
  if (!s?.text) return false;
  const at = after.indexOf(s.text);
  if (at < 0 || /\S/.test(after.slice(0, at).replace(/^[\s]*[وف]?/, ''))) return false;
  const rest = after.slice(at + s.text.length);
  return /^\s*ب(?:أن|ان|إن|ال)/.test(rest) && !/^\s*باسم/.test(rest);
}

/** The clause a participle closes: from the last comma before it ("…، مؤكداً"), past that comma. */
function segmentStart(text: string, tokens: Token[], from: number, at: number): number {
  for (let k = at - 1; k > from; k--)
    if (/[،,؛;]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start)) && k < at - 1) return k;
  return from;
}

const isCarrier = (t: string) => isExactWord('statementCarriers', t);
/** "أصدرته", "أصدرتها", "وزعه": the verb that issued the statement just named, its issuer after it. */
const ISSUED_IT = /^(?:اصدر|وزع)(?:ه|ها|ته|تها)$/;

/** Past "ما ذكرته", "ما نقلته … به": where the attributed source is named. */
function afterWhat(tokens: Token[], k: number, to: number): number {
  if (k < to && /^(?:ل)?ما$/.test(tokens[k].norm)) {
    k++;
    if (k < to) k++;
    if (k < to && isExactWord('bihi', tokens[k].norm)) k++;
  }
  return k;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s،,؛;]/.test(text[e - 1])) e--;
  return e;
}

function stanceIn(text: string, tokens: Token[], v: SentenceView, span: Span): StanceMarker[] {
  return eventLexicon()
    .stance.findAll(tokens, v.from, v.to)
    .map<StanceMarker>((m) => ({
      text: text.slice(tokens[m.first].span.start, tokens[m.last].span.end),
      span: { start: tokens[m.first].span.start, end: tokens[m.last].span.end },
      kind: m.values[0],
    }))
    .filter((m) => m.span.start >= span.start && m.span.end <= span.end);
}

/** The event a claim speaks about: one its sentence mentions, or one whose participant speaks. */
function linkedEvent(
  text: string,
  v: SentenceView,
  events: EventMention[],
  speaker: EntityRecord | null,
): number | null {
  const inSentence = events.find((e) => holdsTrigger(e, v));
  if (inSentence) return inSentence.index;
  const people = v.entities.filter((e) => e.entity.type === 'PERSON').map((e) => e.entity.id);
  const byParticipant = events.find(
    (e) =>
      e.type === 'CONSULT' &&
      e.status === 'asserted' &&
      (speaker ? [speaker.id] : people).some((id) => e.participants.some((p) => p.entity.id === id)),
  );
  if (byParticipant) return byParticipant.index;
  const pairs = loadKb().pairAnaphora;
  if (
    text
      .slice(v.span.start, v.span.end)
      .split(/[^\p{L}]+/u)
      .some((w) => pairs.has(normalize(w).replace(/^[وف]/, '')))
  ) {
    const call = events.find((e) => e.type === 'CONSULT' && e.status === 'asserted');
    if (call) return call.index;
  }
  return null;
}

function propositionType(tokens: Token[], from: number, to: number): string | null {
  for (const m of eventLexicon().triggers.findAll(tokens, from, to)) {
    const t = m.values.find((x) => !x.event);
    if (t) return t.type;
  }
  return null;
}

function quotesIn(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (const [open, close] of QUOTES) {
    let i = text.indexOf(open, span.start);
    while (i >= 0 && i < span.end) {
      const j = text.indexOf(close, i + 1);
      if (j < 0 || j > span.end) break;
      if (j - i > 12) out.push({ start: i, end: j + 1 });
      i = text.indexOf(open, j + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "كُتب عليها «…»", "كتب عليه: «…»": words written on a banner or a picture. */
/**
 * Whether the sentence opens with a verb of reporting in the passive and what was reported after
 * "أن" ("وأُفيد أن", "وأفيد كذلك بأن"): its source is kept unnamed. ("أفاد", the active, has a subject.)
 */
function reportedByNoOne(tokens: Token[], from: number, to: number): boolean {
  if (from >= to || !/^[وف]?افيد$/.test(tokens[from].norm)) return false;
  return tokens.slice(from + 1, Math.min(to, from + 4)).some((t) => /^ب?[اإأ]ن(?:ه|ها|هم)?$/.test(t.norm));
}

const BANNER = /(?:^|\s)[وف]?كُ?تِ?ب(?:َ|ت)?\s+عليه(?:ا)?\s*[:：]?\s*[«“"]/;

/**
 * Whether `inner` is told inside the "أن" clause of `outer`, a verb of saying with no subject of its own
 * ("وتابع … أن الرئيس عبّر", "وأضاف أن الوفد أعلن"): its subject stands between "أن" and its verb.
 */
function reportedBy(tokens: Token[], outer: Reading | undefined, inner: Reading): boolean {
  if (!outer?.speaker || outer.explicit || outer.cue.kind !== 'verb' || outer.cue.act) return false;
  if (!inner.explicit || inner.cue.kind !== 'verb' || inner.cue.first <= outer.cue.last) return false;
  // (The inserted phrase between the verb and "أن" is short: "في بيان صدر اليوم الثلاثاء".)
  for (let k = outer.cue.last + 1; k < inner.cue.first && k <= outer.cue.last + 8; k++)
    if (/^ب?[اأ]ن(?:ه|ها)?$/.test(tokens[k].norm)) return inner.cue.first - k <= 8;
  return false;
}

/**
 * "وتابع" goes on saying only with what is said after it — a colon, a quotation, "قائلاً" or "أن" close
 * after — not in "تابع العمل الإرهابي منذ وقوعه" (followed it).
 */
function goesOnSaying(text: string, tokens: Token[], first: number, last: number, to: number): boolean {
  if (!/^[وف]?تابع(?:ت)?$/.test(tokens[first].norm)) return true;
  if (/^\s*[:：«“"]/.test(text.slice(tokens[last].span.end))) return true;
  for (let k = last + 1; k < Math.min(to, last + 13); k++) {
    if (/^(?:ب)?[اإأ]ن(?:ه|ها|هم)?$|^قائل/.test(tokens[k].norm)) return true;
    if (/[:：«“"]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) return true;
  }
  return false;
}

/**
 * "أبدى نجاد حرص بلاده على …", "وأبدت الوزيرة قلقها من …": showing a stance is saying it (the stance's
 * noun within seven words of the verb, its subject between).
 */
function showsStance(tokens: Token[], first: number, last: number, to: number): boolean {
  if (!/^[وف]?ابد(?:ى|ي|ت)$/.test(tokens[first].norm)) return false;
  for (let k = last + 1; k < Math.min(to, last + 8); k++)
    if (
      /^(?:حرص|استعداد|رغب|قلق|ارتياح|تفاؤل|اسف|تضامن|ترحيب|رفض|استياء|امتعاض|انزعاج|تخوف|امل)/.test(
        tokens[k].norm,
      )
    )
      return true;
  return false;
}
