import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import { readNewsFane } from '../src/entities/tagger/corpus.js';
import { readFileSync, readdirSync } from 'node:fs';
import { tokenize } from '../src/arabic/tokenize.js';
import { model } from '../src/entities/tagger/index.js';
import { tag, tagByName } from '../src/entities/tagger/perceptron.js';
import { taggerTokens } from '../src/entities/tagger/tokens.js';

const run = (text: string) =>
  analyze({
    source: 't',
    identity: 't',
    kind: 'text',
    content: text,
    hints: { published: '2024-02-12' },
    messages: [],
  });
const found = (text: string) => run(text).entities.map((e) => `${e.text}|${e.entity.type}|${e.via}`);

describe('names the knowledge base does not hold', () => {
  it('reads NewsFANE lines as our tokens: clitics joined, classes folded to PER / ORG / LOC', () => {
    // Written here in the corpus's layout: one token per line, clitics apart, a tab before the class.
    const sample = [
      'و\tO',
      'قال\tO',
      'محافظ\tO',
      'حمص\tB-Population-Center',
      'طلال\tB-Politician',
      'البرازي\tI-Politician',
      'ان\tO',
      'ه\tO',
      'زار\tO',
      'ل\tO',
      'بنان\tB-Nation',
      '.\tO',
      '\t',
      'اعلنت\tO',
      'الشركة\tO',
      'السورية\tB-Group',
      '.\tO',
    ].join('\n');
    const [first, second] = readNewsFane(sample);
    expect(first.toks.map((t) => t.norm)).toEqual([
      'وقال',
      'محافظ',
      'حمص',
      'طلال',
      'البرازي',
      'انه',
      'زار',
      'لبنان',
    ]);
    expect(first.gold).toEqual(['O', 'O', 'B-LOC', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC']);
    // Nationalities (Group) are not names we mark; the full stop is the next word's "before".
    expect(second.gold).toEqual(['O', 'O', 'O']);
  });

  it('finds a village after its head noun, and a square with its head', () => {
    expect(found('سقطت قذائف على قرية دير الجمال شمالي حلب.')).toContain('دير الجمال|LOC|place-name');
    expect(found('تجمع المحتجون في ساحة الشهداء وسط المدينة.')).toContain('ساحة الشهداء|LOC|place-name');
    // Everyday phrases after the same heads are not places.
    expect(found('قتل جنديان في ساحة المعركة قرب مدينة كبيرة.')).toEqual([]);
    expect(found('تصاعد التوتر في منطقة وقف التصعيد وفي المنطقة العازلة.')).toEqual([]);
    // "على" (on) is not "علي" (Ali), a noun with its pronoun is no family name, a virus no place.
    expect(found('بحث الجانبان التطورات الإقليمية، وعلى رأسها ملفا الأزمة وتفشي فيروس كوفيد.')).toEqual([]);
  });

  it('lets the statistical tagger add a name the rules miss, never a bare role or head noun', () => {
    const d = found('استقبل رئيس بلدية الخليل نضال سنينة وفدا أوروبيا.');
    expect(d).toContain('نضال سنينة|PERSON|tagger');
    const roles = found('التقى وزير الزراعة العراقي وفدا من المزارعين في بريف المدينة.');
    expect(roles.filter((m) => m.endsWith('|tagger'))).toEqual([]);
  });

  it('keeps tagger names out of the sides of an event', () => {
    const d = run('بحث رئيس بلدية الخليل نضال سنينة هاتفيا مع الرئيس الفلسطيني محمود عباس أوضاع المدينة.');
    const sides = d.events.flatMap((e) => e.participants.map((p) => p.entity.en));
    expect(sides).not.toContain('نضال سنينة');
  });

  it('tags with the cached feature offsets exactly as with the features by name (labels and margins)', () => {
    for (const f of readdirSync('examples/seeds').slice(0, 6)) {
      const text = readFileSync(`examples/seeds/${f}`, 'utf8');
      const toks = taggerTokens(text, tokenize(text));
      // Twice: the second time every word's offsets come from the cache.
      for (let pass = 0; pass < 2; pass++) expect(tag(model(), toks)).toEqual(tagByName(model(), toks));
    }
  });
});
