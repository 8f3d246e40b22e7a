// `mirsad watch` and `mirsad status` as a user runs them (the built command), against news
// sites this test serves on 127.0.0.1; Ctrl-C (SIGINT) in the middle of a round, then a restart.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../src/store/sqlite.js';
import { NewsServer } from './helpers/news-server.js';
import { ARTICLES, articlePage, rssFeed } from './helpers/news-articles.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The command, run without blocking this process (its server must answer meanwhile). */
function mirsad(
  db: string,
  args: string[],
  onStderr?: (chunk: string, child: ReturnType<typeof spawn>) => void,
): Promise<Run> {
  const child = spawn('node', ['dist/cli/main.js', '--db', db, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    onStderr?.(String(d), child);
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function setup() {
  const s = new NewsServer();
  await s.start();
  cleanup.push(() => s.close());
  const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-watch-cli-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const a of ARTICLES)
    s.set(`/news/${a.slug}`, {
      body: articlePage(a, a.slug.startsWith('b') ? {} : { site: 'الأنباء' }),
      delayMs: 40,
    });
  s.set('/feed.xml', {
    body: rssFeed(
      'الأنباء',
      ARTICLES.map((a) => ({ url: s.url(`/news/${a.slug}`), title: a.title, published: a.published })),
    ),
  });
  s.set('/broken.xml', { status: 500 });
  const sources = path.join(dir, 'sources.yaml');
  writeFileSync(
    sources,
    `settings:\n  delay: 0\n  per_host: 1\n  retries: 0\n  max_age: 0\noutlets:\n  - name: شبكة الأنباء\n    language: ar\n    country: JO\n    feeds:\n      - ${s.url('/feed.xml')}\n  - name: معطل\n    feeds: [${s.url('/broken.xml')}]\n`,
  );
  return { s, db: path.join(dir, 'watch.db'), sources };
}

describe('mirsad watch (command)', () => {
  it('Ctrl-C stops cleanly; the restart fetches the rest and nothing twice; status tells the health', async () => {
    const { s, db, sources } = await setup();
    let answered = 0;
    let child: ReturnType<typeof spawn> | null = null;
    s.onAnswer = (h) => {
      if (h.path.startsWith('/news/') && ++answered === 3) child?.kill('SIGINT');
    };
    const first = await mirsad(db, ['watch', sources, '--interval', '1h'], (_c, c) => (child = c));
    expect(first.stderr).toMatch(/stopping/);
    expect(first.stderr).toMatch(/round 1: .*\(stopped\)/);
    expect(first.code).toBe(0);
    const fetched = s.hits.filter((h) => h.path.startsWith('/news/')).length;
    expect(fetched).toBeLessThan(ARTICLES.length);

    const mid = JSON.parse((await mirsad(db, ['status', '--json'])).stdout);
    expect(mid.pages.queued).toBe(ARTICLES.length - fetched);
    expect(mid.results.inserted).toBe(fetched);

    s.onAnswer = null;
    const second = await mirsad(db, ['watch', sources, '--once']);
    expect(second.code).toBe(2); // the broken feed
    expect(second.stderr).toMatch(/error: feed .*broken\.xml: HTTP 500/);
    expect(second.stderr).toMatch(
      new RegExp(
        `round 1: 2 feed\\(s\\) polled \\(0 changed, 1 unchanged, 1 failed\\), 0 new link\\(s\\); ${ARTICLES.length - fetched} page\\(s\\): ${ARTICLES.length - fetched} stored`,
      ),
    );
    for (const a of ARTICLES) expect(s.count(`/news/${a.slug}`)).toBe(1);

    const status = await mirsad(db, ['status']);
    expect(status.stdout).toMatch(/feed\.xml\s+شبكة الأنباء\s+rss/);
    expect(status.stdout).toMatch(/broken\.xml: HTTP 500/);
    expect(status.stdout).toContain(`Pages: ${ARTICLES.length} fetched (${ARTICLES.length} stored`);
    expect(status.stdout).toMatch(new RegExp(`Documents: ${ARTICLES.length} in the last hour`));
    expect(status.stdout).toMatch(/broken\.xml\s+معطل\s+\?\s+never\s+500\s+2\/2/);

    // The events are merged as at ingest; the page without a site name carries the outlet of sources.yaml.
    const store = new SqliteStore(db);
    const docs = await store.listDocuments();
    expect(docs.find((d) => d.title === ARTICLES.find((a) => a.slug.startsWith('b'))!.title)!.outlet).toBe(
      'شبكة الأنباء',
    );
    expect((await store.listEvents()).length).toBeGreaterThan(0);
    expect((await store.getFeed(s.url('/feed.xml')))!).toMatchObject({
      country: 'JO',
      notModified: 1,
      requests: 2,
    });
    await store.close();
  });

  it('says what is wrong with sources.yaml and the flags', async () => {
    const { db, sources } = await setup();
    writeFileSync(sources, 'outlets:\n  - name: x\n    feeds: [ftp://a]\n');
    const r = await mirsad(db, ['watch', sources, '--once']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sources\.yaml:3: outlets\.0\.feeds\.0: not an http\(s\) URL/);
    const n = await mirsad(db, ['watch', '--feed', 'http://127.0.0.1:9/x', '--per-host', 'two']);
    expect(n.stderr).toMatch(/--per-host takes a whole number/);
  });
});
