// Sides of expulsions answered by expulsions (held-out sets 10–16), in our own sentences: a capital the
// entities read as its province acting, an envoy declared unwanted, the act answered lending no sides.
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../src/types.js';
import { analyzeText } from './helpers/analyze-text.js';

const sanctions = (text: string) =>
  analyzeText(text, '2021-05-04').events.filter((x) => x.type === 'SANCTION');
const countries = (
  e: { participants: { role?: string; entity: EntityRecord }[] } | undefined,
  role: string,
) => [...new Set(e?.participants.filter((p) => p.role === role).map((p) => p.entity.country))].sort();

describe('a capital acting', () => {
  it('a capital the entities read as its province stands for its state after أن', () => {
    const [e] = sanctions('أعلن التلفزيون العراقي أن بغداد ستطرد القائم بالأعمال الكويتي.');
    expect(countries(e, 'source')).toEqual(['IRQ']);
    expect(countries(e, 'target')).toEqual(['KWT']);
  });
  it('a ب opening the capital\'s name is no preposition ("بيروت")', () => {
    const [e] = sanctions('وقالت وكالة الأنباء إن بيروت ستطرد السفير الكويتي.');
    expect(countries(e, 'source')).toEqual(['LBN']);
  });
  it('whence one came is a place, no actor ("قادما من باريس")', () => {
    const [e] = sanctions('أعلنت الجزائر طرد السفير المغربي الذي وصل قادما من باريس.');
    expect(countries(e, 'source')).toEqual(['DZA']);
    expect(countries(e, 'target')).not.toContain('FRA');
  });
});

describe('an envoy declared unwanted', () => {
  it('is the target of the declaration, with his state', () => {
    const [e] = sanctions(
      'وأعلنت وزارة الخارجية العراقية، الاثنين، أن القائم بالأعمال الكويتي شخص "غير مرغوب فيه".',
    );
    expect(countries(e, 'target')).toEqual(['KWT']);
    expect(countries(e, 'source')).not.toContain('KWT');
  });
  it("an envoy withdrawn from a post stays his own state's", () => {
    const [e] = sanctions('سحب السفير الأردني من قطر، واستدعاء السفير القطري في عمان.');
    expect(countries(e, 'source')).toEqual(['JOR']);
    expect(countries(e, 'target')).toContain('QAT');
  });
});

describe('an expulsion answering another', () => {
  it('the act answered lends no sides; who answers acts', () => {
    const [e] = sanctions(
      'ردت بغداد على قرار الكويت طرد السفير العراقي، فأعلنت السفير الكويتي "شخصا غير مرغوب فيه".',
    );
    expect(countries(e, 'source')).toEqual(['IRQ']);
    expect(countries(e, 'target')).toEqual(['KWT']);
  });
  it('a deadline to leave after a name is an expulsion', () => {
    const [e] = sanctions(
      'وأمهلت الخارجية الكويتية كريم عبد الله السامرائي 48 ساعة لمغادرة الأراضي الكويتية.',
    );
    expect(e).toBeDefined();
    expect(countries(e, 'source')).toEqual(['KWT']);
  });
});
