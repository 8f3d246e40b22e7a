import { describe, expect, it } from 'vitest';
import { readBlocks } from '../src/extract/blocks.js';

const texts = (html: string) => readBlocks(html).blocks.map((b) => b.text);
const para = 'The council met on Monday and agreed to open the new library in the spring.';

describe('what a reader sees', () => {
  it('reads past a stray <![CDATA[ in the body as a browser does', () => {
    expect(texts(`<html><body><![CDATA[<div id="top"></div><p>${para}</p>]]></body></html>`)).toContain(para);
  });

  it('keeps a page a script reveals once loaded, and drops a hidden menu', () => {
    const page = `<html><body><div style="visibility:hidden"><nav style="display:none"><a href="/">Home</a> <a href="/a">About us</a></nav><p>${para}</p><p>${para}</p></div></body></html>`;
    const t = texts(page);
    expect(t).toContain(para);
    expect(t.join(' ')).not.toContain('About us');
  });

  it("reads React's streamed segments, not other hidden elements", () => {
    const t = texts(
      `<html><body><div hidden id="S:0"><p>${para}</p></div><div hidden><p>Sign in to continue</p></div></body></html>`,
    );
    expect(t).toContain(para);
    expect(t).not.toContain('Sign in to continue');
  });

  it("reads React's segments by their hexadecimal ids", () => {
    expect(texts(`<html><body><div hidden id="S:2e"><p>${para}</p></div></body></html>`)).toContain(para);
  });

  it('reads a page a script reveals or a modal left aria-hidden: half its shown text, scripts aside', () => {
    const script = `<script>var config = ${JSON.stringify({ text: 'x'.repeat(4000) })};</script>`;
    const gated = texts(
      `<html><body>${script}<div class="gate-content" style="display:none"><p>${para}</p><p>${para}</p></div><p>Sign in to see prices.</p></body></html>`,
    );
    expect(gated).toContain(para);
    const behindModal = texts(
      `<html><body><main aria-hidden="true"><p>${para}</p><p>${para}</p></main><div role="dialog"><p>Choose your country</p></div></body></html>`,
    );
    expect(behindModal).toContain(para);
    // A hidden dialog holding a copy of the article (to republish it) stays hidden.
    const copy = texts(
      `<html><body><p>${para}</p><div role="dialog" style="display:none"><p>${para} ${para} ${para}</p></div></body></html>`,
    );
    expect(copy).toEqual([para]);
  });

  it('reads the answers of a FAQ and the panes of tabs that their names say are folded', () => {
    const answer = 'Yes: the course is free to start, and the certificate costs a small fee at the end.';
    const pane = 'The card is 26.7 cm long and needs a 750 W power supply.';
    const t = texts(
      `<html><body><h1>Courses</h1><p>${para}</p>` +
        `<div class="faq__item"><h3>Is it free?</h3><div class="faq__answer" style="display: none;"><p>${answer}</p></div></div>` +
        `<div class="tab-pane" style="display:none"><p>${pane}</p></div>` +
        '<div class="navbar-collapse" style="display:none"><p>Shop all brands</p></div></body></html>',
    );
    expect(t).toContain(answer);
    expect(t).toContain(pane);
    expect(t).not.toContain('Shop all brands');
  });

  it('reads the collapsed panels of an accordion or tabs, not a hidden menu or notice', () => {
    const specs = 'Height 39 cm, width 62 cm, weight 16 kg; made of stainless steel.';
    const care = 'Let the ashes cool for a day before you empty the bowl.';
    const t = texts(
      `<html><body><h1>Garden fire pit</h1><p>${para}</p>` +
        '<button aria-expanded="false" aria-controls="panel-2">Specifications</button>' +
        `<div class="collapse" style="display:none;height:0"><div role="region" id="panel-2"><p>${specs}</p></div></div>` +
        '<button aria-expanded="false">Care</button>' +
        `<div style="display:none"><p>${care}</p></div>` +
        '<button aria-expanded="false" aria-controls="main-menu">Menu</button>' +
        '<ul class="menu" id="main-menu" hidden><li>Shop all</li></ul>' +
        '<div style="display:none"><p>Your basket is empty</p></div></body></html>',
    );
    expect(t).toContain(specs);
    expect(t).toContain(care);
    expect(t).not.toContain('Shop all');
    expect(t).not.toContain('Your basket is empty');
  });

  it('leaves out a cookie notice and a modal dialog, not a page whose root says a banner shows', () => {
    const t = texts(
      `<html class="cookie-banner-visible"><body><p>${para}</p>` +
        '<div id="onetrust-consent-sdk"><p>We and our partners use cookies to measure how you use this site.</p></div>' +
        '<div class="newsletterPrompt" role="dialog" aria-modal="true"><p>Get our best stories every morning in your inbox.</p></div>' +
        `<div class="cookiePolicyText"><p>By browsing on you accept our use of tracking files.</p></div><p>${para}</p></body></html>`,
    );
    expect(t).toEqual([para, para]);
  });

  it("reads a product's description from its JSON-LD when the page renders it by script", () => {
    const description =
      'Hand-thrown in a small workshop, this two-litre jug is glazed inside with a lead-free glaze that keeps water cool for hours.\n' +
      'Its wide handle is easy to hold when full, and the angled spout pours without dripping on the table. Wash by hand in warm water; not for the dishwasher.';
    const ld = (d: string) =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Clay jug', description: d })}</script>`;
    const shop = (d: string, shown = '') =>
      `<html><head>${ld(d)}</head><body><h1>Clay jug, two litres</h1>${shown}<div id="app"></div><p>Free delivery on orders over 50 dollars.</p></body></html>`;
    const blocks = readBlocks(shop(description)).blocks;
    expect(blocks.map((b) => b.text)).toEqual([
      'Clay jug, two litres',
      description.split('\n')[0],
      description.split('\n')[1],
      'Free delivery on orders over 50 dollars.',
    ]);
    expect(blocks[1].data).toBe(true);
    // Shown on the page already, or a short blurb: nothing added.
    const shown = description
      .split('\n')
      .map((d) => `<p>${d}</p>`)
      .join('');
    expect(readBlocks(shop(description, shown)).blocks).toHaveLength(4);
    expect(readBlocks(shop('A clay jug for water and juice.')).blocks).toHaveLength(2);
  });
});
