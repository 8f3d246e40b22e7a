import { describe, expect, it } from 'vitest';
import { dateRelation, type Evidence } from '../src/cluster/same-event.js';
import { joins } from '../src/cluster/merge.js';
import { mentionOf } from './helpers/mention-ref.js';

// Our own sentences in the style of wire reports, with no publication dates; the words the two
// reports share are given as a cosine, so what is tested is the rule, not the vectors.
const reading = (sim: number): Evidence => ({ useDates: true, ties: true, similarity: () => sim });

describe('an undated report of an attack in a group its other reports date', () => {
  const dated = (doc: string) =>
    mentionOf(
      'قتل خمسة أشخاص في هجوم مسلح استهدف مقرا أمنيا في العاصمة الليبية طرابلس يوم الاثنين 12 مايو 2025.',
      'ASSAULT',
      doc,
    );
  const undatedReport = (doc: string) =>
    mentionOf('قتل خمسة أشخاص في هجوم مسلح استهدف مقرا أمنيا في العاصمة الليبية طرابلس.', 'ASSAULT', doc);
  // Placed in a quarter the gazetteer does not hold, on the day the others give.
  const quarter = () =>
    mentionOf('اندلع هجوم مسلح على مقر أمني في حي أبو سليم يوم الاثنين 12 مايو 2025.', 'ASSAULT', 'q');

  it('is compared with a newcomer on the day the group gives', () => {
    expect(dateRelation(undatedReport('b1'), quarter())).toBe('unknown');
    const group = [dated('a'), undatedReport('b1'), undatedReport('b2'), undatedReport('b3')];
    // Before: only the dated report spoke for it, one of four.
    expect(joins(group, quarter(), reading(0.2))).toBe(true);
  });

  it('not the day of a statement announcing it', () => {
    const a = dated('a');
    const announced = {
      ...a,
      event: { ...a.event, date: { ...a.event.date, derivation: 'report-day' as const } },
    };
    const group = [announced, undatedReport('b1'), undatedReport('b2'), undatedReport('b3')];
    expect(joins(group, quarter(), reading(0.2))).toBe(false);
  });

  it('gives nothing when no report of the group is dated', () => {
    const group = [undatedReport('b1'), undatedReport('b2'), undatedReport('b3')];
    expect(joins(group, quarter(), reading(0.2))).toBe(false);
  });
});
