// Field-by-field comparison of the pipeline's output on the seed articles with their gold file.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../pipeline.js';
import { normalize } from '../arabic/normalize.js';
import { cluster, mentionRefs } from '../cluster/index.js';
import type { AnalyzedDocument, TimeExpression } from '../types.js';
import type { EventRecord } from '../shared/records.js';

interface GoldTime {
  text: string;
  value: string | null;
  granularity: string;
  weekday?: string;
  month?: number;
  year_inferred?: boolean;
}

export interface GoldDoc {
  file: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published: { value: string } | null;
  body_paragraphs: number;
  body_first: string;
  body_last: string;
  not_in_body: string[];
  temporal_expressions: GoldTime[];
}

interface GoldEvent {
  id: string;
  type: string;
  mode: string;
  participants: { wikidata: string }[];
  date: { value: string | null; weekday?: string; granularity: string; year_inferred?: boolean };
  reported_by: string[];
  places_discussed: string[];
  claims: { source: string; stance_marker?: string; stance_in?: string[]; reported_by?: string[] }[];
}

export interface Gold {
  documents: GoldDoc[];
  events: GoldEvent[];
  event_clusters: string[][];
  stories: { events: string[] }[];
}

export interface Check {
  area: string;
  item: string;
  ok: boolean;
  got?: unknown;
  want?: unknown;
}

export interface SeedEval {
  checks: Check[];
  inventedDates: { doc: string; text: string; value: string }[];
  rows: { area: string; matched: number; total: number }[];
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  normalize(a ?? '') === normalize(b ?? '');

export function evaluateSeeds(seedDir: string, goldPath: string, seen = new Date()): SeedEval {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const files = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const docs = new Map<string, AnalyzedDocument>();
  for (const f of files) {
    const content = readFileSync(path.join(seedDir, f), 'utf8');
    docs.set(
      f,
      analyze({ source: f, identity: f, kind: 'text', content, hints: {}, messages: [] }, { seen }),
    );
  }
  const checks: Check[] = [];
  const inventedDates: SeedEval['inventedDates'] = [];
  const add = (area: string, item: string, ok: boolean, got?: unknown, want?: unknown) =>
    checks.push({ area, item, ok, got, want });

  for (const g of gold.documents) {
    const d = docs.get(g.file);
    if (!d) {
      add('metadata', `${g.file} present`, false);
      continue;
    }
    const x = d.extraction;
    add('metadata', `${g.file} title`, same(x.title?.value, g.title), x.title?.value, g.title);
    add('metadata', `${g.file} outlet`, same(x.outlet?.value, g.outlet), x.outlet?.value ?? null, g.outlet);
    add('metadata', `${g.file} author`, same(x.author?.value, g.author), x.author?.value ?? null, g.author);
    add(
      'metadata',
      `${g.file} published`,
      (x.published?.value.value ?? null) === (g.published?.value ?? null),
      x.published?.value.value ?? null,
      g.published?.value ?? null,
    );
    const paras = x.paragraphs.map((p) => d.text.slice(p.span.start, p.span.end));
    add('body', `${g.file} paragraphs`, paras.length === g.body_paragraphs, paras.length, g.body_paragraphs);
    add('body', `${g.file} first`, same(paras[0], g.body_first), paras[0], g.body_first);
    add('body', `${g.file} last`, same(paras.at(-1), g.body_last), paras.at(-1), g.body_last);
    const body = normalize(paras.join('\n'));
    const leaks = g.not_in_body.filter((s) =>
      s.trim().length < 4 ? paras.some((p) => same(p, s)) : body.includes(normalize(s)),
    );
    add('body', `${g.file} furniture absent`, leaks.length === 0, leaks, []);
    for (const gt of g.temporal_expressions) {
      const found = findTime(d.times, gt.text);
      add(
        'time',
        `${g.file} "${gt.text}"`,
        !!found && timeMatches(found, gt),
        found && {
          text: found.text,
          value: found.value,
          granularity: found.granularity,
          derivation: found.derivation,
        },
        gt,
      );
      if (found && found.value && gt.value === null)
        inventedDates.push({ doc: g.file, text: found.text, value: found.value });
    }
    if (g.temporal_expressions.length === 0) {
      for (const t of d.times)
        if (t.value && t.granularity !== 'year')
          inventedDates.push({ doc: g.file, text: t.text, value: t.value });
    }
  }

  const idOf = new Map([...docs].map(([f, d]) => [f, d.id]));
  const { events } = cluster([...docs.values()].flatMap(mentionRefs));
  const calls = events.filter((e) => e.type === 'CONSULT' && e.mode === 'phone' && e.status === 'asserted');
  const callOf = new Map<string, EventRecord>();
  for (const ge of gold.events) {
    const want = new Set(ge.reported_by.map((f) => idOf.get(f)));
    const e = calls.find(
      (c) => c.reports.length === want.size && c.reports.every((r) => want.has(r.document)),
    );
    add(
      'events',
      `${ge.id} reports ${ge.reported_by.join('+')}`,
      !!e,
      e?.reports.map((r) => r.source),
      ge.reported_by,
    );
    if (!e) continue;
    callOf.set(ge.id, e);
    add(
      'events',
      `${ge.id} type/mode`,
      e.type === ge.type && e.mode === ge.mode,
      `${e.type}/${e.mode}`,
      `${ge.type}/${ge.mode}`,
    );
    const wd = new Set(e.participants.map((p) => p.wikidata));
    add(
      'events',
      `${ge.id} participants`,
      ge.participants.length === wd.size && ge.participants.every((p) => wd.has(p.wikidata)),
      [...wd],
      ge.participants.map((p) => p.wikidata),
    );
    const dateOk =
      e.date.value === ge.date.value &&
      (ge.date.weekday ? e.date.weekday === ge.date.weekday : true) &&
      (ge.date.year_inferred
        ? e.date.derivation === 'year-inferred'
        : e.date.derivation !== 'year-inferred') &&
      (ge.date.granularity === 'unknown' ? e.date.granularity === 'unknown' : true);
    add(
      'events',
      `${ge.id} date`,
      dateOk,
      {
        value: e.date.value,
        granularity: e.date.granularity,
        weekday: e.date.weekday,
        derivation: e.date.derivation,
      },
      ge.date,
    );
    const places = new Set(e.places.map((p) => p.entity.en.toLowerCase()));
    const missingPlaces = ge.places_discussed.filter((p) => !places.has(p.toLowerCase()));
    add('events', `${ge.id} places discussed`, missingPlaces.length === 0, [...places], ge.places_discussed);
    const sources = new Set(e.claims.map((c) => c.source?.en.toLowerCase()));
    for (const gc of ge.claims) {
      add(
        'claims',
        `${ge.id} source "${gc.source}"`,
        sources.has(gc.source.toLowerCase()),
        [...sources],
        gc.source,
      );
      if (gc.stance_marker) {
        const inDocs = (gc.stance_in ?? ge.reported_by).map((f) => idOf.get(f));
        const ok = inDocs.every((doc) =>
          e.claims.some((c) => c.document === doc && c.stance.some((s) => same(s.text, gc.stance_marker))),
        );
        add('claims', `${ge.id} stance "${gc.stance_marker}"`, ok);
      }
    }
  }
  const goldClusters = gold.event_clusters.map((c) =>
    c
      .map((f) => idOf.get(f))
      .sort()
      .join(','),
  );
  const ourClusters = calls.map((c) =>
    c.reports
      .map((r) => r.document)
      .sort()
      .join(','),
  );
  add(
    'clusters',
    'call events',
    ourClusters.length === goldClusters.length,
    ourClusters.length,
    goldClusters.length,
  );
  add(
    'clusters',
    'same grouping',
    goldClusters.every((g) => ourClusters.includes(g)),
    ourClusters,
    goldClusters,
  );
  for (const gs of gold.stories) {
    const storyIds = new Set(gs.events.map((id) => callOf.get(id)?.story));
    add(
      'clusters',
      `story of ${gs.events.join('+')}`,
      storyIds.size === 1 && !storyIds.has(undefined) && !storyIds.has(null),
      [...storyIds],
      1,
    );
  }

  const areas = ['metadata', 'body', 'time', 'events', 'claims', 'clusters'];
  const rows = areas.map((area) => ({
    area,
    matched: checks.filter((c) => c.area === area && c.ok).length,
    total: checks.filter((c) => c.area === area).length,
  }));
  return { checks, inventedDates, rows };
}

/** The expression overlapping the gold text after normalization (either containing the other). */
function findTime(times: TimeExpression[], goldText: string): TimeExpression | undefined {
  const g = normalize(goldText);
  return times.find((t) => {
    const n = normalize(t.text);
    return n.includes(g) || g.includes(n);
  });
}

function timeMatches(t: TimeExpression, g: GoldTime): boolean {
  if ((t.value ?? null) !== g.value) return false;
  if (g.weekday && t.weekday !== g.weekday) return false;
  if (g.month && t.month !== g.month) return false;
  if (g.year_inferred && t.derivation !== 'year-inferred') return false;
  if (
    g.granularity === 'weekday-only' ||
    g.granularity === 'month-of-unknown-year' ||
    g.granularity === 'day-range' ||
    g.granularity === 'vague-past'
  )
    return t.granularity === g.granularity;
  return true;
}
