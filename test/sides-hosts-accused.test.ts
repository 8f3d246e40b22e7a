import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';
import { ruledOut } from '../src/cluster/same-event.js';
import { normalize } from '../src/arabic/normalize.js';

// Our own sentences, in the shapes of the sides real reports gave wrong (issue #13).
const sides = (text: string, type: string, published?: string) => {
  const e = analyzeText(text, published).events.find((x) => x.type === type && x.status === 'asserted');
  const names = (role: string) =>
    e?.participants.filter((p) => p.role === role).map((p) => p.entity.en) ?? [];
  return { sources: names('source'), targets: names('target') };
};

const event = (text: string, published?: string) => {
  const e = analyzeText(text, published).events.find((x) => x.type === 'CONSULT');
  if (!e) throw new Error(`no CONSULT in: ${text}`);
  return e;
};

describe('the hosts a visitor is to meet', () => {
  it('are the targets of a visit that names no host', () => {
    const { sources, targets } = sides(
      'وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى الرياض اليوم في زيارة رسمية. ومن المتوقع أن يلتقي الملك سلمان بن عبد العزيز وولي العهد الأمير محمد بن سلمان.',
      'CONSULT',
      '2021-03-31',
    );
    expect(sources).toEqual(['Mustafa Al-Kadhimi']);
    expect(targets).toEqual(expect.arrayContaining(['Salman bin Abdulaziz', 'Mohammed bin Salman']));
  });
  it('but not besides the leader who received him already', () => {
    const { targets } = sides(
      'وصل العاهل الأردني إلى بغداد والتقى الرئيس العراقي برهم صالح في زيارة رسمية، وقال مصدر إنه سيلتقي لاحقا رئيس الوزراء عادل عبد المهدي.',
      'CONSULT',
      '2019-01-14',
    );
    expect(targets).toContain('Barham Salih');
    expect(targets).not.toContain('Adil Abdul-Mahdi');
  });
});

describe('visits that cannot be one', () => {
  it('two holders of one office at times that never met: two visits', () => {
    const rouhani = event(
      'استقبل الرئيس الإيراني حسن روحاني في طهران رئيس الوزراء العراقي مصطفى الكاظمي في أول زيارة له.',
    );
    const raisi = event(
      'استقبل الرئيس الإيراني إبراهيم رئيسي في طهران رئيس الوزراء العراقي مصطفى الكاظمي وبحثا العلاقات.',
    );
    expect(ruledOut(rouhani, raisi)).toBe(true);
    expect(ruledOut(rouhani, rouhani)).toBe(false);
  });
  it('a visit received by the leaders of two states: two visits, wherever each is placed', () => {
    const tehran = event(
      'بدأ رئيس الوزراء العراقي مصطفى الكاظمي زيارة رسمية يلتقي خلالها الرئيس الإيراني إبراهيم رئيسي.',
      '2022-06-26',
    );
    const riyadh = event(
      'بدأ رئيس الوزراء العراقي مصطفى الكاظمي زيارة رسمية يلتقي خلالها الملك سلمان بن عبد العزيز.',
      '2022-06-26',
    );
    // (Not told apart by the capitals each host gives it: one report may place both legs in one.)
    const unplaced = (e: typeof tehran) => ({ ...e, location: null });
    expect(ruledOut(unplaced(tehran), unplaced(riyadh))).toBe(true);
    const received = event(
      'استقبل الرئيس الإيراني إبراهيم رئيسي رئيس الوزراء العراقي مصطفى الكاظمي في زيارة رسمية.',
      '2022-06-26',
    );
    expect(ruledOut(unplaced(tehran), unplaced(received))).toBe(false);
  });
});

describe('who carried out an attack', () => {
  it('the militia of a group named by its adjective or its construct', () => {
    const { sources } = sides(
      'قتل خمسة مدنيين صباح الاثنين عندما أطلقت ميليشيا الحوثي صاروخا على سوق شعبي في مدينة مأرب.',
      'ASSAULT',
      '2021-02-15',
    );
    expect(sources).toContain('Houthis');
  });
  it('the armed group the report says was accused of it, where it names no other', () => {
    const { sources } = sides(
      'قتل ستة مدنيين في انفجار سيارة مفخخة وسط سوق مدينة الباب شمالي سوريا. واتهمت وزارة الدفاع التركية وحدات حماية الشعب بتنفيذ الهجوم.',
      'ASSAULT',
      '2021-06-10',
    );
    expect(sources).toContain("People's Defense Units");
  });
});

describe('the accused after a verb of accusing', () => {
  it('is not the speaker when the sentence has one', () => {
    const doc = analyzeText(
      'وكانت البحرين قد أعلنت الاثنين مقتل اثنين من جنودها، وحمّلت ميليشيات الحوثي مسؤولية "العمل الغادر".',
      '2023-09-27',
    );
    const c = doc.claims.find((x) => normalize(doc.text.slice(x.span.start, x.span.end)).includes('الغادر'));
    expect(c?.source?.en).not.toBe('Houthis');
  });
});
