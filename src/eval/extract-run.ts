// One extractor over the page benchmarks (WCXB-dev, trafilatura's set), run in its own process
// by scripts/eval-extract.ts so that its peak memory is its own. Pages are read one at a time;
// only the extraction itself is timed, in CPU time of the process (user and system), which other
// work on the machine slows far less than it slows the clock.
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
  let wcxbMs = 0;
  for (const p of pages) {
    const h = html(p);
    const t0 = cpuMs();
    const o = fn(h, p.url, p);
    wcxbMs += cpuMs() - t0;
    const s = wordF1(o.body, p.truth.main);
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
  }
  return {
    wcxb,
    wcxbSeconds: wcxbMs / 1000,
    trafilatura: acc,
    trafilaturaSeconds: trafMs / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
