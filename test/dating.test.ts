import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import { formatDate } from '../src/cli/format.js';
import { clusterEvents } from '../src/cluster/merge.js';
import type { MentionRef } from '../src/shared/records.js';
import { docFeatures } from '../src/shared/features.js';
import { normalize } from '../src/arabic/normalize.js';
import type { AnalyzedDocument, TimeExpression, TimeValue } from '../src/types.js';
import { stampLine } from '../src/events/dating.js';
import { analyzeText } from './helpers/analyze-text.js';

interface DatingCase {
  id: string;
  published: string | null;
  text: string;
  type: string;
  date: Partial<TimeValue> & { status?: string };
  why: string;
}

const cases = readFileSync('test/data/events/dating.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as DatingCase);

const run = (id: string, text: string, published: string | null) => analyzeText(text, published, id);

describe('events dated as an analyst dates them (test/data/events/dating.jsonl)', () => {
  it.each(cases.map((c) => [c.id, c.why, c] as const))('%s: %s', (_id, _why, c) => {
    const e = run(c.id, c.text, c.published).events.find((x) => x.type === c.type);
    expect(e, `no ${c.type} event`).toBeDefined();
    const { status, ...date } = c.date;
    expect(e!.date).toMatchObject(date);
    if (status) expect(e!.status).toBe(status);
  });

  it('never makes a bound a day', () => {
    const e = run(
      'b',
      'بحث الرئيس المصري عبد الفتاح السيسي مع ولي العهد السعودي الأمير محمد بن سلمان في اتصال هاتفي تطورات المنطقة.',
      '2023-05-02',
    ).events[0];
    expect(e.date.value).toBeNull();
    expect(formatDate(e.date)).toBe('on or before 2023-05-02');
  });

  it('takes --published for a document that shows no date, never over its own', () => {
    const text =
      'بحث الرئيس المصري عبد الفتاح السيسي مع ولي العهد السعودي الأمير محمد بن سلمان في اتصال هاتفي تطورات المنطقة.';
    const input = {
      source: 'p',
      identity: 'p',
      kind: 'text' as const,
      content: text,
      hints: {},
      messages: [],
    };
    expect(analyze(input, { published: '2023-05-02' }).extraction.published?.value.value).toBe('2023-05-02');
    expect(
      analyze({ ...input, hints: { published: '2023-05-01' } }, { published: '2023-05-02' }).extraction
        .published?.value.value,
    ).toBe('2023-05-01');
  });

  it('shows report days and weekdays honestly', () => {
    expect(formatDate({ value: '2023-01-15', granularity: 'day', derivation: 'report-day' })).toBe(
      '2023-01-15 (report day)',
    );
    expect(
      formatDate({ value: null, granularity: 'weekday-only', derivation: 'report-day', weekday: 'Sunday' }),
    ).toBe('Sunday (report day)');
    expect(
      formatDate({ value: null, granularity: 'weekday-only', derivation: 'unresolved', weekday: 'Monday' }),
    ).toBe('Monday (date unknown)');
  });
});

describe('merging with bounds and report days', () => {
  const ref = (doc: AnalyzedDocument, published: string | null): MentionRef[] =>
    doc.events.map((event, i) => ({
      key: `${doc.id}#${i}`,
      document: doc.id,
      event,
      report: { document: doc.id, source: doc.source, url: null, outlet: null, published, title: null },
      claims: [],
      features: docFeatures(normalize(doc.text)),
    }));

  it('joins an undated report of a call to a report-day one within its window', () => {
    const a = run(
      'a',
      'أعلنت الرئاسة التركية مساء اليوم الأحد أن الرئيس رجب طيب أردوغان تلقى اتصالا هاتفيا من نظيره الروسي فلاديمير بوتين.',
      '2023-01-15',
    );
    const b = run(
      'b',
      'بحث الرئيس الروسي فلاديمير بوتين مع نظيره التركي رجب طيب أردوغان في اتصال هاتفي الأوضاع في سوريا.',
      '2023-01-16',
    );
    const events = clusterEvents([...ref(a, '2023-01-15'), ...ref(b, '2023-01-16')]);
    expect(events).toHaveLength(1);
    expect(events[0].date).toMatchObject({ value: '2023-01-15', derivation: 'report-day' });
  });

  it('keeps apart an undated call bounded weeks after a dated one', () => {
    const a = run(
      'a',
      'أعلنت الرئاسة التركية مساء اليوم الأحد أن الرئيس رجب طيب أردوغان تلقى اتصالا هاتفيا من نظيره الروسي فلاديمير بوتين.',
      '2023-01-15',
    );
    const b = run(
      'b',
      'بحث الرئيس الروسي فلاديمير بوتين مع نظيره التركي رجب طيب أردوغان في اتصال هاتفي الأوضاع في سوريا.',
      '2023-02-20',
    );
    expect(clusterEvents([...ref(a, '2023-01-15'), ...ref(b, '2023-02-20')])).toHaveLength(2);
  });
});

describe("a page's stamp is not the lead's day", () => {
  const at = (text: string, date: string) => {
    const start = text.indexOf(date);
    return { span: { start, end: start + date.length } } as TimeExpression;
  };
  it('a date on a line of its own under the headline is the page stamp', () => {
    const text =
      'وزير الخارجية يصل إلى نيودلهي\nنُشر في 9 أكتوبر 2025\nوصل وزير الخارجية إلى الهند في زيارة رسمية.';
    expect(stampLine(text, at(text, '9 أكتوبر 2025'))).toBe(true);
  });
  it('but not a date told in a sentence of the lead', () => {
    const text =
      'وزير الخارجية يصل إلى نيودلهي\nوصل وزير الخارجية إلى الهند يوم 9 أكتوبر 2025 في زيارة رسمية.';
    expect(stampLine(text, at(text, '9 أكتوبر 2025'))).toBe(false);
  });
});
