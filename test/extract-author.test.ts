import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/extract/index.js';
import { personName } from '../src/extract/html-meta.js';

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

  it('reads a byline block: "By Name", or a "Written by" label over the name', () => {
    expect(
      readHtml(page('', '<div class="x"><p>Written by</p><p>Nora Salim</p></div>')).x.author?.value,
    ).toBe('Nora Salim');
    expect(readHtml(page('', '<footer><p>By Karim Aziz</p></footer>')).x.author?.value).toBe('Karim Aziz');
  });
});
