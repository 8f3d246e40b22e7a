// The hosts of a visit are those the visitor is to meet: "وصل الكاظمي إلى طهران، ومن المتوقع أن يلتقي
// الرئيس حسن روحاني والمرشد الأعلى علي خامنئي", "وسيجري مدبولي سلسلة لقاءات مع رئيس الجمهورية …
// ورئيس الوزراء … ورئيس البرلمان": the people of the host country named after such a word in one
// sentence are targets of the visit, beside (or, for want of a host, instead of) the country it went to.
import type { EventMention, Participant, Token } from '../types.js';
import type { SentenceView } from './context.js';
import { isWordAfter } from './words.js';
import { heldOn, loadKb } from '../entities/kb.js';

const PREFIXES = ['', 'و', 'ف', 'ل', 'س', 'ول', 'وس', 'فس', 'ب'] as const;

export function hostsToMeet(events: EventMention[], tokens: Token[], views: SentenceView[]): EventMention[] {
  for (const e of events) {
    if (e.type !== 'CONSULT' || e.mode !== 'visit' || (e.status !== 'asserted' && e.status !== 'planned'))
      continue;
    const visitors = e.participants.filter((p) => p.role === 'source' && p.entity.type === 'PERSON');
    // The country the visit is placed in, else the one it goes to, else its host's.
    const host =
      e.location?.entity.country ??
      e.participants.find((p) => p.via === 'destination')?.entity.country ??
      e.participants.find((p) => p.role === 'target' && p.entity.type === 'PERSON')?.entity.country;
    if (!visitors.length || !host || visitors.some((p) => p.entity.country === host)) continue;
    // A host the visit names already — the president who received him — is its host; those he is
    // yet to meet besides are not labelled so ("والتقى بالرئيس برهم صالح … وإنه سيلتقي رئيس الوزراء").
    // Nor is a visit whose host leads another state (a leg of the trip elsewhere, told beside it).
    const day = e.date.value && e.date.value.length >= 10 ? e.date.value.slice(0, 10) : null;
    if (e.participants.some((p) => p.role === 'target' && leads(p.entity.id, day))) continue;
    const found: Participant[] = [];
    for (const v of views) {
      const at = tokensOf(v).find((k) => isWordAfter('meetingAhead', tokens[k].norm, PREFIXES));
      if (at === undefined) continue;
      // (A sentence about another visitor's meetings is not this visit's.)
      const others = v.entities.filter(
        (m) =>
          m.entity.type === 'PERSON' &&
          m.span.start < tokens[at].span.start &&
          m.entity.country !== host &&
          !visitors.some((p) => p.entity.id === m.entity.id),
      );
      if (others.length) continue;
      for (const m of v.entities)
        if (
          m.span.start > tokens[at].span.start &&
          m.entity.type === 'PERSON' &&
          m.entity.country === host &&
          !found.some((p) => p.entity.id === m.entity.id)
        )
          found.push({ entity: m.entity, via: 'to-meet', span: m.span, role: 'target' });
      if (found.length) break;
    }
    if (!found.length) continue;
    e.participants = [
      ...e.participants.filter((p) => p.via !== 'destination'),
      ...found.filter((p) => !e.participants.some((q) => q.entity.id === p.entity.id)),
    ];
  }
  return events;
}

// The offices that receive a visitor of state: a head of state or government.
const LEADERS = new Set([
  'president',
  'prime-minister',
  'king',
  'emir',
  'sultan',
  'crown-prince',
  'supreme-leader',
  'chancellor',
]);

/** Does the person hold a leader's office on the day (with no day: at any time)? */
export const leads = (id: string, day: string | null) =>
  (loadKb().byId.get(id)?.offices ?? []).some((o) => LEADERS.has(o.office) && (!day || heldOn(o, day)));

function tokensOf(v: SentenceView): number[] {
  return Array.from({ length: v.to - v.from }, (_, i) => v.from + i);
}
