// "تفجير مديرية أمن الدقهلية", "هجوم على مركز للشرطة": an attack on a police headquarters or station
// is aimed at the state's police. The seat, a body the names do not resolve ("مديرية أمن القاهرة"),
// stands for the police of the state where it happened, as the real reports' labels name it; named
// after the verbal noun ("نفذ تفجير مديرية الأمن") it is struck, never the attacker.
import type { EventMention, Participant } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { sectorActor } from './sides.js';

/** A police directorate, station or headquarters, by its name's first words. */
const POLICE_SEAT =
  /^(?:مديريه (?:ال)?امن|مركز (?:ال)?شرطه|مركز للشرطه|مقر (?:ال)?شرطه|قسم (?:ال)?شرطه)(?: |$)/;

const isPoliceSeat = (p: Participant) =>
  p.entity.id.includes('unknown-org') && POLICE_SEAT.test(normalize(p.entity.ar ?? ''));

export function policeSeatsStruck(events: EventMention[], docCountry?: string): EventMention[] {
  return events.map((e) => {
    if (e.type !== 'ASSAULT') return e;
    const seat = e.participants.find(isPoliceSeat);
    if (!seat) return e;
    const country = e.location?.entity.country ?? docCountry;
    const kept = e.participants.filter((p) => !isPoliceSeat(p));
    if (!country) return { ...e, participants: kept };
    // (The police named beside it already: one target.)
    const named = kept.some(
      (p) =>
        p.role === 'target' &&
        p.entity.country === country &&
        (p.entity.sector === 'police' || p.entity.institution === 'police'),
    );
    if (named) return { ...e, participants: kept };
    const police: Participant = {
      entity: sectorActor('police', country),
      via: 'police-seat',
      span: seat.span,
      role: 'target',
    };
    return { ...e, participants: [...kept, police] };
  });
}
