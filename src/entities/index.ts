// The entity layer: knowledge-base names, role phrases ("الرئيس التركي", "نظيره الروسي",
// "الرئيسان الروسي والتركي") resolved to the office holder at the document's time, then names the
// KB does not hold (names.ts, places.ts), the tagger's names (tagged.ts) and country anaphors
// (anaphora.ts).
import { coveredTokens, tokensWithin, tokenStems } from '../arabic/tokenize.js';
import type { EntityMention, Token } from '../types.js';
import { stems } from '../arabic/clitics.js';
import { normalize } from '../arabic/normalize.js';
import { ambiguousNames, givenNames, writtenGivenNames } from '../arabic/names.js';
import {
  forgetMadeEntities,
  holderNamed,
  loadKb,
  officeHolder,
  electedHolder,
  record,
  sameNamedCapital,
  unknownOrg,
  unknownPerson,
  unknownPlace,
  type KbEntity,
} from './kb.js';
import { joinCompassPlaces } from './compass-places.js';
import { endNamesAtJoins, endNamesAtSentence } from './name-joins.js';
import { wordCounts } from './word-frequency.js';
import { BOUNDARY, CLAUSE_BREAK, gz, hasStem, NASAB, nisbaCountry, withoutProclitics } from './lookup.js';
import { heldOffice, institutionAt, namedAfter, roleAt } from './roles.js';
import { settleAmbiguousNisbas, trailingNisba } from './nisbas.js';
import {
  disambiguate,
  gateAt,
  headedPlaceAt,
  inDateline,
  isPlace,
  misreadAlias,
  noComplement,
  quotedPlaceAt,
  unknownPlaceAt,
} from './places.js';
import {
  givenName,
  knownOutlet,
  MEDIA_HEADS,
  otherFamilyAfter,
  personNamedLikePlace,
  pickReading,
  placeBodyAt,
  forceNameAt,
  unitNameAt,
  spelledAsInKb,
  quotedOrgAt,
  quotedSiblings,
  unknownNameAt,
  unknownOrgAt,
  theophoricName,
  beforeFamilyAl,
} from './names.js';
import { addTaggedNames, relinkNameParts } from './tagged.js';
import { readClubs } from './clubs.js';
import { dropStormNames } from './storms.js';
import { dropCompetitionRegions } from './competitions.js';
import { addListedPlaces } from './place-lists.js';
import { addRepeatedPlaces } from './repeated-places.js';
import { addListedPersons } from './person-lists.js';
import { everydayPlace, namesAccord, unseenOutsideNames } from './everyday.js';
import { addDescriptions, institutionEntity, isDescription, placeStateBodies } from './descriptions.js';
import { resolveCountryAnaphora } from './anaphora.js';
import { oneHolderPerOffice } from './consistency.js';
import { markGenericBodies } from './generic.js';
import { readBrands } from './brand-heads.js';
import { joinBodyPlaces } from './body-places.js';
import { joinPlaceBodies } from './place-bodies.js';
import { splitDualMinistries } from './dual-bodies.js';
import {
  completeKunyas,
  linkParticleNames,
  completeNameParticles,
  completeNasabs,
  keepOuld,
  completeWordGivenNames,
  linkGivenNames,
} from './name-parts.js';
import {
  addCoordinatedBodies,
  addRepeatedGivenNames,
  addRepeatedNames,
  addShortNames,
  addRepeatedSurnames,
  linkSurnames,
} from './repeats.js';
import { addMediaNames, knownMedia } from './media.js';
import { linkTransliteratedNames } from './transliterations.js';
import { linkLongNames } from './long-names.js';
import { isOutsideAdjective, isUnitHead, namedFacilityAt, withQualifiers } from './facilities.js';
import { sectorCompanyAt } from './sector-companies.js';

/** A company's head noun, with its proclitics ("شركة", "لشركة", "وشركة"). */
const COMPANY_HEAD = /^[وف]?[بل]?شرك(?:ه|ة)$/;

export interface EntityOptions {
  /** The document's time (ISO date or year) for resolving offices to their holders. */
  date: string | null;
  /** Add the statistical tagger's names where the KB and the rules found none (default true). */
  tagger?: boolean;
}

/** Does the KB match at i name again, from the next word, the same entity, longer, or after a place's head or a quote? */
function innerName(
  text: string,
  tokens: Token[],
  i: number,
  m: { last: number; values: KbEntity[] },
): boolean {
  const inner = gz(tokens, i + 1);
  if (!inner || !inner.values.some((v) => m.values.some((w) => w.id === v.id))) return false;
  if (inner.last > m.last) return true;
  if (inner.last < m.last) return false;
  return /["“«]/.test(text.slice(tokens[i].span.end, tokens[i + 1].span.start)) || isUnitHead(tokens[i].norm);
}

/** The words after the first one, to `last`, stand in quotation marks of their own: 'تنظيم «الدولة الإسلامية»'. */
function quotedRest(text: string, tokens: Token[], i: number, last: number): boolean {
  const open = /^\s*(["“«])\s*$/.exec(text.slice(tokens[i].span.end, tokens[i + 1].span.start))?.[1];
  if (!open) return false;
  const close = open === '«' ? '»' : open === '“' ? '”' : '"';
  for (let k = i + 1; k < last; k++)
    if (/["“”«»\n]/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start))) return false;
  return (
    /^\s*$/.test(
      text.slice(tokens[last].span.end, tokens[last + 1]?.span.start ?? text.length).split(close)[0],
    ) && text.slice(tokens[last].span.end, tokens[last + 1]?.span.start ?? text.length).includes(close)
  );
}

/** "… بالعاصمة", "… في العاصمة", "… وسط العاصمة" right after the name at `last`. */
function inCapital(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1]?.norm ?? '';
  if (/^[و]?بالعاصمه$/.test(next)) return true;
  return /^(?:في|وسط|جنوب|شمال|شرق|غرب)$/.test(next) && tokens[last + 2]?.norm === 'العاصمه';
}

/**
 * "المتحدث باسم (وزارة) الخارجية المصرية", "الناطقة باسم الحكومة الكندية" and no name after it (a
 * name, a title or a known person after the phrase is the spokesperson, read by the rules below).
 */
function spokespersonAt(
  text: string,
  tokens: Token[],
  i: number,
): { kind: [string, string]; country: string; body: number; last: number } | null {
  if (!/^[وف]?(?:ال)?(?:متحدث|ناطق)(?:ه)?$/.test(tokens[i].norm) || tokens[i + 1]?.norm !== 'باسم')
    return null;
  const body = i + 2;
  if (body < tokens.length && /^وزاره$/.test(tokens[body].norm) && tokens[body + 1]?.norm.startsWith('ال')) {
    const inst = institutionAt(tokens, body + 1);
    if (inst?.kind[0] === 'ministry-foreign')
      return after(inst.last) ? { ...inst, body, last: inst.last } : null;
  }
  const inst = body < tokens.length ? institutionAt(tokens, body) : null;
  // (A government's spokesperson is no tracked office: "المتحدث باسم الحكومة الألمانية" is the government's.)
  // (Nor another ministry's: the foreign ministry's spokesperson is the tracked office, "المتحدث باسم
  // وزارة الصحة المصرية" is the ministry speaking.)
  if (inst?.kind[0] !== 'ministry-foreign') return null;
  return after(inst.last) ? { ...inst, body, last: inst.last } : null;
  function after(last: number): boolean {
    const k = last + 1;
    if (k >= tokens.length || CLAUSE_BREAK.test(text.slice(tokens[last].span.end, tokens[k].span.start)))
      return true;
    const kb = loadKb();
    const t = tokens[k].norm;
    return !(
      gz(tokens, k)?.values.some((v) => v.type === 'PERSON') ||
      kb.honorifics.has(t) ||
      kb.descriptors.has(t) ||
      // (A given name before a word the KB holds, "كريستيان فاغنر" beside the Wagner group, is read
      // by no rule: the phrase stays the mention.)
      (givenNames().has(givenName(t)) && !gz(tokens, k + 1)?.values.some((v) => v.type !== 'PERSON')) ||
      unknownNameAt(text, tokens, k, 2)
    );
  }
}

/**
 * "والناشطة ليما غبوي": after a describing noun, a one-word city or province the KB holds (no
 * country) and a word newswire never writes, with no article or proclitic, are a given name and a
 * family name.
 */
function placeAsGivenName(text: string, tokens: Token[], k: number): { text: string; last: number } | null {
  const place = gz(tokens, k);
  if (!place || place.last !== k || !place.values.every((v) => v.type === 'GPE' || v.type === 'LOC'))
    return null;
  if (place.values.some((v) => v.subtype === 'country')) return null;
  const next = tokens[k + 1];
  if (!next || BOUNDARY.test(text.slice(tokens[k].span.end, next.span.start))) return null;
  if (/^(?:ال|[وفبلك])/.test(next.norm) || gz(tokens, k + 1) || next.norm.length < 3) return null;
  const [out, inside] = wordCounts(next.norm);
  if (out > 0 || inside > 0 || loadKb().notNames.has(next.norm)) return null;
  return { text: text.slice(tokens[k].span.start, next.span.end), last: k + 1 };
}

/**
 * "وسجل المالي سومايلا سيديبي", "والإسباني ثياغو ألكانتارا": a nationality's nisba with the article,
 * used as a noun (no articled noun before it that it would qualify, "الجيش المالي"), describes the
 * person named after it.
 */
function nationalNoun(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i].norm.replace(/^[وف]/, '');
  if (!/^ال\S{3,}(?:ي|يه)$/.test(t) || !nisbaCountry(t)) return false;
  if (i === 0) return true;
  // (After a quoted name, 'قاعدة "عين الأسد" الأمريكية', the nisba is still the name's.)
  const between = text.slice(tokens[i - 1].span.end, tokens[i].span.start);
  if (BOUNDARY.test(between)) return !/["”»]/.test(between);
  return !/^[وف]?[بلك]?(?:ال|لل)/.test(tokens[i - 1].norm) && !gz(tokens, i - 1);
}

/**
 * "توقيع البرازيلي دانتي في الدقيقة 7": after a nationality used as a noun, one word newswire never
 * writes outside names, then a mark or "في", is the name (not after a describing noun that is also a
 * body, "زعيمة المعارضة أصيبت في …").
 */
function oneWordName(text: string, tokens: Token[], k: number): { text: string; last: number } | null {
  const t = tokens[k]?.norm ?? '';
  if (t.length < 4 || /^(?:ال|[وفبل])/.test(t) || !unseenOutsideNames(t) || loadKb().notNames.has(t))
    return null;
  if (/[\u064b-\u0652\u0640]/.test(text.slice(tokens[k].span.start, tokens[k].span.end))) return null;
  const next = tokens[k + 1];
  if (next && !BOUNDARY.test(text.slice(tokens[k].span.end, next.span.start)) && next.norm !== 'في')
    return null;
  return { text: text.slice(tokens[k].span.start, tokens[k].span.end), last: k };
}

/**
 * "الرئيس الكيني مواي كيباكي": after a role, a first word newswire never writes outside names (no
 * verb, no word with "و", not the KB's, no given name) before another such word may open a foreign
 * name that the list of given names lacks.
 */
function foreignOpener(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k]?.norm ?? '';
  // (Names carry no vowel marks: "العقيد مساعداً".)
  const written = (j: number) => (tokens[j] ? text.slice(tokens[j].span.start, tokens[j].span.end) : '');
  if (/[\u064b-\u0652\u0640]/.test(written(k) + written(k + 1))) return false;
  const next = tokens[k + 1]?.norm ?? '';
  return (
    t.length >= 3 &&
    !/^[وف]/.test(t) &&
    // (An imperfect verb, "يهاتف", "يعين": not "يويري", "يوهان", "تيري".)
    !/^[يت][^وي]\S{2,3}$/.test(t) &&
    // (A future, "سيزور", or a preposition on a word newswire writes, "بخطف".)
    !/^س[يتن]\S{3,}$/.test(t) &&
    // (Nor a word newswire writes with a pronoun on it, "العقيد أبلغه".)
    !(/(?:ه|ها|هم|هما)$/.test(t) && wordCounts(t.replace(/(?:ه|ها|هم|هما)$/, ''))[0] > 0) &&
    !(/^[بلكس]/.test(t) && wordCounts(t.slice(1))[0] > 0) &&
    // (A preposition on a word: "الشيخ بزفاف …"; "بينغو", "لوران", "كيباكي" go on with a long vowel.)
    !/^[بلك][^اوي]/.test(t) &&
    // (A given name opens a name by the rules for given names, which read its family name; a KB
    // person's family name, "الرئيس روحاني سماحة المرجع", is that person.)
    !givenNames().has(givenName(t)) &&
    !kbFamilyNames().has(t) &&
    !t.startsWith('ال') &&
    unseenOutsideNames(t) &&
    !loadKb().notNames.has(t) &&
    !gz(tokens, k) &&
    // (A perfect of a derived form, "اتصل", "استقبل", "انسحب": "الأمير اتصل بروحاني".)
    !/^(?:ا\Sت\S\S|است\S{3}|ان\S{3})$/.test(t) &&
    !!next &&
    !next.startsWith('ال') &&
    wordCounts(next)[0] === 0 &&
    // (Nor before a preposition on a KB person's family name or a word newswire writes, "بروحاني".)
    !(/^[بلك]/.test(next) && (kbFamilyNames().has(next.slice(1)) || wordCounts(next.slice(1))[0] > 0)) &&
    !givenNames().has(givenName(next))
  );
}

let familyNames: Set<string> | null = null;
/** The last words of the KB's people's names ("روحاني", "كيباكي" were it held). */
function kbFamilyNames(): Set<string> {
  if (familyNames) return familyNames;
  familyNames = new Set();
  for (const e of loadKb().entities)
    if (e.type === 'PERSON')
      for (const a of [e.ar, ...(e.aliases ?? [])]) {
        const last = normalize(a).split(' ').at(-1);
        if (last) familyNames.add(last.replace(/^ال/, '')).add(last);
      }
  return familyNames;
}

/** A woman's title: queen, princess, sheikha, sultana. */
const FEMININE_TITLE = /^[وف]?ال(?:ملكه|اميره|شيخه|سلطانه)$/;

/**
 * "المرجع السيستاني", "العماد جوزيف عون": a KB name of a person whose first word, with the article,
 * is none of the words of the person's own name and is followed by nothing but them is a title.
 */
function titleBeforeName(tokens: Token[], first: number, last: number, e: KbEntity): boolean {
  const head = withoutProclitics(tokens[first].norm);
  // (Not an office, "الملك سلمان": the office keeps the holder's reading for a bare name.)
  if (!head.startsWith('ال') || loadKb().offices.has(head)) return false;
  const own = normalize(e.ar ?? '').split(/\s+/);
  if (own.includes(head)) return false;
  return tokens.slice(first + 1, last + 1).every((t) => own.includes(t.norm));
}

/** The organ words after "مجلس" that make it a body's board ("مجلس إدارة", "مجلس أمناء"). */
const BOARD = /^(?:اداره|امناء)$/;

/** Nouns that name a state by what the text calls it ("الكيان الصهيوني", "العدو الإسرائيلي", "دولة الاحتلال"). */
const DESCRIBED_STATE = /^(?:ال)?(?:كيان|عدو|احتلال)$/;
/** Named services whose words are also the good they keep ("الأمن العام": public order). */
const SECURITY_AS_GOOD = new Set(['general-security', 'national-security', 'internal-security']);
/** After "ب" or a noun or verb of harming or keeping, "الأمن الوطني" is national security itself. */
function securityAsGood(tokens: Token[], i: number): boolean {
  if (/^[وف]?ب/.test(tokens[i].norm)) return true;
  // ("وزير الأمن الداخلي الإسرائيلي": the ministry's field, not the service.)
  return (
    i > 0 &&
    tokenStems(tokens[i - 1]).some((s) =>
      /^(?:ال)?(?:وزير|وزيره|وزاره|مساس|اخلال|حفظ|تهديد|زعزعه|صون|حمايه|استتباب|استقرار)$|^[يت](?:هدد|مس|زعزع)$/.test(
        s,
      ),
    )
  );
}

/** Adjectives of a holder's standing between an office and his name: new, elected, interim, current, late. */
const HOLDER_STANDING = /^ال(?:جديد|جديده|منتخب|منتخبه|موقت|مؤقت|موقته|مؤقته|انتقالي|حالي|حاليه|راحل|راحله)$/;

/** Plural nouns of armed forces that open a force's name before the body's head ("وحدات مقاومة سنجار"). */
const FORCE_PLURAL = /^[وف]?(?:وحدات|كتائب|سرايا|الويه|فصائل)$/;

// Heads that the name of a body the KB holds takes in when they stand right before it ("شركة أرامكو",
// "جماعة الحوثيين", "صحيفة لو موند"): a body's heads for bodies, an outlet's for outlets. ("قوات",
// "موقع" and "شبكة" stay outside: "قوات التحالف العربي", "موقع العربية".)
const BODY_HEADS = /^(?:حركه|جماعه|شركه|تنظيم|منظمه|مجموعه|حزب|قوه|جبهه)$/;
const OUTLET_HEADS = /^(?:صحيفه|جريده|مجله|قناه|اذاعه|تلفزيون|وكاله|شبكه)$/;
const QUOTED_OUTLET_CUE =
  /(?:^|[\s(])(?:[وف]?[بل]?(?:ال)?(?:صحيفة|صحيفه|جريدة|قناة|تلفزيون|موقع|وكالة|إذاعة|مجلة)|[وف]?لـ?)\s*["“«]\s*$/;
/** Adjectives of a republic's regime in its formal name. */
const REGIME = /^ال(?:ديمقراطيه|اتحاديه|فيدراليه|فدراليه|شعبيه|اشتراكيه)$/;

/** One given name spelled two ways: "إيمانويل"/"إمانويل" differ only in a long vowel (long names only). */
const sameGivenName = (a: string, b: string) =>
  a === b || (a.length >= 6 && b.length >= 6 && a.replace(/[اوي]/g, '') === b.replace(/[اوي]/g, ''));

/** Cities and sites rank 3 and above; provinces, areas and countries below. */
const placeRank = (e: KbEntity) =>
  e.subtype === 'city' || e.subtype === 'municipality' || e.subtype === 'site' || e.type === 'LOC' ? 3 : 1;

export function findEntities(text: string, tokens: Token[], opts: EntityOptions): EntityMention[] {
  // (A document's analysis is its own: the names made for the last document are not this one's.)
  forgetMadeEntities();
  const kb = loadKb();
  const found: EntityMention[] = [];
  // Mentions whose name is more than one entity ("طرابلس": Libya's capital or Lebanon's north).
  const ambiguous = new Map<EntityMention, { candidates: KbEntity[]; next: string; prev: string }>();
  // "الرئيس الموريتاني السابق" before a name: the role names whoever the name is, read once all names are.
  const formerRoles: { first: number; last: number; after: number; office: string; country?: string }[] = [];
  const mention = (first: number, last: number, e: KbEntity, via: string, candidates?: KbEntity[]) => {
    const span = { start: tokens[first].span.start, end: tokens[last].span.end };
    // ("لـمطار بغداد", "بـالمنطقة": proclitics a tatweel sets apart are no part of a place's or a
    // body's name; a person's rules read his name from its whole first token.)
    const apart = /^[وفبلك]{1,3}ـ+/.exec(text.slice(span.start, span.end));
    if (apart && e.type !== 'PERSON' && span.start + apart[0].length < span.end)
      span.start += apart[0].length;
    found.push({ span, text: text.slice(span.start, span.end), entity: record(e), via });
    if (candidates && candidates.length > 1 && candidates.every(isPlace))
      ambiguous.set(found.at(-1)!, {
        candidates,
        next: tokens[last + 1]?.norm ?? '',
        prev: tokens[first - 1]?.norm ?? '',
      });
  };
  let lastOffice = 'president';
  const joinedNext = (k: number) =>
    k + 1 < tokens.length && !BOUNDARY.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start));
  for (let i = 0; i < tokens.length; i++) {
    // "المتحدث باسم وزارة الخارجية المصرية" with no name after it is the spokesperson, a person the
    // KB does not name; the body inside stays a mention of its own, nested.
    const spokesperson = spokespersonAt(text, tokens, i);
    if (spokesperson) {
      const name = text.slice(tokens[i].span.start, tokens[spokesperson.last].span.end);
      const office = `spokesperson-${spokesperson.kind[0].replace(/^ministry-/, '')}`;
      const holder = officeHolder(office, spokesperson.country, opts.date);
      // (Who speaks for the ministry is of it: a claim he makes is the ministry's.)
      const person = holder ?? {
        ...unknownPerson(name, spokesperson.country, undefined),
        institution: spokesperson.kind[0],
      };
      mention(i, spokesperson.last, person, 'role');
      const body = institutionEntity(spokesperson.kind, spokesperson.country);
      const e = body.ar
        ? body
        : {
            ...body,
            ar: text.slice(tokens[spokesperson.body].span.start, tokens[spokesperson.last].span.end),
          };
      mention(spokesperson.body, spokesperson.last, e, 'institution');
      found[found.length - 1].descriptive = true;
      found[found.length - 1].nested = true;
      i = spokesperson.last;
      continue;
    }
    // ("أمير قطر": an office before its state's name leaves the name a mention of its own; the
    // speakers' rules read the office.)
    const office = roleAt(tokens, i);
    // ("البابا فرنسيس": a one-word title the KB's name of its holder opens with is that name's title;
    // the name after it is the mention, read below.)
    const titleOfName =
      office?.last === i &&
      kb.officeCountry.has(tokens[i].norm) &&
      (gz(tokens, i)?.last ?? i) > i &&
      gz(tokens, i)?.values.some((v) => v.type === 'PERSON');
    const role = office?.stateAt === undefined && !titleOfName ? office : null;
    if (role) {
      const office = role.counterpart ? lastOffice : role.office;
      lastOffice = office;
      // A name the KB does not know after the role ("وزير الخارجية الإسباني جوزيب بوريل",
      // "الملك ضون فيليبي السادس") is the person, whoever our tenure table says held the office.
      // (After "السابق" of a past holder: "الرئيس الموريتاني السابق محمد ولد عبد العزيز".)
      let after = role.last + (role.former ? 2 : 1);
      // ("الرئيس التونسي الجديد منصف المرزوقي": an adjective of the holder's standing may come between.)
      if (
        after + 1 < tokens.length &&
        HOLDER_STANDING.test(tokens[after].norm) &&
        unknownNameAt(text, tokens, after + 1, 2)
      )
        after++;
      const name = unknownNameAt(text, tokens, after, 2, foreignOpener(text, tokens, after));
      if (name) {
        // ("الرئيس الفرنسي إمانويل ماكرون": a KB person's family name after his given name, however spelled, is he.)
        const family = gz(tokens, name.last);
        const kin = family?.first === name.last ? family.values.find((v) => v.type === 'PERSON') : undefined;
        const given = givenName(tokens[after].norm);
        const person =
          kin && name.last > after && sameGivenName(givenName(normalize(kin.ar).split(' ')[0]), given)
            ? kin
            : unknownPerson(name.text, role.countries[0], role.former ? undefined : office);
        if (role.countries.length) mention(i, role.last, person, 'role');
        mention(after, name.last, person, 'role-name');
        i = name.last;
        continue;
      }
      // A known name right after the role (a title between allowed) says who holds it, whatever the date.
      const named =
        role.countries.length === 1 || (role.counterpart && !role.countries.length)
          ? namedAfter(tokens, after)
          : null;
      if (named) {
        // "بنظيره سامح شكري": a bare "نظيره" before the name is no mention of its own; the name is.
        if (!role.counterpart || role.countries.length)
          mention(i, role.last, named, role.counterpart ? 'counterpart' : 'role');
        i = role.last;
        continue;
      }
      // A spokesperson the KB does not name speaks for the body named inside the phrase ("المتحدث باسم
      // وزارة الخارجية المصرية"): that body is the mention, as before.
      if (
        role.countries.length === 1 &&
        !role.counterpart &&
        office.startsWith('spokesperson') &&
        !officeHolder(office, role.countries[0], opts.date) &&
        role.last - i > 2
      ) {
        i = i + 1;
        continue;
      }
      // A past holder named by the office alone is unknown: never the holder at the report's date.
      if (role.former) {
        if (after < tokens.length && role.countries.length)
          formerRoles.push({ first: i, last: role.last, after, office, country: role.countries[0] });
        i = role.last + 1;
        continue;
      }
      for (const c of role.countries) {
        const holder =
          (role.elect && electedHolder(office, c, opts.date)) || officeHolder(office, c, opts.date);
        if (holder) {
          mention(i, role.last, holder, role.counterpart ? 'counterpart' : 'role');
          if (role.indefinite) found[found.length - 1].descriptive = true;
        }
        // "وزير الخارجية المصري" on a day the KB knows no holder for: still a person, whom the
        // phrase only describes (the holder that day, unnamed; the events take no actor from it).
        // ("الأمير تركي بن محمد": a nisba before a nasab is a given name.)
        else if (role.countries.length === 1 && opts.date && !NASAB.test(tokens[role.last + 1]?.norm ?? '')) {
          const phrase = text.slice(tokens[i].span.start, tokens[role.last].span.end);
          mention(i, role.last, unknownPerson(phrase, c, undefined), 'unknown-holder');
          found[found.length - 1].descriptive = true;
        }
      }
      if (role.countries.length) {
        const roleFirst = i;
        i = role.last;
        // "وزير الخارجية السعودي الأمير فيصل": the holder's given name after the role (a title between) is the holder.
        const holder =
          role.countries.length === 1 ? officeHolder(office, role.countries[0], opts.date) : null;
        const at = i + 1 < tokens.length && kb.honorifics.has(tokens[i + 1].norm) ? i + 2 : i + 1;
        // ("العاهل السعودي الملك عبد الله" with no date, or before the tenure table's holder: the
        // holder whose name it gives, the only one of that office so named who held it then.)
        const titled = at < tokens.length && kb.offices.has(tokens[at].norm) ? at + 1 : at;
        const other =
          role.countries.length === 1 && titled < tokens.length && !gz(tokens, titled)
            ? namedHolder(tokens, titled, office, role.countries[0], opts.date)
            : null;
        if (other) {
          if (other.holder !== holder) {
            const said = [...found].reverse().find((m) => m.span.start === tokens[roleFirst].span.start);
            if (said) said.entity = record(other.holder);
            else mention(roleFirst, role.last, other.holder, 'role');
          }
          mention(titled, other.last, other.holder, 'role-given-name');
          i = other.last;
          continue;
        }
        if (
          holder &&
          at < tokens.length &&
          !gz(tokens, at) &&
          givenName(tokens[at].norm) === normalize(holder.ar).split(' ')[0]
        ) {
          // "… أحمد حسين الشرع": the given name, a father's name and the holder's family name are one.
          const full = unknownNameAt(text, tokens, at, 2);
          const end = full && gz(tokens, full.last)?.values.includes(holder) ? full.last : at;
          mention(at, end, holder, 'role-given-name');
          i = end;
        }
        continue;
      }
    }
    if (kb.honorifics.has(tokenStems(tokens[i]).find((x) => kb.honorifics.has(x)) ?? '')) {
      const name = unknownNameAt(text, tokens, i + 1, 2, foreignOpener(text, tokens, i + 1));
      if (name) {
        mention(i + 1, name.last, unknownPerson(name.text, undefined, undefined), 'title-name');
        i = name.last;
        continue;
      }
    }
    // "الكاتبة المصرية أهداف سويف", "المعارض الروسي أليكسي نافالني": a describing noun, its
    // adjectives, then a name the KB does not know.
    if (kb.descriptors.has(tokens[i].norm.replace(/^[وف]/, '')) || nationalNoun(text, tokens, i)) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 2 && /^ال\S+(?:ي|يه|ين)$/.test(tokens[k].norm) && !gz(tokens, k))
        k++;
      const opener = k < tokens.length ? tokens[k].norm : '';
      // "الناطق باسم الحكومة", "المستشار لرئيس الدولة": a phrase, not a name, follows.
      // Nor after a body the KB names ("المعارضة السورية وطالبت الأسد": the next clause follows).
      const body = gz(tokens, i)?.last === k - 1;
      // ("الناطق لإذاعة كارثاج": an outlet's head opens the body he speaks for, not his name.)
      // ("فوق الحارس.\nوأدرك …": nor across a mark, quotes apart: 'السفير "محمد الجابر"'.)
      const phrase =
        !opener ||
        /[\n،,.:;؛()!?؟]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start)) ||
        opener === 'باسم' ||
        stems(opener).some((x) => kb.offices.has(x) || MEDIA_HEADS.test(x)) ||
        body;
      const name = phrase
        ? null
        : gz(tokens, k)
          ? placeAsGivenName(text, tokens, k)
          : (unknownNameAt(text, tokens, k, 2, true) ??
            (nationalNoun(text, tokens, i) ? oneWordName(text, tokens, k) : null));
      if (name) {
        mention(k, name.last, unknownPerson(name.text, undefined, undefined), 'described-name');
        i = name.last;
        continue;
      }
    }
    // "صلاح الدين مزوار": a place's name running on into a family name is a person.
    const named = personNamedLikePlace(text, tokens, i);
    if (named) {
      mention(i, named.last, unknownPerson(named.text, undefined, undefined), 'given-name');
      i = named.last;
      continue;
    }
    // "مطار عدن الدولي", "ميناء الحديدة", "مطار رفيق الحريري": a facility named after a place or a person.
    // "الكويت للبترول", "طنطا لإنتاج الزيوت": a company named by its name and trade, no head noun.
    // ("شركة الكويت للبترول": a company's head noun stays outside its name.)
    const headed =
      COMPANY_HEAD.test(tokens[i].norm) && joinedNext(i) ? sectorCompanyAt(text, tokens, i + 1) : null;
    const from = headed ? i + 1 : i;
    const company = headed ?? sectorCompanyAt(text, tokens, i);
    if (company) {
      const head = tokens[from];
      const clitics = head.norm.length - withoutProclitics(head.norm).length;
      let start = head.span.start;
      if (/^[وفبل]+$/.test(text.slice(start, start + clitics))) start += clitics;
      while (text[start] === 'ـ') start++;
      mention(from, company.last, unknownOrg(text.slice(start, tokens[company.last].span.end)), 'company');
      i = company.last;
      continue;
    }
    const byName = namedFacilityAt(text, tokens, i);
    // ("مسجد عمر بن الخطاب": a place's name read past a person's name the rule ends early is the longer one.)
    const longer = byName && !byName.inner ? unknownPlaceAt(text, tokens, i) : null;
    const facility = longer && longer.first === i && byName && longer.last > byName.last ? null : byName;
    if (facility) {
      const head = tokens[facility.first];
      // ("فندق": a head whose first letter reads as a proclitic is whole.)
      const clitics = facility.headWhole ? 0 : head.norm.length - withoutProclitics(head.norm).length;
      let start =
        head.span.start +
        (/^[وفبلك]*$/.test(text.slice(head.span.start, head.span.start + clitics)) ? clitics : 0);
      while (text[start] === 'ـ') start++;
      const name = text.slice(start, tokens[facility.last].span.end);
      const e = facility.type === 'LOC' ? unknownPlace(name, facility.within) : unknownOrg(name);
      if (!e.country && facility.within?.country) e.country = facility.within.country;
      mention(facility.first, facility.last, e, 'facility');
      // The place inside it stays a mention of its own, marked nested: events read "في مطار دمشق" as in Damascus.
      if (facility.inner && facility.within) {
        const inner = gz(tokens, facility.inner.first);
        // (A capital read for its country's name is no longer one of the name's readings.)
        const readings = inner?.values.includes(facility.within) ? inner.values : undefined;
        mention(facility.inner.first, facility.inner.last, facility.within, 'nested', readings);
        found[found.length - 1].nested = true;
      }
      i = facility.last;
      continue;
    }
    const read = institutionAt(tokens, i);
    // "المساس بالأمن الوطني الأردني": public, national or internal security as a good harmed or kept is no body.
    const inst = read && SECURITY_AS_GOOD.has(read.kind[0]) && securityAsGood(tokens, i) ? null : read;
    let m =
      kb.everydayTokens.has(tokens[i].norm) || misreadAlias(tokens, i)
        ? null
        : spelledAsInKb(text, tokens, gz(tokens, i));
    // "معسكر الجلاء", "قصر السلام": a facility's head noun that is also a town's name ("معسكر",
    // Mascara) names the facility when a name follows it in construct.
    if (m && m.last === i && kb.namedPlaceHeads.get(withoutProclitics(tokens[i].norm)) === 'facility') {
      const named = unknownPlaceAt(text, tokens, i);
      // ("معسكر لتدريب الشرطة", "معسكر تدريب": the head before a phrase or a generic complement is the common noun.)
      const phrase =
        i + 1 < tokens.length &&
        (noComplement(text, tokens, i + 1, true) || kb.genericComplements.has(tokens[i + 1].norm));
      if ((named && named.last > i) || phrase) m = null;
    }
    // "كانوا" is not Kano, "الظاهرة" not Ad Dhahirah: an everyday word is a place only with a cue.
    // A name that is also an outlet's ("الميادين") is the outlet when it is no place here.
    // ("اتفاق الرياض": the city stays, nested in the accord's name, for where the accord was signed.)
    const accord = !!m && namesAccord(text, tokens, m);
    if (m && everydayPlace(tokens, m)) {
      const others = m.values.filter((v) => !isPlace(v));
      m = others.length ? { ...m, values: others } : null;
    }
    // 'صحيفة "الشرق الأوسط"', 'قال شهود لـ«الشرق الأوسط»': a name that is a place and an outlet, quoted
    // after an outlet's head or a "لـ" of speech, is the outlet.
    // (Its outlet may count only after its head: the gazetteer holds the place alone.)
    if (m?.values.some(isPlace)) {
      const before = text.slice(Math.max(0, tokens[m.first].span.start - 24), tokens[m.first].span.start);
      const after = text.slice(tokens[m.last].span.end, tokens[m.last].span.end + 2);
      const outlet =
        QUOTED_OUTLET_CUE.test(before) && /^\s*["”»]/.test(after)
          ? (m.values.find((v) => v.media) ??
            knownMedia(text.slice(tokens[m.first].span.start, tokens[m.last].span.end)))
          : undefined;
      if (outlet?.media) m = { ...m, values: [outlet] };
    }
    // "منطقة صلاح الدين بالعاصمة": a province or country cannot lie in a capital; the words name a
    // district there (Tripoli's Salah al-Din, not Iraq's governorate).
    if (m && inCapital(tokens, m.last)) {
      const others = m.values.filter((v) => !isPlace(v) || placeRank(v) >= 3);
      m = others.length ? { ...m, values: others } : null;
    }
    // "منطقة الشرق الأوسط", "دولة الإمارات العربية المتحدة", 'وكالة "رويترز"', "الشيخ تميم بن حمد آل
    // ثاني": the same entity named again from the next word, longer or after a place's head or a quote,
    // is the name; the head stays outside.
    if (m && m.last > i && innerName(text, tokens, i, m)) continue;
    // "أحمد بن سلمان المسلم": a person's alias that is only a nasab ("بن سلمان"), right after a given
    // name, is part of another person's name.
    if (
      m &&
      i > 0 &&
      NASAB.test(tokens[i].norm) &&
      givenNames().has(tokens[i - 1].norm) &&
      !BOUNDARY.test(text.slice(tokens[i - 1].span.end, tokens[i].span.start)) &&
      m.values.every((v) => v.type === 'PERSON')
    )
      m = null;
    if (inst && (!m || inst.last > m.last)) {
      const made = institutionEntity(inst.kind, inst.country);
      // The shared entity is never written to: which report came first must not change its name.
      const e = made.ar
        ? made
        : { ...made, ar: text.slice(tokens[i].span.start, tokens[inst.last].span.end) };
      mention(i, inst.last, e, 'institution');
      // ("الأمن الرئاسي التونسي": a service called by its own name is named, nisba and all.)
      if (!kb.namedServices.has(inst.kind[0])) found[found.length - 1].descriptive = true;
      // "سفارة السويد", "حكومة المملكة المتحدة": the state the body is told by is named in it.
      if (inst.state && found[found.length - 1].descriptive) {
        mention(inst.state.first, inst.last, inst.state.entity, 'institution-state');
      }
      i = inst.last;
      continue;
    }
    if (m) {
      const read = pickReading(text, tokens, m.first, m.values);
      let e = read ?? m.values[0];
      // "بالعاصمة الجزائر", "في العاصمة تونس": the capital that bears its country's name.
      // ("تونس - أعلنت …": a dateline names the town.)
      if (
        e.subtype === 'country' &&
        ((i > 0 && withoutProclitics(tokens[i - 1].norm) === 'العاصمه') ||
          inDateline(text, tokens, i, m.last))
      )
        e = sameNamedCapital(e) ?? e;
      // "الشيخ تميم بن حمد": a nasab the alias stops short of still belongs to the name.
      let last = m.last;
      if (e.type === 'PERSON') {
        while (
          last + 2 < tokens.length &&
          NASAB.test(tokens[last + 1].norm) &&
          !kb.notNames.has(tokens[last + 2].norm)
        ) {
          last += 2;
          // "بن عبد العزيز": a compound name takes its second word.
          if (/^(?:عبد|ابو)$/.test(tokens[last].norm) && last + 1 < tokens.length) last++;
        }
        // "… بن عبدالعزيز آل سعود", "تميم بن حمد آل ثاني": the family name after "آل".
        if (
          last + 2 < tokens.length &&
          tokens[last + 1].norm === 'ال' &&
          text.startsWith('آل', tokens[last + 1].span.start) &&
          !kb.notNames.has(tokens[last + 2].norm)
        )
          last += 2;
        const family = otherFamilyAfter(text, tokens, i, last, e);
        if (family >= 0) {
          const name = text.slice(tokens[i].span.start, tokens[family].span.end);
          mention(i, family, unknownPerson(name, undefined, undefined), 'given-name');
          i = family;
          continue;
        }
        lastOffice = heldOffice(e, opts.date) ?? lastOffice;
      }
      // "الضفة الغربية المحتلة": the adjective stays outside the place's name.
      while (isPlace(e) && last > i && isOutsideAdjective(tokens[last].norm)) last--;
      // "الجمهورية الإسلامية الإيرانية": a country's formal name and its own nisba.
      if (
        e.subtype === 'country' &&
        last > i &&
        last + 1 < tokens.length &&
        nisbaCountry(tokens[last + 1].norm) === e.country &&
        !BOUNDARY.test(text.slice(tokens[last].span.end, tokens[last + 1].span.start))
      )
        last++;
      // "جمهورية إثيوبيا الديمقراطية الاتحادية", "الجمهورية الجزائرية الديمقراطية الشعبية": a
      // republic's formal name, the head before the country and the adjectives of its regime after it.
      let first = i;
      if (e.subtype === 'country') {
        const prev = i > 0 ? withoutProclitics(tokens[i - 1].norm) : '';
        if (
          prev === 'جمهوريه' &&
          !BOUNDARY.test(text.slice(tokens[i - 1].span.end, tokens[i].span.start).replace('#', '')) &&
          !(found.at(-1) && found.at(-1)!.span.end > tokens[i - 1].span.start)
        )
          first = i - 1;
        if (first < i || /جمهوريه$/.test(tokens[i].norm))
          while (
            last + 1 < tokens.length &&
            REGIME.test(tokens[last + 1].norm) &&
            !BOUNDARY.test(text.slice(tokens[last].span.end, tokens[last + 1].span.start))
          )
            last++;
      }
      // "حركة المقاومة الإسلامية حماس": a body's full name and, right after it, its own short name are one name.
      const short = e.type === 'ORG' && last > i && last + 1 < tokens.length ? gz(tokens, last + 1) : null;
      if (
        short?.values.includes(e) &&
        /^\s+$/.test(text.slice(tokens[last].span.end, tokens[last + 1].span.start))
      )
        last = short.last;
      // "وكالة الأناضول للأنباء": an agency's name takes "للأنباء" after it.
      if (
        e.media &&
        tokens[last + 1]?.norm === 'للانباء' &&
        !BOUNDARY.test(text.slice(tokens[last].span.end, tokens[last + 1].span.start))
      )
        last++;
      // "شركة أرامكو", "حركة أنصار الله", "صحيفة لو موند": the head word of a body's name before the
      // KB's name of it is part of the name (not across a quote or a mark, nor once another mention holds it).
      if (
        e.type === 'ORG' &&
        first === i &&
        i > 0 &&
        [tokens[i - 1].norm, withoutProclitics(tokens[i - 1].norm)].some((x) =>
          (e.media ? OUTLET_HEADS : BODY_HEADS).test(x),
        ) &&
        /^\s*$/.test(text.slice(tokens[i - 1].span.end, tokens[i].span.start)) &&
        !(found.at(-1) && found.at(-1)!.span.end > tokens[i - 1].span.start)
      )
        first = i - 1;
      // 'جماعة "الحوثي"', 'قناة "المسيرة"': a head and a quoted name; the quoted name alone is the mention.
      // ('تنظيم «الدولة الإسلامية»', 'سد "النهضة"': any head the KB's name holds, before the quoted rest of it.)
      const quoted =
        last > i && (quotedOrgAt(text, tokens, i)?.last === last || quotedRest(text, tokens, i, last));
      // "أمير قطر": the KB's holder named by an office in construct with its state. The state is the
      // name (a place of its own); the office stays the holder for events and claims, as a
      // description nested over it.
      const state = e.type === 'PERSON' && last > i ? office?.stateAt : undefined;
      const place = state !== undefined ? gz(tokens, state) : null;
      if (state !== undefined && place && place.last === last && place.values.some(isPlace)) {
        mention(i, last, e, 'role');
        found[found.length - 1].descriptive = true;
        mention(state, last, place.values.find(isPlace)!, 'alias');
        i = last;
        continue;
      }
      // ("الملكة إليزابيث الثانية": a woman's title before the KB's name of her stays outside it, as
      // a man's does in the conventions, "الملك" and "الشيخ" counted either way; so does a rank or
      // an honorific the KB's name holds, "العماد جوزيف عون".)
      const titled =
        !quoted &&
        e.type === 'PERSON' &&
        last > first &&
        (FEMININE_TITLE.test(tokens[first].norm) ||
          kb.honorifics.has(tokens[first].norm) ||
          titleBeforeName(tokens, first, last, e) ||
          kb.officeCountry.has(tokens[first].norm));
      mention(
        quoted ? i + 1 : titled ? first + 1 : first,
        last,
        e,
        last > first ? 'name' : 'alias',
        read || !m.values.includes(e) ? undefined : m.values,
      );
      if (accord) found[found.length - 1].nested = true;
      if (e.type === 'ORG' && isDescription(tokens, i, last)) found[found.length - 1].descriptive = true;
      // "الكيان الصهيوني", "العدو الإسرائيلي", "دولة الاحتلال": a state named by what the text calls it
      // is a description of it, no name.
      if (
        e.subtype === 'country' &&
        last > first &&
        tokenStems(tokens[first]).some((x) => DESCRIBED_STATE.test(x))
      )
        found[found.length - 1].descriptive = true;
      i = last;
      // "رئيس الموساد يوسي كوهين", 'رئيس أرض الصومال "موسى بيهي عبدي"': after an office noun in construct
      // with a body or a place, a name the KB does not know is the office's holder.
      const holder =
        e.type !== 'PERSON' &&
        first > 0 &&
        hasStem(tokens[first - 1].norm, kb.roleNouns) &&
        last + 1 < tokens.length &&
        /^\s*["“«]?\s*$/.test(text.slice(tokens[last].span.end, tokens[last + 1].span.start)) &&
        !gz(tokens, last + 1) &&
        // (Not "… بالمجلس الرئاسي": a word with a preposition or the article opens no name unless it is a given name.)
        (!/^(?:[وفبلك]|ال)/.test(tokens[last + 1].norm) || givenNames().has(givenName(tokens[last + 1].norm)))
          ? unknownNameAt(text, tokens, last + 1, 2, true)
          : null;
      if (holder) {
        mention(last + 1, holder.last, unknownPerson(holder.text, e.country, undefined), 'role-name');
        i = holder.last;
      }
      continue;
    }
    // (A quoted name the KB holds is read at its own first word: 'منظمة "هيومن رايتس ووتش"'; one
    // after an outlet's head is the media rules'.)
    const quotedOrg = tokenStems(tokens[i]).some((x) => MEDIA_HEADS.test(x))
      ? null
      : quotedOrgAt(text, tokens, i);
    if (quotedOrg && gz(tokens, quotedOrg.first)?.last !== quotedOrg.last) {
      const name = text.slice(tokens[quotedOrg.first].span.start, tokens[quotedOrg.last].span.end);
      mention(quotedOrg.first, quotedOrg.last, unknownOrg(name), 'org-name');
      i = quotedOrg.last;
      for (const sib of quotedSiblings(text, tokens, quotedOrg.last)) {
        if (gz(tokens, sib.first)?.last === sib.last) break;
        const sibling = text.slice(tokens[sib.first].span.start, tokens[sib.last].span.end);
        mention(sib.first, sib.last, unknownOrg(sibling), 'org-name');
        i = sib.last;
      }
      continue;
    }
    // 'محطة "أتوشا"', 'حي "مدينة الثورة"': a place the KB does not hold, quoted after its head.
    const quotedPlace = quotedOrg ? null : quotedPlaceAt(text, tokens, i);
    if (quotedPlace && gz(tokens, quotedPlace.first)?.last !== quotedPlace.last) {
      const name = text.slice(tokens[quotedPlace.first].span.start, tokens[quotedPlace.last].span.end);
      mention(quotedPlace.first, quotedPlace.last, unknownPlace(name), 'place-name');
      i = quotedPlace.last;
      continue;
    }
    // "اللواء 777", "الفرقة الأولى مدرع": a military unit named by its number or ordinal.
    const unit = unitNameAt(text, tokens, i);
    if (unit) {
      mention(
        i,
        unit.last,
        unknownOrg(text.slice(tokens[i].span.start, tokens[unit.last].span.end)),
        'org-name',
      );
      i = unit.last;
      continue;
    }
    // "قوات الحزام الأمني", "قوات حماية سنجار": a force named "قوات …" the KB does not hold.
    const force = forceNameAt(text, tokens, i);
    if (force) {
      const name = text.slice(tokens[i].span.start, tokens[force.last].span.end);
      mention(i, force.last, unknownOrg(name), 'org-name');
      // ('قوات حماية "شنكال"': the quote that closes its last word is in the name.)
      const closing = /^["”»]/.exec(text.slice(tokens[force.last].span.end));
      if (
        closing &&
        /["“«]\s*$/.test(text.slice(tokens[force.last - 1].span.end, tokens[force.last].span.start))
      ) {
        const f = found[found.length - 1];
        f.span = { ...f.span, end: f.span.end + 1 };
        f.text = text.slice(f.span.start, f.span.end);
      }
      const place = gz(tokens, force.last);
      if (force.last > i + 1 && place && place.last === force.last && place.values.some(isPlace)) {
        mention(force.last, force.last, place.values.find(isPlace)!, 'alias');
        found[found.length - 1].nested = true;
      }
      i = force.last;
      continue;
    }
    // "مجلس محافظة بغداد", "صندوق مصر السيادي": a body named after the place it serves; the place nested.
    const placeBody = placeBodyAt(text, tokens, i);
    if (placeBody) {
      const name = text.slice(tokens[i].span.start, tokens[placeBody.last].span.end);
      mention(i, placeBody.last, unknownOrg(name), 'org-name');
      mention(placeBody.place.first, placeBody.place.last, placeBody.place.entity, 'alias');
      found[found.length - 1].nested = true;
      i = placeBody.last;
      continue;
    }
    // "مجلس إدارة البنك الأهلي", "مجلس أمناء الجامعة": a board is an organ of the body named after it,
    // which is the mention (the conventions mark the body inside an organ).
    if (
      withoutProclitics(tokens[i].norm) === 'مجلس' &&
      BOARD.test(tokens[i + 1]?.norm ?? '') &&
      i + 2 < tokens.length &&
      !BOUNDARY.test(text.slice(tokens[i].span.end, tokens[i + 2].span.start))
    ) {
      i++;
      continue;
    }
    // "حكومة الخصاونة", "حكومة الدبيبة": a government called by its head's family name is a
    // description of it; the person is the name (read as the text names him elsewhere).
    if (
      tokenStems(tokens[i]).some((x) => /^(?:ال)?حكومه$/.test(x)) &&
      i + 1 < tokens.length &&
      /^ال\S{3,}$/.test(tokens[i + 1].norm) &&
      kbFamilyNames().has(tokens[i + 1].norm) &&
      !gz(tokens, i + 1)?.values.some((v) => v.type !== 'PERSON') &&
      (i + 2 >= tokens.length ||
        !/^ال/.test(tokens[i + 2].norm) ||
        BOUNDARY.test(text.slice(tokens[i + 1].span.end, tokens[i + 2].span.start))) &&
      /^\s+$/.test(text.slice(tokens[i].span.end, tokens[i + 1].span.start))
    )
      continue;
    const org = unknownOrgAt(text, tokens, i);
    if (org) {
      const media = tokenStems(tokens[i]).some((x) => MEDIA_HEADS.test(x));
      // "صحيفة الشروق", "قناة الحدث": an outlet whose name alone is an everyday word, after its head.
      const outlet = media ? knownOutlet(tokens, i, org.last) : null;
      const last = outlet?.last ?? org.last;
      // "وحدات مقاومة سنجار", "كتائب المقاومة الوطنية": a force's plural noun before the body's head is in its name.
      const first =
        !media &&
        i > 0 &&
        FORCE_PLURAL.test(tokens[i - 1].norm) &&
        !found.some((m) => m.span.end > tokens[i - 1].span.start) &&
        !BOUNDARY.test(text.slice(tokens[i - 1].span.end, tokens[i].span.start))
          ? i - 1
          : i;
      mention(
        first,
        last,
        outlet?.entity ??
          unknownOrg(
            text.slice(tokens[first].span.start, tokens[last].span.end),
            media,
            trailingNisba(tokens[last]),
          ),
        outlet ? 'name' : 'org-name',
      );
      i = last;
      continue;
    }
    // "باب العزيزية", "باب الوادي": a gate or quarter, head and name.
    const gate = gateAt(text, tokens, i);
    if (gate) {
      // (The proclitics on "وباب" are no part of the name.)
      const at = text.indexOf('باب', tokens[i].span.start);
      const start = at >= 0 && at < tokens[i].span.end ? at : tokens[i].span.start;
      const span = { start, end: tokens[gate.last].span.end };
      const name = text.slice(span.start, span.end);
      found.push({ span, text: name, entity: record(unknownPlace(name)), via: 'place-name' });
      i = gate.last;
      continue;
    }
    const province = headedPlaceAt(tokens, i);
    if (province) {
      mention(i + 1, i + 1, province, 'headed-name');
      i++;
      continue;
    }
    const place = unknownPlaceAt(text, tokens, i);
    // A facility's name takes its qualifiers: "مطار الملك خالد الدولي".
    if (place && place.first === i) place.last = withQualifiers(text, tokens, place.last);
    while (place && place.last > place.first && isOutsideAdjective(tokens[place.last].norm)) place.last--;
    if (place) {
      const name = text.slice(tokens[place.first].span.start, tokens[place.last].span.end);
      mention(place.first, place.last, unknownPlace(name), 'place-name');
      // ("بمسجد الإمام علي": the proclitics on a facility's head are no part of its name.)
      const head = tokens[place.first];
      const bare = withoutProclitics(head.norm);
      if (
        bare !== head.norm &&
        !kb.namedPlaceHeads.has(head.norm) &&
        kb.namedPlaceHeads.get(bare) === 'facility'
      ) {
        const m = found[found.length - 1];
        const off = head.norm.length - bare.length;
        if (/^[وفبلك]+$/.test(text.slice(head.span.start, head.span.start + off))) {
          // ("بـميدان": a tatweel after the proclitic is no part of the name either.)
          let start = head.span.start + off;
          while (text[start] === 'ـ') start++;
          m.span = { ...m.span, start };
          m.text = text.slice(m.span.start, m.span.end);
          m.entity = record(unknownPlace(m.text));
        }
      }
      i = place.last;
      continue;
    }
    // A given name and one to three more name words the KB does not know ("الناشط حسام مؤنس").
    const given = givenName(tokens[i].norm);
    // (Both asked only of a given name: most tokens are none.)
    // "على" (on) normalizes to "علي" (Ali): written with ى it is a name only before another given name.
    const preposition = () =>
      /ى$/.test(text.slice(tokens[i].span.start, tokens[i].span.end)) &&
      !givenNames().has(tokens[i + 1]?.norm ?? '');
    // "قصف تركي أصاب منتجعاً": a given name that is also a state's nisba ("تركي") is the adjective
    // unless a name word follows ("تركي الفيصل", "تركي بن …").
    const nisba = () =>
      !!nisbaCountry(given) &&
      !/^ال/.test(tokens[i + 1]?.norm ?? '') &&
      !NASAB.test(tokens[i + 1]?.norm ?? '') &&
      !givenNames().has(tokens[i + 1]?.norm ?? '');
    // "أنا روبرت …": a word whose hamza the list writes otherwise ("آنا") is another word, the pronoun.
    const otherHamza = () => {
      const word = text.slice(tokens[i].span.start, tokens[i].span.end).replace(/^[وف](?=[أإآ])/, '');
      const rest = word.slice(1);
      return (
        /^[أإآ]/.test(word) &&
        !writtenGivenNames().has(word) &&
        ['أ', 'إ', 'آ'].some((h) => writtenGivenNames().has(h + rest))
      );
    };
    if (
      (givenNames().has(given) || theophoricName(text, tokens, i) || beforeFamilyAl(text, tokens, i)) &&
      !ambiguousNames().has(given) &&
      !preposition() &&
      !otherHamza() &&
      !nisba() &&
      !(i > 0 && NASAB.test(tokens[i - 1].norm))
    ) {
      // "وزير الداخلية الأردني، مازن الفراية", "سفير لبنان لدى المملكة فوزي كبارة": after an office
      // noun and its complement, a given name may take any family name with the article.
      let afterRole = false;
      for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
        if (/[\n.:;؛!?؟«»"“”()]/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start))) break;
        if (hasStem(tokens[k].norm, kb.roleNouns)) {
          afterRole = true;
          break;
        }
        if (kb.notNames.has(tokens[k].norm) && !/^(?:لدى|لدي|في)$/.test(tokens[k].norm)) break;
      }
      const name = unknownNameAt(text, tokens, i, 2, afterRole);
      if (name) {
        // "أحمد حسين الشرع" is the KB's Ahmed al-Sharaa (his given name), "أسماء الأسد" someone else.
        const family = gz(tokens, name.last);
        const kin = family?.first === name.last ? family.values.find((v) => v.type === 'PERSON') : undefined;
        const same =
          kin && sameGivenName(givenName(normalize(kin.ar).split(' ')[0]), given) ? kin : undefined;
        mention(i, name.last, same ?? unknownPerson(name.text, undefined, undefined), 'given-name');
        // "براء ومحمود محمد": the conjunction before the given name is no part of it.
        if (given !== tokens[i].norm) {
          const m = found[found.length - 1];
          m.span = { ...m.span, start: m.span.start + 1 };
          m.text = text.slice(m.span.start, m.span.end);
          if (!same) m.entity = record(unknownPerson(m.text, undefined, undefined));
        }
        i = name.last;
      }
    }
  }
  joinCompassPlaces(text, tokens, found);
  addListedPlaces(text, tokens, found);
  addRepeatedPlaces(text, tokens, found);
  addListedPersons(text, tokens, found);
  addRepeatedNames(text, tokens, found);
  addShortNames(text, tokens, found);
  addMediaNames(text, tokens, found);
  addDescriptions(text, tokens, found);
  if (opts.tagger !== false) addTaggedNames(text, tokens, found);
  readBrands(text, tokens, found);
  endNamesAtJoins(text, tokens, found);
  completeWordGivenNames(text, tokens, found);
  completeNameParticles(text, tokens, found);
  completeNasabs(text, tokens, found);
  completeKunyas(text, tokens, found);
  endNamesAtSentence(text, tokens, found);
  relinkNameParts(text, tokens, found);
  linkLongNames(text, found);
  // ("دافيد كاميرون" beside "ديفيد كاميرون": one person before his family name alone is read.)
  linkTransliteratedNames(found);
  linkSurnames(tokens, found, opts.date);
  addRepeatedSurnames(text, tokens, found);
  linkParticleNames(text, tokens, found);
  addRepeatedGivenNames(text, tokens, found);
  keepOuld(text, tokens, found);
  linkGivenNames(tokens, found);
  for (const r of formerRoles) {
    // ("الرئيس العراقي المخلوع" with no name after: the last holder before the report's date, when the report names him.)
    const name =
      found.find((m) => m.span.start === tokens[r.after].span.start && m.entity.type === 'PERSON') ??
      lastHolderNamed(found, r.office, r.country, opts.date);
    if (!name) continue;
    const span = { start: tokens[r.first].span.start, end: tokens[r.last].span.end };
    found.push({ span, text: text.slice(span.start, span.end), entity: name.entity, via: 'role' });
  }
  addLeadingGivenNames(text, tokens, found);
  addCoordinatedBodies(text, tokens, found);
  linkTransliteratedNames(found);
  settleAmbiguousNisbas(text, tokens, found);
  placeStateBodies(tokens, found);
  splitDualMinistries(text, tokens, found);
  resolveCountryAnaphora(text, tokens, found);
  // (Clubs once the places are settled: a name of two places is still a club in a match's report.)
  const settled = dropStormNames(tokens, oneHolderPerOffice(disambiguate(found, ambiguous)));
  readClubs(text, tokens, settled);
  return joinPlaceBodies(
    text,
    tokens,
    joinBodyPlaces(
      text,
      tokens,
      markGenericBodies(text, tokens, dropCompetitionRegions(text, tokens, settled)),
    ),
  ).filter((m) => !/[\n\r]/.test(text.slice(m.span.start, m.span.end)));
  // (A line break never falls inside a name: a headline's last word and a dateline's first are two lines.)
}

/**
 * "محمد حسني مبارك": a given name right before a KB person's name of two words or more that does
 * not open with it belongs to the name (not after another given name or a nasab, "أحمد محمد بن
 * سلمان" being a list's other man).
 */
function addLeadingGivenNames(text: string, tokens: Token[], found: EntityMention[]): void {
  const covered = coveredTokens(tokens, found);
  const kb = loadKb();
  for (const m of found) {
    if (m.entity.type !== 'PERSON' || m.nested || (m.via !== 'name' && m.via !== 'alias')) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 1 || last <= first || covered[first - 1]) continue;
    const prev = tokens[first - 1];
    if (!givenNames().has(prev.norm) || ambiguousNames().has(prev.norm)) continue;
    // ("على محمد حمدان دقلو": the preposition "على", written with ى, is no name "علي".)
    if (/ى$/.test(text.slice(prev.span.start, prev.span.end))) continue;
    if (!/^\s+$/.test(text.slice(prev.span.end, tokens[first].span.start))) continue;
    // ("البابا فرنسيس والمرجع السيستاني": a name with "و" on its first word is the next person.)
    const head = tokens[first].norm;
    const kbNames = [m.entity.ar, ...(kb.byId.get(m.entity.id)?.aliases ?? [])];
    if (/^و/.test(head) && !kbNames.some((x) => normalize(x ?? '').split(' ')[0] === head)) continue;
    if (normalize(m.entity.ar).split(' ')[0] === prev.norm) continue;
    // (Nor is "على" before it, "على محمد حسني مبارك": the preposition is no father's name.)
    const before =
      first > 1 &&
      !BOUNDARY.test(text.slice(tokens[first - 2].span.end, prev.span.start)) &&
      !/ى$/.test(text.slice(tokens[first - 2].span.start, tokens[first - 2].span.end))
        ? tokens[first - 2].norm
        : '';
    if (before && (givenNames().has(before.replace(/^[وف]/, '')) || NASAB.test(before))) continue;
    m.span = { ...m.span, start: prev.span.start };
    m.text = text.slice(m.span.start, m.span.end);
    // Another given name before the full name is a son's ("خالد علي عبدالله صالح"); only "محمد",
    // which opens so many men's official names ("محمد أنور السادات"), keeps the man himself.
    if (prev.norm !== 'محمد') {
      m.entity = record(unknownPerson(m.text, undefined, undefined));
      m.via = 'given-name';
    }
  }
}

/** The holder of an office whose given name (one to three words) opens at k: "عبد الله" for the Saudi king Abdullah. */
function namedHolder(
  tokens: Token[],
  k: number,
  office: string,
  country: string,
  date: string | null,
): { holder: KbEntity; last: number } | null {
  for (let last = Math.min(k + 2, tokens.length - 1); last >= k; last--) {
    const words = tokens.slice(k, last + 1).map((t, n) => (n ? t.norm : givenName(t.norm)));
    const holder = holderNamed(office, country, words.join(' '), date);
    if (holder) return { holder, last };
  }
  return null;
}

/** The mention of the last holder of `office` before `date`, if the report names him. */
function lastHolderNamed(
  found: EntityMention[],
  office: string,
  country: string | undefined,
  date: string | null,
): EntityMention | undefined {
  if (!date || !country) return undefined;
  const kb = loadKb();
  let best: { m: EntityMention; to: string } | undefined;
  for (const m of found) {
    if (m.entity.type !== 'PERSON') continue;
    for (const o of kb.byId.get(m.entity.id)?.offices ?? [])
      if (o.office === office && o.country === country && o.to && o.to <= date && (!best || o.to > best.to))
        best = { m, to: o.to };
  }
  return best?.m;
}
