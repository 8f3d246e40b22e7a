// Evaluation of event coding on labelled sentences (test/data/events/sentences.jsonl): per-type
// precision/recall/F1 of asserted events, actor precision/recall, handling of negated, planned,
// conditional and background events, and a confusion matrix of each sentence's main type.
import { readFileSync } from 'node:fs';
import { analyze } from '../pipeline.js';

export interface GoldEvent {
  type: string;
  actors: string[];
  status: string;
  date: string | null;
  mode: string | null;
}

export interface EventSentence {
  id: string;
  published: string | null;
  text: string;
  events: GoldEvent[];
  /** Who the sentence attributes its statement to (knowledge-base English name), null for the outlet. */
  claim_source?: string | null;
}

export interface EventEval {
  perType: Map<string, { tp: number; fp: number; fn: number }>;
  actors: { tp: number; fp: number; fn: number };
  nonAsserted: { total: number; handled: number };
  background: { total: number; dated: number };
  confusion: Map<string, Map<string, number>>;
  claimSources: { total: number; correct: number };
  errors: string[];
}

export function loadEventSentences(path: string): EventSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

export function evaluateEvents(sentences: EventSentence[], seen = new Date('2026-11-23')): EventEval {
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (t: string, k: 'tp' | 'fp' | 'fn') => {
    const c = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    perType.set(t, c);
  };
  const actors = { tp: 0, fp: 0, fn: 0 };
  const nonAsserted = { total: 0, handled: 0 };
  const background = { total: 0, dated: 0 };
  const confusion = new Map<string, Map<string, number>>();
  const claimSources = { total: 0, correct: 0 };
  const errors: string[] = [];
  for (const s of sentences) {
    const doc = analyze(
      {
        source: s.id,
        identity: s.id,
        kind: 'text',
        content: s.text,
        hints: { published: s.published ?? undefined },
        messages: [],
      },
      { seen },
    );
    const predicted = doc.events;
    const used = new Set<number>();
    for (const g of s.events) {
      const i = predicted.findIndex((p, k) => !used.has(k) && p.type === g.type);
      const p = i >= 0 ? predicted[i] : undefined;
      if (i >= 0) used.add(i);
      if (g.status !== 'asserted') {
        nonAsserted.total++;
        if (!p || p.status !== 'asserted') nonAsserted.handled++;
        else errors.push(`${s.id} ${g.type} should be ${g.status}, got asserted`);
        if (g.status === 'background' && g.date) {
          background.total++;
          if (p?.date.value?.startsWith(g.date)) background.dated++;
          else errors.push(`${s.id} background ${g.type} dated ${p?.date.value ?? 'none'}, gold ${g.date}`);
        }
        continue;
      }
      if (p && p.status === 'asserted') {
        bump(g.type, 'tp');
        if (g.actors.length) {
          // These sets label named actors; victims named by sector ("مدنيين") are scored in eval:real.
          const pred = new Set(
            p.participants.filter((x) => !x.entity.sector && x.via !== 'state-of').map((x) => x.entity.en),
          );
          const gold = new Set(g.actors);
          for (const a of gold)
            pred.has(a) ? actors.tp++ : (actors.fn++, errors.push(`${s.id} ${g.type} missing actor ${a}`));
          for (const a of pred) if (!gold.has(a)) actors.fp++;
        }
      } else {
        bump(g.type, 'fn');
        errors.push(`${s.id} missed ${g.type}${p ? ` (found as ${p.status})` : ''}`);
      }
    }
    predicted.forEach((p, k) => {
      if (used.has(k) || p.status !== 'asserted') return;
      bump(p.type, 'fp');
      errors.push(`${s.id} extra ${p.type} [${p.participants.map((x) => x.entity.en).join(', ')}]`);
    });
    if (s.claim_source !== undefined) {
      claimSources.total++;
      const got = doc.claims[0]?.source?.en ?? null;
      if (got === s.claim_source) claimSources.correct++;
      else errors.push(`${s.id} claim source ${got ?? '(outlet)'}, gold ${s.claim_source ?? '(outlet)'}`);
    }
    const goldMain = s.events.find((e) => e.status === 'asserted')?.type ?? 'NONE';
    const predMain = predicted.find((e) => e.status === 'asserted')?.type ?? 'NONE';
    const row = confusion.get(goldMain) ?? new Map<string, number>();
    row.set(predMain, (row.get(predMain) ?? 0) + 1);
    confusion.set(goldMain, row);
  }
  return { perType, actors, nonAsserted, background, confusion, claimSources, errors };
}
