// An armed group the report says is accused of the attack carried it out, as far as the report
// tells it: "وجهت الحكومة أصابع الاتهام لجماعة الحوثي بتنفيذ الهجمات", "اتهمت الوزارة الوحدات
// باستهداف المدنيين" — where the report names no one else as its author (the real reports' labels
// take the accused as the source, and the accusation as its own ACCUSE event besides).
import type { EventMention, Participant, Token } from '../types.js';
import { isArmedGroup } from './sides.js';
import { roleWeight } from './role-weight.js';
import { isWord } from './words.js';

const stripped = (t: string) => t.replace(/^(?:[وف]?[بل]|[وف])(?=..)/, '');

export function accusedAttackers(events: EventMention[], tokens: Token[]): EventMention[] {
  const attack = events.find((e) => e.type === 'ASSAULT' && e.status === 'asserted');
  if (!attack || attack.participants.some((p) => p.role === 'source')) return events;
  // An accusation whose sentence tells an attack (a trigger of one of the report's attacks in it).
  const attackIn = (s: EventMention['sentence']) =>
    events.some(
      (e) => e.type === 'ASSAULT' && e.triggers.some((t) => t.span.start >= s.start && t.span.end <= s.end),
    ) ||
    // ("بتنفيذ الهجمات": an attack noun the detector took for no attack of its own.)
    tokens.some(
      (t) => t.span.start >= s.start && t.span.end <= s.end && isWord('attackNouns', stripped(t.norm)),
    );
  const accused = events
    .filter((e) => e.type === 'ACCUSE' && e.status === 'asserted')
    .flatMap((e) =>
      attackIn(e.sentence) ? e.participants.filter((p) => p.role === 'target' && isArmedGroup(p.entity)) : [],
    );
  const ids = new Set(accused.map((p) => p.entity.id));
  // One group accused, not two each blaming the other.
  if (ids.size !== 1) return events;
  const a = accused[0];
  const p: Participant = { entity: a.entity, via: 'accused', span: a.span, role: 'source' };
  roleWeight.set(p, 2);
  attack.participants = [p, ...attack.participants.filter((q) => q.entity.id !== a.entity.id)];
  return events;
}
