// Actors a clause names beside an act that are no side of it, and a call told without its caller:
// read by sides.ts before it assigns roles.
import { isCountryRecord } from '../entities/kb.js';
import type { EntityMention, EntityRecord, Token } from '../types.js';
import { tokenIndexAt, type SentenceView } from './context.js';

/** "اتصل", "يهاتف", "هاتفه": a verb whose subject made the call. */
const CALL_VERB = /^[وف]?(?:اتصل|اتصلت|اتصلا|يتصل|تتصل|هاتف|هاتفت|هاتفه|هاتفها|يهاتف|تهاتف|بادر|بادرت)$/;
const CALL_NOUN = /^(?:ال)?(?:اتصال|اتصالا|مكالمه|محادثه|محادثات|مباحثات)$/;
const OCCASION = /^[وف]?(?:خلال|في|اثناء|عبر)$/;

/**
 * The sentence tells a call only as the occasion of something else ("خلال اتصال هاتفي مع …"), by
 * no verb of calling. ("تحدث الملك هاتفيا مع الرئيس" is left to its subject: the palace telling its
 * king's call.)
 */
export function callAsOccasion(tokens: Token[], view: SentenceView): boolean {
  let occasion = false;
  for (let k = view.from; k < view.to; k++) {
    const t = tokens[k].norm;
    if (CALL_VERB.test(t)) return false;
    if (CALL_NOUN.test(t) && k > view.from && OCCASION.test(tokens[k - 1].norm)) {
      const next = tokens[k + 1]?.norm ?? '';
      if (/^(?:هاتفي|هاتفيا|هاتفيه)$/.test(next) || /^(?:ال)?(?:اتصال|مكالمه)$/.test(t)) occasion = true;
    }
  }
  return occasion;
}

/** "تضامنا مع", "في خطوة تضامنية مع", "دعما لـ", "أسوة بـ", "على غرار": the act follows or backs another. */
const BACKING = /^[وف]?(?:تضامنا|تضامن|التضامن|تضامنيه|تضامنه|تضامنها|دعما|تاييدا|مسانده|اسوه|غرار)$/;

/** "طائرات", "مسيرات", "مقاتلات": weapons whose owner, named right after them, strikes. */
export const WEAPONS = /^[وف]?[بل]?(?:طايرات|طيران|طايره|مسيره|مسيرات|مقاتلات|مدفعيه|دبابات|بوارج|زوارق)$/;

const FORCE_BODIES = new Set([
  'army',
  'armed-forces',
  'security-forces',
  'police',
  'national-guard',
  'gendarmerie',
  'internal-security',
  'special-forces',
]);
export const stateForceOf = (e: EntityRecord) =>
  FORCE_BODIES.has(e.institution ?? '') || e.sector === 'police' || e.sector === 'military';
const HOSTAGES = /^[وفبل]?(?:ال)?(?:رهاين|رهينه|رهينتين)$/;
export const hostagesIn = (tokens: Token[], view: SentenceView) =>
  tokens.slice(view.from, view.to).some((t) => HOSTAGES.test(t.norm));

const WITNESSED = /^[وف]?(?:شهد|شهدت|تشهد|يشهد|شهده|شهدته|تشهده|يشهده|شهدها|تشهدها|يشهدها)$/;

/**
 * "قطر تستدعي سفيرها في طهران تضامناً مع الرياض", "ثالث بلد يطرد السفير بعد المكسيك وبيرو": the
 * state an act backs, or the states that did the same before, are no side of it (with those joined
 * to them by "و").
 */
export function supportedStates(
  tokens: Token[],
  view: SentenceView,
  sorted: EntityMention[],
  type: string,
): Set<EntityMention> {
  const out = new Set<EntityMention>();
  const at = (e: EntityMention) => tokenIndexAt(tokens, e.span.start);
  for (const e of sorted) {
    const k = at(e);
    const t = tokens[k].norm;
    const before = k - 1 >= view.from ? tokens[k - 1].norm : '';
    const twoBefore = k - 2 >= view.from ? tokens[k - 2].norm : '';
    const backed =
      (before === 'مع' && BACKING.test(twoBefore)) ||
      (BACKING.test(before) && /^[بل]/.test(t)) ||
      // ("انضمت إلى المكسيك وبيرو بوصفها ثالث دولة تطرد السفير": those it joined did it before.)
      (before === 'الي' && /^[وفل]?(?:انضم|انضمت|انضمتا|تنضم|ينضم)$/.test(twoBefore)) ||
      // ("بعد المكسيك وبيرو": a state right after "بعد" did it before, outside a visit's itinerary.)
      (before === 'بعد' && isCountryRecord(e.entity) && type !== 'CONSULT' && type !== 'AGREE');
    // ("أعنف هجوم تشهده تركيا", "شهدت العاصمة انفجارا": the state that witnessed an attack is where
    // it happened, no side of it.)
    const witnessed = type === 'ASSAULT' && isCountryRecord(e.entity) && WITNESSED.test(before);
    const joined = [...out].some(
      (x) => tokenIndexAt(tokens, x.span.end - 1) === k - 1 && /^و/.test(t) && isCountryRecord(e.entity),
    );
    if (backed || witnessed || joined) out.add(e);
  }
  return out;
}

/** A verb's imperfect after a name ("يتوعد", "تدين"), save a claim of the attack ("تتبنى"). */
const CLAUSE_VERB = /^[يت](?!وم$)\S{3,}$/;
const CLAIMING = /^[يت]تبن/;

/**
 * "انفجار بقلب إسطنبول وأردوغان يتوعد": a person joined by "و" who starts a clause of his own, his
 * verb right after his name, answers the attack; he is no side of it.
 */
export function answeringPersons(
  tokens: Token[],
  view: SentenceView,
  sorted: EntityMention[],
): Set<EntityMention> {
  const out = new Set<EntityMention>();
  for (const e of sorted) {
    if (e.entity.type !== 'PERSON') continue;
    const k = tokenIndexAt(tokens, e.span.start);
    const after = tokenIndexAt(tokens, e.span.end - 1) + 1;
    if (k <= view.from || !/^و/.test(tokens[k].norm) || after >= view.to) continue;
    const verb = tokens[after].norm;
    if (CLAUSE_VERB.test(verb) && !CLAIMING.test(verb)) out.add(e);
  }
  return out;
}
