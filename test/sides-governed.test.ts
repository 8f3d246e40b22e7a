import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../src/types.js';
import { sideEntities as sides, kinds } from './helpers/sides.js';

const names = (xs: EntityRecord[]) => xs.map((x) => x.en);

describe('a protest is held against those who govern the protesters', () => {
  it('the police who disperse them stand for their government', () => {
    const { targets } = sides(
      'تظاهر آلاف المحتجين العراقيين في ساحة التحرير ببغداد اليوم، وأطلقت قوات الأمن العراقية الغاز المسيل للدموع لتفريقهم.',
      'PROTEST',
      '2019-10-01',
    );
    expect(kinds(targets)).toContain('government:IRQ');
    expect(kinds(targets)).not.toContain('security-forces:IRQ');
  });
});

describe('an arrest is made by the state’s security organs', () => {
  it('the police named beside it arrest, they are not arrested', () => {
    const { sources, targets } = sides(
      'تم اعتقال الناشط سعيد العلمي على يد عناصر الشرطة المغربية في الحسيمة صباح الاثنين.',
      'COERCE',
      '2017-05-29',
    );
    expect(kinds(sources)).toContain('police:MAR');
    expect(kinds(targets)).not.toContain('police:MAR');
  });
});

describe('those struck and those expelled, named by their group', () => {
  it('people at a sit-in killed are protesters', () => {
    const { targets } = sides(
      'قتل ثلاثة من المعتصمين برصاص قوات الأمن أمام مقر القيادة في الخرطوم فجر الاثنين.',
      'ASSAULT',
      '2019-06-03',
    );
    expect(targets.map((x) => x.sector)).toContain('protesters');
  });
  it('diplomats expelled in the plural bring their state', () => {
    const { targets } = sides(
      'قررت الكويت طرد خمسة دبلوماسيين إيرانيين من أراضيها خلال يومين.',
      'SANCTION',
      '2017-07-20',
    );
    expect(names(targets)).toContain('Iran');
  });
  it('a person sanctioned is struck, not his state', () => {
    const { targets } = sides(
      'فرضت وزارة الخزانة الأمريكية عقوبات على قائد الجيش السوداني عبد الفتاح البرهان يوم الخميس.',
      'SANCTION',
      '2025-01-16',
    );
    expect(names(targets)).toContain('Abdel Fattah al-Burhan');
    expect(names(targets)).not.toContain('Sudan');
  });
});

describe('who hosts a visit', () => {
  it('the host at the head of those receiving the guest, not the king who invited him', () => {
    const { targets } = sides(
      'حط رئيس الوزراء العراقي مصطفى الكاظمي في الرياض تلبية لدعوة من الملك سلمان بن عبد العزيز. وكان في مقدمة مستقبلي الكاظمي بالمطار ولي العهد الأمير محمد بن سلمان.',
      'CONSULT',
      '2021-03-31',
    );
    expect(names(targets)).toEqual(['Mohammed bin Salman']);
  });
});

describe('actors named another way', () => {
  it('a state’s authorities are its government, one side', () => {
    const { sources } = sides(
      'قررت السلطات الصومالية استدعاء سفيرها لدى إثيوبيا للتشاور، وأكدت الحكومة الصومالية رفضها الاتفاق.',
      'SANCTION',
      '2024-01-02',
    );
    expect(kinds(sources)).not.toContain('authorities:SOM');
  });
});
