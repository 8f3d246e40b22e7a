// Evaluation of the entity layer on labelled sentences (test/data/entities/*.jsonl): mention
// precision/recall/F1 by type (exact span and type; and overlapping span), linking accuracy on
// the matched mentions, and how many mentions the knowledge base does not hold were still found.
import { readFileSync } from 'node:fs';
import { tokenize } from '../arabic/tokenize.js';
import { findEntities } from '../entities/index.js';
import { isMadeEntity, type KbEntity } from '../entities/kb.js';
import type { EntityMention, Span } from '../types.js';
import { prf } from './prf.js';

export type GoldType = 'PER' | 'ORG' | 'LOC';

/** A labelled mention: `[[surface|TYPE|link]]` in the file, link = the KB's English name, `NIL` or `@ISO3`. */
export interface GoldMention {
  span: Span;
  text: string;
  type: GoldType;
  /** KB English name (with '#ISO3' where one name is two places); 'NIL' = not in the KB (any entity made for it is right); '@JOR' = not in the KB, of that country. */
  link: string;
}

export interface EntitySentence {
  id: string;
  region: string;
  date: string | null;
  text: string;
  mentions: GoldMention[];
}

const MARK = /\[\[([^|\]]+)\|(PER|ORG|LOC)\|([^\]]+)\]\]/g;

/** Strip the inline marks, keeping each mention's span in the plain text. */
export function parseMarked(marked: string): { text: string; mentions: GoldMention[] } {
  const mentions: GoldMention[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1];
    mentions.push({
      span: { start, end: text.length },
      text: m[1],
      type: m[2] as GoldType,
      link: m[3].trim(),
    });
    last = m.index! + m[0].length;
  }
  return { text: text + marked.slice(last), mentions };
}

export function loadEntityCorpus(path: string): EntitySentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const raw = JSON.parse(l) as { id: string; region: string; date: string | null; text: string };
      return { ...raw, ...parseMarked(raw.text) };
    });
}

export const goldType = (m: EntityMention): GoldType =>
  m.entity.type === 'PERSON' ? 'PER' : m.entity.type === 'ORG' ? 'ORG' : 'LOC';
export function linkCorrect(m: EntityMention, g: GoldMention): boolean {
  const made = isMadeEntity(m.entity.id);
  if (g.link === 'NIL') return made;
  if (g.link.startsWith('@')) return made && m.entity.country === g.link.slice(1);
  // "Tripoli#LBN": the name and the country, where one name is two places.
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

// What may lead a mention or not without changing it: proclitics ("و", "لـ", "لل") and titles
// ("الشيخ", "الرئيس", "الملك"), which scorers of Arabic NER count inside or outside alike; and the
// kind word of an agency, company or network ("وكالة رويترز"/"رويترز"), which our label sets write
// inside (sets 6–16) and outside (17–24) alike.
const LEAD =
  /^(?:[وفبلك]{1,3}ـ?|(?:[وفبل]?(?:ال|لل)?(?:رئيس|ملك|شيخ|أمير|امير|سلطان|فريق|لواء|عاهل|دولة|وكالة|وكاله|شركة|شركه|مجموعة|مجموعه|شبكة|شبكه)\s+)+)$/u;

/** Same span, up to a leading clitic or title on either side. */
function sameSpan(text: string, p: Span, g: Span): boolean {
  if (p.end !== g.end) return false;
  if (p.start === g.start) return true;
  return LEAD.test(text.slice(Math.min(p.start, g.start), Math.max(p.start, g.start)));
}

export interface EntityCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Gold mentions overlapped by a prediction of the same type (lenient). */
  overlap: number;
  linked: number;
}
const empty = (): EntityCounts => ({ tp: 0, fp: 0, fn: 0, overlap: 0, linked: 0 });

export interface EntityEvalResult {
  byType: Map<GoldType, EntityCounts>;
  total: EntityCounts;
  unknown: { gold: number; found: number };
  errors: { id: string; kind: 'fp' | 'fn' | 'link'; text: string; gold?: string; got?: string }[];
}

export function evaluateEntities(corpus: EntitySentence[], tagger = true): EntityEvalResult {
  const byType = new Map<GoldType, EntityCounts>(
    (['PER', 'ORG', 'LOC'] as GoldType[]).map((t) => [t, empty()]),
  );
  const total = empty();
  const unknown = { gold: 0, found: 0 };
  const errors: EntityEvalResult['errors'] = [];
  const bump = (t: GoldType, k: keyof EntityCounts) => {
    byType.get(t)![k]++;
    total[k]++;
  };
  for (const s of corpus) {
    // Country anaphors ("بلاده") are not names: scored on their own set (evaluateAnaphora).
    const predicted = findEntities(s.text, tokenize(s.text), { date: s.date, tagger }).filter(
      (m) => m.via !== 'anaphora' && !m.nested,
    );
    const used = new Set<EntityMention>();
    for (const g of s.mentions) {
      const isUnknown = g.link === 'NIL' || g.link.startsWith('@');
      if (isUnknown) unknown.gold++;
      const exact = predicted.find(
        (p) => !used.has(p) && sameSpan(s.text, p.span, g.span) && goldType(p) === g.type,
      );
      const near = predicted.find(
        (p) => p.span.start < g.span.end && g.span.start < p.span.end && goldType(p) === g.type,
      );
      if (near) bump(g.type, 'overlap');
      if (!exact) {
        bump(g.type, 'fn');
        errors.push({
          id: s.id,
          kind: 'fn',
          text: g.text,
          gold: `${g.type} ${g.link}`,
          got: near ? `${near.text} ${near.entity.en}` : undefined,
        });
        continue;
      }
      used.add(exact);
      bump(g.type, 'tp');
      if (isUnknown) unknown.found++;
      if (linkCorrect(exact, g)) bump(g.type, 'linked');
      else
        errors.push({
          id: s.id,
          kind: 'link',
          text: g.text,
          gold: g.link,
          got: `${exact.entity.en} (${exact.entity.id})`,
        });
    }
    for (const p of predicted) {
      // A description ("القوات الحكومية", "الجيش") is no name: where the set marks no mention it is not a false one.
      if (used.has(p) || p.descriptive) continue;
      bump(goldType(p), 'fp');
      errors.push({ id: s.id, kind: 'fp', text: p.text, got: `${goldType(p)} ${p.entity.en} via ${p.via}` });
    }
  }
  return { byType, total, unknown, errors };
}

export function entityScores(c: EntityCounts) {
  return {
    ...prf(c),
    overlapRecall: c.overlap / Math.max(1, c.tp + c.fn),
    linking: c.linked / Math.max(1, c.tp),
  };
}

export interface AnaphoraCase {
  id: string;
  date: string;
  text: string;
  /** The country (KB English name) "بلاده" names, or null when the text does not say. */
  country: string | null;
}

/** Country anaphors: right, wrong, found where the text names no country, missed. */
export function evaluateAnaphora(path: string) {
  const cases = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AnaphoraCase);
  const out = { total: cases.length, right: 0, wrong: 0, invented: 0, missed: 0, errors: [] as string[] };
  for (const c of cases) {
    const got =
      findEntities(c.text, tokenize(c.text), { date: c.date }).find((m) => m.via === 'anaphora')?.entity.en ??
      null;
    if (got === c.country) out.right++;
    else if (c.country === null) out.invented++;
    else if (got === null) out.missed++;
    else out.wrong++;
    if (got !== c.country) out.errors.push(`${c.id}: expected ${c.country ?? '-'}, got ${got ?? '-'}`);
  }
  return out;
}

/** Places in the knowledge base and how many carry a Wikidata id; the large ones (100,000 people or more) without one. */
export function kbPlaceIds(entities: KbEntity[]) {
  const kind = (e: KbEntity) =>
    e.subtype === 'country'
      ? 'country'
      : e.subtype === 'city'
        ? 'city'
        : e.subtype === 'site' || e.subtype === 'area'
          ? 'site'
          : 'province';
  const byKind = new Map<string, { total: number; withId: number }>();
  const places = entities.filter((e) => e.type === 'GPE' || e.type === 'LOC');
  for (const e of places) {
    const k = byKind.get(kind(e)) ?? { total: 0, withId: 0 };
    k.total++;
    if (e.wikidata) k.withId++;
    byKind.set(kind(e), k);
  }
  const large = places.filter((e) => kind(e) !== 'site' && (e.population ?? 0) >= 100_000);
  return {
    total: places.length,
    withId: places.filter((e) => e.wikidata).length,
    byKind,
    large: large.length,
    largeWithoutId: large.filter((e) => !e.wikidata),
  };
}
