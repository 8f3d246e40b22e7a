// Evaluation of the entity layer on the shared real reports (../shared/bench/real-reports-dev.jsonl),
// labelled in test/data/entities/real-dev.labels.jsonl by record id and character offsets: the
// project keeps the labels, never the text. Each labelled record goes through the whole pipeline
// as ingest of the JSONL would give it (a 'text' input with its url, outlet and published hints),
// and its entity mentions are scored against the labels: names (exact span and type, per type,
// linking), descriptions ("القوات الحكومية", "الجيش السوري": a description is not a name) on their
// own, and media. Furniture the labels skip (mastheads, bylines, captions, related links) is not
// scored: a prediction inside it counts neither way.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFile } from '../ingest/read.js';
import { analyze } from '../pipeline.js';
import { isMadeEntity, loadKb } from '../entities/kb.js';
import type { AnalyzedDocument, EntityMention, Span } from '../types.js';
import { entityScores, goldType, type GoldType } from './entities.js';

export const REAL_REPORTS = 'shared/bench/real-reports-dev.jsonl';
export const REAL_LABELS = 'test/data/entities/real-dev.labels.jsonl';

/** One labelled mention: offsets into the record's `text` (UTF-16, as `text.slice(start, end)`). */
export interface RealMention {
  start: number;
  end: number;
  type: GoldType;
  /** The KB's English name ('#ISO3' where one name is two places, alternatives with '/'), a Wikidata id the KB does not hold, 'NIL', or '@ISO3' (not in the KB, of that country). */
  link: string;
  /** The linked entity's Wikidata id where the KB had one when labelled: keeps the link when the KB renames it. */
  qid?: string;
  /** An actor named by description ("القوات الحكومية", "الحكومة العراقية"), not by name. */
  descriptive?: boolean;
  /** A news agency, channel, paper or site. */
  media?: boolean;
  /** First 8 hex of sha1 of the surface (whitespace collapsed, NFC): tells when the shared text moved. */
  hash: string;
}

export interface RealLabel {
  id: string;
  /** Every name in the record is labelled (else its unlabelled predictions are not counted as wrong). */
  exhaustive: boolean;
  /** Page furniture left out of scoring. */
  skip?: [number, number][];
  mentions: RealMention[];
}

export interface RealReport {
  id: string;
  text: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

export function surfaceHash(surface: string): string {
  return createHash('sha1').update(surface.replace(/\s+/g, ' ').normalize('NFC')).digest('hex').slice(0, 8);
}

/** The shared set: `<dir>/shared/bench/…` beside the repository or one of its parents (worktrees sit deeper), or MIRSAD_SHARED. */
export function findRealReports(root = process.cwd()): string | null {
  if (process.env.MIRSAD_SHARED) {
    const p = path.join(process.env.MIRSAD_SHARED, 'bench', 'real-reports-dev.jsonl');
    return existsSync(p) ? p : null;
  }
  let dir = path.resolve(root);
  for (let i = 0; i < 3; i++) {
    dir = path.dirname(dir);
    const p = path.join(dir, REAL_REPORTS);
    if (existsSync(p)) return p;
  }
  return null;
}

export function loadRealLabels(file = REAL_LABELS): RealLabel[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealLabel);
}

export function loadRealReports(file: string): Map<string, RealReport> {
  const out = new Map<string, RealReport>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as RealReport;
    out.set(r.id, {
      id: r.id,
      text: r.text,
      url: r.url ?? null,
      outlet: r.outlet ?? null,
      published: r.published ?? null,
    });
  }
  return out;
}

/** What is wrong with the label file against the shared texts (empty when well-formed). */
export function checkRealLabels(labels: RealLabel[], reports: Map<string, RealReport>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const l of labels) {
    const r = reports.get(l.id);
    if (!r) {
      problems.push(`${l.id}: no such record in the shared set`);
      continue;
    }
    if (seen.has(l.id)) problems.push(`${l.id}: labelled twice`);
    seen.add(l.id);
    const n = r.text.length;
    const inside = (s: number, e: number) =>
      Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= n;
    for (const [s, e] of l.skip ?? [])
      if (!inside(s, e)) problems.push(`${l.id}: skip [${s}, ${e}) outside the text (${n})`);
    let last = -1;
    for (const m of l.mentions) {
      const at = `${l.id} [${m.start}, ${m.end})`;
      if (!inside(m.start, m.end)) {
        problems.push(`${at}: outside the text (${n})`);
        continue;
      }
      if (!['PER', 'ORG', 'LOC'].includes(m.type)) problems.push(`${at}: type ${m.type}`);
      if (!m.link?.trim()) problems.push(`${at}: no link`);
      if (m.start < last) problems.push(`${at}: overlaps or precedes the mention before it`);
      last = m.end;
      const surface = r.text.slice(m.start, m.end);
      if (surface !== surface.trim()) problems.push(`${at}: white space at an edge`);
      if (surfaceHash(surface) !== m.hash)
        problems.push(`${at}: surface hash ${surfaceHash(surface)} ≠ ${m.hash} (the shared text moved?)`);
      if ((l.skip ?? []).some(([s, e]) => m.start < e && s < m.end))
        problems.push(`${at}: inside skipped furniture`);
    }
  }
  return problems;
}

// A leading clitic or title on either side leaves a span the same (as src/eval/entities.ts counts it).
const LEAD =
  /^(?:[وفبلك]{1,3}ـ?|(?:[وفبل]?(?:ال|لل)?(?:رئيس|ملك|شيخ|أمير|امير|سلطان|فريق|لواء|عاهل|دولة)\s+)+)$/u;
function sameSpan(text: string, p: Span, g: { start: number; end: number }): boolean {
  if (p.end !== g.end) return false;
  if (p.start === g.start) return true;
  return LEAD.test(text.slice(Math.min(p.start, g.start), Math.max(p.start, g.start)));
}
const overlaps = (p: Span, g: { start: number; end: number }) => p.start < g.end && g.start < p.end;

const isDescriptive = (m: EntityMention) =>
  (m as EntityMention & { descriptive?: boolean }).descriptive === true;
// The mention carries the public record; whether it is media is the KB entity's, or for a name made
// on the fly what its document made of it (read while that document's made entities are the KB's).
const madeMedia = new WeakSet<EntityMention>();
const isMedia = (m: EntityMention) =>
  (m.entity as { media?: boolean }).media === true ||
  madeMedia.has(m) ||
  (!isMadeEntity(m.entity.id) && loadKb().byId.get(m.entity.id)?.media === true);
const isUnknown = (g: RealMention) =>
  g.link === 'NIL' || g.link.startsWith('@') || (/^Q\d+$/.test(g.link) && !kbWikidata().has(g.link));

let wikidataIds: Set<string> | null = null;
function kbWikidata(): Set<string> {
  return (wikidataIds ??= new Set(
    loadKb()
      .entities.map((e) => e.wikidata)
      .filter((q): q is string => !!q),
  ));
}

/** Is the predicted entity the one the label names? */
export function realLinkCorrect(m: EntityMention, g: RealMention): boolean {
  const made = isMadeEntity(m.entity.id);
  if (g.qid && m.entity.wikidata === g.qid) return true;
  if (g.link === 'NIL') return made;
  if (g.link.startsWith('@')) return made && m.entity.country === g.link.slice(1);
  if (/^Q\d+$/.test(g.link)) return m.entity.wikidata === g.link || (made && !kbWikidata().has(g.link));
  return (
    !made &&
    g.link.split('/').some((l) => {
      const [name, country] = l.split('#');
      return (
        (m.entity.en === name || m.entity.wikidata === name) && (!country || m.entity.country === country)
      );
    })
  );
}

/** A link the KB no longer resolves (renamed or dropped): the label needs a look. */
function staleLink(g: RealMention): boolean {
  if (g.link === 'NIL' || g.link.startsWith('@') || /^Q\d+$/.test(g.link)) return false;
  const kb = loadKb();
  return !g.link.split('/').some((l) => {
    const [name, country] = l.split('#');
    return kb.entities.some(
      (e) => (e.en === name || (g.qid && e.wikidata === g.qid)) && (!country || e.country === country),
    );
  });
}

export interface RealCounts {
  tp: number;
  fp: number;
  fn: number;
  overlap: number;
  linked: number;
}
const empty = (): RealCounts => ({ tp: 0, fp: 0, fn: 0, overlap: 0, linked: 0 });

export interface RealError {
  id: string;
  kind: 'fp' | 'fn' | 'link' | 'desc-fn';
  /** Error class: see classify(). */
  cls: string;
  text: string;
  gold?: string;
  got?: string;
}

export interface RealEvalResult {
  records: number;
  /** Names (descriptions excluded). */
  byType: Map<GoldType, RealCounts>;
  total: RealCounts;
  unknown: { gold: number; found: number };
  media: { gold: number; found: number; flagged: number };
  /** Descriptions: found = exact span and type; overlapped = some prediction of the type overlaps; predicted = predictions scored here. */
  descriptive: { gold: number; found: number; overlapped: number; linked: number; predicted: number };
  /** Names missed whose span lies outside the paragraphs extraction kept (headlines, lines taken for furniture). */
  outsideBody: number;
  /** Predictions inside furniture the labels skip (not scored). */
  inFurniture: number;
  /** Gold place mentions linked to a KB entity, and how many of those entities carry a Wikidata id. */
  placesWithIds: { linked: number; withId: number };
  staleLinks: number;
  errors: RealError[];
  /** Error class → count. */
  classes: Map<string, number>;
}

/** Run the pipeline on each labelled record of the shared JSONL, as `mirsad ingest` reads it. */
export async function analyzeRealReports(
  reportsFile: string,
  ids: Set<string>,
): Promise<Map<string, AnalyzedDocument>> {
  const { inputs } = await readFile(reportsFile);
  const lines = readFileSync(reportsFile, 'utf8').split('\n');
  const out = new Map<string, AnalyzedDocument>();
  for (const input of inputs) {
    const line = Number(input.source.slice(input.source.lastIndexOf(':') + 1));
    const id = (JSON.parse(lines[line - 1]) as { id: string }).id;
    if (!ids.has(id)) continue;
    const doc = analyze(input);
    for (const m of doc.entities)
      if (isMadeEntity(m.entity.id) && loadKb().byId.get(m.entity.id)?.media) madeMedia.add(m);
    out.set(id, doc);
  }
  return out;
}

export async function evaluateRealEntities(
  labels: RealLabel[],
  reportsFile: string,
): Promise<RealEvalResult> {
  const reports = loadRealReports(reportsFile);
  const docs = await analyzeRealReports(reportsFile, new Set(labels.map((l) => l.id)));
  const byType = new Map<GoldType, RealCounts>(
    (['PER', 'ORG', 'LOC'] as GoldType[]).map((t) => [t, empty()]),
  );
  const total = empty();
  const res: RealEvalResult = {
    records: 0,
    byType,
    total,
    unknown: { gold: 0, found: 0 },
    media: { gold: 0, found: 0, flagged: 0 },
    descriptive: { gold: 0, found: 0, overlapped: 0, linked: 0, predicted: 0 },
    outsideBody: 0,
    inFurniture: 0,
    placesWithIds: { linked: 0, withId: 0 },
    staleLinks: 0,
    errors: [],
    classes: new Map(),
  };
  const bump = (t: GoldType, k: keyof RealCounts) => {
    byType.get(t)![k]++;
    total[k]++;
  };
  const cls = (c: string) => res.classes.set(c, (res.classes.get(c) ?? 0) + 1);
  const kb = loadKb();
  for (const label of labels) {
    const report = reports.get(label.id);
    const doc = docs.get(label.id);
    if (!report || !doc) continue;
    res.records++;
    const text = report.text;
    const skip = label.skip ?? [];
    const inSkip = (s: Span) => skip.some(([a, b]) => s.start < b && a < s.end);
    // Country anaphors ("بلاده") are not names: scored on their own set.
    // A name inside a longer one ("عدن" in "مطار عدن الدولي") is not marked: the longest name only.
    const all = doc.entities.filter((m) => m.via !== 'anaphora' && !m.nested);
    const predicted = all.filter((m) => !inSkip(m.span));
    res.inFurniture += all.length - predicted.length;
    const inBody = (g: RealMention) =>
      doc.extraction.paragraphs.some((p) => g.start >= p.span.start && g.end <= p.span.end);
    const names = label.mentions.filter((g) => !g.descriptive);
    const descriptions = label.mentions.filter((g) => g.descriptive);
    const used = new Set<EntityMention>();
    const show = (p: EntityMention) =>
      `${goldType(p)} ${p.text} → ${p.entity.en}${isMadeEntity(p.entity.id) ? ' (made)' : ''} via ${p.via}`;

    for (const g of label.mentions) {
      if (staleLink(g)) res.staleLinks++;
      if (g.type === 'LOC' && !isUnknown(g) && !g.link.startsWith('Q')) {
        const [name, country] = g.link.split('/')[0].split('#');
        const e = kb.entities.find(
          (x) => (x.en === name || (g.qid && x.wikidata === g.qid)) && (!country || x.country === country),
        );
        if (e) {
          res.placesWithIds.linked++;
          if (e.wikidata) res.placesWithIds.withId++;
        }
      }
    }

    // Descriptions first: a prediction over a description is scored here, never as a wrong name.
    for (const g of descriptions) {
      res.descriptive.gold++;
      const exact = predicted.find(
        (p) => !used.has(p) && sameSpan(text, p.span, g) && goldType(p) === g.type,
      );
      const near = predicted.filter((p) => overlaps(p.span, g));
      if (near.some((p) => goldType(p) === g.type)) res.descriptive.overlapped++;
      for (const p of near) used.add(p);
      res.descriptive.predicted += near.length;
      if (exact) {
        res.descriptive.found++;
        if (realLinkCorrect(exact, g)) res.descriptive.linked++;
      } else {
        const c = near.length
          ? `description: span or type differs (${near.map((p) => goldType(p)).join('+')})`
          : 'description: not found';
        cls(c);
        res.errors.push({
          id: label.id,
          kind: 'desc-fn',
          cls: c,
          text: text.slice(g.start, g.end),
          gold: `${g.type} ${g.link}`,
          got: near.map(show).join('; ') || undefined,
        });
      }
    }

    const claimed = new Set<EntityMention>();
    for (const g of names) {
      const surface = text.slice(g.start, g.end);
      if (isUnknown(g)) res.unknown.gold++;
      if (g.media) res.media.gold++;
      const exact = predicted.find(
        (p) => !used.has(p) && !claimed.has(p) && sameSpan(text, p.span, g) && goldType(p) === g.type,
      );
      const near = predicted.filter((p) => !used.has(p) && overlaps(p.span, g));
      if (near.some((p) => goldType(p) === g.type)) bump(g.type, 'overlap');
      if (!exact) {
        bump(g.type, 'fn');
        const c = classify(text, g, near, inBody(g));
        if (!inBody(g)) res.outsideBody++;
        cls(c);
        res.errors.push({
          id: label.id,
          kind: 'fn',
          cls: c,
          text: surface,
          gold: `${g.type} ${g.link}`,
          got: near.map(show).join('; ') || undefined,
        });
        continue;
      }
      claimed.add(exact);
      bump(g.type, 'tp');
      if (isUnknown(g)) res.unknown.found++;
      if (g.media) {
        res.media.found++;
        if (isMedia(exact)) res.media.flagged++;
      }
      if (realLinkCorrect(exact, g)) bump(g.type, 'linked');
      else {
        const c = linkClass(exact, g);
        cls(c);
        res.errors.push({
          id: label.id,
          kind: 'link',
          cls: c,
          text: surface,
          gold: g.link,
          got: `${exact.entity.en} (${exact.entity.id})`,
        });
      }
    }
    for (const p of predicted) {
      if (used.has(p) || claimed.has(p)) continue;
      if (isDescriptive(p)) {
        res.descriptive.predicted++;
        continue;
      }
      if (!label.exhaustive && !names.some((g) => overlaps(p.span, g))) continue;
      bump(goldType(p), 'fp');
      const hit = names.find((g) => overlaps(p.span, g));
      const c = hit
        ? 'wrong span or type (counted with the missed name)'
        : `spurious ${goldType(p)}${isMadeEntity(p.entity.id) ? ' (made)' : ' (KB)'}`;
      if (!hit) cls(c);
      res.errors.push({ id: label.id, kind: 'fp', cls: c, text: p.text, got: show(p) });
    }
  }
  return res;
}

/** Why a labelled name was not found with its exact span and type. */
function classify(text: string, g: RealMention, near: EntityMention[], inBody: boolean): string {
  if (!inBody && !near.length) return 'missed: outside the extracted body';
  const same = near.filter((p) => goldType(p) === g.type);
  if (!near.length) return `missed ${g.type}${g.media ? ' (media)' : ''}`;
  if (!same.length) return `typed ${goldType(near[0])} for ${g.type}${g.media ? ' (media)' : ''}`;
  const p = same[0];
  if (p.span.start <= g.start && p.span.end >= g.end) {
    const before = text.slice(p.span.start, g.start);
    if (p.span.end > g.end) return 'span runs into the next word(s)';
    return LEAD.test(before) ? 'span differs' : 'span takes in a word before (head noun, title)';
  }
  if (p.span.start >= g.start && p.span.end <= g.end) return 'span cut short (part of the name)';
  return 'span straddles the name';
}

function linkClass(m: EntityMention, g: RealMention): string {
  const made = isMadeEntity(m.entity.id);
  if (isUnknown(g))
    return made ? 'link: made entity of another country' : 'link: KB entity for a name the KB does not hold';
  if (made) return 'link: KB holds it, a new entity was made';
  return 'link: another KB entity';
}

/** The same scores as the written sets (`entityScores`). */
export const realScores = (c: RealCounts) => entityScores(c);
