import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/extract/index.js';
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
