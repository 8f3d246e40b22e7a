import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the sides real reports gave wrong (issue #20).
const sides = (text: string, type: string, published: string) => {
  const events = analyzeText(text, published).events.filter((x) => x.type === type);
  const names = (role: string) =>
    events.flatMap((e) => e.participants.filter((p) => p.role === role).map((p) => p.entity.en));
  return {
    sources: names('source'),
    targets: names('target'),
    all: [...names('source'), ...names('target')],
  };
};

describe('who called whom', () => {
  it('a headline whose subject is a bare title has the leader after its verb as the callee', () => {
    const { sources, targets } = sides('جلالة الملك يهاتف الرئيس الفرنسي', 'CONSULT', '2023-03-02');
    expect(sources).not.toContain('Emmanuel Macron');
    expect(targets).toContain('Emmanuel Macron');
  });
  it('a leader named in full with his title before "تلقى" received the call', () => {
    const { sources, targets } = sides(
      'الشيخ محمد بن زايد آل نهيان رئيس الدولة تلقى اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون.',
      'CONSULT',
      '2023-03-02',
    );
    expect(sources).toEqual(['Emmanuel Macron']);
    expect(targets).toEqual(['Mohamed bin Zayed']);
  });
});

describe('the person an attack killed, named as the subject of his death', () => {
  it('named before "لقي حتفه", his office apposed', () => {
    const { targets } = sides(
      'أفاد مسؤول أمني بأن محمد صالح الهاشمي، قائد شرطة المحافظة، لقي حتفه صباح اليوم حين انفجرت عبوة ناسفة بسيارته في وسط مدينة تعز.',
      'ASSAULT',
      '2016-03-02',
    );
    expect(targets).toContain('محمد صالح الهاشمي');
  });
  it('his rank between "لقي" and his name', () => {
    const { targets } = sides(
      'لقي اللواء محمد صالح الهاشمي حتفه صباح اليوم في انفجار عبوة ناسفة استهدفت سيارته في مدينة تعز.',
      'ASSAULT',
      '2016-03-02',
    );
    expect(targets).toContain('محمد صالح الهاشمي');
  });
  it('named before a passive verb of killing and the attack', () => {
    const { targets } = sides(
      'وأكدت مصادر طبية أن أحمد سعيد العمري قتل في الانفجار الذي هز وسط مدينة عدن صباح اليوم.',
      'ASSAULT',
      '2016-03-02',
    );
    expect(targets).toContain('أحمد سعيد العمري');
  });
});

describe('a signing’s parties, not where it was signed', () => {
  it('a country’s factions signing together are its party', () => {
    const { sources } = sides(
      'وقعت الفصائل الفلسطينية مساء الأربعاء في القاهرة على وثيقة للمصالحة الوطنية تنهي سنوات الانقسام.',
      'AGREE',
      '2017-10-12',
    );
    expect(sources).toContain('Palestine factions');
  });
  it('the capital of a dateline is no side', () => {
    const { all } = sides(
      'القاهرة 12 أكتوبر 2017 (شينخوا) وقعت حركتا فتح وحماس اليوم اتفاقا للمصالحة برعاية مصرية.',
      'AGREE',
      '2017-10-12',
    );
    expect(all).toEqual(['Fatah', 'Hamas']);
  });
  it('a capital named after "العاصمة" is where, not who', () => {
    const { all } = sides('وتم توقيع الاتفاق في حفل أقيم بالعاصمة الرباط.', 'AGREE', '2022-10-13');
    expect(all).not.toContain('Morocco');
  });
  it('a state named inside the quoted name of the declaration is no party', () => {
    const { all } = sides('وقعت حركتا فتح وحماس على "إعلان الجزائر" لإنهاء الانقسام.', 'AGREE', '2022-10-13');
    expect(all).toEqual(['Fatah', 'Hamas']);
  });
});

describe('an expulsion between two states', () => {
  it('the state named after the envoy’s noun is his, the object of the act', () => {
    const { sources, targets } = sides(
      'المكسيك أول دولة في أمريكا اللاتينية تطرد سفير كوريا الشمالية من أراضيها.',
      'SANCTION',
      '2017-09-08',
    );
    expect(sources).toEqual(['Mexico']);
    expect(targets).toContain('North Korea');
  });
  it('the expelling state’s own ministry acts with it', () => {
    const { sources, targets } = sides(
      'الرياض تطرد سفير الاحتلال\n\nوذكرت وسائل إعلام أن السفير استدعي إلى الخارجية السعودية في الرياض وطلبت منه مغادرة البلاد حتى إشعار آخر.',
      'SANCTION',
      '2019-03-02',
    );
    expect(sources).toContain('Saudi Ministry of Foreign Affairs');
    expect(targets).not.toContain('Saudi Ministry of Foreign Affairs');
  });
});

describe('another state’s act told in a clause of its own', () => {
  it('a state named after "فيما" is no target of the act before it', () => {
    const { sources, targets } = sides(
      'وكانت الكويت قد استدعت سفيرها في طهران يوم الثلاثاء، فيما خفضت الإمارات تمثيلها الدبلوماسي لدى إيران.',
      'SANCTION',
      '2016-01-06',
    );
    expect(sources).toContain('Kuwait');
    expect(targets).not.toContain('United Arab Emirates');
  });
});

describe('a state closing the title of the person named after it', () => {
  it('is his, not an actor whose act falls on him', () => {
    const { sources, targets } = sides(
      'هدد زعيم نظام كوريا الشمالية كيم جونغ أون، السبت، بضرب القواعد الأمريكية.',
      'THREATEN',
      '2019-03-03',
    );
    expect(sources).toContain('Kim Jong Un');
    expect(targets).not.toContain('Kim Jong Un');
  });
});
