import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/extract/index.js';
import { offerCards } from '../src/extract/offer-cards.js';

// A landing page of a small firm: an introduction, then its services as cards of one template,
// each a heading and a paragraph of its own.
const card = (name: string, said: string) =>
  `<div class="svc-card"><h3>${name}</h3><p>${said}</p><a class="btn" href="/s">Learn more</a></div>`;
const CARDS = [
  [
    'Roof repair',
    'We patch leaks, replace broken tiles and reseal flashing within two days of your first call to us.',
  ],
  [
    'Gutter cleaning',
    'Our crews clear blocked gutters and downpipes before the autumn rains arrive and check every joint.',
  ],
  [
    'Solar fitting',
    'We mount panels on tiled and metal roofs and connect them to the grid with a certified electrician.',
  ],
  [
    'Chimney work',
    'Cracked stacks are rebuilt with matching bricks and capped so that rain and birds stay out of the flue.',
  ],
];
const page = (head = '') => `<html><head>${head}</head><body>
  <header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
  <main>
  <h1>Roofing services in the valley</h1>
  <p>For twenty years our family firm has kept the houses of the valley dry, from small cottages to the old mill flats by the river.</p>
  <div class="svc-grid">${CARDS.map(([n, s]) => card(n, s)).join('')}</div>
  </main>
  <footer><p>Copyright 2026 Valley Roofing</p></footer>
</body></html>`;

const run = (html: string) => {
  const { page: pg } = readHtml(html);
  const bs = pg.page.blocks;
  const at = (s: string) => bs.findIndex((b) => b.text.includes(s));
  // A classifier that keeps the introduction and reads every card as furniture.
  const p = new Float32Array(bs.length).fill(0.1);
  p[at('For twenty years')] = 0.95;
  p[at('Roofing services')] = 0.9;
  return { q: offerCards(pg, p, 0.5), at };
};

describe('extract48b: the cards of a landing page are its content', () => {
  it("keeps each card's heading and teaser, not its button nor the menus", () => {
    const { q, at } = run(page());
    for (const [name, said] of CARDS) {
      expect(q[at(name)]).toBeGreaterThanOrEqual(0.5);
      expect(q[at(said.slice(0, 20))]).toBeGreaterThanOrEqual(0.5);
    }
    expect(q[at('Learn more')]).toBeLessThan(0.5);
    expect(q[at('About')]).toBeLessThan(0.5);
  });

  it('leaves them to the classifier on a page that says it is an article', () => {
    const { q, at } = run(page('<meta property="og:type" content="article">'));
    for (const [name] of CARDS) expect(q[at(name)]).toBeLessThan(0.5);
  });

  it('leaves them when the page keeps no text of its own', () => {
    const { page: pg } = readHtml(page());
    const q = offerCards(pg, new Float32Array(pg.page.blocks.length).fill(0.1), 0.5);
    expect(Math.max(...q)).toBeLessThan(0.5);
  });
});

// A news topic page: each story a card whose teaser is linked again to the story, that link kept
// out of the screen reader's way (aria-hidden) and the keyboard's (tabindex -1), but on screen.
describe("extract48b: a card's teaser in a link hidden from screen readers is read", () => {
  const story = (title: string, teaser: string) => `<article class="river">
    <h2><a href="/s/${title.length}">${title}</a></h2>
    <p class="river-desc"><a href="/s/${title.length}" aria-hidden="true" tabindex="-1">${teaser}</a></p>
  </article>`;
  const html = `<html><body><main><h1>Ferries</h1>
    ${story('Night ferry returns to the island route', 'The operator will run the overnight crossing again from May, four years after it was dropped for lack of crews.')}
    ${story('Harbour dredging delayed by storms', 'Work to deepen the channel has stopped twice this month because of high winds, the port said on Monday.')}
    ${story('New terminal opens at the north quay', 'Passengers can now board from a covered hall with a cafe and a waiting room that opens an hour before sailing.')}
    <div aria-hidden="true">Sign in to save stories for later reading on any of your devices.</div>
  </main></body></html>`;

  it('keeps the teaser among the blocks, and a hidden box out', () => {
    const { page: pg } = readHtml(html);
    const text = pg.page.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('The operator will run the overnight crossing');
    expect(text).toContain('Passengers can now board');
    expect(text).not.toContain('Sign in to save stories');
  });
});
