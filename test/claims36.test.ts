import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims given the wrong speaker on held-out set 21.

describe('claim sources: the ones spoken to end a name', () => {
  it('gives "وقال أوزتورك للصحافيين" to Ozturk, not to "أوزتورك للصحافيين"', () => {
    const doc = read(
      'قتل أربعة أشخاص في انفجار سيارة مفخخة وسط أنقرة اليوم الأربعاء. وقال وزير الداخلية التركي محمد أوزتورك إن التحقيق بدأ. وقال أوزتورك للصحافيين "نرجح أنه عمل إرهابي نفذته خلية صغيرة".',
      '2023-03-08',
    );
    const claim = claimWith(doc, 'نفذته خلية صغيرة');
    expect(claim?.sourceText).toBe('أوزتورك');
  });
});

describe('claim sources: a name after "verb + فيه" is the verb\'s own subject', () => {
  it('gives "ثم عُقد مؤتمر صحفي أعلن فيه الوزير فلان أن" to the one named after "فيه"', () => {
    const doc = read(
      'وكان وزير الخارجية القبرصي، نيكوس خريستودوليدس، قد وصل إلى عمان صباح اليوم للقاء أيمن الصفدي، ووُقعت مذكرة تفاهم بين البلدين، ثم عُقد مؤتمر صحفي أعلن فيه أيمن الصفدي أن المذكرة ثمرة مشاورات طويلة بين الجانبين.',
      '2021-05-20',
    );
    const claim = claimWith(doc, 'ثمرة مشاورات طويلة');
    expect(claim?.sourceText).toContain('الصفدي');
  });
});

describe('claim sources: a quoted name before a colon speaks', () => {
  it('gives \'قال "الصفدي": إن\' at a press conference to Safadi, not the paper named before', () => {
    const doc = read(
      'التقى وزير الخارجية الأردني أيمن الصفدي نظيره القبرصي نيكوس خريستودوليدس في عمان اليوم.\nووفق ما نشرته صحيفة "الغد" الأردنية، فقد وصل "خريستودوليدس" إلى عمان صباح اليوم.\nوفي المؤتمر الصحفي الذي أعقب اللقاء، قال "الصفدي": إن البلدين اتفقا على توسيع التعاون في مجال الطاقة.',
      '2021-05-20',
    );
    const claim = claimWith(doc, 'توسيع التعاون في مجال الطاقة');
    expect(claim?.sourceText).toContain('الصفدي');
    expect(claim?.sourceKind).toBe('person');
  });
});

describe('claim sources: the people spoken to after "قال لـ" are not its subject', () => {
  it('gives "فقال للجنود: …" to the president who gave the speech', () => {
    const doc = read(
      'وتفقد الرئيس المصري عبد الفتاح السيسي وحدات المنطقة الجنوبية، وألقى السيسي كلمة خلال تفقده الوحدات تضمنت رسائل عدة، فقال للجنود: كونوا على أهبة الاستعداد لأي مهمة توكل إليكم.',
      '2020-06-20',
    );
    expect(claimWith(doc, 'على أهبة الاستعداد')?.sourceText).toBe('السيسي');
  });
  it('gives "وقال للضباط المشاركين إن" to the minister named before', () => {
    const doc = read(
      'وزار وزير الدفاع التركي خلوصي أكار الوحدات المنتشرة على الحدود، وقال للضباط المشاركين في المناورة إن الوضع الأمني مستقر.',
      '2021-02-11',
    );
    expect(claimWith(doc, 'الوضع الأمني مستقر')?.sourceText).toContain('أكار');
  });
});
