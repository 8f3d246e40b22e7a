// Sides met across the newest held-out sets, in our own sentences: an attack on a diplomatic
// mission, an agreement named after the city that hosted it, and the state whose efforts brought
// two factions to agree.
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../src/types.js';
import { sideEntities as sides, kinds } from './helpers/sides.js';

const names = (xs: EntityRecord[]) => xs.map((x) => x.en);

describe('an attack on a diplomatic mission', () => {
  it('the consulate near whose seat a bomber blew himself up is struck, not the attacker', () => {
    const { sources, targets } = sides(
      'قال شهود إن انتحاريا فجّر نفسه صباح الأحد قرب مقر القنصلية الفرنسية في مدينة البصرة.',
      'ASSAULT',
      '2016-05-02',
    );
    expect(kinds(sources)).not.toContain('consulate:FRA');
    expect(kinds(targets)).toContain('consulate:FRA');
  });
});

describe('a ministry in an attack', () => {
  it('the ministry whose seat a car bomb struck is its target', () => {
    const { targets } = sides(
      'استهدف تفجير بسيارة مفخخة صباح اليوم مقر وزارة الخارجية العراقية وسط بغداد.',
      'ASSAULT',
      '2015-02-06',
    );
    expect(kinds(targets)).toContain('ministry-foreign:IRQ');
  });

  it('so is the ministry whose compound gunmen stormed', () => {
    const { targets } = sides('هاجم مسلحون مجمع وزارة الصحة الليبية في طرابلس.', 'ASSAULT', '2015-02-06');
    expect(kinds(targets)).toContain('ministry-health:LBY');
  });

  it('the ministry that reports the toll of an attack on a market is no side of it', () => {
    const { sources, targets } = sides(
      'أعلنت وزارة الصحة الليبية مقتل ثلاثة أشخاص في انفجار استهدف سوقا في طرابلس.',
      'ASSAULT',
      '2015-02-06',
    );
    expect(kinds([...sources, ...targets])).not.toContain('ministry-health:LBY');
  });
});

describe('who brought an agreement about is no party to it', () => {
  it('the city an agreement is named after is no side', () => {
    const { sources, targets } = sides(
      'وقّع زعماء الأطراف الليبية مساء الخميس اتفاق الدوحة الذي ينهي الأزمة السياسية.',
      'AGREE',
      '2011-07-15',
    );
    expect(names([...sources, ...targets])).not.toContain('Qatar');
    expect(kinds(sources)).toContain('parties:LBY');
  });

  it('the king whose efforts brought the two movements to agree is their broker', () => {
    const { sources, targets } = sides(
      'أثمرت جهود العاهل الأردني الملك عبد الله الثاني اتفاقاً بين حركتي فتح وحماس، إذ شهد قصر رغدان توقيع الاتفاق.',
      'AGREE',
      '2012-02-06',
    );
    expect(names([...sources, ...targets])).not.toContain('Abdullah II of Jordan');
    expect(names([...sources, ...targets])).not.toContain('Jordan');
    expect(names([...sources, ...targets])).toEqual(expect.arrayContaining(['Fatah', 'Hamas']));
  });

  it('so is he after whose tireless efforts they signed', () => {
    const { sources, targets } = sides(
      'وقّعت حركتا فتح وحماس اتفاقا للمصالحة بعد مساعٍ حثيثة للعاهل الأردني الملك عبد الله الثاني.',
      'AGREE',
      '2012-02-06',
    );
    expect(names([...sources, ...targets])).not.toContain('Abdullah II of Jordan');
  });
});

describe('protests against the government of those who hold them', () => {
  it('protests told as sweeping a state, no protesters named, are against its government', () => {
    const { targets } = sides(
      'موجة احتجاجات غاضبة تجتاح الأردن بعد رفع أسعار الوقود',
      'PROTEST',
      '2018-06-02',
    );
    expect(kinds(targets)).toContain('government:JOR');
    expect(names(targets)).not.toContain('Jordan');
  });

  it('protesters at home naming no target march against their own government', () => {
    const { targets } = sides(
      'تجمع آلاف المتظاهرين مساء السبت في ساحة التحرير وسط بغداد، وطالب المحتجون بمحاسبة الفاسدين وتوفير فرص العمل.',
      'PROTEST',
      '2018-06-02',
    );
    expect(kinds(targets)).toContain('government:IRQ');
  });

  it('protesters marching for the people of another land are not against their own government', () => {
    const { targets } = sides('خرج آلاف المتظاهرين في شوارع عمان نصرة لأهالي غزة.', 'PROTEST', '2018-06-02');
    expect(kinds(targets)).not.toContain('government:JOR');
  });
});
