import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';

// Guards for the page types #14 is weakest on (listing, product, forum), on pages written for this
// test in the shape of real ones: a shop's category grid (ten priced cards), a forum thread (posts
// with their member lines, ages, signatures and vote widgets), a shop's product page (its
// description and specification table among reviews and "customers also bought"), a news article.
const card = (k: number) => `
  <li class="product-card">
    <h3 class="product-card__title"><a href="/p/kettle-${k}">Stovetop kettle model ${k}, ${1 + (k % 3)} litre</a></h3>
    <div class="product-card__price">$${19 + k}.99</div>
    <div class="product-card__rating">${k % 2 ? 4 : 5} stars</div>
  </li>`;
const SHOP = `<html><head><title>Kettles</title></head><body>
  <nav class="menu"><a href="/">Home</a> <a href="/kitchen">Kitchen</a> <a href="/cart">Cart</a></nav>
  <main><h1>Kettles</h1>
  <ul class="product-grid">${Array.from({ length: 10 }, (_, k) => card(k)).join('')}</ul></main>
  <footer class="site-footer"><p>© 2025 Example Kitchen Shop. All rights reserved.</p></footer>
</body></html>`;

const post = (k: number, who: string, text: string) => `
  <article class="message" id="post-${k}">
    <div class="message-user"><a class="username" href="/members/${who}">${who}</a><span class="user-title">Member</span></div>
    <div class="message-meta"><time>${k + 2} days ago</time></div>
    <div class="message-body">${text}</div>
    <div class="message-signature">Running a combi boiler since 2009 | Sent from my phone</div>
    <div class="vote-widget"><button>▲</button><span>${k * 3 + 1}</span><button>▼</button></div>
  </article>`;
const POSTS = [
  'My old boiler makes a knocking noise every morning when the heating comes on. It started after the engineer topped up the pressure last week, and it lasts about ten minutes.',
  'That sounds like kettling. Limescale builds up on the heat exchanger and the water boils in pockets. A descaler through the system usually fixes it, but ask the engineer first.',
  'Check the pump speed as well. On mine it had been set to the lowest setting, and the flow was too slow, so the water overheated in the exchanger and banged.',
  'Thanks both. The engineer came back, flushed the system and raised the pump speed one step. It has been quiet for three mornings now, so I think that was it.',
];
const THREAD = `<html><head><title>Boiler knocking in the morning</title></head><body>
  <header class="site-header"><a href="/">Home Forum</a> <a href="/login">Log in</a> <a href="/register">Register</a></header>
  <main><h1>Boiler knocking in the morning</h1>
  <div class="thread">${POSTS.map((t, k) => post(k, `user${k}`, t)).join('')}</div></main>
  <footer><p>Forum software © 2025</p></footer>
</body></html>`;

const spec = (k: string, v: string) => `<tr><th>${k}</th><td>${v}</td></tr>`;
const related = (k: number) =>
  `<div class="related-item"><a href="/p/mug-${k}">Travel mug ${k}</a><span class="price">$${9 + k}.00</span></div>`;
const review = (k: number) => `<div class="review"><div class="review-author">Buyer ${k}</div>
  <div class="review-date">${k + 1} weeks ago</div>
  <p class="review-text">Good kettle, boils fast on gas and the handle stays cool. Would buy again for the cabin, number ${k}.</p>
  <div class="helpful">Helpful? Yes (${k}) No</div></div>`;
const PRODUCT = `<html><head><title>Ridge stovetop kettle 1.5 L</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ridge stovetop kettle 1.5 L","offers":{"@type":"Offer","price":"34.99","priceCurrency":"USD"}}</script>
<meta property="og:type" content="product"></head><body>
<header class="site-header"><a href="/">Home</a> <a href="/kitchen">Kitchen</a> <a href="/account">Account</a> <a href="/cart">Cart (0)</a></header>
<main><div class="product-main">
<h1 class="product-title">Ridge stovetop kettle 1.5 L</h1>
<div class="product-price">$34.99</div>
<div class="stock">In stock. Ships in 2 days.</div>
<button>Add to cart</button>
<div class="product-description"><p>A stainless steel kettle for gas, electric and induction hobs, with a whistle that sounds when the water boils and a handle that stays cool.</p>
<p>The wide base heats quickly, and the spout flips open with a trigger so that you can pour with one hand.</p></div>
<h2>Specifications</h2>
<table class="specs">${spec('Capacity', '1.5 litres')}${spec('Material', 'Stainless steel 18/8')}${spec('Weight', '820 g')}${spec('Hob', 'Gas, electric, induction')}</table>
</div>
<section class="reviews"><h2>Customer reviews</h2>${[1, 2, 3, 4].map(review).join('')}</section>
<section class="related"><h2>Customers also bought</h2>${[1, 2, 3, 4, 5, 6].map(related).join('')}</section>
</main>
<footer class="site-footer"><p>Free returns within 30 days.</p><p>© 2025 Example Kitchen Shop. All rights reserved.</p></footer>
</body></html>`;

const ARTICLE = `<html><head><title>Council approves new bus lanes</title>
  <meta property="og:type" content="article"></head><body>
  <main><article><h1>Council approves new bus lanes</h1>
  <p>The city council voted on Tuesday to add bus lanes on two of the busiest roads into the centre, after a year of consultation with residents and shop owners.</p>
  <p>The lanes will run during the morning and evening peaks, and the council said buses on the routes would be about four minutes faster on average.</p>
  <p>Some shop owners said they feared the loss of parking would cost them customers, and asked the council to review the scheme after six months.</p>
  </article></main></body></html>`;

const body = (html: string) => {
  const { text, extraction } = extract({
    source: 'https://example.com/x',
    identity: 'x',
    kind: 'html',
    content: html,
    hints: {},
    messages: [],
  });
  return extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
};

describe('pages that are not articles keep their content, and articles theirs (#14, extract17)', () => {
  it("a shop's grid keeps its cards' names and prices, not the menu or the footer", () => {
    const b = body(SHOP);
    for (let k = 0; k < 10; k++) expect(b).toContain(`model ${k},`);
    expect(b).toContain('$25.99');
    expect(b).not.toContain('All rights reserved');
  });

  it("a thread keeps every post's text, not the log-in links, signatures or vote counts", () => {
    const b = body(THREAD);
    for (const t of POSTS) expect(b).toContain(t.slice(0, 40));
    expect(b).not.toContain('Register');
    expect(b).not.toContain('Sent from my phone');
    expect(b).not.toContain('▲');
  });

  it("a product page keeps its description and specification table, not its reviews or the shop's other items", () => {
    const b = body(PRODUCT);
    expect(b).toContain('spout flips open');
    for (const t of ['Capacity', '1.5 litres', 'Stainless steel 18/8', '820 g']) expect(b).toContain(t);
    expect(b).not.toContain('Would buy again');
    expect(b).not.toContain('Travel mug');
    expect(b).not.toContain('All rights reserved');
  });

  it('an article keeps its paragraphs', () => {
    const b = body(ARTICLE);
    expect(b).toContain('four minutes faster');
    expect(b).toContain('review the scheme');
  });
});
