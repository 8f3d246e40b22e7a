import { describe, expect, it } from 'vitest';
import { evaluateEvents, loadEventSentences } from '../src/eval/events.js';
import { prf } from '../src/eval/prf.js';

describe.each(['sentences', 'heldout', 'claims'])('event coding on labelled sentences (%s)', (file) => {
  const r = evaluateEvents(loadEventSentences(`test/data/events/${file}.jsonl`));
  const micro = [...r.perType.values()].reduce(
    (a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );

  it('reaches micro-F1 ≥ 0.85 on event types', () => {
    expect(prf(micro).f1).toBeGreaterThanOrEqual(0.85);
  });
  it('reaches F1 ≥ 0.85 on actors', () => {
    expect(prf(r.actors).f1).toBeGreaterThanOrEqual(0.85);
  });
  it('never reports a denied, planned or conditional event as having happened', () => {
    expect(r.nonAsserted.handled).toBe(r.nonAsserted.total);
  });
  it('attributes statements to their labelled source', () => {
    if (r.claimSources.total)
      expect(r.claimSources.correct / r.claimSources.total).toBeGreaterThanOrEqual(0.85);
  });
});
