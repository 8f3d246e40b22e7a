// npm run bench:cluster [max]: clustering cost per article at 1k, 10k, 100k, 1M articles.
// Articles are the 151 labelled reports and the seeds, analyzed once, then recombined: each
// copy shifts every date by a multiple of ten days (new events), so event sizes stay realistic.
import { analyzeReports, loadReports } from '../src/eval/cluster.js';
import { mentionRefs, cluster } from '../src/cluster/index.js';
import type { MentionRef } from '../src/shared/records.js';
import type { TimeValue } from '../src/types.js';
import { table } from '../src/cli/format.js';

const max = Number(process.argv[2] ?? 1_000_000);
const base = analyzeReports(loadReports('test/data/cluster/reports.jsonl')).flatMap(mentionRefs);
const shiftIso = (v: string, days: number) =>
  new Date(Date.parse(v.slice(0, 10)) + days * 86400000).toISOString().slice(0, 10) + v.slice(10);
const shiftValue = (t: TimeValue, days: number): TimeValue =>
  t.value && /^\d{4}-\d{2}-\d{2}/.test(t.value)
    ? {
        ...t,
        value: t.value
          .split('/')
          .map((x) => shiftIso(x, days))
          .join('/'),
      }
    : t;

function corpus(n: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (let copy = 0; out.length < n; copy++) {
    const days = copy * 10;
    for (const m of base) {
      if (out.length >= n) break;
      const document = `${m.document}-${copy}`;
      out.push({
        ...m,
        key: `${document}#${m.key.split('#')[1]}`,
        document,
        event: { ...m.event, date: shiftValue(m.event.date, days) },
        report: {
          ...m.report,
          document,
          published: m.report.published ? shiftIso(m.report.published, days) : null,
        },
      });
    }
  }
  return out;
}

const rows: string[][] = [];
for (const n of [1_000, 10_000, 100_000, 1_000_000].filter((x) => x <= max)) {
  const mentions = corpus(n);
  global.gc?.();
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const { events, stories } = cluster(mentions);
  const ms = performance.now() - t0;
  const rss = process.memoryUsage().rss;
  rows.push([
    n.toLocaleString('en'),
    (n / (ms / 1000)).toFixed(0),
    ((ms * 1000) / n).toFixed(1),
    events.length.toLocaleString('en'),
    stories.length.toLocaleString('en'),
    `${(rss / 1048576).toFixed(0)} MB`,
    `${((rss - before) / 1048576).toFixed(0)} MB`,
  ]);
  console.log(rows[rows.length - 1].join('  '));
}
console.log(table(['articles', 'articles/s', 'µs/article', 'events', 'stories', 'RSS', 'RSS growth'], rows));
