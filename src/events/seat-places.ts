// Places a report names by their kind, not by a name the map holds: "وسط العاصمة" (the capital by
// its head noun alone), "أمام القصر الرئاسي", "اقتحموا مبنى البرلمان العراقي" (a state's seat of
// power) are in the capital of the state the report is about; "في عدة مدن", "في المحافظات" spread an
// act over the state, which is then the finest place the report gives (location.ts reads both).
import type { EntityMention, EventMention, Token } from '../types.js';
import { capitalOf, isCountryRecord, loadKb, record } from '../entities/kb.js';
import { holdsTrigger, type SentenceView } from './context.js';
import { wordSet } from './words.js';
import { marked, placeLevel } from './place-marks.js';

/** "العاصمة", "بالعاصمة", "والعاصمة". */
const CAPITAL_WORD = /^[وف]?(?:ب|ل)?(?:ال|لل)?عاصمه$/;
/** "مبنى البرلمان", "مقر الحكومة": a building head before a state body. */
const BUILDING = /^[وف]?(?:ب|ل)?(?:ال)?(?:مبني|مقر)$/;
/** The state bodies whose seat is in the capital, by their words after a building head. */
const BODIES = [
  ['البرلمان'],
  ['مجلس', 'النواب'],
  ['مجلس', 'الشعب'],
  ['مجلس', 'الامه'],
  ['مجلس', 'الوزراء'],
  ['الحكومه'],
  ['رياسه', 'الحكومه'],
  ['رياسه', 'الوزراء'],
  ['رياسه', 'الجمهوريه'],
  ['الرياسه'],
];
/** "القصر الرئاسي", "قصر الرئاسة", "القصر الجمهوري", "قصر الحكومة". */
const PALACE = /^[وف]?(?:ب|ل)?(?:ال)?قصر$/;
const PALACE_KIND = /^(?:الرياسي|الجمهوري|الرياسه|الحكومه)$/;
/** "داخل", "محيط", "قرب": being at a building ("أمام البرلمان" may be addressing it: "تحدث أمام البرلمان"). */
const AT_BUILDING = /^[وف]?(?:ب)?(?:داخل|محيط|قرب|مقابل)$/;
/** Storming or entering a building names it as the scene: "اقتحموا مبنى …", "دخلوا مقر …". */
const ENTERING = /^[وف]?(?:ل|ب)?(?:ال)?(?:ا|ي|ت)?(?:قتحم|قتحام|دخل|دخول)/;

/** A phrase of place or of entering right before token k ("في قلب العاصمة", "أمام القصر"). */
function placedAt(tokens: Token[], v: SentenceView, k: number): boolean {
  if (/^[وف]?ب/.test(tokens[k].norm) && !/^[وف]?(?:مبني|مقر)$/.test(tokens[k].norm)) return true;
  for (let j = k - 1; j >= Math.max(v.from, k - 2); j--) {
    const t = tokens[j].norm;
    if (marked(wordSet('placeMarks'), t) || /^[وف]?(?:الي|قلب|بقلب)$/.test(t) || ENTERING.test(t))
      return true;
    // (only across "قلب", "وسط": "في قلب العاصمة")
    if (!/^[وف]?(?:ب)?(?:قلب|وسط)$/.test(t)) return false;
  }
  return false;
}

/** The state a seat or the capital of which a sentence names at token k, and where its phrase ends. */
function seatAt(tokens: Token[], v: SentenceView, k: number): { country?: string; end: number } | null {
  const t = tokens[k].norm;
  const nisba = (j: number) => (j < v.to ? loadKb().nisba.get(tokens[j].norm.replace(/^ال/, '')) : undefined);
  if (CAPITAL_WORD.test(t)) {
    // ("العاصمة السعودية" is capital-phrases.ts's; "العاصمة بغداد" the entity layer's)
    if (nisba(k + 1) || v.entities.some((m) => m.span.start === tokens[k + 1]?.span.start)) return null;
    return { end: k };
  }
  if (PALACE.test(t) && k + 1 < v.to && PALACE_KIND.test(tokens[k + 1].norm))
    return { country: nisba(k + 2), end: k + 1 };
  // ("داخل البرلمان العراقي", "في محيط مجلس النواب": a body after a word of being at a building is
  // its building; after "في" it may be the body at work, "صوّت في البرلمان")
  const atBuilding = k > v.from && AT_BUILDING.test(tokens[k - 1].norm);
  const from = BUILDING.test(t) ? k + 1 : atBuilding ? k : -1;
  if (from < 0) return null;
  for (const body of BODIES) {
    if (body.every((w, n) => from + n < v.to && tokens[from + n].norm.replace(/^[وف]?ب?(?=ال)/, '') === w)) {
      const end = from + body.length - 1;
      return { country: nisba(end + 1), end };
    }
  }
  return null;
}

/** The one state a ground act is about: its place's, else its sides' when they are of one state. */
export function stateOfAct(e: EventMention, lead: SentenceView[]): string | undefined {
  if (e.location && placeLevel(e.location) <= 1 && e.location.entity.country)
    return e.location.entity.country;
  const sides = new Set(e.participants.map((p) => p.entity.country).filter(Boolean));
  if (sides.size === 1) return [...sides][0];
  if (sides.size > 1) return undefined;
  const named = new Set(
    lead.flatMap((v) => v.entities.filter((m) => isCountryRecord(m.entity)).map((m) => m.entity.country)),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The capital a ground act's sentences, then the lead, place it in by a head noun or a seat of
 * power: "وقع الهجوم في قلب العاصمة", "تجمعوا أمام القصر الرئاسي", "اقتحموا مبنى البرلمان
 * العراقي". Only where the report names no finer place of that state (location.ts asks).
 */
export function seatCapital(
  e: EventMention,
  tokens: Token[],
  lead: SentenceView[],
  views: SentenceView[],
  state: string | undefined,
): EntityMention | null {
  const own = views.filter((v) => holdsTrigger(e, v));
  for (const v of [...own, ...lead.filter((x) => !own.includes(x))]) {
    for (let k = v.from; k < v.to; k++) {
      const seat = seatAt(tokens, v, k);
      if (!seat || !placedAt(tokens, v, k)) continue;
      const country = seat.country ?? state;
      // (a seat of another state than the one the act is about: no guess)
      if (!country || (state && seat.country && seat.country !== state)) continue;
      const capital = capitalOf(country);
      if (!capital) continue;
      const span = { start: tokens[k].span.start, end: tokens[seat.end].span.end };
      return { span, text: '', entity: record(capital), via: 'seat' };
    }
  }
  return null;
}

/** "في عدد من المدن التونسية", "في عدة مناطق من البلاد", "في أنحاء البلاد". */
const SPREAD_NOUN = /^[وف]?(?:ب|ل)?(?:ال)?(?:مدن|محافظات|ولايات|مناطق|جهات|اقاليم|مقاطعات)$/;
const SPREAD_BEFORE = /^[وف]?(?:ب|ل|في)?(?:عده|عدد|مختلف|كافه|جميع|شتي|معظم|اغلب)$/;
const SPREAD_AFTER = /^(?:عده|مختلفه|عديده|كثيره|متفرقه)$/;
const ALL_OVER = /^[وف]?(?:ب|في)?(?:انحاء|ارجاء|عموم)$/;
const THE_LAND = /^(?:البلاد|البلد)$/;

/**
 * Whether the sentences telling a protest, or the headline and lead, spread it over many towns of
 * one state the phrase names ("مدن تونسية", "من البلاد", "من تونس"): not towns of a region ("عدداً
 * من المدن العربية"), nor parts of a town ("مناطق أخرى من بيروت"), nor towns left unnamed.
 */
export function spreadOverState(
  e: EventMention,
  tokens: Token[],
  lead: SentenceView[],
  views: SentenceView[],
): boolean {
  const own = views.filter((v) => holdsTrigger(e, v));
  for (const v of [...own, ...lead.filter((x) => !own.includes(x))])
    for (let k = v.from; k < v.to; k++) {
      const t = tokens[k].norm;
      if (ALL_OVER.test(t) && k + 1 < v.to && THE_LAND.test(tokens[k + 1].norm)) return true;
      if (!SPREAD_NOUN.test(t)) continue;
      const before = tokens[k - 1]?.norm ?? '';
      const before2 = tokens[k - 2]?.norm ?? '';
      let last = k;
      if (k + 1 < v.to && SPREAD_AFTER.test(tokens[k + 1].norm)) last = k + 1;
      const many =
        last > k ||
        (k - 1 >= v.from && SPREAD_BEFORE.test(before)) ||
        (k - 2 >= v.from && before === 'من' && /^[وف]?(?:ب|في)?عدد$/.test(before2));
      if (many && namesState(tokens, v, last + 1)) return true;
    }
  return false;
}

/** Right after the towns: the state's adjective ("التونسية"), "من البلاد" or "من" and a state. */
function namesState(tokens: Token[], v: SentenceView, k: number): boolean {
  if (k >= v.to) return false;
  const t = tokens[k].norm;
  if (loadKb().nisba.has(t.replace(/^ال/, ''))) return true;
  if (t !== 'من' || k + 1 >= v.to) return false;
  if (THE_LAND.test(tokens[k + 1].norm)) return true;
  return v.entities.some((m) => m.span.start === tokens[k + 1].span.start && isCountryRecord(m.entity));
}

/** The state itself as the place, for an act spread over it. */
export function stateAsPlace(country: string, at: EntityMention['span']): EntityMention | null {
  const c = loadKb().countryEntity.get(country);
  return c ? { span: at, text: '', entity: record(c), via: 'spread' } : null;
}
