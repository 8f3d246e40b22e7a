// npm run eval:events: event types, actors, non-asserted events and a confusion matrix.
import { evaluateEvents, loadEventSentences } from '../src/eval/events.js';
import { prf, prfCells } from '../src/eval/prf.js';
import { table } from '../src/cli/format.js';

// Default: all three files; --development, --heldout or --claims: one of them.
const SETS = { development: 'sentences', heldout: 'heldout', claims: 'claims' } as const;
const chosen = (Object.keys(SETS) as (keyof typeof SETS)[]).filter((k) => process.argv.includes(`--${k}`));
const which = chosen.length ? chosen.join('+') : 'all (development + held-out + claims)';
const sentences = (chosen.length ? chosen : (Object.keys(SETS) as (keyof typeof SETS)[])).flatMap((k) =>
  loadEventSentences(`test/data/events/${SETS[k]}.jsonl`),
);
const r = evaluateEvents(sentences);
const rows = [...r.perType].sort().map(([t, c]) => [t, ...prfCells(c, prf(c))]);
const micro = [...r.perType.values()].reduce(
  (a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }),
  { tp: 0, fp: 0, fn: 0 },
);
rows.push(['micro', ...prfCells(micro, prf(micro))], ['actors', ...prfCells(r.actors, prf(r.actors))]);
console.log(`${sentences.length} sentences: ${which}`);
console.log(table(['type', 'gold', 'tp', 'fp', 'fn', 'P', 'R', 'F1'], rows));
console.log(
  `negated/planned/conditional/background handled: ${r.nonAsserted.handled}/${r.nonAsserted.total}; background events dated to their own time: ${r.background.dated}/${r.background.total}`,
);
if (r.claimSources.total)
  console.log(
    `claim sources: ${r.claimSources.correct}/${r.claimSources.total} attributed to the labelled source`,
  );
const types = [
  ...new Set([...r.confusion.keys(), ...[...r.confusion.values()].flatMap((x) => [...x.keys()])]),
].sort();
console.log('\nconfusion (rows: gold main type, columns: predicted main type)');
console.log(
  table(
    ['gold \\ pred', ...types],
    [...r.confusion].sort().map(([g, row]) => [g, ...types.map((t) => String(row.get(t) ?? ''))]),
  ),
);
if (process.argv.includes('--errors')) console.log(r.errors.join('\n'));
