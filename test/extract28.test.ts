import { describe, expect, it } from 'vitest';
import { bareAddress, extract, readHtml, recommendationBoxes } from '../src/extract/index.js';

const bodyOf = (html: string) => {
  const { text, extraction } = extract({
    source: 'https://shop.example.org/p/linen-shirt',
    identity: 'x',
    kind: 'html',
    content: html,
    hints: { url: 'https://shop.example.org/p/linen-shirt' },
    messages: [],
  });
  return extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end));
};

describe('an image file address printed as text is not body', () => {
  it('reads the shapes', () => {
    expect(bareAddress('https://cdn.example.net/img/160x160/shirt_front.JPG?c=2')).toBe(true);
    expect(bareAddress('//static.example.com/media/a/b/swatch-blue.webp')).toBe(true);
    // A link to a page is a reader's (a table of addresses, a post's link).
    expect(bareAddress('https://www.workforce-partners.example.org/')).toBe(false);
    expect(bareAddress('See https://cdn.example.net/a.png for the chart')).toBe(false);
  });
  it('drops a swatch list of image addresses from a product page, keeping its description', () => {
    const swatches = ['navy', 'sand', 'olive', 'white']
      .map((c) => `<li>https://cdn.example.net/images/stencil/160x160/linen_${c}.jpg?c=2</li>`)
      .join('');
    const html = `<html><head><title>Linen Shirt</title></head><body><main><article>
      <h1>Linen Shirt</h1>
      <p>The linen shirt is cut loose through the body and woven from a mid-weight fabric that softens with every wash.</p>
      <p>Its collar keeps its shape through a long day, and the mother-of-pearl buttons are sewn on by hand in our workshop.</p>
      <ul>${swatches}</ul>
      <p>Machine wash cold with like colours and hang to dry; iron while damp for a crisp finish that lasts the season.</p>
      </article></main></body></html>`;
    const body = bodyOf(html);
    expect(body.some((p) => p.includes('mother-of-pearl'))).toBe(true);
    expect(body.some((p) => p.includes('cdn.example.net'))).toBe(false);
  });
});

describe("a shop's recommendation box under its usual headings is cut with its section", () => {
  const cards = (n: number) =>
    Array.from(
      { length: n },
      (_, k) =>
        `<div class="card"><h3>Handwoven cotton throw blanket in deep teal, model ${k + 3}, queen size and fringed</h3><div>$${40 + k}.99</div><div>Free delivery to your door</div></div>`,
    ).join('');
  const page = (heading: string) => `<html><head><title>Wool Rug</title></head><body><main>
      <h1>Wool Rug</h1>
      <section><p>The rug is hand-knotted from undyed highland wool by a cooperative of weavers, and each piece takes six weeks to finish.</p>
      <p>Its pile is dense enough for a hallway and soft enough for a bedroom floor, and it ages into a warm sheen over the years.</p>
      <p>Vacuum it without the beater bar, turn it twice a year, and blot spills at once with a dry cloth rather than rubbing them.</p>
      <p>The weavers are paid by the piece at a rate the cooperative sets each spring, and every rug carries the name of its maker.</p>
      <p>Sizes run from a narrow runner to a room-filling square, and a custom size can be ordered with eight weeks of lead time.</p>
      <p>Returns are accepted within thirty days when the rug comes back rolled, never folded, in the sleeve it was delivered in.</p>
      <p>A felt pad keeps it from creeping on a wooden floor; on a carpet, a thin grid of rubber holds it in place without marks.</p></section>
      <section><h2>${heading}</h2>${cards(4)}</section>
      </main></body></html>`;
  for (const heading of ['People who viewed this item also viewed', 'Explore related items'])
    it(heading, () => {
      const { page: p } = readHtml(page(heading), { url: 'https://shop.example.org/p/wool-rug' });
      const boxed = recommendationBoxes(p);
      const blocks = p.page.blocks;
      const cardBlocks = blocks.flatMap((b, i) => (b.text.includes('throw blanket') ? [i] : []));
      expect(cardBlocks.length).toBe(4);
      expect(cardBlocks.every((i) => boxed[i] === 1)).toBe(true);
      expect(blocks.some((b, i) => b.text.includes('highland wool') && boxed[i] === 0)).toBe(true);
    });
});
