import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

// Visits and meetings told with verb forms beside the listed ones (written for this test): the
// future prefix سـ on a listed imperfect, and the feminine and plural pasts.
const eventsOf = (content: string, published: string) =>
  analyze({ source: 't', identity: 't', kind: 'text', content, hints: { published }, messages: [] }).events;

describe('trigger verb forms', () => {
  it('reads a سـ-future verb as its imperfect, planned on the day it names', () => {
    const [e] = eventsOf('وسيزور وزير الخارجية الأردني أيمن الصفدي القاهرة يوم السبت المقبل.', '2024-05-22');
    expect(e).toMatchObject({ type: 'CONSULT', mode: 'visit', status: 'planned' });
    expect(e.date.value).toBe('2024-05-25');
    expect(e.participants.map((p) => p.entity.en)).toContain('Ayman Safadi');
    const [after] = eventsOf(
      'أعلنت الرئاسة الجزائرية أن الرئيس عبد المجيد تبون سيزور تونس الأسبوع المقبل.',
      '2023-02-06',
    );
    expect(after).toMatchObject({ type: 'CONSULT', mode: 'visit', status: 'planned' });
  });

  it('reads the feminine and plural pasts of meeting verbs', () => {
    for (const text of [
      'اجتمعت رئيسة الوزراء الإيطالية جورجيا ميلوني اليوم مع الرئيس التونسي قيس سعيد.',
      'والتقوا في الدوحة اليوم الأحد بأمير قطر الشيخ تميم بن حمد آل ثاني.',
    ])
      expect(eventsOf(text, '2024-05-19')[0]).toMatchObject({
        type: 'CONSULT',
        mode: 'meeting',
        status: 'asserted',
      });
  });

  it('does not take a noun beginning with س for a future verb', () => {
    expect(
      eventsOf('وصلت سيارة الإسعاف إلى المكان ونقلت الجرحى.', '2023-06-06').filter(
        (e) => e.type === 'CONSULT',
      ),
    ).toEqual([]);
  });
});
