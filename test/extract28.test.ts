import { describe, expect, it } from 'vitest';
import { bareAddress, extract } from '../src/extract/index.js';

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
