// Offices as a report's speakers hold them.
import type { EntityRecord } from '../types.js';
import { heldOn, loadKb, type Office } from '../entities/kb.js';
import { normalize } from '../arabic/normalize.js';
import { type Gender, type Speaker, words } from './speaker-words.js';

/**
 * Held at the report's time: on its date, or ever when the report gives none (an undated report that
 * titles "الرئيس التونسي منصف المرزوقي" tells his time, not ours).
 */
export function heldThen(o: Office, date: string | null | undefined): boolean {
  return !date || heldOn(o, date);
}

/** The state of the last speaker so far whose office then heads a body of this kind (a president, a presidency). */
export function ledBySpeaker(
  said: { speaker: { entity: EntityRecord | null } }[],
  kind: string,
  date: string | null | undefined,
): string | undefined {
  const offices = words().officeBodies;
  for (let j = said.length - 1; j >= 0; j--) {
    const e = said[j].speaker.entity;
    const o =
      e &&
      loadKb()
        .byId.get(e.id)
        ?.offices?.find((x) => offices.get(x.office) === kind && heldThen(x, date));
    if (o) return o.country;
  }
  return undefined;
}

/**
 * The medium that carried a speaker, as a speaker of the gender a verb asks for: an agency, a channel,
 * a paper ("وكالة", "قناة", "صحيفة") is feminine, the word before its name says so.
 */
export function carrierOf(s: Speaker, gender: Gender): Speaker | null {
  const m = s.medium;
  if (!m || gender !== 'f' || s.kind === 'media') return null;
  const head = normalize(m.ar ?? '').split(' ')[0] ?? '';
  if (!/ه$/.test(head)) return null;
  return { ...s, entity: m, text: m.ar ?? m.en, kind: 'media', anonymous: false, medium: null, gender: 'f' };
}
