// Acts between states (an accusation, a sanction, a threat, a rejection, a request): one state's act
// against one other state, told within one report (coref.ts) or across reports (cluster/same-event.ts).
import type { EventMention } from '../types.js';

/** The types of acts one state takes against another. */
export const BETWEEN_STATES = new Set(['ACCUSE', 'SANCTION', 'THREATEN', 'REJECT', 'REQUEST']);

/**
 * One state's acts against two other states are two acts: Iran summoning Norway's ambassador is not
 * Iran summoning Britain's chargé, whatever week both fall in. The target's country — the state, its
 * envoy, its government — must be shared when both reports name one.
 */
export function targetStatesConflict(a: EventMention, b: EventMention): boolean {
  if (!BETWEEN_STATES.has(a.type) || a.type !== b.type) return false;
  const sources = (e: EventMention) =>
    new Set(e.participants.filter((p) => p.role === 'source').map((p) => p.entity.country));
  const targets = (e: EventMention, own: Set<string | undefined>) =>
    new Set(
      e.participants
        .filter((p) => p.role === 'target' && p.entity.country && !own.has(p.entity.country))
        .map((p) => p.entity.country),
    );
  const ta = targets(a, sources(a));
  const tb = targets(b, sources(b));
  return ta.size > 0 && tb.size > 0 && ![...ta].some((c) => tb.has(c));
}
