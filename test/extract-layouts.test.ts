import { describe, expect, it } from 'vitest';
import { readFile } from '../src/ingest/read.js';
import { analyze } from '../src/pipeline.js';

// Pages written for these tests in the layouts scrapers meet: a scraped text with a dateline,
// a byline and a copyright footer; an HTML page with JSON-LD, menus, a related box and a sidebar.
const doc = async (file: string) => analyze((await readFile(`test/fixtures/pages/${file}`)).inputs[0]);
const body = (d: Awaited<ReturnType<typeof doc>>) =>
  d.extraction.paragraphs.map((p) => d.text.slice(p.span.start, p.span.end));

describe('metadata and body across layouts', () => {
  it('reads dateline, byline and the outlet in a copyright footer of scraped text', async () => {
    const d = await doc('levant-call-byline.txt');
    expect(d.extraction.title?.value).toBe('وزير الخارجية الأردني يبحث مع نظيره المصري التطورات في غزة');
    expect(d.extraction.published?.value.value).toBe('2023-11-12T10:45');
    expect(d.extraction.author?.value).toBe('سامر الخطيب');
    expect(d.extraction.outlet?.value).toBe('الرأي الأردني');
    const paras = body(d);
    expect(paras).toHaveLength(3);
    expect(paras.join('\n')).not.toMatch(/شارك|فيسبوك|جميع الحقوق/);
    const call = d.events.find((e) => e.type === 'CONSULT');
    expect(call?.mode).toBe('phone');
    expect(call?.date.value).toBe('2023-11-11');
    expect(call?.participants.map((p) => p.entity.en).sort()).toEqual(['Ayman Safadi', 'Sameh Shoukry']);
  });

  it('reads JSON-LD and keeps menus, related links, share bars and sidebars out of the body', async () => {
    const d = await doc('gulf-jsonld.html');
    expect(d.extraction.title?.value).toBe('ولي العهد السعودي يستقبل وزير الخارجية الإيراني في الرياض');
    expect(d.extraction.author?.value).toBe('نورة العتيبي');
    expect(d.extraction.outlet?.value).toBe('الخليج اليوم');
    expect(d.extraction.published?.value.value).toBe('2023-08-18T21:05');
    const text = body(d).join('\n');
    expect(body(d)).toHaveLength(3);
    for (const furniture of [
      'الرئيسية',
      'اقرأ أيضاً',
      'تتفقان على إعادة فتح',
      'فيسبوك',
      'الأكثر قراءة',
      'جميع الحقوق',
    ])
      expect(text).not.toContain(furniture);
    const visit = d.events.find((e) => e.type === 'CONSULT');
    expect(visit?.participants.map((p) => p.entity.en).sort()).toEqual([
      'Hossein Amir-Abdollahian',
      'Mohammed bin Salman',
    ]);
    expect(d.entities.some((e) => e.text === 'الخارجية الإيراني')).toBe(false);
  });

  it('finds the headline under a masthead, skips repeated captions, and reads a titled byline', async () => {
    const d = await doc('egypt-masthead.txt');
    expect(d.extraction.title?.value).toBe('هل ينجح لقاء القاهرة في تثبيت الهدنة؟');
    expect(d.extraction.outlet?.value).toBe('بوابة النيل الإخبارية');
    expect(d.extraction.author?.value).toBe('د. هالة الشاذلي');
    // The date above the masthead and the editor-in-chief is the site's "today", not the publication date.
    expect(d.extraction.published).toBeNull();
    const paras = body(d);
    expect(paras).toHaveLength(3);
    expect(paras[0]).toMatch(/^استقبل وزير الخارجية سامح شكري/);
    expect(paras.join('\n')).not.toMatch(/اقرأ أيضا|رئيس التحرير|ونظيره القطري\n/);
    const meeting = d.events.find((e) => e.type === 'CONSULT' && e.status === 'asserted');
    expect(meeting?.date).toMatchObject({ value: null, weekday: 'Tuesday' });
    expect(meeting?.participants.map((p) => p.entity.en).sort()).toEqual([
      'Mohammed bin Abdulrahman Al Thani',
      'Sameh Shoukry',
    ]);
  });

  it('reads a reporter signing after the article and one leading the lead', async () => {
    const signed = await doc('maghreb-signature.txt');
    expect(signed.extraction.author?.value).toBe('سليمان بن عيسى');
    expect(body(signed)).toHaveLength(2);
    const lead = await doc('egypt-lead-byline.txt');
    expect(lead.extraction.author?.value).toBe('نادية سالم');
    const call = lead.events.find((e) => e.type === 'CONSULT');
    expect(call?.date.value).toBe('2023-05-14');
    expect(call?.mode).toBe('phone');
  });

  it("reads an interviewer's byline under the deck, and the outlet of a wire dateline", async () => {
    const interview = await doc('maghreb-interview-byline.txt');
    expect(interview.extraction.author?.value).toBe('ليلى الزواري');
    expect(body(interview).join('\n')).not.toContain('حوار:');
    const wire = await doc('iraq-wire-dateline.txt');
    expect(wire.extraction.outlet?.value).toBe('الرافدين اليوم');
    // The dateline is no headline, and its city is not taken for the outlet.
    expect(wire.extraction.title).toBeNull();
    expect(body(wire)).toHaveLength(2);
    // A reporter's name after the dateline, the dash touching the city: the author, not an outlet.
    const reporter = await doc('maghreb-dateline-reporter.txt');
    expect(reporter.extraction.author?.value).toBe('إدريس الكتاني');
    expect(reporter.extraction.outlet).toBeNull();
    // "دمشق-سانا" on its own line, "الدوحة (قنا) -" opening the lead: the agency that sent it.
    expect((await doc('levant-sana-dateline.txt')).extraction.outlet?.value).toBe('سانا');
    const agency = await doc('gulf-agency-lead.txt');
    expect(agency.extraction.outlet?.value).toBe('قنا');
    expect(body(agency)).toHaveLength(2);
  });

  it('drops appeals at the edges of the body even when they read as prose, and photo credits inside it', async () => {
    const d = await doc('iraq-newsletter.html');
    expect(d.extraction.title?.value).toBe('وزير الخارجية العراقي يبحث هاتفياً مع نظيره التركي ملف المياه');
    expect(d.extraction.outlet?.value).toBe('دجلة نيوز');
    const paras = body(d);
    expect(paras).toHaveLength(3);
    expect(paras[0]).toMatch(/^بغداد - بحث وزير الخارجية العراقي/);
    expect(paras.join('\n')).not.toMatch(/تابعوا|النشرة البريدية|جميع الحقوق|الصورة:/);
    const call = d.events.find((e) => e.type === 'CONSULT');
    expect(call?.mode).toBe('phone');
    expect(call?.date.value).toBe('2024-07-08');
  });
});
