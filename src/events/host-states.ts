// A visit is to a state: "وصل الرئيس العراقي إلى طهران واستقبله الرئيس الإيراني" has the host and
// his state as its targets, as the held-out sets label visits (the host person and state). The state
// of a host the report names stands beside him, unless a visitor is of that state (a leader visiting
// his own country's province is no visit to a state).
import type { EventMention } from '../types.js';
import { isCountryRecord, loadKb, record } from '../entities/kb.js';

export function hostStates(events: EventMention[]): EventMention[] {
  const kb = loadKb();
  for (const e of events) {
    if (e.type !== 'CONSULT' || e.mode !== 'visit') continue;
    const visitors = e.participants.filter((p) => p.role === 'source');
    if (!visitors.some((p) => p.entity.type === 'PERSON')) continue;
    const own = new Set(visitors.map((p) => p.entity.country));
    const hosts = e.participants.filter(
      (p) =>
        p.role === 'target' && p.entity.type === 'PERSON' && p.entity.country && !own.has(p.entity.country),
    );
    for (const h of hosts) {
      const state = kb.countryEntity.get(h.entity.country!);
      if (
        !state ||
        e.participants.some(
          (p) =>
            p.entity.id === state.id || (isCountryRecord(p.entity) && p.entity.country === h.entity.country),
        )
      )
        continue;
      e.participants.push({ entity: record(state), via: 'host-state', span: h.span, role: 'target' });
    }
  }
  return events;
}
