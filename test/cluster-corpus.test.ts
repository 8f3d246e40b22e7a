import { describe, expect, it } from 'vitest';
import { analyzeReports, loadReports, predict, score } from '../src/eval/cluster.js';

describe('merging reports across outlets (151 labelled reports, 45 events)', () => {
  const reports = loadReports('test/data/cluster/reports.jsonl');
  const docs = analyzeReports(reports);
  const gold = reports.map((r) => r.event);
  const withDates = score(gold, predict(reports, docs).map((p) => p.event));
  const noDates = score(gold, predict(reports, docs, { useDates: false }).map((p) => p.event));

  it('is the size the issue asks for', () => {
    expect(reports.length).toBeGreaterThanOrEqual(150);
    expect(new Set(gold).size).toBeGreaterThanOrEqual(40);
  });
  it('reaches pairwise F1 ≥ 0.9 on events', () => {
    expect(withDates.pairwise.f1).toBeGreaterThanOrEqual(0.9);
  });
  it('loses precision without the temporal constraints (same leaders, other days)', () => {
    expect(noDates.pairwise.precision).toBeLessThan(withDates.pairwise.precision - 0.3);
  });
});
