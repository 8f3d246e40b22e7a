// A signing that closes a meeting ("بحث الأمير مع الرئيس …، أعقب ذلك توقيع 3 مذكرات تفاهم") is
// signed by the meeting's sides (other.ts copies them, via "meeting"). Who is the guest is settled
// only later, by the meeting's place (guestsFirst): the signing takes the roles the meeting ends with.
import type { EventMention } from '../types.js';

export const SIGNED_AT_MEETING = 'meeting';

export function signatoriesAsMet(events: EventMention[]): EventMention[] {
  return events.map((e) => {
    if (e.type !== 'AGREE' || !e.participants.some((p) => p.via === SIGNED_AT_MEETING)) return e;
    const meeting = events.find((m) => m.type === 'CONSULT' && m.sentence.start === e.sentence.start);
    if (!meeting) return e;
    const byId = new Map(meeting.participants.map((p) => [p.entity.id, p.role]));
    const byState = new Map(meeting.participants.map((p) => [p.entity.country, p.role]));
    return {
      ...e,
      participants: e.participants.map((p) => ({
        ...p,
        role: byId.get(p.entity.id) ?? byState.get(p.entity.country) ?? p.role,
      })),
    };
  });
}
