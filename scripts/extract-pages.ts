// Per-page look at the extraction of WCXB-dev pages (for finding classes of errors, not for
// scores): each page's word F1 with the fold model that never saw its site, worst first, and for
// the worst pages the lines we keep that the ground truth drops (+) and the ground-truth lines we
// drop (-). Options: --types listing,product  --worst N (pages shown in full, 10)  --id 0123
// --lines N (lines shown per side, 12)  --list N (pages listed, 40).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadWcxb } from '../src/eval/wcxb.js';
import { wordF1 } from '../src/eval/wcxb.js';
import { mirsad } from '../src/eval/extract-run.js';

const WCXB = '.bench/wcxb-dev';
if (!existsSync(`${WCXB}/metadata.json`))
  execFileSync('tar', ['-xzf', '../shared/bench/wcxb-dev.tar.gz', '-C', '.bench']);
const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const types = arg('--types')?.split(',');
const ids = arg('--id')?.split(',');
const worst = Number(arg('--worst') ?? 10);
const maxLines = Number(arg('--lines') ?? 12);
const listN = Number(arg('--list') ?? 40);

const WORD = /[\p{L}\p{N}_]+/gu;
const toks = (s: string) => s.toLowerCase().match(WORD) ?? [];
const { pages, html } = loadWcxb(WCXB);
const chosen = pages.filter((p) => (!types || types.includes(p.type)) && (!ids || ids.includes(p.id)));
const rows = chosen.map((p) => {
  const o = mirsad(html(p), p.url, p);
  const s = wordF1(o.body, p.truth.main);
  // Words the F1 loses on this page: furniture kept and content dropped, in words.
  const extra = Math.round((1 - s.precision) * toks(o.body).length);
  const missed = Math.round((1 - s.recall) * toks(p.truth.main).length);
  return { p, o, s, extra, missed };
});
rows.sort((a, b) => a.s.f1 - b.s.f1);
const mean = rows.reduce((a, r) => a + r.s.f1, 0) / Math.max(1, rows.length);
console.log(`${rows.length} pages, mean F1 ${mean.toFixed(3)}`);
for (const r of rows.slice(0, listN))
  console.log(
    `${r.p.id} ${r.p.type.padEnd(13)} F1 ${r.s.f1.toFixed(3)} P ${r.s.precision.toFixed(2)} R ${r.s.recall.toFixed(2)} +${r.extra} -${r.missed} ${r.p.url}`,
  );

const key = (l: string) => toks(l).join(' ');
for (const r of rows.slice(0, worst)) {
  console.log(`\n=== ${r.p.id} ${r.p.type} F1 ${r.s.f1.toFixed(3)} ${r.p.url}`);
  console.log(`title: ${JSON.stringify(r.o.title)} | gold ${JSON.stringify(r.p.truth.title)}`);
  console.log(`author: ${JSON.stringify(r.o.author)} | gold ${JSON.stringify(r.p.truth.author)}`);
  console.log(`date: ${JSON.stringify(r.o.published)} | gold ${JSON.stringify(r.p.truth.date)}`);
  const gold = ` ${toks(r.p.truth.main).join(' ')} `;
  const ours = ` ${toks(r.o.body).join(' ')} `;
  const kept = r.o.body.split('\n').filter((l) => key(l) && !gold.includes(` ${key(l)} `));
  const dropped = r.p.truth.main.split('\n').filter((l) => key(l) && !ours.includes(` ${key(l)} `));
  const show = (sign: string, ls: string[]) => {
    for (const l of ls.slice(0, maxLines)) console.log(`${sign} ${l.slice(0, 160)}`);
    if (ls.length > maxLines) console.log(`${sign} … ${ls.length - maxLines} more lines`);
  };
  show('+', kept);
  show('-', dropped);
}
