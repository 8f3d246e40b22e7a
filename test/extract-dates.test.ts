import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { dateFromUrl } from '../src/extract/url-date.js';
import { outletFromUrl } from '../src/extract/outlets.js';
import { readDateLine } from '../src/extract/date-lines.js';
import { splitLines } from '../src/extract/lines.js';

// Publication date and outlet read as an editor reads them, on texts written in real sites'
// layouts (test/fixtures/dates/README.md, test/fixtures/pages/).
const read = (file: string, url?: string, edit: (s: string) => string = (s) => s) => {
  const content = edit(readFileSync(`test/fixtures/dates/${file}`, 'utf8'));
  const kind = file.endsWith('.html') ? 'html' : 'text';
  const { text, extraction } = extract({
    source: file,
    identity: file,
    kind,
    content,
    hints: url ? { url } : {},
    messages: [],
  });
  const p = extraction.published;
  return {
    value: p?.value.value ?? null,
    method: p?.source.method,
    quoted: p?.source.span ? text.slice(p.source.span.start, p.source.span.end) : null,
  };
};
const NOW = new Date('2026-06-01T00:00:00Z');

describe('publication date from the page', () => {
  it("takes the article's date line, not the top bar's date of the day in two calendars", () => {
    expect(read('iraq-today-bar.txt')).toEqual({
      value: '2024-03-11',
      method: 'dateline',
      quoted: '2024 / 03 / 11',
    });
    // Without the article's own date line, the bar still gives none.
    expect(read('iraq-today-bar.txt', undefined, (s) => s.replace('2024 / 03 / 11\n', '')).value).toBeNull();
  });

  it("never takes an embedded post's signature date for the page's", () => {
    const [line] = splitLines('— نشرة الخليج اليوم (@gulf_today) March 7, 2024');
    expect(readDateLine(line)).toBeNull();
    // The same date on a line of its own is a date line.
    expect(readDateLine(splitLines('March 7, 2024')[0])?.value.value).toBe('2024-03-07');
  });

  it("never takes the date beside the editor-in-chief's name; the URL's date is read instead", () => {
    expect(read('egypt-editor-header.txt').value).toBeNull();
    expect(read('egypt-editor-header.txt', 'https://example.com/news/2025/6/4/محافظ-الدقهلية').value).toBe(
      '2025-06-04',
    );
  });

  it("never takes a header's clock ('التوقيت …') or the date beside the boards' chairman for the page's", () => {
    const clock = splitLines('التوقيت الثلاثاء، 14 يناير 2025')[0];
    expect(readDateLine(clock)?.cue).toBe('today');
    const chair = splitLines('الخميس 6 مارس 2025 رئيس مجلسي الإدارة والتحرير')[0];
    expect(readDateLine(chair)?.masthead).toBe(true);
    // The bare date alone is still a date line of the page.
    expect(readDateLine(splitLines('الخميس 6 مارس 2025')[0])).toMatchObject({ cue: null, masthead: false });
  });

  it('reads a date after a publication cue, in English, Arabic, Maghrebi and French forms', () => {
    expect(read('gulf-published-english.txt')).toEqual({
      value: '2024-03-04',
      method: 'date-line-cue',
      quoted: '4th, March 2024',
    });
    expect(read('levant-published-cue.txt')).toMatchObject({ value: '2017-02-12', method: 'date-line-cue' });
    expect(read('maghreb-french.txt')).toMatchObject({ value: '2025-09-11', method: 'date-line-cue' });
    expect(read('maghreb-two-names.txt')).toMatchObject({ value: '2017-02-12', method: 'dateline' });
  });

  it('reads a month name between slashes with its time', () => {
    expect(read('egypt-slash-month.txt')).toMatchObject({ value: '2020-12-15T16:30', method: 'dateline' });
  });

  it("takes neither a headline's event date nor a modification date", () => {
    expect(read('headline-event-date.txt').value).toBeNull();
  });

  it("prefers the page's JSON-LD to a visible date line", () => {
    expect(read('jsonld-and-dateline.html')).toMatchObject({ value: '2023-10-02T09:15', method: 'json-ld' });
  });
});

describe('publication date from the URL', () => {
  const at = (url: string) => dateFromUrl(url, NOW)?.value ?? null;
  it('reads dated paths and date parameters', () => {
    expect(at('https://www.example.net/news/2023/1/16/some-slug')).toBe('2023-01-16');
    expect(at('https://example.com/ar/2023/01/16/%D8%AE%D8%A8%D8%B1/')).toBe('2023-01-16');
    expect(at('https://example.ae/amp/world/gcc/2023-02-24-1.4643764')).toBe('2023-02-24');
    expect(at('https://example.org/archive/20230224/story.html')).toBe('2023-02-24');
    expect(at('https://example.com/news/print/119286-2023-07-20-10-17-52')).toBe('2023-07-20');
    expect(at('https://example.com/news/view.aspx?cdate=01012026&id=6450')).toBe('2026-01-01');
  });

  it('takes no id for a date, no future or implausible year, and no category date-stamp', () => {
    expect(at('https://example.com/news/20231345/story')).toBeNull();
    expect(at('https://example.com/a/2599289')).toBeNull();
    expect(at('https://example.com/p/123456789012')).toBeNull();
    expect(at('https://example.com/2027/01/05/story')).toBeNull();
    expect(at('https://example.com/1899/01/05/story')).toBeNull();
    expect(at('https://example.com/index.php/2013-03-05-21-25-8/5836-555-52.html')).toBeNull();
    expect(at('https://example.com/2025/09/story-of-the-month')).toBeNull();
  });
});

describe('outlet from the web address', () => {
  it('names Arabic outlets by their domain, subdomains and paths included, and nothing for an unknown one', () => {
    expect(outletFromUrl('https://www.aljazeera.net/news/2023/1/16/x')?.value).toBe('الجزيرة نت');
    expect(outletFromUrl('https://m.youm7.com/story/2024/5/1/x')?.value).toBe('اليوم السابع');
    expect(outletFromUrl('https://www.bbc.com/arabic/articles/x')?.value).toBe('بي بي سي عربي');
    expect(outletFromUrl('https://www.bbc.com/news/x')).toBeNull();
    expect(outletFromUrl('https://unknown-site.example/news/1')).toBeNull();
  });

  it('reads a byline that names the outlet as the outlet, not an author', () => {
    const content = readFileSync('test/fixtures/pages/egypt-staff-byline.txt', 'utf8');
    const url = 'https://www.dostor.org/4512345';
    const x = extract({
      source: 'p',
      identity: 'p',
      kind: 'text',
      content,
      hints: { url },
      messages: [],
    }).extraction;
    expect(x.outlet).toEqual({ value: 'الدستور', source: { method: 'domain-table' } });
    expect(x.author).toBeNull();
    // Without the address, the byline is all the page says.
    expect(
      extract({ source: 'p', identity: 'p', kind: 'text', content, hints: {}, messages: [] }).extraction
        .author?.value,
    ).toBe('الدستور');
  });

  it('reads no full date from a line with one short number, and still reads a dotted day-month-year', () => {
    const line = (t: string) => readDateLine(splitLines(t)[0])?.value.value ?? null;
    expect(line('Our 12 favourite walks')).toBeNull();
    expect(line('٢٥ تعليقا')).toBeNull();
    expect(line('Posted 07.11.2023')).toBe('2023-11-07');
  });
});
