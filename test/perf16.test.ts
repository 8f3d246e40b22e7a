// The speed benchmark's ratios of two extractors timed page by page (eval:extract's speed line).
import { describe, expect, it } from 'vitest';
import { speedRatios } from '../src/eval/extract-run.js';

describe('perf16: speed ratios of two extractors timed page by page', () => {
  it('gives the ratio of the totals and the median of the pages', () => {
    const r = speedRatios({ pages: 3, warmup: 0, mirsadMs: [1, 2, 10], readabilityMs: [5, 4, 60] });
    expect(r.total).toBeCloseTo(69 / 13);
    expect(r.medianPerPage).toBe(5);
  });
  it('counts a page read in no measurable time at a microsecond', () => {
    const r = speedRatios({ pages: 2, warmup: 0, mirsadMs: [0, 2], readabilityMs: [1, 6] });
    expect(r.medianPerPage).toBeCloseTo((3 + 1000) / 2);
  });
});
