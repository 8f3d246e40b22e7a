import { describe, expect, it } from 'vitest';
import { dateRelation, sameEvent, type Evidence } from '../src/cluster/same-event.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cluster } from '../src/cluster/index.js';
import { analyze } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { mergeNewMentions } from '../src/rebuild.js';
import { mentionOf } from './helpers/mention-ref.js';

// Our own sentences, in the style of wire reports, with no publication dates: nothing to compare
// but the words and what else the reports tell.
const reading = (sim: number, ties = true): Evidence => ({ useDates: true, ties, similarity: () => sim });

describe('undated reports of one attack tied beyond their words', () => {
  const blast = () =>
    mentionOf(
      'قتل 27 شخصا وأصيب العشرات في انفجار سيارة مفخخة استهدف سوقا شعبيا في مدينة الحلة جنوب بغداد.',
      'ASSAULT',
      'a',
    );
  const funeral = () =>
    mentionOf(
      'شيع الأهالي في مدينة الحلة ضحايا الانفجار الذي أسفر عن مقتل 28 شخصا، وسط غضب من الإجراءات الأمنية.',
      'ASSAULT',
      'b',
    );
  it('are one attack when both count the dead alike in one town, with few words in common', () => {
    expect(dateRelation(blast(), funeral())).toBe('unknown');
    expect(sameEvent(blast(), funeral(), reading(0.06))).toBe(true);
    // Not on the rules alone, which the merge tries first.
    expect(sameEvent(blast(), funeral(), reading(0.06, false))).toBe(false);
    // Two strikes by one air force on one group in one town, with no dead counted, stay apart.
    const a = mentionOf(
      'شن سلاح الجو المصري غارات جوية على مواقع لتنظيم الدولة الإسلامية في مدينة درنة الليبية.',
      'ASSAULT',
      'c',
    );
    const b = mentionOf(
      'نفذت مقاتلات مصرية ضربات جوية استهدفت معسكرات تنظيم الدولة الإسلامية في درنة شرقي ليبيا.',
      'ASSAULT',
      'd',
    );
    expect(dateRelation(a, b)).toBe('unknown');
    expect(sameEvent(a, b, reading(0.06))).toBe(false);
  });
});

describe('an abduction and a bombing in one town on one day', () => {
  it('are two acts', () => {
    const kidnap = mentionOf(
      'خطف مسلحون مجهولون موظفا في السفارة التونسية يوم الثلاثاء 15 أبريل 2014 في العاصمة الليبية طرابلس.',
      'ASSAULT',
      'e',
    );
    const bomb = mentionOf(
      'انفجرت سيارة مفخخة يوم الثلاثاء 15 أبريل 2014 قرب مقر أمني في العاصمة الليبية طرابلس.',
      'ASSAULT',
      'f',
    );
    expect(kidnap.event.mode).toBe('abduction');
    expect(bomb.event.mode).not.toBe('abduction');
    expect(dateRelation(kidnap, bomb)).toBe('same-day');
    expect(sameEvent(kidnap, bomb, reading(0.3))).toBe(false);
  });
});

describe('a meeting placed in a country by one report and in its capital by another', () => {
  it('is at one place', () => {
    const a = mentionOf(
      'التقى رئيس مجلس السيادة السوداني عبد الفتاح البرهان رئيس الوزراء الإسرائيلي بنيامين نتنياهو في أوغندا.',
      'CONSULT',
      'g',
    );
    const b = mentionOf(
      'اجتمع بنيامين نتنياهو مع عبد الفتاح البرهان في كمبالا بحضور الرئيس الأوغندي.',
      'CONSULT',
      'h',
    );
    expect(a.event.mode).toBe('meeting');
    expect(b.event.mode).toBe('meeting');
    expect(dateRelation(a, b)).toBe('unknown');
    expect(sameEvent(a, b, reading(0.06))).toBe(true);
  });
});

describe('merged incrementally, in any order', () => {
  const texts = [
    'قتل 27 شخصا وأصيب العشرات في انفجار سيارة مفخخة استهدف سوقا شعبيا في مدينة الحلة جنوب بغداد.',
    'شيع الأهالي في مدينة الحلة ضحايا الانفجار الذي أسفر عن مقتل 28 شخصا، وسط غضب من الإجراءات الأمنية.',
    'انفجرت عبوة ناسفة قرب دورية للشرطة في مدينة الحلة دون أن تسفر عن إصابات.',
  ];
  const docs = texts.map((content, i) =>
    analyze({ source: `r${i}`, identity: `r${i}`, kind: 'text', content, hints: {}, messages: [] }),
  );
  const orders = [
    [0, 1, 2],
    [2, 1, 0],
    [1, 2, 0],
  ];
  it('the undated reports tied by their toll are one event, as a merge of all mentions gives', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-m42-'));
    try {
      const states = new Set<string>();
      for (const [n, order] of orders.entries()) {
        const store = new SqliteStore(path.join(dir, `s${n}.db`));
        for (const i of order) {
          await store.putDocuments([docs[i]]);
          await mergeNewMentions(store);
        }
        const stored = (await store.listEvents()).map((e) => [...e.mentions].sort().join(' ')).sort();
        const once = cluster(await store.allMentions())
          .events.map((e) => [...e.mentions].sort().join(' '))
          .sort();
        expect(stored).toEqual(once);
        // The two reports counting the dead alike share an event; the blast with no dead stays apart.
        const ids = await store.listDocuments();
        const docOf = (i: number) => ids.find((d) => d.source === `r${i}`)!.id;
        const together = (await store.listEvents()).some(
          (e) =>
            e.reports.some((r) => r.document === docOf(0)) && e.reports.some((r) => r.document === docOf(1)),
        );
        expect(together).toBe(true);
        states.add(JSON.stringify(stored));
        await store.close();
      }
      expect(states.size).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
