import { describe, expect, it } from 'vitest';
import { extract, pageControl, placeholder, postMeta, shopAction } from '../src/extract/index.js';

// #14, WCXB-dev: a forum's controls around a post (reactions, attachment links, a quote's fold, the
// opener's badge), a shop's buttons and badges on its cards, and a template's filler text (lorem
// ipsum) are furniture by their shape. Pages and lines written for this test.
const bodyOf = (html: string, url: string) => {
  const { text, extraction } = extract({
    source: url,
    identity: url,
    kind: 'html',
    content: html,
    hints: { url },
    messages: [],
  });
  return extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
};

const POSTS = [
  'My rain gauge has been reading almost double what the station across the valley reports. I moved it away from the roof edge last week but the numbers are still high after every storm.',
  'Check whether the funnel is level. A tilted funnel catches more water when the wind blows from one side, and a gauge near a wall can collect the drip from the gutter too.',
  'Thanks, the funnel was leaning towards the fence. After levelling it the last two storms matched the station within a few millimetres, so that was the whole problem.',
  'Glad it worked out. I also clean mine every month, because leaves and dust in the funnel slow the water down and the tipping bucket then counts less than it should.',
];
const post = (k: number, name: string) => `
  <article class="message">
    <div class="message-user"><a href="/members/${name}">${name}</a></div>
    <div class="message-number"><a href="/posts/${4410 + k}">#${k + 1}</a></div>
    <div class="message-body">
      ${k > 0 ? `<blockquote class="quote"><div>${POSTS[k - 1].slice(0, 60)}</div><div class="expand">Click to expand...</div></blockquote>` : ''}
      <p>${POSTS[k]}</p>
      ${k === 2 ? '<div class="attachments"><a href="/attachments/88213">View attachment 88213</a></div>' : ''}
    </div>
    <div class="message-reactions"><a href="/reactions/${k}">Reactions: Dana, Sami and Idris</a></div>
  </article>`;
const THREAD = `<html><head><title>Rain gauge reads double</title>
  <script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Rain gauge reads double"}</script>
  </head><body>
  <header class="site-header"><a href="/">Forums</a> <a href="/whats-new">What's new</a></header>
  <main><h1>Rain gauge reads double</h1>
  ${['huda', 'marek', 'huda', 'tomas'].map((n, k) => post(k, n)).join('\n')}
  </main>
  <footer class="site-footer"><p>© 2025 Valley Weather Forum</p></footer>
</body></html>`;

const LAMPS = [
  ['Folding desk lamp with a brass arm', '$39.00'],
  ['Floor lamp with three warm lights', '$84.00'],
  ['Round ceiling lamp in white glass', '$56.00'],
  ['Wall lamp for long corridors', '$47.00'],
  ['Reading lamp with a flexible neck', '$29.00'],
  ['Oak table lamp with a linen shade', '$62.00'],
  ['Solar garden lamp, set of four', '$35.00'],
  ['Night lamp for a child’s room', '$19.00'],
];
const tile = ([name, price]: string[]) => `
  <li class="tile">
    <h3 class="tile-name">${name}</h3>
    <p class="tile-price">${price}</p>
    <p class="tile-note">Quick view</p>
  </li>`;
const SHOP = `<html><head><title>Lamps and lighting</title></head><body>
  <header class="site-header"><a href="/">Home</a> <a href="/cart">Cart</a></header>
  <main><h1>Lamps and lighting</h1>
  <p>Lamps for the home and the office, chosen by our team for the winter, with delivery to every town in the country.</p>
  <ul class="grid">${LAMPS.map(tile).join('')}</ul>
  <p>Orders arrive within three working days, and every lamp can be returned within two weeks of delivery.</p>
  </main>
  <footer class="site-footer"><p>© 2025 Valley Lamps</p></footer>
</body></html>`;

describe('extract19: forum controls and shop buttons', () => {
  it("reads a forum's controls around a post by their shape", () => {
    for (const t of [
      'Reactions: Dana, Sami and Idris',
      'Liked by: marek',
      'View attachment 88213',
      'View attachment 88213View attachment 88214',
      'Click to expand...',
      'Original Poster',
      'OP posts:',
      'التفاعلات: سامي وهدى',
      'صاحب الموضوع',
    ])
      expect(postMeta(t)).toBe(true);
    for (const t of [
      'Reactionary voices grew louder in the council.',
      'Reactions to the verdict were mixed across the town.',
      'The original poster of the 1968 festival sold for a record price.',
      'Click to expand the map, then choose your district.',
    ])
      expect(postMeta(t)).toBe(false);
  });

  it("reads a shop's buttons and badges, the whole block only", () => {
    for (const t of ['Quick view', 'Add to cart', 'Add to Wishlist', 'Sponsored', 'أضف إلى السلة'])
      expect(shopAction(t)).toBe(true);
    for (const t of [
      'Sold out',
      'Sold out in three hours, the tickets for the final went on sale again on Monday.',
      'Add to cart the items you need, then choose a delivery day.',
      'Sponsored by the town council',
      'أضف إلى السلة ما تحتاجه ثم اختر يوم التوصيل',
    ])
      expect(shopAction(t)).toBe(false);
  });

  it("reads a page's own controls and prompts, the whole block only", () => {
    for (const t of [
      'Learn more',
      'Read More',
      'Sort: Newest first',
      '1–24 of 310 products',
      'Showing 1-20 of 1,240 results',
      'You must log in to answer this question.',
      "You're not signed in!",
      'This field is for validation purposes and should be left unchanged.',
      'Table of Contents',
      'اقرأ المزيد',
      'جدول المحتويات',
    ])
      expect(pageControl(t)).toBe(true);
    for (const t of [
      'Learn more about the flood defences the council built in 2019.',
      'Sorting the post by hand took the station three days.',
      'Read more books, the library says, and it opens on Sundays now.',
      'المزيد من الأمطار متوقع في نهاية الأسبوع',
    ])
      expect(pageControl(t)).toBe(false);
  });

  it("reads a template's filler text, not a word of Latin", () => {
    expect(
      placeholder('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.'),
    ).toBe(true);
    expect(placeholder('Lorem ipsum 2')).toBe(true);
    expect(placeholder('Our new card wallet. Dolor sit amet, consectetur adipiscing elit.')).toBe(true);
    expect(
      placeholder('The printers of Lyon set their type by hand until the war, and the dolor of it stayed.'),
    ).toBe(false);
    expect(placeholder('Amet, a town in the hills, voted to keep its old market hall.')).toBe(false);
  });

  it("cuts a thread's controls and keeps every post", () => {
    const body = bodyOf(THREAD, 'https://forum.example.org/threads/rain-gauge-reads-double.4411/');
    for (const p of POSTS) expect(body).toContain(p);
    for (const cut of ['Reactions:', 'Click to expand', 'View attachment', '#2', '#3'])
      expect(body).not.toContain(cut);
  });

  it("cuts a grid's buttons and keeps its names and prices", () => {
    const body = bodyOf(SHOP, 'https://shop.example.org/lamps');
    for (const [name, price] of LAMPS) {
      expect(body).toContain(name);
      expect(body).toContain(price);
    }
    expect(body).not.toContain('Quick view');
  });
});
