// A generated corpus of Arabic news reports with known truth (npm run bench:scale, and the
// concurrency and crash tests of the queue): each happening is one labelled event of
// test/data/cluster/reports.jsonl (its 2–5 reports by several outlets), moved by whole weeks (dates
// in the text too, weekdays kept) and, when its reports name one, to another town; each report's
// lead is padded to an article of ~1.7k characters with sentences of the project's articles that
// tell no event and give no date. A share of the reports (10%) is republished by another outlet
// under another header (a near copy). `generate` writes JSONL lines {id, outlet, published, text}.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/pipeline.js';
import { loadData } from '../src/data.js';

const COPY_SHARE = 0.1;

let seed = 42;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

interface Report {
  id: string;
  event: string;
  type: string;
  outlet: string;
  published: string | null;
  text: string;
}
const reports = readFileSync('test/data/cluster/reports.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Report)
  .filter((r) => r.published);
const byEvent = new Map<string, Report[]>();
for (const r of reports) byEvent.set(r.event, [...(byEvent.get(r.event) ?? []), r]);
export const templates = [...byEvent.values()];
const outlets = [...new Set(reports.map((r) => r.outlet))];

// Sentences of the project's articles and test sentences that tell no event and give no date:
// padding (paragraphs of two to four of them) that adds no events of its own.
const pool: string[] = [];
for (const f of readdirSync('examples/seeds'))
  pool.push(...readFileSync(`examples/seeds/${f}`, 'utf8').split(/\n\s*\n/));
for (const dir of ['test/data/entities', 'test/data/events']) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
    for (const l of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const t = l.trim() && (JSON.parse(l) as { text?: string }).text;
      if (typeof t === 'string') pool.push(t.replace(/\[\[([^|\]]*)\|[^\]]*\]\]/g, '$1'));
    }
  }
}
const quiet = new Set<string>();
for (const p of pool) {
  for (const sentence of p.split(/(?<=[.!؟])\s+/)) {
    const t = sentence.trim();
    if (t.split(/\s+/).length < 8 || quiet.has(t)) continue;
    const doc = analyze({
      source: 'p',
      identity: 'p',
      kind: 'text',
      content: t,
      hints: { published: '2020-01-01' },
      messages: [],
    });
    if (!doc.events.length && !doc.times.some((x) => x.value)) quiet.add(t);
  }
}
export const filler = [...quiet];
const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(filler)).join(' ');

const TOWNS = [
  'إدلب',
  'حلب',
  'حمص',
  'حماة',
  'درعا',
  'دير الزور',
  'الرقة',
  'الموصل',
  'كركوك',
  'الفلوجة',
  'تعز',
  'الحديدة',
  'مأرب',
  'رفح',
  'خان يونس',
  'جنين',
  'نابلس',
  'طولكرم',
];
const TOWN_RE = new RegExp(TOWNS.join('|'), 'g');
const PLACE_BOUND = new Set(['ASSAULT', 'PROTEST', 'COERCE']);
// Month names from the temporal lexicon: the first spelling of each month writes, every spelling reads.
const LEXICON = loadData<{ months: Record<'egyptian' | 'levantine', Record<string, number>> }>(
  'time/lexicon.json',
).months;
const firstSpellings = (family: Record<string, number>) =>
  Object.entries(family).reduce<string[]>((out, [name, n]) => {
    out[n - 1] ??= name;
    return out;
  }, []);
const MONTHS = firstSpellings(LEXICON.egyptian);
const MONTH_OF = new Map(
  [...Object.entries(LEXICON.levantine), ...Object.entries(LEXICON.egyptian)].map(([m, n]) => [m, n - 1]),
);
const MONTH_RE = new RegExp(`(\\d{1,2}) (من )?(${[...MONTH_OF.keys()].join('|')})( \\d{4})?`, 'g');
const monthIndex = (m: string) => MONTH_OF.get(m)!;
export const DAY = 86400000;
export const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A report moved by `weeks` (dates in its text too) and to another town. */
function vary(text: string, published: string, weeks: number, townShift: number): string {
  const base = Date.parse(published.slice(0, 10));
  let out = text.replace(
    MONTH_RE,
    (all, d: string, min: string | undefined, m: string, y: string | undefined) => {
      const year = y ? Number(y) : new Date(base).getUTCFullYear();
      const t = Date.UTC(year, monthIndex(m), Number(d)) + weeks * 7 * DAY;
      const nd = new Date(t);
      return `${nd.getUTCDate()} ${min ?? ''}${MONTHS[nd.getUTCMonth()]}${y ? ` ${nd.getUTCFullYear()}` : ''}`;
    },
  );
  if (townShift) out = out.replace(TOWN_RE, (t) => TOWNS[(TOWNS.indexOf(t) + townShift) % TOWNS.length]);
  return out;
}

export interface GenDoc {
  line: number;
  happening: string;
  type: string;
  copyOf: number | null;
}

export function generate(n: number, file: string): GenDoc[] {
  seed = 42;
  const lines: string[] = [];
  const docs: GenDoc[] = [];
  const instances = new Map<number, number>();
  while (lines.length < n) {
    const t = Math.floor(rand() * templates.length);
    const tpl = templates[t];
    const i = instances.get(t) ?? 0;
    instances.set(t, i + 1);
    // Attacks in four towns the same week are four happenings; a call that names a town (the talks'
    // subject) is the same call whatever town it names, so other types move by whole weeks only.
    const towns = PLACE_BOUND.has(tpl[0].type) && tpl.some((r) => TOWN_RE.test(r.text)) ? 4 : 1;
    TOWN_RE.lastIndex = 0;
    const weeks = Math.floor(i / towns);
    const townShift = (i % towns) * 4;
    const happening = `${tpl[0].event}/${i}`;
    for (const r of tpl) {
      if (lines.length >= n) break;
      const published = isoDay(Date.parse(r.published!.slice(0, 10)) + weeks * 7 * DAY);
      const pad = Array.from({ length: 4 + Math.floor(rand() * 4) }, paragraph);
      const text = vary([r.text, ...pad].join('\n\n'), r.published!, weeks, townShift);
      const line = lines.length + 1;
      lines.push(JSON.stringify({ id: `g${line}`, outlet: r.outlet, published, text }));
      docs.push({ line, happening, type: r.type, copyOf: null });
      if (lines.length < n && rand() < COPY_SHARE) {
        const other = pick(outlets.filter((o) => o !== r.outlet));
        lines.push(
          JSON.stringify({
            id: `g${lines.length + 1}`,
            outlet: other,
            published,
            text: `${other} — ${text}`,
          }),
        );
        docs.push({ line: lines.length, happening, type: r.type, copyOf: line });
      }
    }
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return docs;
}
