// One test per breakage of issue #15, each with its fixture generated here (large ones are never
// committed). The CLI cases run the built command as a user would (`npm test` builds first);
// MIRSAD_CLI=path/to/main.js runs them against another build (how they were seen to fail before).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { finished } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { decode } from '../src/ingest/decode.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { expandPaths, readFile } from '../src/ingest/read.js';
import { cell, eventsCsv } from '../src/export/records.js';
import type { EventRecord } from '../src/shared/records.js';
import { warcRecord } from './helpers/warc.js';

const CLI = process.env.MIRSAD_CLI || 'dist/cli/main.js';
const SEEDS = 'examples/seeds';
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seedText = (i: number) => readFileSync(path.join(SEEDS, seedFiles[i]), 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mirsad-robust-'));
  chmodSync(dir, 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mirsad(db: string, args: string[], opts: { uid?: number; timeout?: number } = {}) {
  const r = spawnSync('node', [CLI, '--db', db, ...args], {
    encoding: 'utf8',
    timeout: opts.timeout ?? 120_000,
    uid: opts.uid,
    gid: opts.uid,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function fresh(name: string): string {
  const d = path.join(dir, name);
  mkdirSync(d, { recursive: true });
  return d;
}

const page = (i: number) =>
  `<html><head><title>خبر ${i}</title></head><body><article><h1>خبر ${i}</h1><p>${seedText(
    i % seedFiles.length,
  )
    .split('\n')
    .filter((l) => l.trim())
    .slice(2, 6)
    .join('</p><p>')}</p></article></body></html>`;

describe('WARC: a truncated record is reported with its offset, never hangs, and the rest is read', () => {
  it('reads the records before, reports the record cut by the end of the file with its byte offset', async () => {
    const recs = [
      await warcRecord('https://example.org/1', page(1)),
      await warcRecord('https://example.org/2', page(2)),
    ];
    const file = path.join(fresh('warc-cut'), 'cut.warc');
    writeFileSync(file, Buffer.concat([recs[0], recs[1].subarray(0, recs[1].length - 700)]));
    const t0 = Date.now();
    const r = await readFile(file);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.inputs.map((i) => i.hints.url)).toEqual(['https://example.org/1']);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0].source).toBe(`${file}#record2`);
    expect(r.failures[0].reason).toContain(`record at byte offset ${recs[0].length} is truncated`);
  });

  it('a Content-Length past the end of the file: the records it swallowed are still read', async () => {
    const recs = [
      await warcRecord('https://example.org/1', page(1)),
      await warcRecord('https://example.org/2', page(2)),
      await warcRecord('https://example.org/3', page(3)),
    ];
    const bad = Buffer.from(
      recs[0]
        .toString('latin1')
        .replace(/Content-Length: (\d+)/, (_m, n) => `Content-Length: ${Number(n) + 10_000_000}`),
      'latin1',
    );
    const d = fresh('warc-cl');
    writeFileSync(path.join(d, 'bad.warc.gz'), gzipSync(Buffer.concat([bad, recs[1], recs[2]])));
    const r = await readFile(path.join(d, 'bad.warc.gz'));
    expect(r.inputs.map((i) => i.hints.url)).toEqual(['https://example.org/2', 'https://example.org/3']);
    expect(r.failures.map((f) => f.reason)).toEqual([
      expect.stringMatching(/^record at byte offset 0 is truncated: Content-Length \d+/),
    ]);
    // Through the command: no hang, the readable records land, exit 2 (some failed).
    const m = mirsad(path.join(d, 'x.db'), ['ingest', d], { timeout: 60_000 });
    expect(m.signal).toBeNull();
    expect(m.stderr).toMatch(/2 ingested, 0 unchanged, 0 republished copies, 1 failed/);
    expect(m.stderr).toMatch(/bad\.warc\.gz#record1: record at byte offset 0 is truncated/);
  });

  it('a gzip member cut short: what was inflated is read, the cut is reported', async () => {
    const recs = [
      await warcRecord('https://example.org/1', page(1)),
      await warcRecord('https://example.org/2', page(2)),
    ];
    const gz = Buffer.concat([gzipSync(recs[0]), gzipSync(recs[1])]);
    const file = path.join(fresh('warc-gz'), 'cut.warc.gz');
    writeFileSync(file, gz.subarray(0, gz.length - 40));
    const r = await readFile(file);
    expect(r.inputs.map((i) => i.hints.url)).toContain('https://example.org/1');
    expect(r.failures.some((f) => /gzip data ends early/.test(f.reason))).toBe(true);
  });
});

describe('limits: a 50 MB page, a gzip bomb and a pathological page cannot stall a run', () => {
  it('a 50 MB HTML page is refused by size at once; with the size raised, the time budget stops it; the run goes on', () => {
    const d = fresh('huge');
    const para = `<p>${seedText(1)
      .split('\n')
      .filter((l) => l.trim())
      .slice(2, 4)
      .join(' ')}</p>\n`;
    const big = Buffer.from(
      `<html><body><article>${para.repeat(Math.ceil(50e6 / Buffer.byteLength(para)))}</article></body></html>`,
    );
    expect(big.length).toBeGreaterThan(50e6);
    writeFileSync(path.join(d, 'huge.html'), big);
    writeFileSync(path.join(d, 'good.txt'), seedText(2));
    const t0 = Date.now();
    const a = mirsad(path.join(d, 'a.db'), ['ingest', d]);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(a.stderr).toMatch(
      /huge\.html: document is 4\d\.\d MiB, over the 8 MiB limit \(--max-document-size\)/,
    );
    expect(a.stderr).toMatch(/1 ingested, .* 1 failed/);
    const t1 = Date.now();
    const b = mirsad(path.join(d, 'b.db'), [
      'ingest',
      d,
      '--max-document-size',
      '100MB',
      '--time-budget',
      // Wall time: 5 s, not less, so that the small file beside it stays inside it on a loaded machine.
      '5s',
    ]);
    expect(Date.now() - t1).toBeLessThan(60_000);
    expect(b.stderr).toMatch(/huge\.html: over the time budget of 5 s/);
    expect(b.stderr).toMatch(/1 ingested, .* 1 failed/);
    const f = JSON.parse(mirsad(path.join(d, 'b.db'), ['failures', '--json']).stdout);
    expect(f).toEqual([
      expect.objectContaining({
        source: path.join(d, 'huge.html'),
        reason: expect.stringMatching(/time budget/),
      }),
    ]);
  }, 120_000);

  it('a gzip bomb (1 MB that inflates to 1 GiB) is stopped at the limit while inflating, in bounded memory', async () => {
    const d = fresh('bomb');
    // 1 GiB in 16 gzip members of 64 MiB each (one compressed once): quick to make, as hard to inflate.
    const write = async (name: string, head = '', fill = 0) => {
      const member = gzipSync(Buffer.alloc(64 * 1024 * 1024, fill), { level: 9 });
      writeFileSync(
        path.join(d, name),
        Buffer.concat([gzipSync(head), ...Array.from({ length: 16 }, () => member)]),
      );
    };
    await write('bomb.html.gz', '<html><body><p>');
    await write('bomb.jsonl.gz', '{"text": "', 0x61);
    await write(
      'bomb.warc.gz',
      'WARC/1.1\r\nContent-Length: 1073741824\r\nWARC-Type: response\r\n\r\n',
      0x61,
    );
    for (const name of ['bomb.html.gz', 'bomb.jsonl.gz', 'bomb.warc.gz']) {
      const script = `import { readFile } from './dist/ingest/read.js';
        const r = await readFile(${JSON.stringify(path.join(d, name))});
        console.log(JSON.stringify({ r, maxRSS: process.resourceUsage().maxRSS }));`;
      const out = spawnSync('node', ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      const { r, maxRSS } = JSON.parse(out.stdout);
      expect(r.inputs).toEqual([]);
      const reasons = r.failures.map((f: { reason: string }) => f.reason).join('\n');
      expect(reasons).toMatch(
        name.endsWith('html.gz')
          ? /document inflated is over the 8 MiB limit/
          : /inflates more than 100 to 1 \(.* a gzip bomb\?\) \(--max-compression-ratio\)/,
      );
      expect(maxRSS / 1024).toBeLessThan(300); // MB: far from the 1 GiB the bomb inflates to
    }
  }, 120_000);

  it('a JSONL line over the limit is skipped without being held; the lines around it land', async () => {
    const d = fresh('jsonl-long');
    const file = path.join(d, 'long.jsonl');
    const out = createWriteStream(file);
    out.write(JSON.stringify({ text: seedText(1), url: 'https://example.org/a' }) + '\n');
    out.write('{"text": "');
    const chunk = 'ا'.repeat(512 * 1024);
    for (let i = 0; i < 20; i++) out.write(chunk); // 20 MiB of text on one line
    out.write('"}\n');
    out.write(JSON.stringify({ text: seedText(2), url: 'https://example.org/b' }) + '\n');
    out.end();
    await finished(out);
    const r = await readFile(file);
    expect(r.inputs.map((i) => i.hints.url)).toEqual(['https://example.org/a', 'https://example.org/b']);
    expect(r.failures).toEqual([
      expect.objectContaining({
        source: `${file}:2`,
        reason: expect.stringMatching(/^line of 20\.0 MiB, over the 16 MiB limit \(--max-line-size\)/),
      }),
    ]);
  });
});

describe('decoding with evidence', () => {
  const arabic = seedFiles.map((_, i) => seedText(i)).join('\n');
  const utf8 = Buffer.from(arabic);

  it('valid UTF-8 with a few stray bytes stays UTF-8: U+FFFD for each, a warning naming the byte offsets', () => {
    const at = [1000, 4001, 9000].map((o) => {
      let i = o;
      while ((utf8[i] & 0xc0) === 0x80) i++; // at a character boundary
      return i;
    });
    const bytes = Buffer.concat([
      utf8.subarray(0, at[0]),
      Buffer.from([0xff]),
      utf8.subarray(at[0], at[1]),
      Buffer.from([0x81]),
      utf8.subarray(at[1], at[2]),
      Buffer.from([0xfe]),
      utf8.subarray(at[2]),
    ]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.replace(/\uFFFD/g, '')).toBe(arabic);
    expect(d.text.match(/\uFFFD/g)).toHaveLength(3);
    expect(d.messages).toEqual([
      expect.objectContaining({
        level: 'warning',
        reason: `invalid UTF-8: 3 stray bytes at byte offsets ${at[0]}, ${at[1] + 1}, ${at[2] + 2} replaced by U+FFFD`,
      }),
    ]);
  });

  it('through ingest: the warning is printed and the Arabic is intact', () => {
    const d = fresh('stray');
    writeFileSync(
      path.join(d, 'stray.txt'),
      Buffer.concat([
        utf8.subarray(0, 2000 - (utf8[2000] & 0xc0 ? 0 : 0)),
        Buffer.from([0xc0]),
        utf8.subarray(2000),
      ]),
    );
    const m = mirsad(path.join(d, 'x.db'), ['ingest', path.join(d, 'stray.txt')]);
    expect(m.stderr).toMatch(
      /warning: .*stray\.txt: invalid UTF-8: 1 stray byte at byte offset 2000 replaced by U\+FFFD/,
    );
    const docs = JSON.parse(mirsad(path.join(d, 'x.db'), ['docs', '--json']).stdout);
    expect(docs[0].title).toBe(
      arabic
        .split('\n')
        .find((l) => l.trim())!
        .trim(),
    );
  });

  it('windows-1256, ISO-8859-6 (declared) and UTF-16 (with or without BOM) as before', () => {
    const short = 'قال الرئيس التركي رجب طيب أردوغان إن أنقرة سترد.';
    expect(decode(iconv.encode(short, 'windows-1256'))).toMatchObject({
      text: short,
      encoding: 'windows-1256',
    });
    expect(decode(iconv.encode(short, 'iso-8859-6'), 'ISO-8859-6')).toMatchObject({
      text: short,
      encoding: 'iso-8859-6',
    });
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(short, 'utf-16le')]))).toMatchObject(
      { text: short, encoding: 'utf-16le' },
    );
    expect(decode(iconv.encode(short, 'utf-16le'))).toMatchObject({ text: short, encoding: 'utf-16le' });
    expect(decode(iconv.encode(short, 'utf-16be'))).toMatchObject({ text: short, encoding: 'utf-16be' });
    // A page that declares windows-1256 but is UTF-8 is read as what it is.
    expect(decode(Buffer.from(`<meta charset="windows-1256"><p>${short}</p>`))).toMatchObject({
      encoding: 'utf-8',
    });
  });

  it('UTF-8 that was read as windows-1256 and saved again (mojibake) is repaired, with a warning', () => {
    const mojibake = iconv.decode(utf8, 'windows-1256');
    expect(mojibake).toContain('ط§ظ„');
    const d = decode(Buffer.from(mojibake));
    expect(d.text).toBe(arabic);
    expect(d.messages.map((m) => m.reason)).toEqual([expect.stringMatching(/^mojibake repaired/)]);
    // Real Arabic is never "repaired", even where ع or غ meets a comma.
    const real = 'وقال الموقع، إن الاجتماع عقد في المقر، وإن الفرع، غ، ع، تم إغلاقه.'.repeat(3);
    expect(decode(Buffer.from(real)).text).toBe(real);
    expect(decode(Buffer.from(arabic)).text).toBe(arabic);
  });
});

describe('the database', () => {
  it('a read-only database can be queried by the reading commands; ingest says it cannot write', () => {
    const d = fresh('readonly');
    const db = path.join(d, 'ro.db');
    expect(mirsad(db, ['ingest', SEEDS]).status).toBe(0);
    // As a user without write access: root ignores file modes, so run as nobody when root.
    const asRoot = process.getuid?.() === 0;
    const uid = asRoot ? 65534 : undefined;
    if (asRoot) chownSync(d, 0, 0);
    chmodSync(db, 0o444);
    chmodSync(d, 0o555);
    try {
      for (const args of [
        ['docs'],
        ['events', '--json'],
        ['search', 'أردوغان'],
        ['failures'],
        ['export', '--format', 'csv'],
      ]) {
        const r = mirsad(db, args, { uid });
        expect({ args, stderr: r.stderr, status: r.status }).toEqual({ args, stderr: '', status: 0 });
      }
      const events = JSON.parse(mirsad(db, ['events', '--json'], { uid }).stdout);
      expect(events.length).toBeGreaterThan(3);
      const w = mirsad(db, ['ingest', SEEDS], { uid });
      expect(w.status).toBe(1);
      expect(w.stderr).toMatch(/read-only|readonly|cannot open/);
    } finally {
      chmodSync(d, 0o755);
      chmodSync(db, 0o644);
    }
  });

  it('opening a file another process holds locked waits for it instead of failing "database is locked"', async () => {
    // Two ingests starting on one new file at once: the first holds the lock while it migrates.
    // Here another process holds an exclusive lock for 600 ms, past this store's 50 ms busy timeout.
    const db = path.join(fresh('locked'), 'locked.db');
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(db)});
         d.exec('BEGIN EXCLUSIVE; CREATE TABLE t (x); INSERT INTO t VALUES (1)');
         console.log('locked'); setTimeout(() => { d.exec('COMMIT'); d.close(); }, 600);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((ok) => holder.stdout.once('data', () => ok()));
    const store = new SqliteStore(db, { busyTimeoutMs: 50 });
    expect(await store.listDocuments()).toEqual([]);
    await store.close();
    await new Promise((ok) => holder.once('exit', ok));
  });

  it('an ambiguous id prefix and an unknown id get different messages', () => {
    const d = fresh('ids');
    const db = path.join(d, 'ids.db');
    mirsad(db, ['ingest', SEEDS]);
    const amb = mirsad(db, ['show', 'ev_']);
    expect(amb.status).toBe(1);
    expect(amb.stderr).toMatch(
      /event id prefix "ev_" is ambiguous: it starts .*ev_[0-9a-f]{10}.*; give more characters/,
    );
    const unknown = mirsad(db, ['show', 'ev_zzzz']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no event with id "ev_zzzz"/);
    // "_" in an id is a letter, not a LIKE wildcard.
    expect(mirsad(db, ['show', 'evx']).stderr).toMatch(/no event with id "evx"/);
  });
});

describe('paths', () => {
  it('a symlink loop is seen by real path: each file read once, the loop reported', () => {
    const d = fresh('loop');
    mkdirSync(path.join(d, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(d, 'a', 'one.txt'), seedText(1));
    symlinkSync('..', path.join(d, 'a', 'b', 'up'));
    symlinkSync('.', path.join(d, 'self'));
    symlinkSync(path.join(d, 'a', 'one.txt'), path.join(d, 'alias.txt'));
    const { files, warnings } = expandPaths([d]);
    expect(files.map((f) => realpathSync(f))).toEqual([realpathSync(path.join(d, 'a', 'one.txt'))]);
    expect(warnings.map((w) => path.relative(d, w.source)).sort()).toEqual(['a/b/up', 'self']);
    const m = mirsad(path.join(d, 'x.db'), ['ingest', d]);
    expect(m.stderr).toMatch(/1 file\(s\): 1 ingested, 0 unchanged/);
    expect(m.stderr).toMatch(/warning: .*self: symlink loop/);
  });
});

describe('exports', () => {
  it('CSV cells that a spreadsheet would run as a formula are prefixed so they stay text', () => {
    expect(
      ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx', 'plain', '2020-02-04'].map(cell),
    ).toEqual([
      `"'=HYPERLINK(""x"")"`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      'plain',
      '2020-02-04',
    ]);
    expect(cell(-33.5)).toBe('-33.5'); // a number stays a number
    const e = {
      id: 'ev_1',
      type: 'CONSULT',
      mode: null,
      date: { value: null, granularity: 'unknown', derivation: 'unresolved' },
      participants: [{ en: '=cmd|calc!A1', ar: '', wikidata: null, type: 'PERSON' }],
      places: [],
      claims: [],
      reports: [{ outlet: '@evil' }],
      story: null,
      independentReports: 1,
      status: 'asserted',
    } as unknown as EventRecord;
    const row = eventsCsv([e]).split('\n')[1];
    expect(row).toContain(",'=cmd|calc!A1,");
    expect(row).toContain(",'@evil,");
  });
});

describe('failures and retry-failed', () => {
  it('lists what was skipped and why, and reruns it once fixed or with larger limits', () => {
    const d = fresh('retry');
    const db = path.join(d, 'r.db');
    const src = fresh('retry/in');
    const line = (i: number) => JSON.stringify({ text: seedText(i), url: `https://example.org/${i}` });
    writeFileSync(path.join(src, 'batch.jsonl'), [line(1), '{"text": "broken', line(3)].join('\n'));
    // Over a (lowered) document limit: a seed with two more seeds' paragraphs, 13 KB.
    writeFileSync(path.join(src, 'big.txt'), [seedText(2), seedText(3), seedText(4)].join('\n\n'));
    const first = mirsad(db, ['ingest', src, '--max-document-size', '12KB']);
    expect(first.status).toBe(2);
    expect(first.stderr).toMatch(/2 ingested, 0 unchanged, 0 republished copies, 2 failed/);
    const failures = JSON.parse(mirsad(db, ['failures', '--json']).stdout) as {
      source: string;
      reason: string;
      attempts: number;
      file: string;
    }[];
    expect(failures.map((f) => [path.relative(src, f.source), f.attempts]).sort()).toEqual([
      ['batch.jsonl:2', 1],
      ['big.txt', 1],
    ]);
    expect(mirsad(db, ['failures']).stdout).toMatch(/batch\.jsonl:2 .*malformed JSON/);
    // Retried unchanged: still failing, counted again.
    const again = mirsad(db, ['retry-failed', '--max-document-size', '12KB']);
    expect(again.stderr).toMatch(
      /2 failure\(s\) retried: 0 ingested, 0 unchanged, 0 republished copies, 2 failed —/,
    );
    expect(
      (JSON.parse(mirsad(db, ['failures', '--json']).stdout) as { attempts: number }[]).map(
        (f) => f.attempts,
      ),
    ).toEqual([2, 2]);
    // The line fixed, the limit raised: both land, nothing else is read again.
    writeFileSync(path.join(src, 'batch.jsonl'), [line(1), line(4), line(3)].join('\n'));
    const fixed = mirsad(db, ['retry-failed']);
    expect(fixed.stderr).toMatch(
      /2 failure\(s\) retried: 2 ingested, 0 unchanged, 0 republished copies, 0 failed, 2 earlier failure\(s\) resolved/,
    );
    expect(mirsad(db, ['failures']).stdout).toMatch(/^No failures/);
    expect(
      (
        JSON.parse(mirsad(db, ['failures', '--all', '--json']).stdout) as { resolvedAt: string | null }[]
      ).every((f) => f.resolvedAt),
    ).toBe(true);
    expect(JSON.parse(mirsad(db, ['docs', '--json']).stdout)).toHaveLength(4);
    expect(mirsad(db, ['retry-failed']).stderr).toMatch(/Nothing to retry/);
  });
});
