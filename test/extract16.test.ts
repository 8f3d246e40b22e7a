import { describe, expect, it } from 'vitest';
import { extract, postMeta, readHtml } from '../src/extract/index.js';
import { cardFields } from '../src/extract/item-fields.js';

// A shop's category page written for this test: an Arabic heading and introduction over eight
// cards of one template (a name, a price, a stock line), then a short note on delivery.
const card = (name: string, price: string) => `
  <div class="prod-tile">
    <a class="prod-tile__name" href="/p/${encodeURIComponent(name)}">${name}</a>
    <div class="prod-tile__price">${price}</div>
    <div class="prod-tile__stock">متوفر في المخزن</div>
  </div>`;
const NAMES = [
  'مصباح مكتب قابل للطي',
  'مصباح أرضي بثلاث إضاءات',
  'مصباح سقف دائري',
  'مصباح حائط للممرات',
  'مصباح قراءة بذراع مرن',
  'مصباح طاولة خشبي',
  'مصباح حديقة بالطاقة الشمسية',
  'مصباح ليلي للأطفال',
];
const grid = (price: (k: number) => string) =>
  `<section class="results">${NAMES.map((n, k) => card(n, price(k))).join('')}</section>`;
const page = (head: string, body: string) => `<html><head>${head}</head><body><main>
  <h1>مصابيح وإضاءة</h1>
  <p>تشكيلة من مصابيح المنزل والمكتب اختارها فريقنا لهذا الموسم، مع توصيل إلى جميع المدن.</p>
  ${body}
  <p>يصل الطلب خلال ثلاثة أيام عمل من تاريخ الشراء، ويمكن إرجاعه خلال أسبوعين.</p>
</main></body></html>`;
const CATEGORY = page(
  '',
  grid((k) => `${120 + 15 * k} ريال`),
);

/** The page's blocks, scored by the rule given: a classifier that cuts the cards. */
function scored(html: string) {
  const { page } = readHtml(html);
  const texts = page.page.blocks.map((b) => b.text);
  const p = Float32Array.from(texts, (t) => (t.length > 60 ? 0.9 : 0.1));
  return { page, texts, p };
}

describe('a priced grid on a page that sells no one product (#14, extract16)', () => {
  it('keeps the cards of a category page whose names the classifier cut', () => {
    const { page, texts, p } = scored(CATEGORY);
    const q = cardFields(page, p, 0.5);
    const at = (s: string) => texts.findIndex((t) => t.includes(s));
    expect(q[at('مصباح سقف دائري')]).toBeGreaterThanOrEqual(0.5);
    expect(q[at('165 ريال')]).toBeGreaterThanOrEqual(0.5);
    expect(texts.filter((t, i) => t === 'متوفر في المخزن' && q[i] >= 0.5)).toHaveLength(8);
    // What is no card is left to the classifier.
    expect(q[at('مصابيح وإضاءة')]).toBeCloseTo(0.1, 5);
  });

  it('reads prices in Arabic-Indic digits and other currencies', () => {
    const indic = page(
      '',
      grid((k) => `${'١٢٣٤٥٦٧٨'[k]}٠٠ ر.س`),
    );
    const euro = page(
      '',
      grid((k) => `${49 + k},90 €`),
    );
    for (const html of [indic, euro]) {
      const { page: pg, texts, p } = scored(html);
      const q = cardFields(pg, p, 0.5);
      expect(q[texts.indexOf('مصباح طاولة خشبي')]).toBeGreaterThanOrEqual(0.5);
    }
  });

  it("leaves the grid of one product's own page (other products) to the classifier", () => {
    const ld =
      '<script type="application/ld+json">{"@type":"Product","name":"مصباح مكتب قابل للطي"}</script>';
    const { page: pg, p } = scored(
      page(
        ld,
        grid((k) => `${120 + 15 * k} ريال`),
      ),
    );
    expect(cardFields(pg, p.slice(), 0.5)).toEqual(p);
  });

  it('keeps the grid of a list page that marks its cards as products', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"Product","name":"مصباح سقف دائري"}]}</script>';
    const {
      page: pg,
      texts,
      p,
    } = scored(
      page(
        ld,
        grid((k) => `${120 + 15 * k} ريال`),
      ),
    );
    expect(cardFields(pg, p, 0.5)[texts.indexOf('مصباح سقف دائري')]).toBeGreaterThanOrEqual(0.5);
  });

  it('leaves a grid without prices (teasers, a menu) to the classifier', () => {
    const { page: pg, p } = scored(
      page(
        '',
        grid((k) => `قبل ${k + 2} أيام`),
      ),
    );
    expect(cardFields(pg, p.slice(), 0.5)).toEqual(p);
  });
});

// A forum thread written for this test: three posts, each with its author's counts, a reply's
// subject line and an edit note, in English and in Arabic.
const post = (who: string, subject: string, body: string, meta: string[]) => `
  <div class="message">
    <div class="message-user"><a href="/u/${who}">${who}</a>${meta.map((m) => `<div>${m}</div>`).join('')}</div>
    <div class="message-main"><h3>${subject}</h3><div class="message-body"><p>${body}</p></div>
    <div class="message-edit">Last edited: Oct 8, 2024</div></div>
  </div>`;
const THREAD = `<html><head><title>Rain gauge reads double</title></head><body><main>
  <h1>Rain gauge reads double</h1>
  ${post('marwan', 'Rain gauge reads double', 'My tipping bucket gauge reports twice the rain the airport station reports, every storm since I moved it to the garden wall. Has anyone seen this before?', ['Posts: 1,077', 'Joined: Mar 2019'])}
  ${post('huda', 'Re: Rain gauge reads double', 'A wall throws splash into the funnel when the wind comes from that side. Move it two metres from anything taller than the gauge and compare again after a week of showers.', ['Posts: 352', 'Joined: Jan 2021'])}
  ${post('سامر', 'رد: مقياس المطر يقرأ الضعف', 'جرّبت الأمر نفسه في حديقة بيتي، وكان السبب عشًّا صغيرًا سدّ نصف القمع، فلما نظفته عادت القراءات إلى ما تسجله محطة المطار القريبة.', ['المشاركات: 350', 'تاريخ التسجيل: 2020'])}
</main></body></html>`;

describe("a forum post's own furniture (#14, extract16)", () => {
  it('cuts reply subjects, edit notes and member counts from the body, and keeps the posts', () => {
    const { text, extraction } = extract({
      source: 'https://forum.example.org/t/rain-gauge',
      identity: 'rain-gauge',
      kind: 'html',
      content: THREAD,
      hints: {},
      messages: [],
    });
    const body = extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
    expect(body).toContain('tipping bucket gauge');
    expect(body).toContain('splash into the funnel');
    expect(body).toContain('عشًّا صغيرًا');
    for (const cut of [
      'Re: Rain gauge',
      'رد: مقياس',
      'Last edited',
      'Posts: 1,077',
      'Joined: Mar',
      'المشاركات: 350',
    ])
      expect(body).not.toContain(cut);
  });

  it('reads the shapes, not words that merely open a line', () => {
    for (const t of [
      'Re: Rain gauge reads double',
      'Last edited by huda; 8 Oct 2024',
      'Posts: 352',
      'تاريخ التسجيل: 2020',
    ])
      expect(postMeta(t)).toBe(true);
    for (const t of [
      'Edited by a panel of three judges, the anthology opens with rain.',
      'Reputation matters to small traders more than price.',
      'Posts from the stations along the coast arrived late.',
      'Location: Basra, Iraq',
    ])
      expect(postMeta(t)).toBe(false);
  });
});
