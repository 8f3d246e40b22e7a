import { describe, expect, it } from 'vitest';
import { scoredOfType } from './helpers/names.js';

const persons = (text: string) => scoredOfType(text, '2024-05-01', 'PERSON');

describe('a given name and a rare family name with the article, no title cue', () => {
  it('reads the pair as a person', () => {
    expect(persons('وأعلن خالد الأسعد أمس عن خطة جديدة للنادي.')).toContain('خالد الأسعد');
    expect(persons('وصرح نهاد المشنوق بأن الوضع الأمني صعب.')).toContain('نهاد المشنوق');
    expect(persons('وأيدت المحكمة براءة فهد الخنة وأنور الصالح.')).toContain('فهد الخنة');
  });

  it('leaves everyday words, objects of a verb and longer names alone', () => {
    expect(persons('تحدث عن جمال الطبيعة في الجبال.')).toEqual([]);
    expect(persons('وفي تغريدة، قدم حسني العزاء لأسر الضحايا.')).not.toContain('حسني العزاء');
    expect(persons('واستقبل خالد الفيصل بن عبد العزيز الوفد.')).not.toContain('خالد الفيصل');
  });
});

describe('given names the list lacked, and nisbas written with ى', () => {
  it('opens a name with a Levantine, Gulf or foreign given name', () => {
    expect(persons('وحضر الحفل رزان مغربي ونديم حداد.')).toEqual(['رزان مغربي', 'نديم حداد']);
    expect(persons('ووقع عن الشركة أنطون خوري.')).toContain('أنطون خوري');
  });

  it('keeps a nisba written with ى in a text that writes every final ي so', () => {
    expect(persons('وشارك فى الجلسة سعدون فالح العتيبى.')).toContain('سعدون فالح العتيبى');
  });
});
