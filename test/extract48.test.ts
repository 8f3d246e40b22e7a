import { describe, expect, it } from 'vitest';
import { commentsAfter, extract, nestedThread, readHtml } from '../src/extract/index.js';

// A link aggregator's or a federated forum's thread: a post, then replies nested in the replies
// they answer (each reply's element of the same kind inside its parent's), each with its author,
// points and age around its words.
const reply = (who: string, said: string, children = '') => `
  <li class="comment"><div class="comment-meta"><a href="/u/${who}">${who}</a> <span>12 points</span> <span>3 hours ago</span></div>
    <div class="comment-body"><p>${said}</p></div>
    ${children ? `<ul class="comments">${children}</ul>` : ''}
  </li>`;
const post = [
  'The river authority has opened the new fish ladder beside the old weir, after four years of work.',
  'Salmon counts at the upstream station will be published every month from now on, the authority said.',
  'The ladder replaces a concrete channel that most fish could not climb when the water was low in summer.',
  'Anglers downstream had asked for the change since the weir was raised for the mill in the last century.',
].join(' ');
const thread = (head = '') => `<html><head>${head}</head><body>
  <header><nav><a href="/">Home</a> <a href="/popular">Popular</a> <a href="/login">Log in</a></nav></header>
  <main><h1>New fish ladder opens at the old weir</h1>
  <div class="post-body"><p>${post}</p></div>
  <ul class="comments">
  ${reply(
    'brookline',
    'Good news at last for the river, this took far too long.',
    reply(
      'weirkeeper',
      'It did, but the first winter flood will show whether the ladder holds.',
      reply('troutbeck', 'The engineers tested it against the 2015 flood levels.'),
    ),
  )}
  ${reply('fernbank', 'Will the counts include sea trout as well as salmon?', reply('brookline', 'They said both species, in separate columns.'))}
  ${reply('millstream', 'My grandfather fished above that weir before it was raised.')}
  </ul></main>
  <footer><nav><a href="/about">About</a> <a href="/rules">Rules</a></nav></footer>
</body></html>`;
const REPLIES = [
  'Good news at last',
  'the first winter flood',
  'The engineers tested',
  'Will the counts include',
  'They said both species',
  'My grandfather fished',
];

describe('extract48: a discussion in nested replies keeps its replies', () => {
  const raise = (html: string) => {
    const { page } = readHtml(html);
    const bs = page.page.blocks;
    const at = (s: string) => bs.findIndex((b) => b.text.includes(s));
    // A classifier that keeps the post and reads every reply as furniture.
    const p = new Float32Array(bs.length).fill(0.1);
    p[at('The river authority')] = 0.95;
    const q = nestedThread(page, p.slice(), 0.5);
    const cut = commentsAfter(page, (i) => q[i] >= 0.5);
    return { q, cut, at };
  };

  it("keeps every reply's words, not its author, points or age, nor the page's menus", () => {
    const { q, cut, at } = raise(thread());
    for (const s of REPLIES) {
      expect(q[at(s)]).toBeGreaterThanOrEqual(0.5);
      expect(cut[at(s)]).toBe(0);
    }
    expect(q[at('weirkeeper')]).toBeLessThan(0.5);
    expect(q[at('Popular')]).toBeLessThan(0.5);
    expect(q[at('Rules')]).toBeLessThan(0.5);
  });

  it('keeps them in the body the extractor returns', () => {
    const { text, extraction } = extract({
      source: 'x',
      identity: 'x',
      kind: 'html',
      content: thread(),
      hints: {},
      messages: [],
    });
    const body = extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
    expect(body).toContain('The river authority');
    for (const s of REPLIES) expect(body).toContain(s);
  });

  it("leaves an article's readers' comments to the classifier, and a shop's reviews", () => {
    for (const type of ['article', 'product']) {
      const { q, at } = raise(thread(`<meta property="og:type" content="${type}">`));
      for (const s of REPLIES) expect(q[at(s)]).toBeLessThan(0.5);
    }
  });

  it('keeps them on an article page that says it is a discussion', () => {
    const ld = '{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"x"}';
    const { q, at } = raise(
      thread(`<meta property="og:type" content="article"><script type="application/ld+json">${ld}</script>`),
    );
    for (const s of REPLIES) expect(q[at(s)]).toBeGreaterThanOrEqual(0.5);
  });

  it('reads replies side by side, none inside another, as no nest', () => {
    const { page } = readHtml(
      `<html><body><h1>Notes</h1><p>${post}</p><ul class="comments">${[
        'One reply here with words.',
        'Another reply with words.',
        'A third reply with words.',
        'A fourth reply with words.',
      ]
        .map((s) => `<li class="comment"><p>${s}</p></li>`)
        .join('')}</ul></body></html>`,
    );
    const bs = page.page.blocks;
    const p = new Float32Array(bs.length).fill(0.1);
    const q = nestedThread(page, p.slice(), 0.5);
    expect([...q].every((v) => v < 0.5)).toBe(true);
  });
});

describe("extract48: a card's button and a form's hidden messages are the page's controls", () => {
  it('reads them as controls, whole blocks only', async () => {
    const { pageControl } = await import('../src/extract/index.js');
    for (const s of [
      'View details',
      'Shop now',
      'See all',
      'Oops! Something went wrong while submitting the form.',
      'Thank you! Your submission has been received!',
    ])
      expect(pageControl(s)).toBe(true);
    expect(pageControl('View details of the harbour survey in the appendix')).toBe(false);
    expect(pageControl('We could not see more than a mile through the fog.')).toBe(false);
  });
});

describe('extract48: a frame self-closed in a noscript does not swallow the page', () => {
  it("keeps the page's text after a tag manager's noscript frame written as JSX renders it", () => {
    const html = `<html><head><title>Hosting for teams</title></head><body>
      <noscript><iframe src="https://tags.example.com/ns.html?id=X-1" height="0" width="0" style="display: none;" /></noscript>
      <main><h1>Ship your app in minutes</h1>
      <p>Connect a repository and every push is built, tested and deployed to a private network of your own.</p>
      <p>Databases, queues and scheduled jobs run beside the app, billed by the second and scaled on demand.</p></main>
    </body></html>`;
    const { text, extraction } = extract({
      source: 'x',
      identity: 'x',
      kind: 'html',
      content: html,
      hints: {},
      messages: [],
    });
    const body = extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
    expect(body).toContain('Connect a repository');
    expect(body).toContain('Databases, queues and scheduled jobs');
  });
});
