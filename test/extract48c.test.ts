import { describe, expect, it } from 'vitest';
import { extract, orphanLabel, pageControl } from '../src/extract/index.js';

const bodyOf = (html: string) => {
  const { text, extraction } = extract({
    source: 'https://shop.example.com/p/1',
    identity: 'https://shop.example.com/p/1',
    kind: 'html',
    content: html,
    hints: {},
    messages: [],
  });
  return extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
};

// A reading list: each entry a title, an author, its rating, and a star-rating input whose
// prompt, reset, stars and hidden error message are read out as text.
const entry = (title: string, author: string) => `<tr><td>
  <a class="bookTitle" href="/b">${title}</a> by <a href="/a">${author}</a>
  <span class="minirating">4.12 avg rating, 81,204 ratings</span>
  <div class="stars"><span class="error">Error rating book. Refresh and try again.</span>
  <span class="prompt">Rate this book</span> <a class="clear">Clear rating</a>
  <div class="star-row">1 of 5 stars2 of 5 stars3 of 5 stars4 of 5 stars5 of 5 stars</div></div>
</td></tr>`;
const BOOKS = [
  ['The Salt Road', 'Ines Halvorsen'],
  ['A Winter in the Lighthouse', 'Tomas Bredel'],
  ['Paper Boats', 'Mira Okonjo'],
  ['The Cartographer of Small Towns', 'Lene Vasquez'],
  ['Glass Orchards', 'Pieter Aalst'],
];
const list = `<html><head><title>Best novels of the coast</title></head><body>
  <nav><a href="/">Home</a> <a href="/lists">Lists</a></nav>
  <main><h1>Best novels of the coast</h1>
  <p>Novels set along the sea, chosen and ranked by the votes of our readers over the last ten years.</p>
  <table class="list">${BOOKS.map(([t, a]) => entry(t, a)).join('')}</table></main>
  <footer><p>Copyright 2026 Readers Club</p></footer></body></html>`;

// A product page whose store prints its raw custom fields as a definition list: labels whose
// values are image addresses (dropped) or nothing.
const thumbs = ['Sand', 'Olive', 'Rust', 'Slate', 'Ivory']
  .map(
    (c) =>
      `<dt>swatch_image_${c}:</dt><dd>https://cdn.example.com/img/thumbs/linen_shirt_${c.toLowerCase()}_thumb.jpg</dd>`,
  )
  .join('');
const product = `<html><head><title>Linen shirt</title>
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Linen shirt"}</script></head><body>
  <nav><a href="/">Home</a> <a href="/men">Men</a> <a href="/women">Women</a></nav>
  <main><div class="product"><h1>Linen shirt</h1>
  <div class="description"><p>A loose shirt cut from washed linen, with a soft collar, mother-of-pearl buttons and a curved hem that sits well untucked.</p>
  <p>The linen is grown and woven in Normandy, then washed twice so that it is soft from the first day and keeps its shape after many washes.</p>
  <dl class="info"><dt>Fabric:</dt><dd>100% washed linen, 160 gsm, woven in Normandy</dd>
  <dt>Care:</dt><dd>Wash cold with like colours, hang to dry in the shade and iron while still damp.</dd>
  <dt>Origin:</dt><dd>Cut and sewn in a small family workshop near Porto, Portugal, since 1987.</dd>${thumbs}<dt>size_chart:</dt><dd></dd><dt>Fit:</dt><dd>Relaxed through the body and sleeves</dd></dl>
  </div></div></main><footer><p>Copyright 2026 Linen House</p></footer></body></html>`;

describe('a rating widget and a failed request are the page working, not its text', () => {
  it('keeps the entries and leaves out the star input and its hidden error', () => {
    const body = bodyOf(list);
    expect(body).toContain('The Salt Road');
    expect(body).toContain('Glass Orchards');
    expect(body).not.toContain('Rate this book');
    expect(body).not.toContain('Clear rating');
    expect(body).not.toContain('of 5 stars');
    expect(body).not.toContain('try again');
  });
  it('knows the phrases as whole blocks only', () => {
    expect(pageControl('Oops! Something went wrong. Please try again.')).toBe(true);
    expect(pageControl('There was a problem calculating your shipping. Please try again later.')).toBe(true);
    expect(pageControl('Rate this recipe')).toBe(true);
    expect(pageControl('Rated 4.5 out of 5 stars by 212 buyers')).toBe(false);
    expect(pageControl('If the upload fails, wait a minute and try again.')).toBe(false);
  });
});

describe('a label whose value is gone', () => {
  it('leaves out labels before image addresses or before another label, keeps the others', () => {
    const body = bodyOf(product);
    expect(body).toContain('washed linen');
    expect(body).toContain('Wash cold with like colours');
    expect(body).not.toContain('swatch_image_');
    expect(body).not.toContain('size_chart');
  });
  it('needs a term that ends as a label', () => {
    const dl = [
      { tag: 'dt', text: 'Colour:' },
      { tag: 'dd', text: 'https://cdn.example.com/a/b/c.png' },
      { tag: 'dt', text: 'Materials' },
      { tag: 'dt', text: 'Cotton' },
    ];
    expect(orphanLabel(dl, 0)).toBe(true);
    expect(orphanLabel(dl, 2)).toBe(false);
  });
});
