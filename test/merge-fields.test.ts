// How a merged event chooses its place and sides from its reports' readings.
import { describe, expect, it } from 'vitest';
import { toRecord } from '../src/cluster/merge.js';
import { loadKb, record } from '../src/entities/kb.js';
import { mentionRefs } from '../src/shared/mentions.js';
import type { MentionRef } from '../src/shared/records.js';
import { sectorActor } from '../src/events/sides.js';
import { institutionEntity } from '../src/entities/descriptions.js';
import { analyzeText } from './helpers/analyze-text.js';

const text = 'قال المبعوث الأممي إن الأطراف اليمنية قبلت هدنة مدتها ستون يوما تسري على الجبهات كلها.';
const base = mentionRefs(analyzeText(text, '2022-04-01')).find((m) => m.event.type === 'AGREE')!;
const place = (en: string) => record(loadKb().entities.find((e) => e.en === en && e.type === 'GPE')!);

/** The same mention as told by report n, placed where that report places it. */
function report(n: number, where: string): MentionRef {
  const entity = place(where);
  return {
    ...base,
    key: `doc${n}#000`,
    document: `doc${n}`,
    event: { ...base.event, location: { span: { start: 0, end: 1 }, text: entity.ar, entity, via: 'name' } },
  };
}

describe('the place of a merged event', () => {
  it('is not one report’s finer reading against the others', () => {
    const e = toRecord([report(1, 'Yemen'), report(2, 'Yemen'), report(3, 'Yemen'), report(4, 'Taiz')]);
    expect(e.location?.entity.en).toBe('Yemen');
  });
  it('but the finer place when enough reports give it', () => {
    const e = toRecord([report(1, 'Yemen'), report(2, 'Taiz'), report(3, 'Yemen'), report(4, 'Taiz')]);
    expect(e.location?.entity.en).toBe('Taiz');
  });
});

describe('the sides of a merged event', () => {
  const attack = mentionRefs(
    analyzeText('قتل تسعة مدنيين في انفجار سيارة مفخخة في سوق مدينة الزرقاء صباح اليوم.', '2022-04-01'),
  ).find((m) => m.event.type === 'ASSAULT')!;
  /** The attack as report n tells it, its victims placed in a country or not. */
  function told(n: number, country: string | null): MentionRef {
    const victims = sectorActor('civilians', country ?? undefined);
    return {
      ...attack,
      key: `doc${n}#000`,
      document: `doc${n}`,
      event: {
        ...attack.event,
        participants: [{ entity: victims, via: 'sector', span: { start: 0, end: 1 }, role: 'target' }],
      },
    };
  }
  it('keeps the victims one report places, not also the same victims another leaves unplaced', () => {
    const e = toRecord([told(1, 'JOR'), told(2, null), told(3, 'JOR')]);
    expect(e.targets.map((t) => t.id)).toEqual(['sector:civilians:JOR']);
  });
});

describe('the host of a merged visit', () => {
  const visit = (text: string, n: number): MentionRef => {
    const m = mentionRefs(analyzeText(text, '2023-06-11')).find((x) => x.event.type === 'CONSULT')!;
    return { ...m, key: `doc${n}#000`, document: `doc${n}` };
  };
  const arrived = 'وصل رئيس الوزراء الهندي ناريندرا مودي اليوم إلى عمّان في زيارة رسمية تستمر يومين.';
  const received =
    'استقبل العاهل الأردني الملك عبدالله الثاني اليوم رئيس الوزراء الهندي ناريندرا مودي الذي يقوم بزيارة رسمية إلى الأردن.';
  it('is the host one report names, where the others give only the country visited', () => {
    const reports = [visit(arrived, 1), visit(received, 2), visit(arrived, 3), visit(arrived, 4)];
    expect(reports[0].event.participants.map((p) => p.entity.en)).toEqual(['Narendra Modi', 'Jordan']);
    const e = toRecord(reports);
    expect(e.sources.map((s) => s.en)).toEqual(['Narendra Modi']);
    // A visit is to the host and his state (the held-out sets' convention since set 3).
    expect(e.targets.map((s) => s.en)).toEqual(['Jordan', 'Abdullah II of Jordan']);
  });
});

/** One report's attack, as the n-th document. */
const told = (text: string, n: number): MentionRef => {
  const m = mentionRefs(analyzeText(text, '2021-11-02')).find((x) => x.event.type === 'ASSAULT')!;
  return {
    ...m,
    key: `doc${n}#000`,
    document: `doc${n}`,
    event: { ...m.event, date: { ...m.event.date } },
  };
};

describe('the victims of a merged attack', () => {
  const soldiers = 'قتل خمسة جنود في هجوم بسيارة مفخخة استهدف حاجزا للجيش في مدينة العريش صباح اليوم.';
  const toll = 'سقط 12 قتيلا في هجوم بسيارة مفخخة في مدينة العريش صباح اليوم.';
  it('are the soldiers reports name, not civilians guessed from a bare toll', () => {
    const e = toRecord([told(soldiers, 1), told(toll, 2), told(toll, 3)]);
    expect(e.targets.map((t) => t.id)).toEqual(['sector:military:EGY']);
  });
  it('a bare toll stays civilians where no report names soldiers', () => {
    const e = toRecord([told(toll, 1), told(toll, 2)]);
    expect(e.targets.map((t) => t.id)).toEqual(['sector:civilians:EGY']);
  });
});

describe('the victims of a merged attack, where reports name a group or a force', () => {
  it('persons counted are the armed group’s members another report names struck, no civilians', () => {
    const group = told(
      'شن الجيش الإسرائيلي غارات على مواقع لجماعة الحوثي في مدينة الحديدة اليمنية فجر اليوم.',
      1,
    );
    const counted = told('قتل ستة أشخاص في غارات إسرائيلية على مدينة الحديدة اليمنية فجر اليوم.', 2);
    expect(toRecord([group, counted, counted]).targets.map((t) => t.id)).toEqual(['mirsad:houthis']);
  });
  it('but civilians named as such stay beside the group', () => {
    const group = told(
      'شن الجيش الإسرائيلي غارات على مواقع لجماعة الحوثي في مدينة الحديدة اليمنية فجر اليوم.',
      1,
    );
    const named = told('قتل ستة مدنيين في غارات إسرائيلية على مدينة الحديدة اليمنية فجر اليوم.', 2);
    expect(toRecord([group, named, named]).targets.map((t) => t.id)).toContain('sector:civilians:YEM');
  });
  it('soldiers struck and the force they serve in are one side', () => {
    const soldiers = told(
      'قتل ثلاثة عسكريين أمريكيين في هجوم بطائرة مسيرة على قاعدة في شمال شرق الأردن فجر الأحد.',
      1,
    );
    const force = told(
      'قتل ثلاثة عسكريين أمريكيين في هجوم بطائرة مسيرة على قاعدة في شمال شرق الأردن فجر الأحد.',
      2,
    );
    force.event = {
      ...force.event,
      participants: [
        {
          entity: record(institutionEntity(loadKb().institutions.get('القوات المسلحه')!, 'USA')),
          via: 'name',
          span: { start: 0, end: 1 },
          role: 'target',
        },
      ],
    };
    expect(toRecord([soldiers, force]).targets.map((t) => t.id)).toEqual(['sector:military:USA']);
  });
});

describe('the day of a merged event', () => {
  const dated = (n: number, date: MentionRef['event']['date']): MentionRef => ({
    ...base,
    key: `doc${n}#000`,
    document: `doc${n}`,
    event: { ...base.event, date },
  });
  // 2023-03-17 was a Friday.
  const announced = dated(1, { value: '2023-03-17', granularity: 'day', derivation: 'report-day' });
  const saturday = (n: number) =>
    dated(n, { value: null, granularity: 'weekday-only', derivation: 'unresolved', weekday: 'Saturday' });
  it('is the day next to a statement’s day whose weekday more reports give', () => {
    const e = toRecord([announced, saturday(2), saturday(3)]);
    expect(e.date.value).toBe('2023-03-18');
    expect(e.date.supportedBy).toEqual(['doc2', 'doc3']);
  });
  it('but the statement’s day when as many reports give its own', () => {
    const friday = dated(4, {
      value: null,
      granularity: 'weekday-only',
      derivation: 'unresolved',
      weekday: 'Friday',
    });
    expect(toRecord([announced, saturday(2), friday]).date.value).toBe('2023-03-17');
  });
});

// Our own sentences, in the style of agency reports of a truce taking hold and of an air strike.
describe('a truce both sides keep', () => {
  const truce = (text: string, n: number): MentionRef => {
    const m = mentionRefs(analyzeText(text, '2024-03-10')).find((x) => x.event.type === 'RETREAT')!;
    return { ...m, key: `doc${n}#000`, document: `doc${n}` };
  };
  const ids = (side: { id: string }[]) => side.map((e) => e.id).sort();
  it('holds its two parties on both sides, whichever order the reports name them in', () => {
    const a = truce('دخلت الهدنة بين إسرائيل وحزب الله حيز التنفيذ فجر اليوم الأحد.', 1);
    const b = truce('دخل وقف إطلاق النار بين حزب الله وإسرائيل حيز التنفيذ فجر اليوم.', 2);
    expect(a.event.participants.length).toBe(2);
    const e = toRecord([a, b]);
    expect(ids(e.sources)).toEqual(ids(e.targets));
    expect(e.sources.map((s) => s.en).sort()).toEqual(['Hezbollah', 'Israel']);
  });
  it('one report alone as well', () => {
    const e = toRecord([truce('دخلت الهدنة بين إسرائيل وحزب الله حيز التنفيذ فجر اليوم الأحد.', 1)]);
    expect(ids(e.sources)).toEqual(ids(e.targets));
    expect(e.sources).toHaveLength(2);
  });
  it('but not a truce one side declares alone', () => {
    const m = truce('أعلن الجيش السوداني هدنة من جانب واحد مع قوات الدعم السريع لمدة ثلاثة أيام.', 1);
    expect(m.event.oneSided).toBe(true);
    const e = toRecord([m]);
    expect(e.sources.some((s) => e.targets.some((t) => t.id === s.id))).toBe(false);
  });
});

// Our own sentences, in the style of reports of two states agreeing to restore relations.
describe('an agreement between two states', () => {
  const agreement = (text: string, n: number): MentionRef => {
    const m = mentionRefs(analyzeText(text, '2023-03-12')).find((x) => x.event.type === 'AGREE')!;
    return { ...m, key: `doc${n}#000`, document: `doc${n}` };
  };
  const ids = (side: { id: string }[]) => side.map((e) => e.id).sort();
  it('holds both states on both sides, whichever the reports name first', () => {
    const a = agreement('اتفقت السعودية وإيران على استئناف العلاقات الدبلوماسية بينهما خلال شهرين.', 1);
    const b = agreement('اتفقت إيران والسعودية على استئناف العلاقات الدبلوماسية وإعادة فتح السفارتين.', 2);
    const e = toRecord([a, b]);
    expect(ids(e.sources)).toEqual(ids(e.targets));
    expect(e.sources.map((s) => s.en).sort()).toEqual(['Iran', 'Saudi Arabia']);
  });
});

describe('an attacker the reports name apart', () => {
  const strike = (text: string, n: number): MentionRef => {
    const m = mentionRefs(analyzeText(text, '2024-07-30')).find((x) => x.event.type === 'ASSAULT')!;
    return { ...m, key: `doc${n}#000`, document: `doc${n}` };
  };
  const unnamed = 'قتل قيادي في حزب الله في غارة على الضاحية الجنوبية لبيروت مساء اليوم الثلاثاء.';
  it('is kept when one report names the state and another its army, and none names another', () => {
    const reports = [
      strike('قتل قيادي في حزب الله في غارة إسرائيلية على الضاحية الجنوبية لبيروت مساء اليوم الثلاثاء.', 1),
      strike('أعلن الجيش الإسرائيلي أنه شن غارة على الضاحية الجنوبية لبيروت مساء اليوم الثلاثاء.', 2),
      strike(unnamed, 3),
      strike(unnamed, 4),
      strike(unnamed, 5),
    ];
    expect(reports[2].event.participants.some((p) => p.role === 'source')).toBe(false);
    const e = toRecord(reports);
    expect(e.sources.map((s) => s.en)).toEqual(['Israel']);
  });
  it('but not where another report names another attacker', () => {
    const reports = [
      strike('قتل قيادي في حزب الله في غارة إسرائيلية على الضاحية الجنوبية لبيروت مساء اليوم الثلاثاء.', 1),
      strike('أعلن الجيش الإسرائيلي أنه شن غارة على الضاحية الجنوبية لبيروت مساء اليوم الثلاثاء.', 2),
      strike('قتل قيادي في حزب الله في غارة أمريكية على الضاحية الجنوبية لبيروت مساء اليوم الثلاثاء.', 3),
      strike(unnamed, 4),
      strike(unnamed, 5),
      strike(unnamed, 6),
      strike(unnamed, 7),
    ];
    const e = toRecord(reports);
    expect(e.sources.map((s) => s.en)).toEqual([]);
  });
});
