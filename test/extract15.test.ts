import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/extract/index.js';
import { cardFields } from '../src/extract/item-fields.js';

// A shop's category page written for this test: six cards of one template (a name, a price, a
// spec line, a rating) under an introduction, and a forum thread whose posts are long.
const card = (name: string, price: string, spec: string) => `
  <li class="card">
    <h3 class="card-name"><a href="/p/${name.replace(/\s+/g, '-')}">${name}</a></h3>
    <div class="card-price"><span>${price}</span></div>
    <div class="card-spec">${spec}</div>
    <div class="card-rating">Rated 4 of 5</div>
  </li>`;
const SHOP = `<html><body><main>
  <h1>Camping stoves</h1>
  <p>Light stoves for a weekend in the hills, chosen by our staff.</p>
  <ul class="grid">
    ${card('Ridge Burner Mini', '$39.00', 'Weight: 3 oz')}
    ${card('Ridge Burner Duo', '$59.00', 'Weight: 5 oz')}
    ${card('Cairn Canister Stove', '$45.00', 'Weight: 4 oz')}
    ${card('Moor Alcohol Kit', '$25.00', 'Weight: 2 oz')}
    ${card('Tor Wood Gasifier', '$89.00', 'Weight: 14 oz')}
    ${card('Fell Integrated Cook System', '$129.00', 'Weight: 16 oz')}
  </ul>
</main></body></html>`;

function scored(html: string, score: (text: string) => number) {
  const { page } = readHtml(html);
  const texts = page.page.blocks.map((b) => b.text);
  const p = Float32Array.from(texts, score);
  return { page, texts, p };
}

describe('card fields (#14, extract15)', () => {
  it("keeps a kept grid's steady fields that the classifier half keeps", () => {
    // The classifier keeps the names and doubts the prices and specs (0.45) and the ratings (0.2).
    const { page, texts, p } = scored(SHOP, (t) =>
      /Ridge|Cairn|Moor|Tor|Fell/.test(t) ? 0.8 : /^\$/.test(t) ? 0.45 : /Weight/.test(t) ? 0.42 : 0.2,
    );
    const q = cardFields(page, p, 0.5);
    const at = (s: string) => texts.findIndex((t) => t.includes(s));
    expect(q[at('$39.00')]).toBeGreaterThanOrEqual(0.5);
    expect(q[at('Weight: 14 oz')]).toBeGreaterThanOrEqual(0.5);
    // A field the cards hold at 0.2 stays cut; so does the introduction, which is no card.
    expect(q[at('Rated 4 of 5')]).toBeLessThan(0.5);
    expect(q[at('Light stoves')]).toBeCloseTo(0.2, 5);
  });

  it('leaves a grid whose names the classifier cuts to the classifier', () => {
    // On one product's own page (its JSON-LD says so) the grid is other products: the classifier's
    // call (on a page that sells no one product, extract16 keeps a priced grid: test/extract16).
    const product = SHOP.replace(
      '<html>',
      '<html><head><script type="application/ld+json">{"@type":"Product","name":"Ridge Burner Mini"}</script></head>',
    );
    const { page, p } = scored(product, (t) => (/^\$/.test(t) ? 0.45 : 0.3));
    expect(cardFields(page, p.slice(), 0.5)).toEqual(p);
  });

  it("never raises a thread's post meta by its long kept posts", () => {
    const post = (who: string, text: string) => `
      <div class="post"><div class="post-author">${who}</div><div class="post-date">2 days ago</div>
      <div class="post-body"><p>${text}</p></div></div>`;
    const long =
      'I replaced the burner valve last spring and the flame has been steady ever since, even in the wind on the ridge, so I would try that before buying a new stove outright.';
    const html = `<html><body><h1>Stove keeps going out</h1>${['ann', 'bo', 'cy', 'dee', 'eli', 'fay']
      .map((w) => post(w, long.replace('last', `${w}'s last`)))
      .join('')}</body></html>`;
    const { page, p } = scored(html, (t) => (t.length > 100 ? 0.9 : 0.45));
    expect(cardFields(page, p.slice(), 0.5)).toEqual(p);
  });
});
