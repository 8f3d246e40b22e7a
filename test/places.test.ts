import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

interface PlaceCase {
  id: string;
  published: string;
  text: string;
  type: string;
  mode: string | null;
  location: string | null;
  single?: boolean;
  why: string;
}

const cases = readFileSync('test/data/events/places.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as PlaceCase);

describe('where an event happened (test/data/events/places.jsonl)', () => {
  it.each(cases.map((c) => [c.id, c.why, c] as const))('%s: %s', (_id, _why, c) => {
    const doc = analyzeText(c.text, c.published);
    const events = doc.events.filter((e) => e.type === c.type);
    expect(events.length, `no ${c.type} event`).toBeGreaterThan(0);
    if (c.single) expect(events).toHaveLength(1);
    if (c.mode) expect(events[0].mode).toBe(c.mode);
    expect(events[0].location?.entity.en ?? null).toBe(c.location);
  });
});

describe('a meeting in one side’s country: the guest is the source', () => {
  const sides = (text: string) => {
    const doc = analyzeText(text, '2023-08-08');
    const e = doc.events.find((x) => x.type === 'CONSULT')!;
    return {
      source: e.participants.filter((p) => p.role === 'source').map((p) => p.entity.en),
      target: e.participants.filter((p) => p.role === 'target').map((p) => p.entity.en),
    };
  };
  it('reads the host named first as the one receiving', () => {
    expect(
      sides(
        'التقى العاهل الأردني الملك عبد الله الثاني بن الحسين والرئيس الفلسطيني محمود عباس أبو مازن مساء الثلاثاء في عمّان لتنسيق المواقف.',
      ),
    ).toEqual({ source: ['Mahmoud Abbas'], target: ['Abdullah II of Jordan'] });
  });
  it('and the other way round in the other capital', () => {
    expect(
      sides(
        'التقى العاهل الأردني الملك عبد الله الثاني بن الحسين والرئيس الفلسطيني محمود عباس أبو مازن مساء الثلاثاء في رام الله لتنسيق المواقف.',
      ),
    ).toEqual({ source: ['Abdullah II of Jordan'], target: ['Mahmoud Abbas'] });
  });
});

describe('a workers’ strike is held against the government', () => {
  const targets = (text: string) => {
    const doc = analyzeText(text, '2019-09-08');
    const e = doc.events.find((x) => x.type === 'PROTEST' && x.mode === 'strike');
    return e?.participants.filter((p) => p.role === 'target').map((p) => `${p.entity.en}/${p.via}`);
  };
  it('implies the government of the strikers when no target is named', () => {
    expect(targets('بدأ المعلمون في الأردن اليوم إضرابا مفتوحا عن العمل للمطالبة بعلاوة مهنية.')).toEqual([
      'Government (Jordan)/implied',
    ]);
  });
  it('but not for a general strike called for a cause', () => {
    expect(targets('عم الإضراب الشامل مدن الضفة الغربية اليوم نصرة لغزة.') ?? []).not.toContainEqual(
      expect.stringMatching(/Government/),
    );
  });
});

describe('an armed group accused of a bombing of people carried it out', () => {
  it('is the source, not a target beside the worshippers it struck', () => {
    const text =
      'قتل عشرون مصليا في تفجير انتحاري داخل كنيسة في حمص مساء الأحد، واتهمت وزارة الداخلية تنظيم داعش بالوقوف وراء الهجوم.';
    const doc = analyzeText(text, '2025-06-22');
    const e = doc.events.find((x) => x.type === 'ASSAULT')!;
    expect(e.participants.filter((p) => p.role === 'source').map((p) => p.entity.en)).toContain(
      'Islamic State',
    );
    expect(e.participants.filter((p) => p.role === 'target').map((p) => p.entity.en)).not.toContain(
      'Islamic State',
    );
  });
});

describe('the media that carry a report are no side of its events', () => {
  it('a channel quoted in a seed article does not hold talks', () => {
    const text = readFileSync('examples/seeds/004_12805d3a76e58f3b.txt', 'utf8');
    const doc = analyzeText(text);
    const sides = doc.events.flatMap((e) => e.participants.map((p) => p.entity.id));
    const media = doc.entities.filter((m) => m.via === 'media').map((m) => m.entity.id);
    expect(media.length).toBeGreaterThan(0);
    expect(sides.filter((id) => media.includes(id))).toEqual([]);
  });
});

describe('a wide area ranks below the towns in it', () => {
  it('Darfur, the West Bank and the Middle East are not finer than a town', async () => {
    const { placeLevel } = await import('../src/events/location.js');
    const { loadKb, record } = await import('../src/entities/kb.js');
    const level = (en: string) => {
      const e = loadKb().entities.find((x) => x.en === en && x.subtype !== 'governorate')!;
      return placeLevel({ span: { start: 0, end: 0 }, text: '', entity: record(e), via: 'name' });
    };
    expect(level('Darfur')).toBeLessThan(level('El Fasher'));
    expect(level('West Bank')).toBeLessThan(level('Jenin'));
    expect(level('Middle East')).toBeLessThan(level('Iraq'));
    expect(level('Al-Tanf')).toBeGreaterThan(level('Homs'));
  });
});

describe('a building named for its body', () => {
  it('is where the act happened, not a side of it', () => {
    const doc = analyzeText(
      'وقع رئيسا الكونغو ورواندا اتفاق سلام في البيت الأبيض بحضور الرئيس الأمريكي.',
      '2025-06-27',
    );
    const e = doc.events.find((x) => x.type === 'AGREE')!;
    expect(e.location?.entity.en).toBe('Washington');
    expect(e.participants.map((p) => p.entity.en)).not.toContain('White House');
  });
});
