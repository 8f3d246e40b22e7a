// Names on real news (set 14's classes): a body's name with two fields joined by "و", each class on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/arabic/tokenize.js';
import { scoredNames } from './helpers/names.js';

/** Mentions scored as names: neither nested, descriptive nor anaphora. */
const named = (text: string, date = '2019-05-02') =>
  scoredNames(text, date).map((m) => `${m.text}|${m.entity.type}`);

describe("a body's name with two fields", () => {
  it('takes the second field joined by "و" after its "لل…" field', () => {
    expect(named('وأعلنت الهيئة العامة للإعلام والاتصال حجب الموقع.')).toContain(
      'الهيئة العامة للإعلام والاتصال|ORG',
    );
    expect(named('وانشق عن المجلس الأعلى للعدالة والديمقراطية ضابطان.')).toContain(
      'المجلس الأعلى للعدالة والديمقراطية|ORG',
    );
    expect(named('وحذرت الهيئة الوطنية للرصد وتقييم المخاطر من موجة حر.')).toContain(
      'الهيئة الوطنية للرصد وتقييم المخاطر|ORG',
    );
  });

  it('stops before another body or a place joined by "و"', () => {
    const text = 'والتقى المجلس الأعلى للقضاء والحكومة في تونس.';
    expect(named(text)).toContain('المجلس الأعلى للقضاء|ORG');
    expect(named('ووقعت الهيئة الوطنية للاستثمار والأردن اتفاقاً.')).toContain('الهيئة الوطنية للاستثمار|ORG');
  });
});

describe('a Mauritanian name with "ولد"', () => {
  it('keeps "ولد" before the family name of a known person named again', () => {
    const text = 'وأطاح الجيش بالرئيس معاوية ولد الطايع، ثم قال ولد الطايع من منفاه إنه سيعود.';
    expect(named(text, '2005-08-03')).toContain('ولد الطايع|PERSON');
    // (With a preposition on "ولد", the preposition stays outside.)
    const after = 'وأطاح الجيش بالرئيس معاوية ولد الطايع، وكان العقيد مساعداً لـولد الطايع.';
    expect(named(after, '2005-08-03').filter((x) => x === 'ولد الطايع|PERSON')).toHaveLength(1);
  });

  it('takes "ولد" and the family name after a guessed given name', () => {
    const text =
      'وقال المرشح عبد الرحمن ولد بو بكر إن حزبه فاز، وأعلن محمد فال ولد بلال، رئيس اللجنة، النتائج أمس.';
    const got = named(text);
    expect(got).toContain('عبد الرحمن ولد بو بكر|PERSON');
    expect(got).toContain('محمد فال ولد بلال|PERSON');
  });
});

describe('a long document', () => {
  it('keeps every mention when it holds more mentions than a call takes arguments', async () => {
    const { completeNasabs } = await import('../src/entities/name-parts.js');
    const text = 'بغداد '.repeat(200_000);
    const tokens = tokenize(text);
    const place = { id: 'Q1530', wikidata: 'Q1530', type: 'LOC' as const, en: 'Baghdad', ar: 'بغداد' };
    const found = tokens.map((t) => ({ span: t.span, text: 'بغداد', entity: place, via: 'name' }));
    completeNasabs(text, tokens, found);
    expect(found).toHaveLength(200_000);
  });
});
