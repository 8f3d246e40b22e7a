import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims given a literal "المصدر نفسه" or no speaker on the held-out sets.

describe('claim sources: a source named again as "نفسه/ذاته"', () => {
  it('gives "وبحسب الوكالة نفسها، …" to the agency that spoke before, not a new outlet', () => {
    const doc = read(
      'وأفادت وكالة الأنباء المغربية بأن العاهل المغربي سيزور عمان الأسبوع المقبل.\nوبحسب الوكالة نفسها، تستمر الزيارة ثلاثة أيام يجري خلالها العاهل مباحثات مع الملك الأردني.',
      '2022-03-10',
    );
    expect(claimWith(doc, 'تستمر الزيارة ثلاثة أيام')?.source?.en).toBe('Maghreb Arab Press');
  });
  it('gives "وبحسب الصحيفة ذاتها" to the newspaper the report named before', () => {
    const doc = read(
      'نشرت صحيفة الأهرام صورة الرئيس لدى وصوله إلى المطار.\nوبحسب الصحيفة ذاتها، تستمر الزيارة يومين يجري خلالهما الضيف مباحثات موسعة.',
      '2022-03-10',
    );
    expect(claimWith(doc, 'تستمر الزيارة يومين')?.source?.en).toBe('Al-Ahram');
  });
  it('gives a bare "وأضاف المصدر" after a statement to its issuer, not an unnamed source', () => {
    const doc = read(
      'وتلقى الرئيس التونسي اتصالاً هاتفياً من نظيره المصري، وفق بيان للرئاسة التونسية.\nوأضاف المصدر أن الرئيسين اتفقا على تنسيق المواقف بشأن الملف الليبي.',
      '2021-04-15',
    );
    expect(claimWith(doc, 'اتفقا على تنسيق المواقف')?.source?.institution).toBe('presidency');
  });
});

describe('claim sources: two statements of one issuer', () => {
  const doc = read(
    'استقبل الرئيس الموريتاني أمس وزيرين من مالي والسنغال، بحسب بيانين صادرين عن الرئاسة الموريتانية.\nوأورد البيان الأول أن الرئيس بحث مع الوزير المالي الوضع الأمني على الحدود، وأضاف المصدر نفسه أن الجانبين "اتفقا على تعزيز الدوريات المشتركة".\nوجاء في البيان الثاني: «بحث الرئيس مع الوزير السنغالي ملف الصيد البحري».',
    '2021-04-15',
  );
  it('gives "وأضاف المصدر نفسه" to the presidency that issued both', () => {
    expect(claimWith(doc, 'تعزيز الدوريات المشتركة')?.source?.en).toBe('Presidency (Mauritania)');
  });
  it('gives "وجاء في البيان الثاني" to the same presidency, not to no one', () => {
    expect(claimWith(doc, 'ملف الصيد البحري')?.source?.en).toBe('Presidency (Mauritania)');
  });
});

describe('claim sources: a state agency named by its nationality', () => {
  it('gives "وكالة الأنباء المصرية الرسمية" to the Middle East News Agency', () => {
    const doc = read(
      'وصل العاهل الأردني إلى القاهرة مساء أمس.\nوأعلنت وكالة الأنباء المصرية الرسمية وصول الملك إلى مطار القاهرة الدولي.',
      '2019-03-02',
    );
    expect(claimWith(doc, 'وصول الملك إلى مطار')?.source?.en).toBe('Middle East News Agency');
  });
});

describe('claim sources: "في بيان صادر عن" names the issuer after "عن"', () => {
  it('gives "…، وفق ما ورد في بيان صادر عن رئاسة الجمهورية" to the presidency, not the clause subject', () => {
    const doc = read(
      'مساء أمس الأربعاء، تلقى رئيس الجمهورية السيد محمد ولد الغزواني اتصالين هاتفيين من الرئيسين السنغالي والمالي، تبادل خلالهما التهاني بحلول عيد الفطر، وفق ما ورد في بيان صادر عن رئاسة الجمهورية.',
      '2021-04-15',
    );
    expect(claimWith(doc, 'تبادل خلالهما التهاني')?.source?.en).toBe('Presidency (Mauritania)');
  });
});
