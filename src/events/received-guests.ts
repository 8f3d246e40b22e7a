// "وصل رئيس الوزراء فلان إلى بغداد … وكان في استقباله رئيس الوزراء العراقي": a reception whose guest
// is only a pronoun ("استقباله") receives the visitor whose arrival the report told before it.
import type { EntityMention, EventMention, Token } from '../types.js';
import { tokenIndexAt } from './context.js';
import { isWord } from './words.js';

// How far after the arrival verb its subject may stand (titles: "وصل الدكتور فلان، رئيس …").
const SUBJECT_WINDOW = 6;

export function receivedGuests(
  events: EventMention[],
  tokens: Token[],
  entities: EntityMention[],
): EventMention[] {
  return events.map((e) => {
    if (e.type !== 'CONSULT' || e.participants.some((p) => p.role === 'source')) return e;
    const host = e.participants.find((p) => p.role === 'target' && p.via === 'reception');
    if (!host) return e;
    const guest = arrivedBefore(tokens, entities, tokenIndexAt(tokens, e.triggers[0].span.start));
    if (!guest || guest.entity.id === host.entity.id) return e;
    // (The guest arrived: his reception is his visit, placed where he arrived.)
    return {
      ...e,
      mode: 'visit',
      participants: [
        { entity: guest.entity, via: 'arrival', span: guest.span, role: 'source' as const },
        ...e.participants,
      ],
    };
  });
}

/** The person who arrived in the last arrival told before token `at` ("وصل فلان إلى …"). */
function arrivedBefore(tokens: Token[], entities: EntityMention[], at: number): EntityMention | undefined {
  for (let k = at - 1; k >= 0; k--) {
    if (!isWord('arrivals', tokens[k].norm)) continue;
    const from = tokens[k].span.end;
    const to = tokens[Math.min(tokens.length - 1, k + SUBJECT_WINDOW)].span.end;
    return entities.find((m) => m.entity.type === 'PERSON' && m.span.start >= from && m.span.start < to);
  }
  return undefined;
}
