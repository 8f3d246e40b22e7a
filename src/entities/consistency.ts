// One office, one holder per report. A role resolved by the calendar ("رئيس الوزراء العراقي" →
// today's holder when the report has no date) yields to the holder the report names: a report
// that names Mustafa al-Kadhimi means him by "رئيس الوزراء العراقي" in its headline too.
import type { EntityMention } from '../types.js';
import { loadKb, record, type KbEntity } from './kb.js';

const ROLE_VIAS = new Set(['role', 'counterpart']);
const NAME_VIAS = new Set(['name', 'alias', 'title-name', 'role-name', 'described-name', 'given-name']);

const offices = (e: KbEntity | undefined) =>
  new Set((e?.offices ?? []).map((o) => `${o.office}|${o.country}`));

export function oneHolderPerOffice(found: EntityMention[]): EntityMention[] {
  const kb = loadKb();
  const named = found
    .filter((m) => m.entity.type === 'PERSON' && NAME_VIAS.has(m.via))
    .map((m) => kb.byId.get(m.entity.id));
  if (!named.length) return found;
  return found.map((m) => {
    if (!ROLE_VIAS.has(m.via) || m.entity.type !== 'PERSON') return m;
    // The holder the role resolved to is named in the report: nothing to correct.
    if (named.some((p) => p?.id === m.entity.id)) return m;
    const held = offices(kb.byId.get(m.entity.id));
    const others = [...new Set(named.filter((p) => p && [...offices(p)].some((o) => held.has(o))))];
    return others.length === 1 ? { ...m, entity: record(others[0]!) } : m;
  });
}
