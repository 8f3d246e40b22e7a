// Aid is given by one state to another: "أرسلت الجزائر أربع طائرات مساعدات إلى لبنان", "الهلال
// الأحمر الجزائري يرسل 200 طن من المساعدات نحو بيروت", "قالت القوات المسلحة المصرية إنها أرسلت إلى
// ليبيا طائرة تحمل مساعدات طبية". Whoever sends it for the state — its leader, minister, army, Red
// Crescent — acts for the donor state, the source; the state it goes to ("إلى لبنان", "نحو بيروت",
// "للشعب اللبناني") is the target, never an organ of the donor that carries it.
import type { EntityMention, EventMention, Participant, Token } from '../types.js';
import { capitalOf, isCountryRecord, loadKb, record } from '../entities/kb.js';
import { nisbaCountry } from '../entities/lookup.js';
import { holdsTrigger, tokenIndexAt, type SentenceView } from './context.js';

/** "إلى", "نحو", "لـ": what follows is where the aid goes. */
const TOWARD = /^[وف]?(?:الي|نحو|صوب|باتجاه|لصالح)$/;
/** "للشعب اللبناني", "لضحايا …", "للأشقاء": the people a nisba after it names receive the aid. */
const PEOPLE =
  /^(?:لل|ل)?(?:شعب|الشعب|اشقاء|الاشقاء|اللاجئين|لاجئي|المتضررين|متضرري|ضحايا|المنكوبين|منكوبي)$/;
const WINDOW = 8;

const stateOf = (country: string | undefined) => (country ? loadKb().countryEntity.get(country) : undefined);

/** The country a nisba at k names, in either number or the accusative ("الجزائرية", "مصريا"). */
function nisbaAt(tokens: Token[], k: number): string | undefined {
  const t = tokens[k]?.norm.replace(/^[وف]/, '') ?? '';
  return nisbaCountry(t) ?? (/..يا$/.test(t) ? nisbaCountry(t.slice(0, -1)) : undefined);
}

/**
 * The recipient country in the sentence after the trigger: a state, its capital or an airport or
 * port in it after "إلى/نحو" (not a region: "إلى قطاع غزة" names where the aid goes, no state), or
 * a people's nisba.
 */
function recipient(tokens: Token[], v: SentenceView, from: number, donor: string | undefined) {
  const end = Math.min(v.to, from + WINDOW + 4);
  for (let k = from; k < end; k++) {
    const norm = tokens[k].norm;
    // ("إلى لبنان", "نحو بيروت", or "لليبيا" with the preposition glued to the name.)
    const at = TOWARD.test(norm) ? k + 1 : /^ل/.test(norm) ? k : -1;
    const placed = v.entities.find(
      (m: EntityMention) =>
        tokenIndexAt(tokens, m.span.start) === at &&
        (at === k + 1 || m.span.start > tokens[k].span.start) &&
        !!m.entity.country &&
        m.entity.country !== donor &&
        (isCountryRecord(m.entity) ||
          capitalOf(m.entity.country)?.id === m.entity.id ||
          m.via === 'facility'),
    );
    if (placed) return placed.entity.country;
    if (PEOPLE.test(norm)) {
      const c = nisbaAt(tokens, k + 1);
      if (c && c !== donor) return c;
    }
  }
  return undefined;
}

/** The donor's country: a nisba beside the trigger ("طائرات المساعدات الجزائرية", "طائرة عسكرية مصرية"). */
function donorNamed(tokens: Token[], v: SentenceView, first: number, last: number): string | undefined {
  for (let k = Math.max(v.from, first - 3); k < Math.min(v.to, last + 4); k++) {
    // (Not the people it goes to: "للشعب اللبناني".)
    if (PEOPLE.test(tokens[k - 1]?.norm ?? '')) continue;
    const c = nisbaAt(tokens, k);
    if (c) return c;
  }
  return undefined;
}

export function aidStates(events: EventMention[], tokens: Token[], views: SentenceView[]): EventMention[] {
  for (const e of events) {
    if (e.type !== 'AID' || !e.triggers.length) continue;
    const v = views.find((x) => holdsTrigger(e, x));
    if (!v) continue;
    const first = tokenIndexAt(tokens, e.triggers[0].span.start);
    const last = tokenIndexAt(tokens, e.triggers[0].span.end - 1);
    const sources = e.participants.filter((p) => p.role === 'source');
    const countries = [...new Set(sources.map((p) => p.entity.country).filter((c) => !!c))];
    const donor = countries.length === 1 ? countries[0] : donorNamed(tokens, v, first, last);
    const donorState = stateOf(donor);
    if (!donorState) continue;
    const gets = recipient(tokens, v, last + 1, donor);
    const kept = e.participants.filter(
      (p) =>
        p.role === 'target' &&
        p.entity.country !== donor &&
        (!gets || p.entity.country === gets || !p.entity.country),
    );
    const span = e.triggers[0].span;
    const receiving = stateOf(gets);
    // (The recipient state stands for its people and towns: "نحو بيروت", "للشعب اللبناني".)
    const targets: Participant[] = receiving
      ? [{ entity: record(receiving), via: 'aid-recipient', span, role: 'target' }]
      : kept;
    e.participants = [{ entity: record(donorState), via: 'aid-donor', span, role: 'source' }, ...targets];
  }
  return events;
}
