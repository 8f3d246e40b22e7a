// Blocking (issue #13): a report that names no side and gives no place must still be compared
// with the reports of its happening that do, within its weeks only.
import { describe, expect, it } from 'vitest';
import { mergeBlocks } from '../src/cluster/merge.js';
import type { MentionRef } from '../src/shared/records.js';
import { mentionOf } from './helpers/mention-ref.js';

const mention = (text: string, doc: string, published: string | null): MentionRef =>
  mentionOf(text, 'ASSAULT', doc, { published, people: [] });
/** The later mention (by key) looks up a block the earlier one registered in. */
const compared = (first: MentionRef, later: MentionRef) => {
  const adds = new Set(mergeBlocks(first).adds);
  return mergeBlocks(later).lookups.some((b) => adds.has(b));
};

describe('an attack told without a place or a named side', () => {
  const bare = (doc: string, day = 'الثلاثاء 14 مارس 2023', published = '2023-03-15') =>
    mention(`قتل 12 مدنيا وأصيب آخرون في انفجار سيارة مفخخة داخل سوق شعبي صباح ${day}.`, doc, published);
  const placed = (doc: string) =>
    mention(
      'انفجرت سيارة مفخخة في سوق مدينة الباب بريف حلب يوم الثلاثاء 14 مارس 2023 ما أدى إلى مقتل 12 مدنيا.',
      doc,
      '2023-03-14',
    );
  it('meets the placed report of the same week, whichever comes first', () => {
    expect(compared(bare('a'), placed('b'))).toBe(true);
    expect(compared(placed('a'), bare('b'))).toBe(true);
  });
  it('but not one of another month', () => {
    const later = bare('b', 'الثلاثاء 9 مايو 2023', '2023-05-10');
    expect(compared(placed('a'), later)).toBe(false);
    expect(compared(later, placed('a'))).toBe(false);
  });
  it('and, with no day and no report date, only among the undated, not every attack ever', () => {
    const undated = mention('قتل 12 مدنيا في انفجار سيارة مفخخة داخل سوق شعبي.', 'c', null);
    const { lookups } = mergeBlocks(undated);
    expect(lookups).toContain('ASSAULT|any|undated');
    expect(lookups.some((b) => b.startsWith('ASSAULT|any|w') || b === 'ASSAULT|any|*')).toBe(false);
  });
});
