import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  commentsAfter,
  extract,
  itemConsensus,
  listingItems,
  carouselClones,
  marquee,
  productReviews,
  readHtml,
  recommendationBoxes,
  repeats,
} from '../src/extract/index.js';
import { readBlocks } from '../src/extract/blocks.js';
import { blockModel, foldOf, siteOf } from '../src/extract/classifier/index.js';
import { train, predictRaw, sigmoid, type Gbdt } from '../src/extract/classifier/gbdt.js';

// The block classifier on pages written for these tests: a forum thread, a documentation page,
// and the Arabic news pages of the layout tests.
const page = (file: string) => {
  const content = readFileSync(`test/fixtures/pages/${file}`, 'utf8');
  const { text, extraction } = extract({
    source: file,
    identity: file,
    kind: 'html',
    content,
    hints: {},
    messages: [],
  });
  return {
    text,
    x: extraction,
    body: extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n'),
  };
};

/** The body holds every kept passage and none of the furniture. */
function keepsAndDrops(body: string, kept: string[], furniture: string[]): void {
  for (const k of kept) expect(body).toContain(k);
  for (const f of furniture) expect(body).not.toContain(f);
}

describe('block classifier', () => {
  it('ships a model trained with the sites of each fold held out', () => {
    const m = blockModel();
    expect(m).not.toBeNull();
    expect(m!.held).toHaveLength(m!.folds);
    expect(m!.held2).toHaveLength(m!.folds);
  });

  it('keeps every post of a forum thread, and leaves out signatures, vote widgets and the thread list', () => {
    const { body, x } = page('forum-thread.html');
    keepsAndDrops(
      body,
      ['عندي أرض صغيرة في الريف', 'نصيحتي أن تبدأ بخزان مرتفع', 'اشترك خمسة مزارعين'],
      [
        'لا تؤجل عمل اليوم',
        'اقرأ القواعد',
        'أعجبهم هذا',
        'رد مع اقتباس',
        'مواضيع مشابهة',
        'المشاركات الجديدة',
        'جميع الحقوق',
      ],
    );
    expect(x.title?.value).toBe('ما أثر انقطاع الكهرباء على الزراعة في الريف؟');
  });

  it('keeps the code blocks of a documentation page, and leaves out its menus', () => {
    const { body } = page('docs-code.html');
    expect(body).toContain('quill add https://news.example.net/rss');
    expect(body).toContain('quill watch --interval 10m');
    expect(body).toContain('keeps every item it has seen');
    for (const furniture of ['Storage', 'Edit this page', 'Released under the MIT'])
      expect(body).not.toContain(furniture);
  });

  it('keeps the article of the Arabic news pages as the rules read it', () => {
    const { body } = page('gulf-jsonld.html');
    for (const furniture of ['الرئيسية', 'اقرأ أيضاً', 'فيسبوك', 'الأكثر قراءة', 'جميع الحقوق'])
      expect(body).not.toContain(furniture);
    expect(body.split('\n')).toHaveLength(3);
  });

  it("keeps a product's description, and leaves out its recommendation box and cookie notice", () => {
    const { body, x } = page('shop-product.html');
    keepsAndDrops(
      body,
      ['صُنع هذا الإبريق يدوياً', 'يُزجج من الداخل', 'مقبض عريض'],
      ['قد يعجبك أيضاً', 'طقم أكواب فخارية', 'سلطانية عميقة', 'ملفات تعريف الارتباط', 'تسجيل الدخول'],
    );
    expect(x.title?.value).toBe('إبريق فخاري مزجج بسعة لترين');
  });

  it('cuts a recommendation box: its heading and the section it heads, nothing around it', () => {
    const { page: rendered } = readHtml(readFileSync('test/fixtures/pages/shop-product.html', 'utf8'));
    const boxes = recommendationBoxes(rendered);
    const cut = rendered.page.blocks.filter((_, i) => boxes[i]).map((b) => b.text.slice(0, 14));
    expect(cut).toEqual([
      'قد يعجبك أيضاً',
      'طقم أكواب فخار',
      'طبق تقديم كبير',
      'مزهرية طويلة م',
      'سلطانية عميقة ',
    ]);
    // A section that is most of the page (a guide of walks under such a heading): nothing cut.
    const guide = readHtml(
      '<html><body><h1>Spring walks</h1><section><h2>You may also like</h2><p>The river path runs four miles from the old mill to the weir, past the heron colony and two cafés that open at nine.</p><p>The ridge loop climbs steeply at first, then follows the wall along the top with views over three valleys.</p></section></body></html>',
    ).page;
    expect([...recommendationBoxes(guide)].every((v) => v === 0)).toBe(true);
    // A blog's box of related posts under its article.
    const post = readHtml(
      `<html><body><article><h1>Pruning roses</h1>${'<p>Cut each cane back to an outward-facing bud, a finger above it, on a slant that sheds the rain away from the bud.</p>'.repeat(8)}</article><section><h3>Related posts</h3><p>Feeding roses in June</p><p>Black spot: what works</p><p>Climbers for a north wall</p></section></body></html>`,
    ).page;
    const related = recommendationBoxes(post);
    expect(post.page.blocks.filter((_, i) => related[i]).map((b) => b.text)).toEqual([
      'Related posts',
      'Feeding roses in June',
      'Black spot: what works',
      'Climbers for a north wall',
    ]);
  });

  it('reads a paragraph the page prints twice once: a standfirst over the article that opens with it', () => {
    const { body } = page('repeated-lead.html');
    const lead = 'The harbour ferry will cost commuters a fifth more';
    expect(body.split(lead)).toHaveLength(2);
    expect(body).toContain('A single crossing will go from two pounds fifty');
  });

  it("keeps the same line in each item of a list (an offer's terms), and cuts a run that repeats the article", () => {
    const { page: rendered } = readHtml(readFileSync('test/fixtures/pages/repeated-lead.html', 'utf8'));
    const texts = rendered.page.blocks.map((b) => b.text);
    const cut = repeats(rendered, () => true);
    expect(texts.filter((_, i) => cut[i]).map((t) => t.slice(0, 24))).toEqual(['The harbour ferry will c']);
    expect(texts.filter((t) => t.startsWith('Valid on all scheduled sailings'))).toHaveLength(3);
    // The article printed twice for two layouts, in the same elements: the second copy is cut.
    const para = (n: number) =>
      `<p>Paragraph ${n} of the report says what the council decided about the harbour wall and the new slipway.</p>`;
    const twice = readHtml(
      `<html><body><h1>Harbour wall</h1><div class="layout">${[1, 2, 3].map(para).join('')}</div><div class="layout">${[1, 2, 3].map(para).join('')}</div></body></html>`,
    ).page;
    expect([...repeats(twice, () => true)].filter(Boolean)).toHaveLength(3);
  });

  it("cuts a looping carousel's copy of its slides, never the same lines in two places of the page", () => {
    const slide = (who: string, said: string) =>
      `<div class="slide"><blockquote>${said}</blockquote><p>${who}</p></div>`;
    const slides = [
      slide('Maren', 'They fixed the boiler the same afternoon and left the kitchen cleaner than before.'),
      slide('Idris', 'Clear prices, no surprises on the bill, and a friendly engineer.'),
    ].join('');
    const body =
      '<h1>Boiler repairs</h1><p>We repair and service gas boilers of every make across the county, seven days a week, with parts in the van.</p>';
    const looped = readHtml(
      `<html><body>${body}<div class="track">${slides}${slides}</div></body></html>`,
    ).page;
    const texts = looped.page.blocks.map((b) => b.text);
    const cut = carouselClones(looped, () => true);
    expect(texts.filter((_, i) => cut[i])).toEqual([
      'They fixed the boiler the same afternoon and left the kitchen cleaner than before.',
      'Maren',
      'Clear prices, no surprises on the bill, and a friendly engineer.',
      'Idris',
    ]);
    expect(texts.filter((t, i) => !cut[i] && t === 'Maren')).toHaveLength(1);
    // The same slides at the top and again at the foot of a long page are two places, not one track.
    const apart = readHtml(
      `<html><body><div class="top">${slides}</div><main>${body}${[1, 2, 3, 4, 5, 6].map((n) => `<p>Visit ${n} of the year checks the flue, the pressure and the seals, and we send the certificate the same day.</p>`).join('')}</main><div class="foot">${slides}</div></body></html>`,
    ).page;
    expect([...carouselClones(apart, () => true)].every((v) => v === 0)).toBe(true);
  });

  it("cuts a ticker's phrase said over and over in one block, never a row of numbers or a text", () => {
    expect(marquee(Array(12).fill('Order Today *').join(''))).toBe(true);
    expect(marquee(Array(6).fill('Free delivery on orders over £40 •').join(' '))).toBe(true);
    expect(marquee(Array(5).fill('حجز موعد الآن').join(' - '))).toBe(true);
    // Data and prose that repeat a word are no ticker.
    expect(marquee('0 0 0 0 0 0 0 0 0 0 0 0')).toBe(false);
    expect(marquee('Yes Yes Yes Yes Yes')).toBe(false);
    expect(
      marquee('We clean, we clean again, and then we check the filters before we clean the vents once more.'),
    ).toBe(false);
    const { body } = page('blog-comments.html');
    const ticker = Array(10).fill('Spring sale now on ✦').join(' ');
    const html = readFileSync('test/fixtures/pages/blog-comments.html', 'utf8').replace(
      /<main[^>]*>/,
      (m) => `${m}<p>${ticker}</p>`,
    );
    expect(html).toContain(ticker);
    const r = extract({ source: 't', identity: 't', kind: 'html', content: html, hints: {}, messages: [] });
    const withTicker = r.extraction.paragraphs.map((p) => r.text.slice(p.span.start, p.span.end)).join('\n');
    expect(withTicker).not.toContain('Spring sale now on');
    expect(withTicker).toBe(body);
  });

  it("cuts the readers' comments and the affiliate disclosure of a blog post, not the replies of a thread that says it is one", () => {
    const html = readFileSync('test/fixtures/pages/blog-comments.html', 'utf8');
    const { body } = page('blog-comments.html');
    keepsAndDrops(
      body,
      ['Every spring the black bean aphid', 'Where a colony still gets going'],
      [
        'We tried the nettle strip last year',
        'Does pinching out the tops',
        'Leave a reply',
        // The site's affiliate disclosure.
        'This post contains affiliate links',
      ],
    );
    const cutOf = (h: string) => {
      const r = readHtml(h).page;
      const cut = commentsAfter(r, () => true);
      return r.page.blocks.filter((_, i) => cut[i]).map((b) => b.text.slice(0, 20));
    };
    expect(cutOf(html)).toContain('We tried the nettle ');
    expect(cutOf(html)).not.toContain('Every spring the bla');
    // The same page as a discussion (a forum's og:type): its replies are the page.
    expect(cutOf(html.replace('content="article"', 'content="forum"'))).toEqual([]);
    // A section whose id is a heading's words ("receive-and-reply-to-a-message") is no comment.
    const slug = html
      .replace('id="comments" class="entry-comments"', 'id="how-to-reply-to-a-neighbour"')
      .replace(/ (?:class|id)="(?:comment|respond)[^"]*"/g, '');
    expect(cutOf(slug)).toEqual([]);
  });

  it("keeps a field of a list's items that the other items keep: a shop's cards read alike", () => {
    const { page: rendered } = readHtml(readFileSync('test/fixtures/pages/shop-listing.html', 'utf8'));
    const bs = rendered.page.blocks;
    const at = (prefix: string) => bs.findIndex((b) => b.text.startsWith(prefix));
    // Scores as a classifier might give them: three titles kept and one not, every price cut.
    const p = new Float32Array(bs.length).fill(0.1);
    for (const [t, s] of [
      ['Ridge GTX', 0.8],
      ['Fell Runner', 0.7],
      ['Tarn Lite', 0.3],
      ['Scree Pro', 0.9],
    ] as const)
      p[at(t)] = s;
    p[at('£145')] = 0.45;
    const q = itemConsensus(rendered, p.slice());
    // The title the classifier doubted takes its field's mean (0.675); the prices stay cut.
    expect(q[at('Tarn Lite')]).toBeCloseTo(0.675, 3);
    expect(q[at('Ridge GTX')]).toBeCloseTo(0.8, 5);
    for (const price of ['£145', '£98', '£89', '£189']) expect(q[at(price)]).toBeLessThan(0.5);
    // Blocks outside the items (the heading, the footer) are as they were.
    expect(q[at('Walking boots')]).toBe(p[at('Walking boots')]);
    expect(q[at('©')]).toBe(p[at('©')]);
  });

  it("keeps a list's items on a page that is the list, not beside a text of its own", () => {
    const shop = readFileSync('test/fixtures/pages/shop-listing.html', 'utf8').replace(
      '</ul>\n</main>',
      '<li class="product-card"><h3 class="product-card__title"><a href="/p/moss">Moss trail shoe</a></h3><span class="product-card__price">£79.00</span><p class="product-card__teaser">A low trail shoe with a soft sole for dry summer paths and gravel.</p></li></ul></main>',
    );
    const { page: rendered } = readHtml(shop);
    const bs = rendered.page.blocks;
    const at = (prefix: string) => bs.findIndex((b) => b.text.startsWith(prefix));
    // A classifier in doubt over the cards (titles 0.4, teasers 0.35, prices 0.2), sure of nothing else.
    const doubt = () => {
      const p = new Float32Array(bs.length).fill(0.05);
      for (const t of ['Ridge', 'Fell', 'Tarn', 'Scree', 'Moss']) p[at(t)] = 0.4;
      for (const t of ['A full-grain', 'Light enough', 'A suede', 'A stiff', 'A low trail']) p[at(t)] = 0.35;
      for (const t of ['£145', '£98', '£89', '£189', '£79']) p[at(t)] = 0.2;
      return p;
    };
    const q = listingItems(rendered, doubt(), 0.5);
    expect(q[at('Tarn Lite')]).toBeGreaterThanOrEqual(0.5);
    expect(q[at('A low trail')]).toBeGreaterThanOrEqual(0.5);
    // The prices, a field the cards hold at 0.2, stay cut; so does the footer.
    expect(q[at('£98')]).toBeLessThan(0.5);
    expect(q[at('©')]).toBeLessThan(0.5);
    // The same grid under an introduction the classifier keeps: the page has a text of its own.
    const own = doubt();
    own[at('Boots for moorland')] = 0.9;
    expect(listingItems(rendered, own, 0.5)[at('Tarn Lite')]).toBeCloseTo(0.4, 5);
    // Four cards are as often a page's columns as a list: left to the classifier.
    const { page: four } = readHtml(readFileSync('test/fixtures/pages/shop-listing.html', 'utf8'));
    const p4 = new Float32Array(four.page.blocks.length).fill(0.4);
    expect(listingItems(four, p4.slice(), 0.5)).toEqual(p4);
  });

  it("keeps a table's cells and a block of code from a lower score than prose", () => {
    // A classifier unsure of every block alike (p 0.4, under the 0.5 bar): the cells of the
    // timetable and the command are kept, the paragraphs around them are not.
    const doubt: Gbdt = { base: Math.log(0.4 / 0.6), trees: [] };
    const content = `<html><body><article><h1>Walking the ridge in a day</h1>
      <p>The route leaves the village at dawn and climbs for three hours before the long ridge.</p>
      <table><tr><th>Stage</th><th>Hours</th></tr><tr><td>Village to col</td><td>three</td></tr>
      <tr><td>Col to summit</td><td>two</td></tr></table>
      <pre>gpx-split --at col route.gpx</pre>
      <p>Bring water for the whole day, since the springs on the ridge run dry by June.</p>
    </article></body></html>`;
    const { text, extraction } = extract(
      { source: 't', identity: 't', kind: 'html', content, hints: {}, messages: [] },
      { blocks: { blocks: doubt, context: doubt } },
    );
    const body = extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
    expect(body).toContain('Col to summit');
    expect(body).toContain('gpx-split --at col route.gpx');
    expect(body).not.toContain('Bring water');
  });

  it("cuts the customers' reviews under a shop's product, not the reviews of a page that says it is an article", () => {
    const html = readFileSync('test/fixtures/pages/shop-reviews.html', 'utf8');
    const cutOf = (h: string) => {
      const r = readHtml(h).page;
      const cut = productReviews(r, () => true);
      return r.page.blocks.filter((_, i) => cut[i]).map((b) => b.text.slice(0, 20));
    };
    expect(cutOf(html)).toEqual([
      'Customer reviews',
      'Warm and well made',
      'Bought two for the s',
      'Heavier than I expec',
      'Lovely colour, but i',
    ]);
    const { body } = page('shop-reviews.html');
    keepsAndDrops(body, ['Woven on our mill', 'fringed by hand'], ['Bought two for the spare room']);
    // A review article of the same throw: its readers' verdicts are the page.
    expect(cutOf(html.replace('content="product"', 'content="article"'))).toEqual([]);
  });

  it('holds out a site with all its subdomains', () => {
    expect(siteOf('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
    expect(siteOf('blog.mondediplo.net')).toBe('mondediplo.net');
    expect(foldOf(siteOf('https://news.example.com/a'), 5)).toBe(foldOf(siteOf('example.com'), 5));
  });

  it('reads a page of ten thousand nested elements without recursion', () => {
    const deep = '<div>'.repeat(10000) + '<p>deep text</p>' + '</div>'.repeat(10000);
    const { blocks } = readBlocks(`<html><body>${deep}</body></html>`);
    expect(blocks.map((b) => b.text)).toEqual(['deep text']);
  });

  it('trains trees that separate what a feature separates', () => {
    const n = 400;
    const X = new Float32Array(n * 2);
    const y = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      X[i * 2] = i % 2;
      X[i * 2 + 1] = (i * 7919) % 13;
      y[i] = i % 2;
    }
    const m = train(X, y, new Float32Array(n).fill(1), 2, { trees: 20, depth: 2, subsample: 1 });
    expect(sigmoid(predictRaw(m, Float32Array.of(1, 3), 0, 2))).toBeGreaterThan(0.9);
    expect(sigmoid(predictRaw(m, Float32Array.of(0, 3), 0, 2))).toBeLessThan(0.1);
  });
});
