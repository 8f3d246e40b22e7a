// Victims a report names in a sentence of their own, apart from the attack's: "وأكد أن جميع
// الضحايا من عمال الزراعة", "وجميعهم من الطلاب". They are the people the attack told before struck.
import type { EventMention, Participant, Token } from '../types.js';
import type { SentenceView } from './context.js';
import { roleWeight } from './role-weight.js';
import { sectorActor, victimsIn } from './sides.js';

// Groups a report singles out among the dead; civilians, children and soldiers told apart are often
// those of another deed, or a general remark ("الأطفال هم أول الضحايا").
const GROUPS = new Set(['workers', 'students', 'mourners', 'worshippers', 'journalists']);

export function victimsToldApart(
  events: EventMention[],
  tokens: Token[],
  views: SentenceView[],
): EventMention[] {
  const eventSentences = new Set(events.map((e) => e.sentence.start));
  for (const v of views) {
    if (eventSentences.has(v.span.start)) continue;
    const groups = victimsIn(tokens, v).filter((f) => GROUPS.has(f.sector));
    if (!groups.length) continue;
    // The latest attack told before, whose own sentence names people it struck.
    const attack = [...events]
      .reverse()
      .find(
        (e) =>
          e.type === 'ASSAULT' &&
          e.status === 'asserted' &&
          e.sentence.start < v.span.start &&
          e.participants.some((p) => p.role === 'target' && p.entity.sector),
      );
    if (!attack) continue;
    const struck = attack.participants.find((p) => p.role === 'target' && p.entity.sector);
    const country = struck?.entity.country ?? attack.location?.entity.country;
    for (const g of groups) {
      if (attack.participants.some((p) => p.entity.sector === g.sector)) continue;
      const p: Participant = {
        entity: sectorActor(g.sector, g.country ?? country),
        via: 'sector',
        span: g.span,
        role: 'target',
      };
      roleWeight.set(p, 2);
      attack.participants = [...attack.participants, p];
    }
  }
  return events;
}
