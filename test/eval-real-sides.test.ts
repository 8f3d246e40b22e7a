// The side scorer of eval:real matches gold names to predicted entities one to one, as many as can
// be: a report's score must not depend on the order its sides are listed in.
import { describe, expect, it } from 'vitest';
import { scoreReal, type Keyed, type RealRecord, type RecordOutcome } from '../src/eval/real.js';
import type { EventRecord } from '../src/shared/records.js';

const record: RealRecord = {
  id: 'x-sta-001',
  url: null,
  outlet: null,
  published: null,
  text: '',
  event_key: 'k',
  event_type: 'PROTEST/demonstrate',
  source_actors: ['Mohamed Badie', 'Muslim Brotherhood'],
  target_actors: [],
  location: null,
  event_date: null,
  date_basis: '',
};
// The gold map lets the Brotherhood answer for its guide as well (an alias key of the set).
const map = { actors: { 'Mohamed Badie': ['Mohamed Badie', 'Muslim Brotherhood'] }, places: {} };
const brotherhood: Keyed = { en: 'Muslim Brotherhood', wikidata: null, id: 'org-mb' };
const badie: Keyed = { en: 'Mohamed Badie', wikidata: null, id: 'per-badie' };
const event = { type: 'PROTEST', date: { granularity: 'unknown', value: null } } as unknown as EventRecord;
const outcome = (sources: Keyed[]): RecordOutcome => ({
  record,
  event,
  typed: true,
  sources,
  targets: [],
  location: null,
});

describe('eval:real sides', () => {
  it('scores both sources right in either order', () => {
    for (const sources of [
      [brotherhood, badie],
      [badie, brotherhood],
    ]) {
      const s = scoreReal([outcome(sources)], map);
      expect(s.sources).toEqual({ tp: 2, fp: 0, fn: 0 });
    }
  });

  it('a date to the minute claims its day: right where the day is, invented where the gold has none', () => {
    const at = (value: string, granularity: string) =>
      ({ ...outcome([]), event: { ...event, date: { value, granularity } } }) as unknown as RecordOutcome;
    const dated = { ...record, event_date: '2013-10-10' };
    const s = scoreReal(
      [{ ...at('2013-10-10T14:30', 'minute'), record: dated }, at('2013-10-11T09:00', 'minute')],
      map,
    );
    expect([s.datesRight, s.invented]).toEqual([1, 1]);
    expect(scoreReal([at('2013-10', 'month')], map).invented).toBe(0);
  });
});
