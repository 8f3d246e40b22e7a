// Sides that a state's own organs take in acts against or by its people: protesters march against
// those who govern them, and the police who face them stand for that government; an arrest is made
// by the state's security organs, never suffered by them.
import type { EntityRecord, EventMention, Participant } from '../types.js';
import { isCountryRecord, loadKb, record } from '../entities/kb.js';
import { institutionEntity } from '../entities/descriptions.js';
import { sectorActor } from './sides.js';

/** The organs that keep order: police, security forces, the army ("قوات الأمن", "الشرطة", "الجيش"). */
const ORDER_INSTITUTIONS = new Set(['police', 'security-forces', 'army', 'armed-forces', 'national-guard']);
const ORDER_SECTORS = new Set(['police', 'military', 'security']);
/** Bodies that stand for a state's government as a protest's target ("السلطات", "الحكومة"). */
const GOVERNING = new Set(['government', 'authorities']);

export const isOrderBody = (e: EntityRecord) =>
  ORDER_INSTITUTIONS.has(e.institution ?? '') || ORDER_SECTORS.has(e.sector ?? '');
const isOrderRecord = (e: EntityRecord) => !!e.country && isOrderBody(e);

function governmentOf(country: string): EntityRecord | null {
  const kind = loadKb().institutions.get('الحكومه');
  return kind ? record(institutionEntity(kind, country)) : null;
}

/**
 * A protest is held against those who govern the protesters: the police or soldiers who face
 * them ("فرقت قوات الأمن المتظاهرين") and their own state named as the target ("احتجاجات في
 * لبنان") stand for its government; protesters named by their group alone are of the report's
 * country. One government is one target, however many words name it ("السلطات", "الحكومة").
 */
export function protestsAgainstGovernors(events: EventMention[], docCountry?: string): EventMention[] {
  return events.map((e) => {
    if (e.type !== 'PROTEST') return e;
    // ("تظاهر المحتجون": the protesters of the country the report's places are in.)
    const ownCountry = (p: Participant) =>
      p.via === 'sector' && !p.entity.country && docCountry && p.entity.sector
        ? { ...p, entity: sectorActor(p.entity.sector, docCountry) }
        : p;
    const participants = e.participants.map((p) => (p.role === 'source' ? ownCountry(p) : p));
    const protesterStates = new Set(
      participants.filter((p) => p.role === 'source' && p.entity.country).map((p) => p.entity.country!),
    );
    // (No protesters named: the police of the report's own country face its people; a state named
    // may be one protested from abroad.)
    const policeStates = protesterStates.size || !docCountry ? protesterStates : new Set([docCountry]);
    // ("اقتحم محتجون إيرانيون السفارة السعودية": against a foreign state, their own state and its
    // police named beside are no target.)
    const abroad = participants.some(
      (p) =>
        p.role === 'target' &&
        !!p.entity.country &&
        !policeStates.has(p.entity.country) &&
        !isOrderRecord(p.entity),
    );
    const out: Participant[] = [];
    const governments = new Set<string>();
    for (const p of participants) {
      if (p.role !== 'target' || !p.entity.country) {
        out.push(p);
        continue;
      }
      const c = p.entity.country;
      // ("تظاهرات تجتاح لبنان", "إضراب عام يشل تونس": protests told in the state they sweep, no
      // protesters named, are its own people's, against its government.)
      const swept = !protesterStates.size && e.location?.entity.country === c;
      const standsFor =
        ((isOrderRecord(p.entity) || GOVERNING.has(p.entity.institution ?? '')) && policeStates.has(c)) ||
        (isCountryRecord(p.entity) && (protesterStates.has(c) || swept));
      if (!standsFor) {
        out.push(p);
        continue;
      }
      if (governments.has(c) || abroad) continue;
      governments.add(c);
      // (Named "السلطات" in one report, "الحكومة" in another: one government.)
      const government = p.entity.institution === 'government' ? p.entity : governmentOf(c);
      if (government)
        out.push({ ...p, entity: government, via: p.entity === government ? p.via : 'governs' });
    }
    return { ...e, participants: out };
  });
}

/**
 * "اعتقلت الشرطة الناشط", "أوقفت المصالح الأمنية …": the police or security forces named beside
 * an arrest made it; they are its source, not whom it held. So is the interior ministry.
 */
export function arrestedByOrder(events: EventMention[]): EventMention[] {
  return events.map((e) => {
    if (e.type !== 'COERCE' || e.mode !== 'arrest') return e;
    const held = (p: Participant) =>
      p.role === 'target' && (isOrderRecord(p.entity) || isPoliceMinistry(p.entity));
    if (!e.participants.some(held)) return e;
    // ("أعلنت وزارة الداخلية أن قوات الأمن اعتقلت …": the ministry over the forces that made the arrest
    // adds no side beside them; alone, it made it.)
    const forces = e.participants.some((p) => isOrderRecord(p.entity) && p.entity.country);
    const participants = e.participants
      .filter((p) => !(held(p) && isPoliceMinistry(p.entity) && forces))
      .map((p) => (held(p) ? { ...p, role: 'source' as const } : p));
    return { ...e, participants };
  });
}

/** The interior ministry, which commands the police and security services. */
const isPoliceMinistry = (e: EntityRecord) => e.institution === 'ministry-interior' && !!e.country;

/**
 * "السلطات الصومالية" in one clause or report, "الحكومة الصومالية" in another: a state's
 * authorities acting or acted upon are its government, one side however many words name it.
 */
export function authoritiesAsGovernment(events: EventMention[]): EventMention[] {
  return events.map((e) => {
    if (!e.participants.some((p) => p.entity.institution === 'authorities' && p.entity.country)) return e;
    const seen = new Set<string>();
    const participants: Participant[] = [];
    for (const p of e.participants) {
      const government =
        p.entity.institution === 'authorities' && p.entity.country ? governmentOf(p.entity.country) : null;
      const q = government ? { ...p, entity: government } : p;
      const key = `${q.role}|${q.entity.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      participants.push(q);
    }
    return { ...e, participants };
  });
}
