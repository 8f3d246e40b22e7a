// Names round 34: a title the KB's name of a person holds stays outside the mention, and a given
// name never joins a KB person's name that opens with the conjunction "و". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const people = (text: string, date = '2021-06-15') =>
  findEntities(text, tokenize(text), { date })
    .filter((m) => m.entity.type === 'PERSON' && !m.nested && !m.descriptive && m.via !== 'anaphora')
    .map((m) => m.text);

describe('a title inside the KB name of a person', () => {
  it('leaves a military rank outside the span', () => {
    const found = people('واستقبل قائد الجيش اللبناني العماد جوزيف عون وفدا عسكريا فرنسيا في اليرزة.');
    expect(found).toContain('جوزيف عون');
    expect(found.join()).not.toMatch(/العماد/);
  });

  it('leaves a religious title outside the span, after "و" too', () => {
    const found = people(
      'وزار رئيس الوزراء النجف حيث التقى المرجع السيستاني، ثم زار الوفد والمرجع السيستاني مرة أخرى.',
    );
    expect(found.join()).not.toMatch(/المرجع/);
    expect(found.filter((x) => x === 'السيستاني').length).toBe(2);
  });
});

describe('a given name before a name joined by "و"', () => {
  it('does not swallow the next person named with a title', () => {
    const found = people('وجمع لقاء مطول الكاردينال يوسف والمرجع السيستاني في منزله بالنجف.');
    expect(found.join()).not.toMatch(/يوسف والمرجع/);
  });

  it('still joins a given name to a full KB name right after it', () => {
    expect(people('وتوفي محمد حسني مبارك في القاهرة.', '2020-02-25')).toContain('محمد حسني مبارك');
  });
});
