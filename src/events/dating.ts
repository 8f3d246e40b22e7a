// When an event happened, as an analyst dates it: the clause's own time expression first; an
// event dated well before the report is background, one dated after it is planned. Dates are
// never taken from the publication date unless a rule says how (and the derivation says so).
import type { TimeExpression, TimeValue } from '../types.js';

export const UNKNOWN_DATE: TimeValue = { value: null, granularity: 'unknown', derivation: 'unresolved' };

const DATING = new Set(['minute', 'day', 'weekday-only', 'day-range', 'day-of-unknown-year', 'week', 'month', 'month-of-unknown-year', 'year']);

/** The clause's own time: the dating expression nearest the trigger. */
export function nearestDate(times: TimeExpression[], at: number): TimeExpression | null {
  // "منذ عام 2011" is a span of time, not the clause's date.
  const cands = times.filter((t) => DATING.has(t.granularity) && (t.value !== null || t.weekday || t.month) && !(t.granularity === 'year' && /^منذ/.test(t.text)));
  if (!cands.length) return null;
  return cands.sort((a, b) => Math.abs(a.span.start - at) - Math.abs(b.span.start - at))[0];
}

/** The nearest expression with a value or a weekday within `window` characters of the trigger. */
export function nearbyDate(times: TimeExpression[], at: number, window: number): TimeExpression | null {
  return (
    times
      .filter((t) => (t.value !== null || t.weekday) && t.granularity !== 'duration' && Math.abs(t.span.start - at) <= window)
      .sort((a, b) => Math.abs(a.span.start - at) - Math.abs(b.span.start - at))[0] ?? null
  );
}

/** A time expression as the value an event carries (without its span and rule). */
export function dateValue(t: TimeExpression | null | undefined): TimeValue {
  if (!t) return UNKNOWN_DATE;
  const { span: _s, text: _t, rule: _r, ...v } = t;
  return v;
}

/** An event dated explicitly well before the reference time is background, after it planned. */
export function statusOfDate(t: TimeExpression | null, ref: string | null): string {
  if (!t?.value || !ref) return 'asserted';
  const start = t.value.slice(0, 10);
  const refDay = Date.parse(ref.slice(0, 10));
  const when = Date.parse(start.length === 4 ? `${start}-12-31` : start.length === 7 ? `${start}-28` : start);
  if (!Number.isNaN(when) && refDay - when > 30 * 86400000) return 'background';
  if (!Number.isNaN(when) && when - refDay > 86400000) return 'planned';
  return 'asserted';
}
