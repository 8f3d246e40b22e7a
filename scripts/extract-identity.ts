// Identity check for work on the extractor's speed: runs Mirsad's extractor (as eval:extract runs
// it, the block classifier held out by site) over every WCXB-dev and trafilatura page and writes
// one JSON line per page (the whole Extraction and a hash of the document text) to the file given,
// so that two runs can be compared byte for byte (`cmp`). Prints the CPU ms per page of the
// extraction alone (the machine is shared: CPU time, not the clock). Pages are read and decoded
// before timing. Usage: npx tsx scripts/extract-identity.ts OUT.jsonl [--limit N]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { extract } from '../src/extract/index.js';
import { blockModel, foldOf, modelsOf, siteOf } from '../src/extract/classifier/index.js';
import { loadWcxb } from '../src/eval/wcxb.js';
import { loadTrafilaturaSet } from '../src/eval/extract.js';

const SHARED = '../shared/bench';
const WCXB = '.bench/wcxb-dev';
const TRAF = '.bench/trafilatura-eval';
const out = process.argv[2];
if (!out) throw new Error('usage: extract-identity.ts OUT.jsonl [--limit N]');
const li = process.argv.indexOf('--limit');
const limit = li >= 0 ? Number(process.argv[li + 1]) : Infinity;

mkdirSync('.bench', { recursive: true });
if (!existsSync(`${WCXB}/metadata.json`))
  execFileSync('tar', ['-xzf', `${SHARED}/wcxb-dev.tar.gz`, '-C', '.bench']);
if (!existsSync(`${TRAF}/tests/evaldata.json`))
  execFileSync('tar', ['-xzf', `${SHARED}/trafilatura-eval.tar.gz`, '-C', '.bench']);

interface Page {
  id: string;
  url: string;
  site: string | null;
  html: string;
}
const pages: Page[] = [];
const w = loadWcxb(WCXB);
for (const p of w.pages.slice(0, limit))
  pages.push({ id: p.id, url: p.url, site: p.domain, html: w.html(p) });
const t = loadTrafilaturaSet(TRAF);
for (const c of t.cases.slice(0, limit)) {
  const h = t.html(c);
  if (h !== null)
    pages.push({ id: c.file, url: c.url, site: /^https?:\/\//.test(c.url) ? c.url : null, html: h });
}

const m = blockModel();
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const lines: string[] = [];
let ms = 0;
for (const p of pages) {
  const blocks = m && p.site ? modelsOf(m, foldOf(siteOf(p.site), m.folds)) : undefined;
  const t0 = cpuMs();
  const { text, extraction } = extract(
    { source: p.url, identity: p.url, kind: 'html', content: p.html, hints: { url: p.url }, messages: [] },
    { blocks },
  );
  ms += cpuMs() - t0;
  const textHash = createHash('sha1').update(text).digest('hex');
  lines.push(JSON.stringify({ id: p.id, textHash, extraction }));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(
  `${pages.length} pages, ${(ms / pages.length).toFixed(2)} CPU ms/page (${(ms / 1000).toFixed(1)} s)`,
);
