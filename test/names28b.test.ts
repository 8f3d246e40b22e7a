import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/arabic/tokenize.js';
import { findEntities } from '../src/entities/index.js';

const people = (text: string) =>
  findEntities(text, tokenize(text), { date: '2021-03-01' })
    .filter((m) => m.entity.type === 'PERSON')
    .map((m) => m.text);
const places = (text: string) =>
  findEntities(text, tokenize(text), { date: '2021-03-01' })
    .filter((m) => m.entity.type === 'GPE' || m.entity.type === 'LOC')
    .map((m) => m.text);

describe('names28b: foreign given names written in Arabic', () => {
  it('opens a person with a Western, Israeli or Persian given name', () => {
    expect(people('وقال روجر بيرنز مدير المصنع إن الإنتاج توقف.')).toContain('روجر بيرنز');
    expect(people('وصرح المتحدث يوفال شتاينر بأن المفاوضات ستستأنف.')).toContain('يوفال شتاينر');
    expect(people('وقالت فيدريكا بونيني في مؤتمر صحافي إن الاتحاد قلق.')).toContain('فيدريكا بونيني');
  });
  it('reads a one-word place that is such a given name, before a family name, as the person', () => {
    const text = 'وأكد وزير الداخلية الألماني هايكو بيرغر أن الحكومة تدرس الطلب.';
    expect(people(text)).toContain('هايكو بيرغر');
    expect(places(text)).not.toContain('هايكو');
  });
});

describe('names28b: "علي" with ي before a family name with the article', () => {
  it('is the name Ali where the text writes the preposition with ى', () => {
    expect(people('وأكد علي الموسوي أن الوفد وصل على متن طائرة خاصة.')).toContain('علي الموسوي');
    expect(people('كما أصيب المصور علي الدباغي بشظية في الساق على أطراف المدينة.')).toContain('علي الدباغي');
  });
  it('stays the preposition in a text that writes every ى as ي', () => {
    expect(people('وأكد مسؤول أن الوضع هادئ علي الأراضي المحاذية للحدود.')).toEqual([]);
  });
});

describe('names28b: a court or presidency with a state nisba', () => {
  const orgs = (text: string) =>
    findEntities(text, tokenize(text), { date: '2021-03-01' })
      .filter((m) => m.entity.type === 'ORG')
      .map((m) => `${m.text}|${m.entity.country ?? ''}`);
  it('is that state body', () => {
    expect(orgs('وذكر الديوان الأميري الكويتي في بيان أن الأمير غادر البلاد.')).toContain(
      'الديوان الأميري الكويتي|KWT',
    );
    expect(orgs('وأعلن الديوان الملكي المغربي أن العاهل استقبل الوفد.')).toContain(
      'الديوان الملكي المغربي|MAR',
    );
    expect(orgs('وقالت رئاسة الجمهورية اللبنانية إن اللقاء كان مثمرا.')).toContain(
      'رئاسة الجمهورية اللبنانية|LBN',
    );
  });
});

describe('names28b: a family name alone after a full name the tagger read', () => {
  it('is that person', () => {
    const text =
      'وفاز المرشح المحافظ سعيد قربانزاده في الجولة الثانية على منافسه. وحصل قربانزاده على 12 مليون صوت.';
    const ms = findEntities(text, tokenize(text), { date: '2021-03-01' }).filter(
      (m) => m.entity.type === 'PERSON',
    );
    const full = ms.find((m) => m.text === 'سعيد قربانزاده');
    const bare = ms.find((m) => m.text === 'قربانزاده');
    expect(full).toBeDefined();
    expect(bare?.entity.id).toBe(full?.entity.id);
  });
});

describe('names28b: where a name opens and ends', () => {
  it('opens at a kunya before the given name', () => {
    expect(people('وقال أبو خالد المصراتي إن الهدنة انهارت.')).toContain('أبو خالد المصراتي');
  });
  it('goes on through "عبد" and the word after it, and a theophoric family name', () => {
    expect(people('وقال خالد بن عبد الملك الرشيد إن القرار نهائي.')).toContain('خالد بن عبد الملك الرشيد');
    expect(people('وقال أحمد سليم حسب الله في كلمته إن الوحدة واجبة.')).toContain('أحمد سليم حسب الله');
  });
});

describe('names28b: a service called by its own name after a word for its men', () => {
  it('is the service of the text country', () => {
    const text = 'وأصيب ثلاثة من رجال الأمن العام خلال مداهمة في مدينة إربد الأردنية.';
    const m = findEntities(text, tokenize(text), { date: '2021-03-01' }).find(
      (x) => x.text === 'الأمن العام',
    );
    expect(m?.entity.country).toBe('JOR');
  });
});

describe('names28b: a family name with its particle stands for the person named in full', () => {
  it('links "بن …"/"ولد …" to that person, from the particle on', () => {
    const text =
      'وصل يعقوب ولد عبدالرحمن إلى العاصمة صباح اليوم على رأس وفد كبير. وبعد وصول ولد عبدالرحمن عقد الجانبان اجتماعا.';
    const ms = findEntities(text, tokenize(text), { date: '2021-03-01' }).filter(
      (m) => m.entity.type === 'PERSON',
    );
    const full = ms.find((m) => m.text === 'يعقوب ولد عبدالرحمن');
    const short = ms.find((m) => m.text === 'ولد عبدالرحمن');
    expect(full).toBeDefined();
    expect(short?.entity.id).toBe(full?.entity.id);
  });
});
