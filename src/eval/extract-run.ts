// One extractor over the page benchmarks (WCXB-dev, trafilatura's set), run in its own process
// by scripts/eval-extract.ts so that its peak memory is its own. Pages are read one at a time;
// only the extraction itself is timed, in CPU time of the process (user and system), which other
// work on the machine slows far less than it slows the clock.
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extract } from '../extract/index.js';
import { blockModel, foldOf, modelsOf, siteOf } from '../extract/classifier/index.js';
import { loadWcxb, wordF1, type WcxbPage } from './wcxb.js';
import { loadTrafilaturaSet, scoreSnippets, type SnippetScore } from './extract.js';

export interface Output {
  body: string;
  title: string | null;
  author: string | null;
  published: string | null;
  outlet: string | null;
}
export type Extractor = (html: string, url: string, page?: WcxbPage) => Output;

/**
 * Mirsad, its block classifier held out by site: a benchmark page is scored by the fold model that
 * never saw its site (pages of no known site by the model trained on every page).
 */
export const mirsad: Extractor = (html, url, page) => {
  const m = blockModel();
  const site = page?.domain ?? (/^https?:\/\//.test(url) ? url : null);
  const blocks = m && site ? modelsOf(m, foldOf(siteOf(site), m.folds)) : undefined;
  const { text, extraction: x } = extract(
    { source: url, identity: url, kind: 'html', content: html, hints: { url }, messages: [] },
    { blocks },
  );
  return {
    body: x.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n'),
    title: x.title?.value ?? null,
    author: x.author?.value ?? null,
    published: x.published?.value.value ?? null,
    outlet: x.outlet?.value ?? null,
  };
};

export const readability: Extractor = (html) => {
  try {
    const { document } = parseHTML(html);
    const r = new Readability(document as unknown as Document).parse();
    return {
      body: r?.textContent ?? '',
      title: r?.title ?? null,
      author: r?.byline ?? null,
      published: r?.publishedTime ?? null,
      outlet: r?.siteName ?? null,
    };
  } catch {
    return { body: '', title: null, author: null, published: null, outlet: null };
  }
};

export interface PageResult {
  id: string;
  type: string;
  domain: string;
  precision: number;
  recall: number;
  f1: number;
  /** Metadata right (1), wrong (0), or not in the ground truth (null). */
  title: number | null;
  author: number | null;
  date: number | null;
}

export interface RunResult {
  wcxb: PageResult[];
  wcxbSeconds: number;
  trafilatura: SnippetScore & { pages: number };
  trafilaturaSeconds: number;
  peakRssMb: number;
}

const words = (s: string | null) =>
  (s ?? '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
    ?.join(' ') ?? '';

/** Title and author as the benchmark's strings, word for word (case and punctuation aside). */
export function sameText(got: string | null, want: string | null): number | null {
  if (!want) return null;
  return words(got) === words(want) ? 1 : 0;
}

/** The day of a publication date (time and zone aside). */
export function sameDay(got: string | null, want: string | null): number | null {
  if (!want) return null;
  return (got ?? '').slice(0, 10) === want.slice(0, 10) ? 1 : 0;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** A part of the benchmarks, for iterating: some WCXB page types, the first pages of each set. */
export interface BenchSubset {
  /** WCXB page types to run (all when empty). */
  types?: string[];
  /** At most this many pages of each set. */
  limit?: number;
  /** Leave trafilatura's set out. */
  noTrafilatura?: boolean;
  /** Write each page's output and F1 here, one JSON line a page, to diff two runs. */
  dump?: string;
}

export function runBenchmarks(
  fn: Extractor,
  wcxbDir: string,
  trafDir: string,
  subset: BenchSubset = {},
): RunResult {
  const { pages: allPages, html } = loadWcxb(wcxbDir);
  const limit = subset.limit ?? Infinity;
  const pages = allPages
    .filter((p) => !subset.types?.length || subset.types.includes(p.type))
    .slice(0, limit);
  const wcxb: PageResult[] = [];
  if (subset.dump) writeFileSync(subset.dump, '');
  const dump = (id: string, o: Output, score: unknown) => {
    if (subset.dump) appendFileSync(subset.dump, `${JSON.stringify({ id, score, ...o })}\n`);
  };
  let wcxbMs = 0;
  for (const p of pages) {
    const h = html(p);
    const t0 = cpuMs();
    const o = fn(h, p.url, p);
    wcxbMs += cpuMs() - t0;
    const s = wordF1(o.body, p.truth.main);
    dump(p.id, o, s);
    wcxb.push({
      id: p.id,
      type: p.type,
      domain: p.domain,
      ...s,
      title: sameText(o.title, p.truth.title),
      author: sameText(o.author, p.truth.author),
      date: sameDay(o.published, p.truth.date),
    });
  }
  const traf = loadTrafilaturaSet(trafDir);
  const acc = { tp: 0, fn: 0, fp: 0, tn: 0, pages: 0 };
  let trafMs = 0;
  for (const c of subset.noTrafilatura ? [] : traf.cases.slice(0, limit)) {
    const h = traf.html(c);
    if (h === null) continue;
    const t0 = cpuMs();
    const o = fn(h, c.url);
    trafMs += cpuMs() - t0;
    scoreSnippets(o.body, c, acc);
    acc.pages++;
    dump(c.url, o, { ...acc });
  }
  return {
    wcxb,
    wcxbSeconds: wcxbMs / 1000,
    trafilatura: acc,
    trafilaturaSeconds: trafMs / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** The two extractors timed side by side (timeInterleaved): CPU ms per page, in page order. */
export interface SpeedResult {
  pages: number;
  /** Pages run untimed first, both extractors, so neither is timed while its code is still cold. */
  warmup: number;
  mirsadMs: number[];
  readabilityMs: number[];
}

/**
 * Mirsad and Readability.js timed page by page in one process: each page's HTML is read once and
 * handed to both, Mirsad first on even pages and Readability first on odd ones, so that whatever
 * else runs on the machine (and the other's garbage collection) slows both alike; two separate
 * passes let a change in load between them move the ratio. A warm-up over the first pages,
 * untimed, compiles both before the clock starts. Peak memory stays with runBenchmarks, each
 * extractor alone in its process.
 */
export function timeInterleaved(
  wcxbDir: string,
  trafDir: string,
  subset: BenchSubset = {},
  warmup = 40,
): SpeedResult {
  const limit = subset.limit ?? Infinity;
  const { pages: allPages, html } = loadWcxb(wcxbDir);
  const wcxb = allPages.filter((p) => !subset.types?.length || subset.types.includes(p.type)).slice(0, limit);
  const traf = loadTrafilaturaSet(trafDir);
  const pages: (() => { h: string | null; url: string; page?: WcxbPage })[] = [
    ...wcxb.map((p) => () => ({ h: html(p), url: p.url, page: p })),
    ...(subset.noTrafilatura ? [] : traf.cases.slice(0, limit)).map((c) => () => ({
      h: traf.html(c),
      url: c.url,
    })),
  ];
  const warm = Math.min(warmup, pages.length);
  for (let i = 0; i < warm; i++) {
    const { h, url, page } = pages[i]();
    if (h === null) continue;
    mirsad(h, url, page);
    readability(h, url, page);
  }
  const mirsadMs: number[] = [];
  const readabilityMs: number[] = [];
  const timed = (fn: Extractor, h: string, url: string, page?: WcxbPage) => {
    const t0 = cpuMs();
    fn(h, url, page);
    return cpuMs() - t0;
  };
  for (const [i, next] of pages.entries()) {
    const { h, url, page } = next();
    if (h === null) continue;
    if (i % 2 === 0) {
      mirsadMs.push(timed(mirsad, h, url, page));
      readabilityMs.push(timed(readability, h, url, page));
    } else {
      readabilityMs.push(timed(readability, h, url, page));
      mirsadMs.push(timed(mirsad, h, url, page));
    }
  }
  return { pages: mirsadMs.length, warmup: warm, mirsadMs, readabilityMs };
}

/** Readability.js's time over Mirsad's: of the totals, and the median of the per-page ratios. */
export function speedRatios(s: SpeedResult): { total: number; medianPerPage: number } {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  // A page Mirsad read in no measurable time is counted at a microsecond, not divided by zero.
  const ratios = s.mirsadMs.map((m, i) => s.readabilityMs[i] / Math.max(m, 1e-3)).sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  const median = !ratios.length ? 0 : ratios.length % 2 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
  return { total: sum(s.readabilityMs) / Math.max(1e-9, sum(s.mirsadMs)), medianPerPage: median };
}
