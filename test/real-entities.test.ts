// The entity labels of the shared real reports (test/data/entities/real-dev.labels.jsonl) hold
// offsets and hashes, never text: checked here for form, and against the texts themselves when the
// shared set (../shared/bench/real-reports-dev.jsonl) is beside the repository. No score thresholds.
import { describe, expect, it } from 'vitest';
import {
  checkRealLabels,
  findRealReports,
  loadRealLabels,
  loadRealReports,
  surfaceHash,
} from '../src/eval/real-entities.js';

const labels = loadRealLabels();
const shared = findRealReports();
if (!shared)
  console.warn(
    'real-entities.test: ../shared/bench/real-reports-dev.jsonl not found, the check against the texts is skipped',
  );

describe('entity labels of the shared real reports', () => {
  it('are one line per record, mentions in order, with type, link and hash', () => {
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
    for (const l of labels) {
      expect(typeof l.exhaustive).toBe('boolean');
      let last = 0;
      for (const m of l.mentions) {
        expect(['PER', 'ORG', 'LOC']).toContain(m.type);
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.link).toMatch(/^(NIL|@[A-Z]{3}|Q\d+|[^|]+)$/);
        expect(m.hash).toMatch(/^[0-9a-f]{8}$/);
        last = m.end;
      }
    }
  });

  it('hash a surface with white space collapsed and NFC', () => {
    expect(surfaceHash('بغداد')).toBe(surfaceHash('بغداد'.normalize('NFD')));
    expect(surfaceHash('رجب  طيب')).toBe(surfaceHash('رجب طيب'));
  });

  it.skipIf(!shared)(
    'fit the shared texts: every record exists, offsets inside the text, hashes match',
    () => {
      expect(checkRealLabels(labels, loadRealReports(shared!))).toEqual([]);
    },
  );
});
