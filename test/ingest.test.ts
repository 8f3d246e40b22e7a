import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { storeKinds } from './helpers/stores.js';
import { ingestPaths } from '../src/ingest/index.js';
import { rebuildEvents } from '../src/rebuild.js';

const SEEDS = 'examples/seeds';
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seedText = (i: number) => readFileSync(path.join(SEEDS, seedFiles[i]), 'utf8');

/** A seed article laid out as a WordPress-like page, as a scraper would fetch it. */
function wrapHtml(text: string, charset = 'utf-8', title = 'عنوان الصفحة'): string {
  const body = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${l}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="${charset}"><title>${title} | موقع</title>
<meta property="og:title" content="${title}"></head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<article><h1>${title}</h1>${body}</article>
<aside class="related"><h3>اقرأ أيضاً</h3><ul><li><a href="/a">خبر آخر عن سوريا</a></li></ul></aside>
<footer><p>جميع الحقوق محفوظة</p></footer></body></html>`;
}

const kinds = await storeKinds();

describe.each(kinds)('ingest ($name)', (kind) => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mirsad-'));
    store = openStore(await kind.fresh());
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lands the seeds as four calls, and a second ingest changes nothing', async () => {
    const first = await ingestPaths(store, [SEEDS]);
    expect(first).toMatchObject({ files: 5, ingested: 5, failed: [] });
    await rebuildEvents(store);
    const before = JSON.stringify(await store.listEvents());
    const calls = (await store.listEvents()).filter(
      (e) => e.type === 'CONSULT' && e.mode === 'phone' && e.status === 'asserted',
    );
    expect(calls).toHaveLength(4);
    const again = await ingestPaths(store, [SEEDS]);
    expect(again).toMatchObject({ ingested: 0, unchanged: 5 });
    await rebuildEvents(store);
    expect(JSON.stringify(await store.listEvents())).toBe(before);
    expect(await store.listDocuments()).toHaveLength(5);
  });

  it('gives the same events whatever the order of ingest', async () => {
    for (const f of [...seedFiles].reverse()) await ingestPaths(store, [path.join(SEEDS, f)]);
    await rebuildEvents(store);
    const reversed = (await store.listEvents()).map((e) => e.id).sort();
    const other = openStore(await kind.fresh());
    await ingestPaths(other, [SEEDS]);
    await rebuildEvents(other);
    expect((await other.listEvents()).map((e) => e.id).sort()).toEqual(reversed);
    await other.close();
  });

  it('reports bad input with file and line, and lands the rest', async () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    writeFileSync(path.join(dir, 'truncated.html'), wrapHtml(seedText(1)).slice(0, 2500));
    const lines = [
      JSON.stringify({ text: seedText(2), url: 'https://example.org/a' }),
      '{"text": "broken',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ text: seedText(3), url: 'https://example.org/b', outlet: 'طيف بوست' }),
    ];
    writeFileSync(path.join(dir, 'batch.jsonl'), lines.join('\n'));
    copyFileSync(path.join(SEEDS, seedFiles[4]), path.join(dir, 'good.txt'));
    // One stray NUL in a page leaves it text.
    writeFileSync(path.join(dir, 'nul.html'), wrapHtml(seedText(0)).replace('</p>', '\u0000</p>'));
    const s = await ingestPaths(store, [dir]);
    const reasons = Object.fromEntries(s.failed.map((f) => [path.basename(f.source), f.reason]));
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['batch.jsonl:2']).toMatch(/malformed JSON/);
    expect(reasons['batch.jsonl:3']).toMatch(/"text" or "html"/);
    expect(s.warnings.some((w) => w.source.endsWith('truncated.html') && /truncated/.test(w.reason))).toBe(
      true,
    );
    expect(reasons['nul.html']).toBeUndefined();
    expect(s.ingested).toBe(5); // truncated page, two JSONL lines, good.txt, the page with a NUL
    expect((await store.listFailures()).length).toBe(s.failed.length);
  });

  it('decodes a windows-1256 page to the same text as its UTF-8 original', async () => {
    const gold = JSON.parse(readFileSync('test/fixtures/seeds.gold.json', 'utf8')).documents[2];
    const html = wrapHtml(seedText(2), 'windows-1256', gold.title);
    writeFileSync(path.join(dir, 'utf8.html'), wrapHtml(seedText(2), 'utf-8', gold.title));
    writeFileSync(path.join(dir, 'cp1256.html'), iconv.encode(html, 'windows-1256'));
    const s = await ingestPaths(store, [dir]);
    // The same text under another file name is a republished copy, not a new document.
    expect(s).toMatchObject({ ingested: 1, republished: 1, failed: [] });
    const [doc] = await store.listDocuments();
    expect(doc.title).toBe(gold.title);
    expect(doc.outlet).toBe(gold.outlet);
    const full = await store.getDocument(doc.id);
    const paras = full!.extraction.paragraphs.map((p) => full!.text.slice(p.span.start, p.span.end));
    expect(paras[0]).toBe(gold.body_first);
    expect(paras.at(-1)).toBe(gold.body_last);
    expect(paras.join('\n')).not.toContain('الرئيسية');
    expect(paras.join('\n')).not.toContain('خبر آخر عن سوريا');
  });

  it('stores a near copy (another outlet, an edited sentence, a cut tail) as a sighting of one text', async () => {
    const original = seedText(1);
    const paras = original.split('\n').filter((l) => l.trim());
    // Another site's copy: its own page furniture, one sentence reworded, the last paragraph dropped.
    const edited = paras
      .slice(0, -1)
      .map((p, i) => (i === 3 ? p.replace(/\S+\s+\S+\s*$/, 'كما أفادت المصادر.') : p));
    writeFileSync(path.join(dir, 'a.html'), wrapHtml(paras.join('\n'), 'utf-8', 'اتصال هاتفي'));
    writeFileSync(
      path.join(dir, 'b.html'),
      wrapHtml(edited.join('\n'), 'utf-8', 'أردوغان وبوتين يبحثان إدلب'),
    );
    const s = await ingestPaths(store, [dir]);
    expect(s).toMatchObject({ ingested: 1, republished: 1, failed: [] });
    const [doc] = await store.listDocuments();
    expect(doc.copies).toBe(1);
    const [copy] = await store.listSightings(doc.id);
    expect(copy.source).toMatch(/b\.html$/);
    expect(copy.similarity).toBeGreaterThanOrEqual(0.8);
    expect(copy.similarity).toBeLessThan(1);
    // Seen again, the copy changes nothing; an independent report of the same call is its own text.
    expect(await ingestPaths(store, [path.join(dir, 'b.html')])).toMatchObject({
      unchanged: 1,
      republished: 0,
    });
    writeFileSync(path.join(dir, 'c.txt'), seedText(2));
    expect(await ingestPaths(store, [path.join(dir, 'c.txt')])).toMatchObject({
      ingested: 1,
      republished: 0,
    });
  });

  it('finds Arabic words after normalization and clitic splitting', async () => {
    await ingestPaths(store, [SEEDS]);
    const ids = async (q: string) => (await store.search(q)).map((h) => h.id);
    expect((await ids('تباحث')).length).toBe(1);
    expect((await ids('اردوغان')).length).toBe(5);
    expect((await ids('الكرملين')).length).toBe(5);
    expect((await ids('بوتين تباحث')).length).toBe(1);
    expect(await ids('كوبنهاغن')).toEqual([]);
  });
});

describe('search on PostgreSQL', () => {
  it.skipIf(kinds.length < 2)('gives the hits SQLite gives on the same documents', async () => {
    const [sqlite, postgres] = await Promise.all(kinds.map(async (k) => openStore(await k.fresh())));
    for (const s of [sqlite, postgres]) await ingestPaths(s, [SEEDS, 'test/fixtures/pages'], { workers: 0 });
    const queries = [
      'تباحث',
      'اردوغان',
      'الكرملين',
      'بوتين تباحث',
      'إدلب',
      'وزير الخارجية',
      'لبنان',
      'كوبنهاغن',
      '2020',
      'سوريا تركيا',
    ];
    let hits = 0;
    for (const q of queries) {
      const [a, b] = await Promise.all([sqlite.search(q, 100), postgres.search(q, 100)]);
      hits += a.length;
      expect(b.map((h) => h.id).sort(), q).toEqual(a.map((h) => h.id).sort());
      expect(new Map(b.map((h) => [h.id, h.snippet])), q).toEqual(new Map(a.map((h) => [h.id, h.snippet])));
    }
    expect(hits).toBeGreaterThan(20);
    await Promise.all([sqlite.close(), postgres.close()]);
  });
});
