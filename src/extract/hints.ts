// Metadata handed over by a container (JSONL fields, feed items, HTML meta tags).
import type { Extraction } from '../types.js';
import { readDate } from './date-lines.js';

/** A publication date given as ISO 8601 (date or date-time) or as an Arabic/English date string. */
export function publishedFromHint(s: string | undefined | null): Extraction['published'] {
  if (!s) return null;
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(t);
  if (iso) {
    const [, y, m, d, hh, mm] = iso;
    const value = hh ? `${y}-${m}-${d}T${hh}:${mm}` : `${y}-${m}-${d}`;
    return {
      value: { value, granularity: hh ? 'minute' : 'day', derivation: 'explicit' },
      source: { method: 'container' },
      sourceText: t,
    };
  }
  // RFC 822 dates of feeds keep the publisher's wall-clock time, as ISO dates do above.
  const rfc = /^(?:\w{3},\s*)?(\d{1,2})\s+(\w{3})\w*\s+(\d{4})\s+(\d{2}):(\d{2})/.exec(t);
  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  if (rfc && MONTHS.includes(rfc[2].toLowerCase())) {
    const m = String(MONTHS.indexOf(rfc[2].toLowerCase()) + 1).padStart(2, '0');
    const value = `${rfc[3]}-${m}-${rfc[1].padStart(2, '0')}T${rfc[4]}:${rfc[5]}`;
    return {
      value: { value, granularity: 'minute', derivation: 'explicit' },
      source: { method: 'container' },
      sourceText: t,
    };
  }
  const e = readDate(t);
  if (e) return { value: e.value, source: { method: 'container' }, sourceText: t };
  const parsed = Date.parse(t);
  if (!Number.isNaN(parsed)) {
    const d = new Date(parsed).toISOString();
    return {
      value: { value: d.slice(0, 16), granularity: 'minute', derivation: 'explicit' },
      source: { method: 'container' },
      sourceText: t,
    };
  }
  return null;
}
