// Property-based fuzzing (fast-check) of every reader and parser a hostile or broken input meets:
// bytes → text (decode), plain text and HTML files (and extraction), JSONL, RSS/Atom, WARC, the
// time-expression recogniser, the Arabic normaliser. For each: no exception escapes, no input runs
// over a time budget, spans stay inside the text, normalisation is idempotent and its offsets map
// back exactly. FUZZ_RUNS sets the inputs per property: 1,000 in `npm test`, 10,000 in `npm run fuzz`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { decode, DecodeError } from '../src/ingest/decode.js';
import { readBuffers, type Item } from '../src/ingest/read.js';
import { DEFAULT_LIMITS, type Limits } from '../src/ingest/limits.js';
import { extract } from '../src/extract/index.js';
import { findTimes } from '../src/time/index.js';
import { normalize, normalizeChar, shadow, toOriginalSpan } from '../src/arabic/normalize.js';
import type { Span } from '../src/types.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (budgetMs = 60_000) => ({
  numRuns: RUNS,
  seed: SEED,
  interruptAfterTimeLimit: budgetMs * 20,
  markInterruptAsFailure: true,
});
/** Per input: far above what any real document needs here, far below a hang. */
const INPUT_BUDGET_MS = 2000;
const TIMEOUT = Math.max(120_000, RUNS * 60);

const seeds = readdirSync('examples/seeds')
  .sort()
  .map((f) => readFileSync(path.join('examples/seeds', f), 'utf8'));
const seedWords = [...new Set(seeds.join(' ').split(/\s+/).filter(Boolean))];
const lexiconWords = (() => {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (!k.startsWith('_')) out.add(k);
        walk(x);
      }
    else if (typeof v === 'string') out.add(v);
  };
  walk(JSON.parse(readFileSync('data/time/lexicon.json', 'utf8')));
  return [...out].filter((w) => w.length < 40);
})();

// Text that looks like news (real words and numbers) with arbitrary characters mixed in.
const anyChar = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }), // any code unit, lone surrogates included
  fc.string({
    unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
    maxLength: 6,
  }),
  fc.constantFrom(
    ' ',
    '\n',
    '\n\n',
    '\t',
    '\r\n',
    '\u00a0',
    '\u200f',
    '\u0640',
    '،',
    '.',
    '/',
    '-',
    ':',
    '(',
    ')',
    '"',
    '«',
    '»',
    '٢٠٢٠',
    '2020',
    '١٤٤١',
    'هـ',
    'م',
  ),
);
const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...seedWords) },
  { weight: 3, arbitrary: fc.constantFrom(...lexiconWords) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
  { weight: 2, arbitrary: anyChar },
);
const newsText = fc.array(word, { maxLength: 60 }).map((ws) => ws.join(' '));

function timed<T>(f: () => T): T {
  const t0 = performance.now();
  const r = f();
  const ms = performance.now() - t0;
  if (ms > INPUT_BUDGET_MS) throw new Error(`over the per-input budget: ${ms.toFixed(0)} ms`);
  return r;
}

async function timedAsync<T>(f: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const r = await f();
  const ms = performance.now() - t0;
  if (ms > INPUT_BUDGET_MS) throw new Error(`over the per-input budget: ${ms.toFixed(0)} ms`);
  return r;
}

function inside(span: Span, text: string): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    0 <= span.start &&
    span.start <= span.end &&
    span.end <= text.length
  );
}

/** Cut a buffer into chunks at random places (the readers must not care where chunks end). */
const chunked = (bytes: Buffer, cuts: number[]) => {
  const at = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))]
    .filter((c) => c > 0 && c < bytes.length)
    .sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const c of at) {
    out.push(bytes.subarray(from, c));
    from = c;
  }
  out.push(bytes.subarray(from));
  return out;
};
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 });

async function collect(gen: AsyncGenerator<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

const smallLimits: Limits = {
  ...DEFAULT_LIMITS,
  maxDocumentBytes: 64 * 1024,
  maxLineBytes: 16 * 1024,
  maxFeedBytes: 256 * 1024,
};

// Bytes as text files come: UTF-8 (with stray bytes), windows-1256, ISO-8859-6, UTF-16, BOMs, junk.
const textBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
  newsText.map((t) => Buffer.from(t)),
  fc
    .tuple(newsText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 4 }))
    .map(([t, strays]) => {
      const b = Buffer.from(t);
      const parts: Buffer[] = [];
      let from = 0;
      for (const [at, byte] of strays
        .map(([a, x]) => [b.length ? a % b.length : 0, x] as const)
        .sort((x, y) => x[0] - y[0])) {
        parts.push(b.subarray(from, at), Buffer.from([byte]));
        from = at;
      }
      parts.push(b.subarray(from));
      return Buffer.concat(parts);
    }),
  fc
    .tuple(newsText, fc.constantFrom('windows-1256', 'iso-8859-6', 'utf-16le', 'utf-16be'))
    .map(([t, enc]) => iconv.encode(t, enc)),
  fc
    .tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 100 }))
    .map(([bom, rest]) => Buffer.from([...bom, ...rest])),
  newsText.map((t) => Buffer.from(iconv.decode(Buffer.from(t), 'windows-1256'))), // mojibake
);

describe('fuzz: readers and parsers', () => {
  it(
    `decode: ${RUNS} byte strings — only DecodeError, valid UTF-8 kept as it is (a NUL as U+FFFD), stray bytes counted`,
    () => {
      fc.assert(
        fc.property(textBytes, (bytes) => {
          let d: ReturnType<typeof decode>;
          try {
            d = timed(() => decode(bytes));
          } catch (e) {
            if (e instanceof DecodeError) return;
            throw e;
          }
          expect(typeof d.text).toBe('string');
          const valid = (() => {
            try {
              new TextDecoder('utf-8', { fatal: true }).decode(bytes);
              return true;
            } catch {
              return false;
            }
          })();
          const repaired = d.messages.some((m) => /mojibake/.test(m.reason));
          if (valid && d.encoding === 'utf-8' && !repaired)
            // (A NUL is no character of a text: U+FFFD in its place, offsets kept.)
            expect(d.text).toBe(
              bytes
                .toString('utf8')
                .replace(/^\uFEFF/, '')
                .replaceAll('\u0000', '\uFFFD'),
            );
          for (const m of d.messages) if (m.span) expect(inside(m.span, d.text)).toBe(true);
          const stray = d.messages.find((m) => /stray byte/.test(m.reason));
          if (stray) expect(d.text).toContain('\uFFFD');
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  for (const kind of ['HTML', 'text'] as const)
    it(
      `${kind} files: ${RUNS} inputs, read in chunks, decoded and extracted — spans inside the text`,
      async () => {
        const html = fc
          .array(
            fc.oneof(
              word,
              fc.constantFrom(
                '<p>',
                '</p>',
                '<div>',
                '</div>',
                '<article>',
                '</article>',
                '<br>',
                '<h1>',
                '</h1>',
                '<script>',
                '</script>',
                '<style>',
                '<!--',
                '-->',
                '<![CDATA[',
                ']]>',
                '<a href="x">',
                '</a>',
                '<title>',
                '</title>',
                '<meta charset="windows-1256">',
                '<meta property="og:title" content="عنوان">',
                '&amp;',
                '&#1575;',
                '&#x;',
                '&nbsp;',
                '<',
                '>',
                '"',
                "'",
                '<nav>',
                '</nav>',
                '<footer>',
                '<table><tr><td>',
                '<time datetime="2020-02-04">',
              ),
            ),
            { maxLength: 80 },
          )
          .map((parts) => parts.join(''));
        // Load what extraction loads once (block models, lexicons) before any input is timed: the
        // budget is for one input's work, and on a loaded machine the first load alone can pass it.
        for (const item of await collect(readBuffers('warm.html', [Buffer.from('<p>نص</p>')], smallLimits)))
          if (!item.failure) extract(item.input);
        await fc.assert(
          fc.asyncProperty(
            kind === 'HTML'
              ? html.map((h) => ['page.html', Buffer.from(h)] as const)
              : textBytes.map((b) => ['page.txt', b] as const),
            cuts,
            async ([name, bytes], cut) => {
              const items = await timedAsync(() =>
                collect(readBuffers(name, chunked(bytes, cut), smallLimits)),
              );
              for (const item of items) {
                if (item.failure) {
                  expect(item.failure.reason.length).toBeGreaterThan(0);
                  continue;
                }
                const { text, extraction: x } = timed(() => extract(item.input));
                for (const p of x.paragraphs) expect(inside(p.span, text)).toBe(true);
                for (const f of x.furniture) expect(inside(f.span, text)).toBe(true);
                for (const field of [x.title, x.outlet, x.author, x.published])
                  if (field?.source.span) expect(inside(field.source.span, text)).toBe(true);
              }
            },
          ),
          params(),
        );
      },
      TIMEOUT,
    );

  it(
    `JSONL: ${RUNS} files of records and garbage, cut anywhere — every line accounted for once`,
    async () => {
      const record = fc.record(
        {
          text: fc.oneof(newsText, fc.constant(null), fc.integer()),
          html: fc.option(fc.constant('<p>نص</p>')),
          url: fc.option(fc.webUrl()),
          id: fc.option(fc.oneof(fc.string(), fc.integer())),
          published: fc.option(fc.string()),
          title: fc.option(newsText),
        },
        { requiredKeys: [] },
      );
      const line = fc.oneof(
        { weight: 4, arbitrary: record.map((r) => JSON.stringify(r)) },
        {
          weight: 1,
          arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.replace(/\n/g, ' ')),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom('', '   ', '{', '[]', 'null', '{"text": ""}', '{"text": "نص"', '\r'),
        },
        {
          weight: 1,
          arbitrary: fc
            .integer({ min: 16 * 1024, max: 40 * 1024 })
            .map((n) => JSON.stringify({ text: 'ا'.repeat(n) })),
        },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(line, { maxLength: 12 }),
          fc.constantFrom('\n', '\r\n'),
          cuts,
          async (lines, eol, cut) => {
            const bytes = Buffer.from(lines.join(eol));
            const items = await timedAsync(() =>
              collect(readBuffers('x.jsonl', chunked(bytes, cut), smallLimits)),
            );
            const nonBlank = lines
              .map((l, i) => [l, i + 1] as const)
              .filter(([l]) => l.trim() !== '')
              .map(([, n]) => n);
            const lineOf = (source: string) => Number(/^x\.jsonl:(\d+)$/.exec(source)?.[1]);
            const fileLevel = items.filter((i) => i.failure?.source === 'x.jsonl');
            if (fileLevel.length) return; // empty or binary: one failure for the file
            const seen = items.map((i) => lineOf(i.input?.source ?? i.failure!.source));
            expect(seen).toEqual(nonBlank);
            for (const i of items) if (i.input) expect(i.input.content.trim().length).toBeGreaterThan(0);
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    `RSS/Atom: ${RUNS} feeds from fragments (entities, CDATA, cut tags) — items with content, no exception`,
    async () => {
      const fragment = fc.oneof(
        word,
        fc.constantFrom(
          '<rss version="2.0">',
          '</rss>',
          '<channel>',
          '</channel>',
          '<feed xmlns="http://www.w3.org/2005/Atom">',
          '</feed>',
          '<item>',
          '</item>',
          '<entry>',
          '</entry>',
          '<title>',
          '</title>',
          '<description>',
          '</description>',
          '<content:encoded><![CDATA[',
          ']]></content:encoded>',
          '<link>https://e.org/1</link>',
          '<link href="https://e.org/2"/>',
          '<pubDate>Tue, 04 Feb 2020 18:00:00 GMT</pubDate>',
          '<dc:creator>',
          '</dc:creator>',
          '&lt;p&gt;',
          '&amp;',
          '&#1575;',
          '&bogus;',
          '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
          '&a;',
          '<?xml version="1.0" encoding="windows-1256"?>',
          '<',
          '>',
          '<summary>',
          '</summary>',
        ),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fragment, { maxLength: 60 }),
          cuts,
          fc.constantFrom('feed.rss', 'feed.atom', 'feed.xml'),
          async (parts, cut, name) => {
            const bytes = Buffer.from(parts.join(''));
            const items = await timedAsync(() =>
              collect(readBuffers(name, chunked(bytes, cut), smallLimits)),
            );
            for (const i of items) {
              if (i.failure) continue;
              expect(i.input.content.trim().length).toBeGreaterThan(0);
              const { text, extraction } = timed(() => extract(i.input));
              for (const p of extraction.paragraphs) expect(inside(p.span, text)).toBe(true);
            }
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    `WARC: ${RUNS} files of records, truncated, mis-sized, corrupted or cut anywhere — it ends, reports offsets, reads what is whole`,
    async () => {
      const crlf = '\r\n';
      const record = fc
        .record({
          type: fc.constantFrom('response', 'response', 'request', 'resource', 'warcinfo', 'metadata'),
          ctype: fc.constantFrom(
            'text/html; charset=utf-8',
            'text/html; charset=windows-1256',
            'image/png',
            'text/html',
          ),
          body: newsText.map((t) => `<html><body><p>${t}</p></body></html>`),
          chunked: fc.boolean(),
        })
        .map((r) => {
          let body = Buffer.from(r.body);
          if (r.chunked)
            body = Buffer.concat([
              Buffer.from(body.length.toString(16) + crlf),
              body,
              Buffer.from(`${crlf}0${crlf}${crlf}`),
            ]);
          const http =
            r.type === 'response'
              ? Buffer.concat([
                  Buffer.from(
                    `HTTP/1.1 200 OK${crlf}Content-Type: ${r.ctype}${crlf}${r.chunked ? `Transfer-Encoding: chunked${crlf}` : ''}${crlf}`,
                  ),
                  body,
                ])
              : body;
          const head = `WARC/1.1${crlf}WARC-Type: ${r.type}${crlf}WARC-Target-URI: https://e.org/${r.body.length}${crlf}Content-Type: ${r.type === 'response' ? 'application/http; msgtype=response' : r.ctype}${crlf}Content-Length: ${http.length}${crlf}${crlf}`;
          return {
            bytes: Buffer.concat([Buffer.from(head), http, Buffer.from(crlf + crlf)]),
            html:
              r.body.length > 0 && /html/.test(r.ctype) && (r.type === 'response' || r.type === 'resource'),
          };
        });
      const damage = fc.oneof(
        fc.constant({ kind: 'none' as const }),
        fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
        fc.record({
          kind: fc.constant('flip' as const),
          at: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
          byte: fc.integer({ min: 0, max: 255 }),
        }),
        fc.record({
          kind: fc.constant('length' as const),
          record: fc.nat(),
          delta: fc.integer({ min: -50, max: 10_000_000 }),
        }),
        fc.record({
          kind: fc.constant('insert' as const),
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          junk: fc.uint8Array({ maxLength: 40 }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(record, { maxLength: 5 }), damage, cuts, async (records, dmg, cut) => {
          let bytes = Buffer.concat(records.map((r) => r.bytes));
          if (dmg.kind === 'truncate') bytes = bytes.subarray(0, Math.floor(dmg.at * bytes.length));
          if (dmg.kind === 'flip') {
            bytes = Buffer.from(bytes);
            for (const a of dmg.at)
              if (bytes.length) bytes[Math.floor(a * bytes.length) % bytes.length] = dmg.byte;
          }
          if (dmg.kind === 'insert') {
            const at = Math.floor(dmg.at * bytes.length);
            bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(dmg.junk), bytes.subarray(at)]);
          }
          if (dmg.kind === 'length' && records.length) {
            let n = -1;
            bytes = Buffer.from(
              bytes
                .toString('latin1')
                .replace(/Content-Length: (\d+)/g, (m, x) =>
                  ++n === dmg.record % records.length
                    ? `Content-Length: ${Math.max(0, Number(x) + dmg.delta)}`
                    : m,
                ),
              'latin1',
            );
          }
          const items = await timedAsync(() =>
            collect(readBuffers('x.warc', chunked(bytes, cut), smallLimits)),
          );
          const sources = items.filter((i) => i.input).map((i) => i.input!.source);
          expect(new Set(sources).size).toBe(sources.length);
          for (const i of items)
            if (i.failure)
              expect(i.failure.reason).toMatch(
                /byte offset \d+|WARC without|no WARC record|empty file|cannot decode/,
              );
          if (dmg.kind === 'none') {
            expect(
              items.filter(
                (i) => i.failure && !/WARC without|no WARC record|empty file/.test(i.failure.reason),
              ),
            ).toEqual([]);
            expect(sources.length).toBe(records.filter((r) => r.html).length);
          }
        }),
        params(),
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: time expressions and the normaliser', () => {
  it(
    `findTimes: ${RUNS} texts of time words, numbers and any characters — spans inside, text is the span`,
    () => {
      const published = fc.option(
        fc
          .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      );
      fc.assert(
        fc.property(newsText, published, (text, pub) => {
          const r = timed(() => findTimes(text, { published: pub, seen: new Date('2025-01-01') }));
          for (const e of r.expressions) {
            expect(inside(e.span, text)).toBe(true);
            expect(e.span.end).toBeGreaterThan(e.span.start);
            expect(e.text).toBe(text.slice(e.span.start, e.span.end));
            if (e.value !== null) expect(typeof e.value).toBe('string');
          }
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    `normalize/shadow: ${RUNS} strings — idempotent, offsets map back exactly, spans inside`,
    () => {
      const anyText = fc.oneof(
        newsText,
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
      );
      fc.assert(
        fc.property(anyText, fc.nat(), fc.nat(), (s, a, b) => {
          const n = normalize(s);
          expect(normalize(n)).toBe(n);
          const sh = shadow(s);
          expect(shadow(sh.text).text).toBe(sh.text);
          expect(sh.text.replace(/\s+/g, ' ').trim()).toBe(n);
          // Every shadow character comes from the original character its offset names, in order.
          expect(sh.toOriginal.length).toBe(sh.text.length + 1);
          expect(sh.toOriginal[sh.text.length]).toBe(s.length);
          let rebuilt = '';
          let last = -1;
          for (let i = 0; i < sh.text.length; i++) {
            const o = sh.toOriginal[i];
            expect(o).toBeGreaterThanOrEqual(last);
            expect(o).toBeLessThan(s.length);
            if (o !== last) rebuilt += normalizeChar(s[o]);
            last = o;
          }
          expect(rebuilt).toBe(sh.text);
          const [x, y] = sh.text.length
            ? [a % (sh.text.length + 1), b % (sh.text.length + 1)].sort((p, q) => p - q)
            : [0, 0];
          const span = toOriginalSpan(sh, x, y);
          expect(inside(span, s)).toBe(true);
          if (y > x)
            expect(normalize(s.slice(span.start, span.end)).replace(/\s+/g, ' ')).toContain(
              normalize(sh.text.slice(x, y)).replace(/\s+/g, ' '),
            );
        }),
        params(),
      );
    },
    TIMEOUT,
  );
});
