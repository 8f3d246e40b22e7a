// Evaluation of the temporal layer on a labelled corpus (test/data/time/sentences.jsonl):
// recognition precision/recall/F1 by span overlap, resolution accuracy on the matched
// expressions, and invented dates (a value where the gold says unknown).
import { readFileSync } from 'node:fs';
import { findTimes } from '../time/index.js';
import type { TimeExpression } from '../types.js';
import { prf } from './prf.js';

export interface GoldTimeLabel {
  text: string;
  value: string | null;
  granularity: string;
  weekday?: string;
  month?: number;
  part_of_day?: string;
}

export interface TimeSentence {
  id: string;
  region: string;
  published: string | null;
  text: string;
  times: GoldTimeLabel[];
}

export interface TimeCounts {
  tp: number;
  fp: number;
  fn: number;
  resolved: number;
  invented: number;
  spuriousDated: number;
}

export interface TimeEvalResult {
  total: TimeCounts;
  byRegion: Map<string, TimeCounts>;
  errors: {
    id: string;
    kind: 'fp' | 'fn' | 'value' | 'invented';
    gold?: GoldTimeLabel;
    got?: Pick<TimeExpression, 'text' | 'value' | 'granularity' | 'derivation'>;
  }[];
}

export function loadTimeCorpus(path: string): TimeSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TimeSentence);
}

const empty = (): TimeCounts => ({ tp: 0, fp: 0, fn: 0, resolved: 0, invented: 0, spuriousDated: 0 });

/** Does a predicted value resolve the gold label? Value, granularity and what is known must agree. */
export function resolvesTo(p: TimeExpression, g: GoldTimeLabel): boolean {
  if ((p.value ?? null) !== g.value) return false;
  if (p.granularity !== g.granularity) return false;
  if (g.weekday && p.weekday !== g.weekday) return false;
  if (g.month && p.month !== g.month) return false;
  return true;
}

export function evaluateTimes(corpus: TimeSentence[], seen = new Date()): TimeEvalResult {
  const total = empty();
  const byRegion = new Map<string, TimeCounts>();
  const errors: TimeEvalResult['errors'] = [];
  for (const s of corpus) {
    const region = byRegion.get(s.region) ?? empty();
    byRegion.set(s.region, region);
    const bump = (k: keyof TimeCounts) => {
      total[k]++;
      region[k]++;
    };
    const predicted = findTimes(s.text, { published: s.published, seen }).expressions;
    const used = new Set<TimeExpression>();
    for (const g of s.times) {
      const at = s.text.indexOf(g.text);
      const span = { start: at, end: at + g.text.length };
      const p = predicted.find((x) => !used.has(x) && x.span.start < span.end && span.start < x.span.end);
      if (!p) {
        bump('fn');
        errors.push({ id: s.id, kind: 'fn', gold: g });
        continue;
      }
      used.add(p);
      bump('tp');
      const got = { text: p.text, value: p.value, granularity: p.granularity, derivation: p.derivation };
      if (resolvesTo(p, g)) bump('resolved');
      else errors.push({ id: s.id, kind: 'value', gold: g, got });
      if (g.value === null && p.value !== null) {
        bump('invented');
        errors.push({ id: s.id, kind: 'invented', gold: g, got });
      }
    }
    for (const p of predicted) {
      if (used.has(p)) continue;
      bump('fp');
      if (p.value !== null) bump('spuriousDated');
      errors.push({
        id: s.id,
        kind: 'fp',
        got: { text: p.text, value: p.value, granularity: p.granularity, derivation: p.derivation },
      });
    }
  }
  return { total, byRegion, errors };
}

export function scores(c: TimeCounts) {
  return { ...prf(c), resolution: c.resolved / Math.max(1, c.tp) };
}
