// Offices as a report's speakers hold them.
import { heldOn, type Office } from '../entities/kb.js';

/**
 * Held at the report's time: on its date, or ever when the report gives none (an undated report that
 * titles "الرئيس التونسي منصف المرزوقي" tells his time, not ours).
 */
export function heldThen(o: Office, date: string | null | undefined): boolean {
  return !date || heldOn(o, date);
}
