import { describe, expect, it } from 'vitest';
import { evaluateSeeds } from '../src/eval/seeds.js';

describe('seed articles against their gold', () => {
  const r = evaluateSeeds('examples/seeds', 'test/fixtures/seeds.gold.json');

  for (const row of r.rows) {
    it(`${row.area}: every gold field matched`, () => {
      const misses = r.checks
        .filter((c) => c.area === row.area && !c.ok)
        .map((c) => `${c.item}: got ${JSON.stringify(c.got)}`);
      expect(misses).toEqual([]);
      expect(row.total).toBeGreaterThan(0);
    });
  }

  it('invents no date', () => {
    expect(r.inventedDates).toEqual([]);
  });
});
