// "مسلحون ملثمون يخطفون السفير الأردني في طرابلس", "خُطف الدبلوماسي التونسي أمس": an envoy named by
// his state beside an abduction's verb is whom it took, its target.
import type { EventMention, Participant, Token } from '../types.js';
import { diplomatsIn } from './sides.js';
import { besideAimed } from './aimed-persons.js';
import { holdsTrigger, tokenIndexAt, type SentenceView } from './context.js';

/** Words between the verb and the envoy: "خطفوا الثلاثاء السفير", "اختُطف صباح اليوم الدبلوماسي". */
const REACH = 5;

export function abductedEnvoys(
  events: EventMention[],
  tokens: Token[],
  views: SentenceView[],
): EventMention[] {
  for (const e of events) {
    if (e.type !== 'ASSAULT' || e.mode !== 'abduction' || !e.triggers.length) continue;
    const v = views.find((x) => holdsTrigger(e, x));
    if (!v) continue;
    const first = tokenIndexAt(tokens, e.triggers[0].span.start);
    const last = tokenIndexAt(tokens, e.triggers[0].span.end - 1);
    const taken = diplomatsIn(tokens, v).filter((d) => {
      const k = tokenIndexAt(tokens, d.span.start);
      return (
        (k > last && k - last <= REACH) || (k < first && first - tokenIndexAt(tokens, d.span.end - 1) <= 2)
      );
    });
    if (!taken.length) continue;
    const states = new Set(taken.map((d) => d.entity.country));
    const added: Participant[] = taken
      .filter((d) => !e.participants.some((p) => p.entity.id === d.entity.id))
      .map((d) => ({ entity: d.entity, via: 'envoy', span: d.span, role: 'target' }));
    // (The envoy taken is no source, and the sectors guessed beside him give way, as beside a person
    // an attack was aimed at.)
    e.participants = [
      ...e.participants.filter(
        (p) =>
          !(p.entity.sector === 'ambassador' && states.has(p.entity.country) && p.role === 'source') &&
          !besideAimed(p),
      ),
      ...added,
    ];
  }
  return events;
}
