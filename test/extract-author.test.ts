import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/extract/index.js';
import { personName } from '../src/extract/html-meta.js';
import { parseBylineLine } from '../src/extract/metadata.js';
import { splitLines } from '../src/extract/lines.js';

const page = (head: string, body: string) =>
  `<html><head>${head}</head><body><article><h1>Notes on keeping bees in a city garden</h1>${body}<p>${'The hive sits on the roof and the bees fly over the street to the park. '.repeat(6)}</p></article></body></html>`;

describe('author from the page', () => {
  it('reads a name beside the article: a link to an author page, a byline element', () => {
    expect(
      readHtml(page('', '<p class="meta">By <a href="/authors/jane-roe">Jane Roe</a></p>')).x.author?.value,
    ).toBe('Jane Roe');
    expect(
      readHtml(
        page(
          '',
          '<div class="post-author"><span>Written by</span> Omar Haddad<span>Staff Writer</span></div>',
        ),
      ).x.author?.value,
    ).toBe('Omar Haddad');
  });

  it("prefers a person the page names to the site's own name as author, and keeps the site's name otherwise", () => {
    const head = (site: string) =>
      `<meta property="og:site_name" content="${site}"><meta name="author" content="Green Roofs">`;
    expect(
      readHtml(page(head('Green Roofs'), '<a rel="author" href="/team/lena">Lena Berg</a>')).x.author?.value,
    ).toBe('Lena Berg');
    expect(readHtml(page(head('Green Roofs'), '')).x.author?.value).toBe('Green Roofs');
  });

  it('takes the site name off an author field', () => {
    const head =
      '<meta property="og:site_name" content="Daily Post"><meta name="author" content="Sam Lee, Daily Post">';
    expect(readHtml(page(head, '')).x.author?.value).toBe('Sam Lee');
  });

  it('reads names, not labels or handles', () => {
    expect(personName('By: Elise Nass')).toBe('Elise Nass');
    expect(personName('Share')).toBeNull();
    expect(personName('262588213843476', 1)).toBeNull();
    expect(personName('Dishwasher-safe: No')).toBeNull();
  });

  it('dates the page by a date line under the headline that the rules pruned, never by an update', () => {
    const dated = (line: string) => readHtml(page('', `<div class="widget">${line}</div>`)).x.published;
    expect(dated('By Dr. Omar Haddad - Mar 27, 2024')?.value.value?.slice(0, 10)).toBe('2024-03-27');
    expect(dated('Updated on March 27, 2024')).toBeNull();
  });

  it('dates the page by a publication cue after a name, or a date that leads its line before a bullet', () => {
    const dated = (line: string) =>
      readHtml(page('', `<div class="widget">${line}</div>`)).x.published?.value.value?.slice(0, 10);
    expect(dated('Lina Farouk Published: June 9, 2023')).toBe('2023-06-09');
    expect(dated('Oct 14, 2022 • Sami Noor in Gardening')).toBe('2022-10-14');
  });

  it('dates the page by other publication meta names, the earliest of them, never a modification', () => {
    const dated = (head: string) => readHtml(page(head, '')).x.published?.value.value?.slice(0, 10);
    expect(dated('<meta name="published" content="May 2, 2021">')).toBe('2021-05-02');
    expect(
      dated(
        '<meta name="site-published-time" content="2024-09-01T10:00:00Z"><meta name="published-date" content="2019-04-11">',
      ),
    ).toBe('2019-04-11');
    expect(dated('<meta name="modified-date" content="2020-01-01">')).toBeUndefined();
  });

  it('dates the page by a <time> that shows its date as text, or a date line right above the headline', () => {
    const shown = readHtml(page('', '<p><time class="stamp">April 3, 2022</time></p>')).x.published;
    expect(shown?.value.value?.slice(0, 10)).toBe('2022-04-03');
    const above = readHtml(
      `<html><body><main><div class="when">November 8, 2021</div><h1>Notes on keeping bees in a city garden</h1><p>${'The hive sits on the roof and the bees fly over the street to the park. '.repeat(6)}</p></main></body></html>`,
    ).x.published;
    expect(above?.value.value?.slice(0, 10)).toBe('2021-11-08');
  });

  it('dates a page with no other date by a "Posted on" line the body keeps', () => {
    const closing = readHtml(
      page('', '').replace(
        '</article>',
        '<div class="foot-note">Posted on February 20, 2020</div></article>',
      ),
    ).x.published;
    expect(closing?.value.value?.slice(0, 10)).toBe('2020-02-20');
  });

  it('takes no number or unfilled template key for an author, and reads a two-word cue with a touching colon', () => {
    const given = (content: string) =>
      readHtml(page(`<meta name="author" content="${content}">`, '')).x.author?.value;
    expect(given('48151623420')).toBeUndefined();
    expect(given('site.meta.post.writer')).toBeUndefined();
    expect(given('nadia.k.farah')).toBe('nadia.k.farah');
    const line = splitLines('Written by:Hala Mansour')[0];
    expect(parseBylineLine(line)?.value).toBe('Hala Mansour');
  });

  it('reads a byline block: "By Name", or a "Written by" label over the name', () => {
    expect(
      readHtml(page('', '<div class="x"><p>Written by</p><p>Nora Salim</p></div>')).x.author?.value,
    ).toBe('Nora Salim');
    expect(readHtml(page('', '<footer><p>By Karim Aziz</p></footer>')).x.author?.value).toBe('Karim Aziz');
  });
});

describe('a team that signs the article', () => {
  it('reads a team or staff name in an author element', () => {
    expect(readHtml(page('', '<p class="authorName">Harbor Staff</p>')).x.author?.value).toBe('Harbor Staff');
    expect(readHtml(page('', '<div class="author-name">The Orchard Team</div>')).x.author?.value).toBe(
      'The Orchard Team',
    );
    expect(readHtml(page('', '<span class="creator-name">Team Northwind</span>')).x.author?.value).toBe(
      'Team Northwind',
    );
  });

  it('prefers a person to a team, and reads no label as a team', () => {
    expect(
      readHtml(
        page('', '<div class="byline"><span>Mara Quinn</span></div><p class="authorName">Harbor Staff</p>'),
      ).x.author?.value,
    ).toBe('Mara Quinn');
    expect(
      readHtml(page('', '<div class="author-name">Meet the team</div>')).x.author?.value,
    ).toBeUndefined();
  });
});

describe('date from the last modification', () => {
  const article = (head: string) =>
    `<html><head>${head}</head><body><article><h1>How to prune an apple tree in winter</h1><p>${'Cut the branches that cross and keep the center of the tree open to light. '.repeat(6)}</p></article></body></html>`;
  it('dates a page whose JSON-LD article gives only its last modification', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'x',
      dateModified: '2023-11-02',
    };
    expect(
      readHtml(article(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).x.published
        ?.value.value,
    ).toBe('2023-11-02');
  });
  it("never takes a site's article:modified_time alone for the date", () => {
    expect(
      readHtml(article('<meta property="article:modified_time" content="2024-03-05T10:00:00+00:00">')).x
        .published,
    ).toBeNull();
  });
  it('prefers the publication date to the modification', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'x',
      datePublished: '2022-01-10T08:00:00+00:00',
      dateModified: '2024-03-05',
    };
    expect(
      readHtml(article(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).x.published
        ?.value.value,
    ).toBe('2022-01-10T08:00');
  });
});

describe('headline from the page', () => {
  const body = `<p>${'The council voted to keep the library open on Sundays through the winter months. '.repeat(6)}</p>`;
  const doc = (head: string, h1: string) =>
    `<html><head>${head}</head><body><article><h1>${h1}</h1>${body}</article></body></html>`;
  it("takes the site's name and a date off the <h1>", () => {
    expect(
      readHtml(
        doc(
          '<meta property="og:site_name" content="Riverside Courier">',
          'Library stays open on Sundays – Riverside Courier',
        ),
      ).x.title?.value,
    ).toBe('Library stays open on Sundays');
    expect(
      readHtml(
        doc('<title>Library stays open on Sundays</title>', 'Mar 4 2025 Library stays open on Sundays'),
      ).x.title?.value,
    ).toBe('Library stays open on Sundays');
  });
  it('keeps a subtitle the <title> does not set apart as a name', () => {
    expect(
      readHtml(
        doc(
          '<title>Library hours - What changes for readers this winter</title>',
          'Library stays open - What changes for readers this winter',
        ),
      ).x.title?.value,
    ).toBe('Library stays open - What changes for readers this winter');
  });
  it('gives a headline cut short the whole one', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Council keeps the library open on Sundays (and adds',
    };
    const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:title" content="Council keeps the library open on Sundays (and adds evening hours)">`;
    expect(
      readHtml(`<html><head>${head}</head><body><article>${body}</article></body></html>`).x.title?.value,
    ).toBe('Council keeps the library open on Sundays (and adds evening hours)');
  });
});

describe('JSON-LD authors', () => {
  const body = `<p>${'The ferry will run every hour from the harbour to the island until the end of summer. '.repeat(6)}</p>`;
  const withLd = (ld: unknown) =>
    `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Ferry runs every hour to the island</h1>${body}</article></body></html>`;
  it('reads an author given by @id from its node in the @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Article',
          headline: 'Ferry runs every hour to the island',
          author: { '@id': 'https://example.org/#/person/1' },
        },
        { '@type': 'Person', '@id': 'https://example.org/#/person/1', name: 'Rania Aziz' },
      ],
    };
    expect(readHtml(withLd(ld)).x.author?.value).toBe('Rania Aziz');
  });
  it('reads a name given as a list', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      author: { '@type': 'Person', name: ['Karim Said'] },
    };
    expect(readHtml(withLd(ld)).x.author?.value).toBe('Karim Said');
  });
});
