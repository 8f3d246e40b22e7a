// A document's analysis is a function of the document (and the KB and rules) alone: not of the
// documents the process read before it, nor of how a corpus was split between workers (issue #18).
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import { readFile } from '../src/ingest/read.js';
import type { RawInput } from '../src/types.js';
import { analyzeText } from './helpers/analyze-text.js';

const SEEN = new Date('2026-01-01T00:00:00Z');
const run = (input: RawInput) => JSON.stringify(analyze(input, { seen: SEEN }));

async function report(file: string, line: number): Promise<RawInput> {
  const { inputs } = await readFile(file);
  const input = inputs.find((i) => i.source === `${file}:${line}`);
  if (!input) throw new Error(`no ${file}:${line}`);
  return input;
}

describe('analysis does not depend on the documents read before', () => {
  it('gives a person named by his role in one report no country in the next report that names him bare', () => {
    const role = 'وصل وزير الخارجية التونسي رفيق عبد الكريم إلى الجزائر صباح أمس في زيارة رسمية.';
    const bare = 'وكان رفيق عبد الكريم قد التقى نظيره في العاصمة قبل أسابيع.';
    const person = (text: string) =>
      analyzeText(text, '2024-03-01').entities.find((m) => m.entity.id.includes('unknown-person'))?.entity;
    const alone = person(bare);
    expect(alone?.country).toBeUndefined();
    expect(person(role)?.country).toBe('TUN');
    // The role was news of the first report, not of this one.
    expect(person(bare)).toEqual(alone);
  });

  // Reports whose analysis changed with the order a corpus was read in: each, after the report
  // of the same set that names its person with a role, reads as it reads alone.
  const pairs: [string, number, number][] = [
    ['test/data/real-heldout-3/reports.jsonl', 65, 63],
    ['test/data/real-heldout-3/reports.jsonl', 8, 6],
  ];
  for (const [file, before, after] of pairs)
    it(`reads ${file}:${after} alike after line ${before}`, async () => {
      const b = await report(file, after);
      const alone = run(b);
      run(await report(file, before));
      expect(run(b)).toBe(alone);
    });

  it('reads a held-out report alike after a report of another set', async () => {
    const b = await report('test/data/real-heldout/reports.jsonl', 13);
    const alone = run(b);
    run(await report('test/data/real-heldout-13/reports.jsonl', 8));
    expect(run(b)).toBe(alone);
  });
});
