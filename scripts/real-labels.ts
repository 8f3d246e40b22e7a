// Review the entity labels of the shared real reports: prints a record's text (read from
// ../shared, never stored) with its labels inline, 【surface|TYPE|link|flags】, skipped furniture
// as ⟦…⟧, and with --system the pipeline's mentions under it, ⟨surface|TYPE|entity⟩.
//   npx tsx scripts/real-labels.ts d-dip-009 d-vio-012 [--system]
import {
  findRealReports,
  loadRealLabels,
  loadRealReports,
  analyzeRealReports,
} from '../src/eval/real-entities.js';
import { goldType } from '../src/eval/entities.js';

const ids = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const file = findRealReports();
if (!file) {
  console.error('../shared/bench/real-reports-dev.jsonl not found');
  process.exit(1);
}
const reports = loadRealReports(file);
const labels = new Map(loadRealLabels().map((l) => [l.id, l]));
const system = process.argv.includes('--system') ? await analyzeRealReports(file, new Set(ids)) : null;

type Mark = { at: number; order: number; s: string };
function render(text: string, marks: Mark[]): string {
  marks.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let last = 0;
  for (const m of marks) {
    out += text.slice(last, m.at) + m.s;
    last = m.at;
  }
  return out + text.slice(last);
}

for (const id of ids) {
  const r = reports.get(id);
  const l = labels.get(id);
  if (!r) {
    console.log(`${id}: no such record`);
    continue;
  }
  console.log(
    `===== ${id} | ${r.outlet ?? '-'} | ${r.published ?? '-'} | ${l ? `${l.mentions.length} labels${l.exhaustive ? '' : ' (not exhaustive)'}` : 'not labelled'}`,
  );
  const marks: Mark[] = [];
  for (const m of l?.mentions ?? []) {
    const flags = [m.descriptive ? 'd' : '', m.media ? 'm' : ''].join('');
    marks.push(
      { at: m.start, order: 1, s: '【' },
      { at: m.end, order: 0, s: `|${m.type}|${m.link}${flags ? `|${flags}` : ''}】` },
    );
  }
  for (const [s, e] of l?.skip ?? []) marks.push({ at: s, order: 1, s: '⟦' }, { at: e, order: 0, s: '⟧' });
  console.log(render(r.text, marks));
  const doc = system?.get(id);
  if (doc) {
    const sys: Mark[] = doc.entities
      .filter((m) => m.via !== 'anaphora')
      .flatMap((m) => [
        { at: m.span.start, order: 1, s: '⟨' },
        { at: m.span.end, order: 0, s: `|${goldType(m)}|${m.entity.en}⟩` },
      ]);
    console.log('--- system:');
    console.log(render(r.text, sys));
  }
  console.log();
}
