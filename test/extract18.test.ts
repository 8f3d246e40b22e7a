import { describe, expect, it } from 'vitest';
import { barOf, extract, pictureCredit } from '../src/extract/index.js';

// #14, WCXB-dev: a picture's credit line is the figure's, not the body's; a figure's caption needs
// a sure score. Pages and lines written for this test.
const PARAS = [
  'The river rose by almost two metres overnight after three days of heavy rain in the hills above the town, and the council closed the old stone bridge before dawn.',
  'Families in the lower streets moved furniture upstairs while volunteers filled sandbags outside the school, which opened its hall to anyone who needed a dry place to sleep.',
  'The water began to fall by the afternoon, but the forecast warns of more rain at the weekend, and engineers will inspect the bridge before it opens again to traffic.',
  'Shopkeepers on the market square said the damage was smaller than in the flood six years ago, when the water reached the counters and stayed for two days.',
];
const CAPTIONS = [
  'Volunteers carry sandbags along the flooded street near the school. Photo credit: Daniel Marsh',
  'The old stone bridge, closed before dawn as the water rose. Photo credit: Daniel Marsh',
  'A shopkeeper sweeps water out of her shop on the market square. Photo credit: Daniel Marsh',
];
const photo = (k: number) => `<p><img src="/img/flood-${k}.jpg" alt=""><br><em>${CAPTIONS[k]}</em></p>`;
const ARTICLE = `<html><head><title>River floods the lower town</title></head><body>
  <header class="site-header"><a href="/">Home</a> <a href="/news">News</a></header>
  <main><article><h1>River floods the lower town</h1>
  ${PARAS.map((p, k) => `<p>${p}</p>${k < 3 ? photo(k) : ''}`).join('\n')}
  </article></main>
  <footer class="site-footer"><p>© 2025 The Valley Courier</p></footer>
</body></html>`;

const bodyOf = (html: string) => {
  const { text, extraction } = extract({
    source: 'https://example.org/news/flood',
    identity: 'https://example.org/news/flood',
    kind: 'html',
    content: html,
    hints: { url: 'https://example.org/news/flood' },
    messages: [],
  });
  return extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
};

describe('extract18: picture credits and captions', () => {
  it('reads a credit at the end of a caption or as the whole block', () => {
    expect(pictureCredit('Volunteers carry sandbags along the street. Photo credit: Daniel Marsh')).toBe(
      true,
    );
    expect(pictureCredit('Image courtesy of the Valley Museum')).toBe(true);
    expect(pictureCredit('The old bridge at dawn. | Photo by Sara Lind')).toBe(true);
    expect(pictureCredit('Credit: Harbour Archive via Wikimedia Commons (licence)')).toBe(true);
    expect(pictureCredit('Hochwasser in der Altstadt. Foto: Jana Berg')).toBe(true);
    expect(pictureCredit('رجال الإنقاذ ينقلون أكياس الرمل قرب المدرسة. تصوير: سامر خليل')).toBe(true);
  });
  it('leaves text that only mentions credits or photos', () => {
    expect(pictureCredit('Cost per credit:')).toBe(false);
    expect(pictureCredit('Credits: 3 hours a week. You will learn the basics of drawing.')).toBe(false);
    expect(pictureCredit('He said the photo was taken by a neighbour, and the police asked for it.')).toBe(
      false,
    );
    expect(pictureCredit(`${'The water rose again in the night. '.repeat(12)}Photo: Daniel Marsh`)).toBe(
      false,
    );
  });
  it("cuts the captions' credit lines from an article and keeps its paragraphs", () => {
    const body = bodyOf(ARTICLE);
    for (const p of PARAS) expect(body).toContain(p);
    expect(body).not.toContain('Daniel Marsh');
  });
  it('keeps a caption only from a higher score, a table cell from a lower one', () => {
    const block = (tag: string) => ({ tag }) as Parameters<typeof barOf>[0];
    expect(0.6 >= barOf(block('figcaption'), 0.5)).toBe(false);
    expect(0.6 >= barOf(block('p'), 0.5)).toBe(true);
    expect(0.35 >= barOf(block('td'), 0.5)).toBe(true);
  });
});
