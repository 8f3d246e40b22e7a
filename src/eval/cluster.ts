// Evaluation of cross-outlet merging on labelled short reports (test/data/cluster/reports.jsonl):
// each report's main event mention (the first of the labelled type) is clustered with all
// others; pairwise precision/recall/F1 and B³ F1 against the gold event and story ids.
import { readFileSync } from 'node:fs';
import { analyze } from '../pipeline.js';
import { cluster, mentionRefs } from '../cluster/index.js';
import type { ClusterOptions } from '../cluster/merge.js';
import type { AnalyzedDocument } from '../types.js';
import { harmonic } from './prf.js';

export interface LabelledReport {
  id: string;
  event: string;
  story: string;
  type: string;
  outlet: string;
  published: string | null;
  text: string;
}

export interface ClusterScores {
  pairwise: { precision: number; recall: number; f1: number };
  b3: { precision: number; recall: number; f1: number };
  found: number;
  clusters: number;
}

export function loadReports(path: string): LabelledReport[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

export function analyzeReports(reports: LabelledReport[], seen = new Date('2026-11-23')): AnalyzedDocument[] {
  return reports.map((r) =>
    analyze(
      {
        source: r.id,
        identity: r.id,
        kind: 'text',
        content: r.text,
        hints: { published: r.published ?? undefined, outlet: r.outlet },
        messages: [],
      },
      { seen },
    ),
  );
}

/** Predicted event and story of every report, by clustering all mentions of all reports. */
export function predict(reports: LabelledReport[], docs: AnalyzedDocument[], opts?: ClusterOptions) {
  const { events } = cluster(docs.flatMap(mentionRefs), opts);
  const eventOf = new Map<string, { event: string; story: string | null }>();
  for (const e of events) for (const key of e.mentions) eventOf.set(key, { event: e.id, story: e.story });
  return reports.map((r, i) => {
    const main = docs[i].events.find((e) => e.type === r.type);
    if (!main) return { event: null, story: null };
    return (
      eventOf.get(`${docs[i].id}#${String(main.index).padStart(3, '0')}`) ?? { event: null, story: null }
    );
  });
}

/** Pairwise and B³ scores of a predicted partition (null = not found: a singleton of its own). */
export function score(gold: string[], predicted: (string | null)[]): ClusterScores {
  const pred = predicted.map((p, i) => p ?? `missing-${i}`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const g = gold[i] === gold[j];
      const p = pred[i] === pred[j];
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
  }
  const pairwise = prf(tp / Math.max(1, tp + fp), tp / Math.max(1, tp + fn));
  let bp = 0;
  let br = 0;
  for (let i = 0; i < gold.length; i++) {
    const sameP = pred.map((p, j) => (p === pred[i] ? j : -1)).filter((j) => j >= 0);
    const sameG = gold.map((g, j) => (g === gold[i] ? j : -1)).filter((j) => j >= 0);
    const both = sameP.filter((j) => gold[j] === gold[i]).length;
    bp += both / sameP.length;
    br += both / sameG.length;
  }
  return {
    pairwise,
    b3: prf(bp / gold.length, br / gold.length),
    found: predicted.filter((p) => p !== null).length,
    clusters: new Set(pred).size,
  };
}

function prf(precision: number, recall: number) {
  return { precision, recall, f1: harmonic(precision, recall) };
}
