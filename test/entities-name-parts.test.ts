// A person's name read by its parts on real news (issue #20): a given name repeated alone, a
// family-name particle, a religious title before a known name. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const people = (text: string) =>
  findEntities(text, tokenize(text), { date: '2022-03-01' })
    .filter((m) => m.entity.type === 'PERSON' && !m.nested)
    .map((m) => `${m.text}=${m.entity.en}`);

describe('a given name after the full name', () => {
  it('is the person the text named in full before it', () => {
    const got = people('التقى رئيس الوزراء أبي أحمد وفدا من المانحين. وقال أبي في كلمته إن السدود ستكتمل.');
    expect(got).toContain('أبي=Abiy Ahmed');
  });

  it('links a person the KB does not hold to his full name', () => {
    const got = people('وصرح نادر فرحات، مدير المكتب، بأن الملف أغلق. وتابع نادر أن الحوار مستمر.');
    expect(got).toContain('نادر=نادر فرحات');
  });

  it('leaves the word alone when no full name came before', () => {
    expect(people('وقال أبي إن المطر تأخر هذا العام.')).not.toContain('أبي=Abiy Ahmed');
  });
});

describe('a family-name particle', () => {
  it('never ends a name: the word after it belongs to the name', () => {
    expect(people('وأوضح النائب سمير بو صعب أن الجلسة تأجلت.')).toContain('سمير بو صعب=سمير بو صعب');
    expect(people('وقال سمير بو صعب إن الجلسة تأجلت.')).toContain('سمير بو صعب=سمير بو صعب');
  });
});

describe('a religious title before a known name', () => {
  it('lets an office with a quoted titled name resolve to the person', () => {
    const got = people('وحذر المرشد الأعلى الإيراني «آية الله خامنئي» من أي هجوم.');
    expect(got).toContain('خامنئي=Ali Khamenei');
    expect(got.join()).not.toMatch(/آية الله/);
  });

  it('is no name of its own before the full name', () => {
    const got = people('ونقل التلفزيون عن الزعيم الأعلى آية الله علي خامنئي قوله إن الرد آت.');
    expect(got).toContain('علي خامنئي=Ali Khamenei');
    expect(got.join()).not.toMatch(/آية الله=/);
  });
});

describe('a nasab particle before a name', () => {
  it('begins the name, with the given name written before it', () => {
    const got = people(
      'وأوقفت النيابة الوزير السابق يحيى ولد عبد الرحمن. ويقول محامو ولد عبد الرحمن إن الملف فارغ.',
    );
    expect(got.map((g) => g.split('=')[0])).toEqual(['يحيى ولد عبد الرحمن', 'ولد عبد الرحمن']);
  });
});
