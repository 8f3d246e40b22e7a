// Classification of lines as page furniture, from the shapes in data/extract/furniture.json.
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import type { Line } from './lines.js';

interface FurnitureData {
  kinds: { kind: string; end: boolean; patterns: string[] }[];
  trailing: { patterns: string[] };
  authorBioStart: string;
  bylineWords: string[];
  staffBylines: string[];
  agencies: string[];
  datelinePlaces: string[];
}

export interface FurnitureRules {
  kinds: { kind: string; end: boolean; res: RegExp[] }[];
  trailing: RegExp;
  authorBioStart: RegExp;
  bylineWords: string[];
  staffBylines: Set<string>;
  agencies: Set<string>;
  datelinePlaces: Set<string>;
}

let rules: FurnitureRules | null = null;

export function furnitureRules(): FurnitureRules {
  if (rules) return rules;
  const d = loadData<FurnitureData>('extract/furniture.json');
  rules = {
    kinds: d.kinds.map((k) => ({ kind: k.kind, end: k.end, res: anyOf(k.patterns) })),
    trailing: new RegExp(d.trailing.patterns.map((p) => `(?:${p})`).join('|'), 'iu'),
    authorBioStart: new RegExp(d.authorBioStart, 'u'),
    bylineWords: d.bylineWords.map(normalize).sort((a, b) => b.length - a.length),
    staffBylines: new Set(d.staffBylines.map(normalize)),
    agencies: new Set(d.agencies.map(normalize)),
    datelinePlaces: new Set(d.datelinePlaces.map(normalize)),
  };
  return rules;
}

/**
 * Expressions that, together, test what any of the patterns tests (a line is of a kind when one of
 * its patterns matches): the patterns anchored at the start joined as alternatives in one (which
 * V8 then tries at the start only), the others in another, so that a line is run through a few
 * expressions rather than one per pattern. A pattern with a back reference or a named group,
 * which would change meaning among others, stays alone.
 */
export function anyOf(patterns: string[]): RegExp[] {
  const alone = patterns.filter((p) => /\\[1-9]|\\k<|\(\?<[^=!]/.test(p));
  const joined = (ps: string[]) => (ps.length ? [new RegExp(ps.map((p) => `(?:${p})`).join('|'), 'u')] : []);
  const rest = patterns.filter((p) => !alone.includes(p));
  return [
    ...joined(rest.filter((p) => p.startsWith('^'))),
    ...joined(rest.filter((p) => !p.startsWith('^'))),
    ...alone.map((p) => new RegExp(p, 'u')),
  ];
}

export interface LineClass {
  kind: string;
  end: boolean;
}

/** The furniture kind of a line, or null when it is not furniture by its own shape. */
export function classifyLine(line: Line): LineClass | null {
  const norm = line.norm;
  for (const k of furnitureRules().kinds)
    for (const re of k.res) if (re.test(norm)) return { kind: k.kind, end: k.end };
  return null;
}

/** An appeal, notice or sign-off (newsletter, comments, licence, "published on") in a paragraph's text. */
export function isEdgeNotice(line: Line): boolean {
  return furnitureRules().trailing.test(line.norm);
}
