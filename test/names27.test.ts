// Names on real news (set 15's classes), each class on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { scoredNames } from './helpers/names.js';

/** Mentions scored as names: neither nested, descriptive nor anaphora. */
const named = (text: string, date = '2012-04-03') =>
  scoredNames(text, date).map((m) => `${m.text}|${m.entity.type}`);

describe('the credit that ends a dateline line', () => {
  it('is the outlet, also an everyday word or with a colon before the line break', () => {
    expect(named('عمان - الحياة\nأعلنت الحكومة خطة جديدة للنقل.')).toContain('الحياة|ORG');
    expect(named('الخرطوم - سبأ:\nوصل وفد رسمي إلى المدينة أمس.')).toContain('سبأ|ORG');
  });

  it("is no outlet when it is a reporter's two-word byline", () => {
    expect(named('القاهرة - محمد سعيد\nأعلنت الحكومة خطة جديدة للنقل.').join()).not.toMatch(/محمد سعيد\|ORG/);
  });
});

describe("a name's end before a derived perfect verb", () => {
  it('stops before "افتعل", "انفعل" and "استفعل" written with a bare alif', () => {
    const text =
      'وأعلن المجلس أن الرئيس خالد عمر حمدان انتخب لولاية ثانية، وأن الوزير سالم علي مراد استقبل الوفد.';
    expect(named(text)).toContain('خالد عمر حمدان|PERSON');
    expect(named(text)).toContain('سالم علي مراد|PERSON');
  });
});

describe('the name after a scale or a prize', () => {
  it('is no person', () => {
    const text = 'وبلغت قوة الهزة خمس درجات على مقياس ريختر، وفازت الكاتبة بجائزة نوبل للآداب.';
    expect(named(text).join()).not.toMatch(/ريختر|نوبل/);
  });
});
