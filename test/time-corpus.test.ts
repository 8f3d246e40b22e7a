import { describe, expect, it } from 'vitest';
import { evaluateTimes, loadTimeCorpus, scores } from '../src/eval/time.js';

describe.each([
  ['development', 'test/data/time/sentences.jsonl', 300],
  ['held-out', 'test/data/time/heldout.jsonl', 70],
])('temporal corpus (%s)', (_name, file, minSentences) => {
  const corpus = loadTimeCorpus(file);
  const r = evaluateTimes(corpus, new Date('2026-11-23'));
  const s = scores(r.total);

  it('is the size the issue asks for', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(minSentences);
  });
  it('recognizes with F1 ≥ 0.95', () => {
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });
  it('resolves ≥ 95% of the recognized expressions', () => {
    expect(s.resolution).toBeGreaterThanOrEqual(0.95);
  });
  it('invents no date', () => {
    expect(r.total.invented).toBe(0);
  });
});
