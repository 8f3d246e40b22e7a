import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readFile } from '../src/ingest/read.js';
import { analyze } from '../src/pipeline.js';
import { warcRecord } from './helpers/warc.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mirsad-formats-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('input formats', () => {
  it('reads every item of an RSS feed, with link, date, author and the channel as outlet', async () => {
    const r = await readFile('test/fixtures/pages/feed.rss');
    expect(r.inputs).toHaveLength(2);
    expect(r.failures.map((f) => f.reason)).toEqual(['feed item without content or description']);
    const [call, strike] = r.inputs.map((i) => analyze(i));
    expect(call.extraction).toMatchObject({ url: 'https://example.org/news/1' });
    expect(call.extraction.author?.value).toBe('ليلى حداد');
    expect(call.extraction.outlet?.value).toBe('أخبار المشرق');
    expect(call.extraction.published?.value.value).toBe('2023-11-04T18:20');
    expect(call.events[0]).toMatchObject({ type: 'CONSULT', mode: 'phone' });
    expect(
      strike.events.find((e) => e.type === 'ASSAULT')?.placesDiscussed.map((p) => p.entity.en),
    ).toContain('Abu Kamal');
  });

  it('reads Atom entries', async () => {
    const r = await readFile('test/fixtures/pages/feed.atom');
    expect(r.inputs).toHaveLength(1);
    const d = analyze(r.inputs[0]);
    expect(d.extraction.author?.value).toBe('كريم بن علي');
    expect(d.events[0].participants.map((p) => p.entity.en).sort()).toEqual([
      'Abdelmadjid Tebboune',
      'Kais Saied',
    ]);
  });

  it('reads gzip-compressed files of any format', async () => {
    const seed = readFileSync('examples/seeds/001_186e581e48ef242c.txt');
    writeFileSync(path.join(dir, 'seed.txt.gz'), gzipSync(seed));
    copyFileSync('test/fixtures/pages/feed.rss', path.join(dir, 'feed.rss'));
    writeFileSync(path.join(dir, 'feed.rss.gz'), gzipSync(readFileSync('test/fixtures/pages/feed.rss')));
    const txt = await readFile(path.join(dir, 'seed.txt.gz'));
    expect(txt.inputs[0].content).toBe(seed.toString('utf8'));
    expect((await readFile(path.join(dir, 'feed.rss.gz'))).inputs).toHaveLength(2);
  });

  it('reads HTML responses from a WARC, decoding windows-1256 by the HTTP header', async () => {
    const page = `<html><head><title>وزير الخارجية السعودي يستقبل نظيره الإيراني</title></head><body><article><h1>وزير الخارجية السعودي يستقبل نظيره الإيراني</h1><p>استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض اليوم نظيره الإيراني حسين أمير عبد اللهيان، وبحث الجانبان العلاقات الثنائية وسبل تطويرها.</p></article></body></html>`;
    const records = [
      await warcRecord(
        'https://example.org/a',
        new Uint8Array(iconv.encode(page, 'windows-1256')),
        'text/html; charset=windows-1256',
      ),
      await warcRecord('https://example.org/logo.png', 'PNG', 'image/png'),
    ];
    writeFileSync(path.join(dir, 'crawl.warc.gz'), gzipSync(Buffer.concat(records)));
    const r = await readFile(path.join(dir, 'crawl.warc.gz'));
    expect(r.inputs).toHaveLength(1);
    expect(r.inputs[0].hints.url).toBe('https://example.org/a');
    const d = analyze(r.inputs[0]);
    expect(d.text).toContain('استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان');
    expect(
      d.events
        .find((e) => e.type === 'CONSULT')
        ?.participants.map((p) => p.entity.en)
        .sort(),
    ).toEqual(['Faisal bin Farhan', 'Hossein Amir-Abdollahian']);
  });
});
