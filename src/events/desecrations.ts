// "أدانت الخارجية واقعة حرق نسخة من القرآن الكريم في العاصمة السويدية ستوكهولم": a condemnation of
// a holy book burned or torn abroad is held against the state where it was let happen, as the
// summonses and condemnations of Sweden and Denmark over the Quran burnings of 2023 were.
import type { EventMention, Token } from '../types.js';
import { loadKb, record } from '../entities/kb.js';
import { tokenIndexAt, type SentenceView } from './context.js';

const DESECRATION = /^[وبل]?(?:ال)?(?:حرق|احراق|تمزيق|تدنيس|دهس)$/;
const HOLY_BOOK = /^(?:[وب]?ال|لل)(?:قران|مصحف)$/;

export function desecrationsCondemned(
  events: EventMention[],
  tokens: Token[],
  views: SentenceView[],
): EventMention[] {
  return events.map((e) => {
    if (e.type !== 'ACCUSE' || e.status !== 'asserted' || e.participants.some((p) => p.role === 'target'))
      return e;
    const view = views.find((v) => v.span.start === e.sentence.start);
    const trigger = e.triggers[0];
    if (!view || !trigger) return e;
    const act = desecrationAfter(tokens, tokenIndexAt(tokens, trigger.span.end), view.to);
    if (act < 0) return e;
    const own = new Set(e.participants.filter((p) => p.role === 'source').map((p) => p.entity.country));
    // The first place after the act, of another state than the condemning one's (a capital too).
    const place = view.entities.find(
      (m) =>
        (m.entity.type === 'GPE' || m.entity.type === 'LOC') &&
        tokenIndexAt(tokens, m.span.start) > act &&
        !!m.entity.country &&
        !own.has(m.entity.country),
    );
    const state = place?.entity.country ? loadKb().countryEntity.get(place.entity.country) : undefined;
    if (!place || !state) return e;
    return {
      ...e,
      participants: [
        ...e.participants,
        { entity: record(state), via: 'desecrated-in', span: place.span, role: 'target' as const },
      ],
    };
  });
}

/** The token of "حرق/تمزيق … القرآن/المصحف" within a few words after the condemnation, else -1. */
function desecrationAfter(tokens: Token[], from: number, to: number): number {
  for (let i = from; i < Math.min(to, from + 10); i++) {
    if (!DESECRATION.test(tokens[i].norm)) continue;
    if (tokens.slice(i + 1, Math.min(to, i + 5)).some((t) => HOLY_BOOK.test(t.norm))) return i;
  }
  return -1;
}
