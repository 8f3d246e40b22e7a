// Where an event happened: the finest place its sentence names in a phrase of place ("في قضاء
// تلعفر", "وسط بغداد", "إلى الدوحة" for a visit), never the places a call or a statement talks
// about. A phone call has no location.
import type { EntityMention, Token } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { loadKb } from '../entities/kb.js';
import { tokenIndexAt, type SentenceView } from './context.js';

// Words before a place that say the event is there (normalized, clitics off).
const AT = new Set(
  ['في', 'وسط', 'قرب', 'بالقرب', 'داخل', 'أمام', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'أطراف', 'ضواحي', 'محيط', 'مدينة', 'بلدة', 'قرية', 'منطقة', 'حي', 'قضاء', 'محافظة', 'ولاية', 'ريف', 'مخيم', 'سوق', 'ساحة', 'شارع', 'مطار', 'ميناء', 'العاصمة'].map(normalize),
);
const TO = new Set(['إلى', 'الى', 'لدى', 'وصل', 'وصوله', 'يزور', 'تزور', 'زار', 'زارت', 'زيارة', 'زيارته', 'زيارتها'].map(normalize));

/** Finer places rank higher: a site or district, a town, a province, a country. */
export function placeLevel(m: EntityMention): number {
  const sub = loadKb().byId.get(m.entity.id)?.subtype;
  if (!sub) return m.entity.type === 'LOC' ? 4 : 1;
  if (sub === 'site' || sub === 'island') return 4;
  if (sub === 'city' || sub === 'municipality') return 3;
  if (sub === 'country') return 1;
  if (sub === 'region') return 0;
  return 2;
}

const isPlaceEntity = (m: EntityMention) => (m.entity.type === 'GPE' || m.entity.type === 'LOC') && !m.entity.sector;

export function eventLocation(tokens: Token[], view: SentenceView, first: number, type: string, mode: string | null): EntityMention | null {
  if (mode === 'phone') return null;
  const places = view.entities.filter(isPlaceEntity);
  if (!places.length) return null;
  const at = (m: EntityMention) => tokenIndexAt(tokens, m.span.start);
  const before = (m: EntityMention, set: Set<string>) => {
    const i = at(m);
    const own = tokens[i].norm;
    // "ببغداد", "بالموصل": the preposition on the name itself.
    if (/^[وف]?ب/.test(own) && !normalize(m.entity.ar).startsWith('ب')) return true;
    for (let k = i - 1; k >= Math.max(view.from, i - 2); k--) if (set.has(tokens[k].norm.replace(/^[وف]/, '').replace(/^ب(?=ال)/, ''))) return true;
    return false;
  };
  let cands: EntityMention[];
  if (type === 'CONSULT') {
    // A visit or meeting is where the visitor goes or where they meet, near the trigger.
    cands = places.filter((m) => (before(m, TO) || before(m, AT)) && at(m) - first <= 14 && first - at(m) <= 8);
  } else {
    cands = places.filter((m) => before(m, AT) || before(m, TO));
  }
  if (!cands.length) return null;
  const dist = (m: EntityMention) => Math.abs(at(m) - first);
  return cands.sort((a, b) => placeLevel(b) - placeLevel(a) || dist(a) - dist(b))[0];
}
