// "وأكد الرئيس" after two presidents: the report's own, the one it named with a bare title ("الرئيس
// فلان", "رئيس الجمهورية فلان") and never with a state's ("الرئيس المصري فلان", "فلان، رئيس الجمهورية
// الجزائرية", "نظيره الجزائري"), when another president it named came with his state. An outlet names
// its own head of state without his country, a foreign one with it.
import type { EntityRecord, Token } from '../types.js';
import { heldOn, loadKb } from '../entities/kb.js';
import { nisbaCountry } from '../entities/lookup.js';

export interface Named {
  entity: EntityRecord;
  first: number;
  last: number;
}

const TITLE = /^[وف]?(?:ل|ب|بال|لل|ال)?رييس$/;

/** The report's own president among the persons named before token `before`, or null. */
export function homePresident(
  tokens: Token[],
  named: Named[],
  before: number,
  date?: string | null,
): Named | null {
  const norm = (k: number) => (k >= 0 && k < before ? tokens[k].norm : '');
  const title = (k: number) => TITLE.test(norm(k));
  const nisba = (k: number) => !!norm(k) && /^ال/.test(norm(k)) && !!nisbaCountry(norm(k));
  const bare = new Map<string, Named>();
  const foreign = new Set<string>();
  for (const s of named) {
    const id = s.entity.id;
    if (s.first >= before || s.entity.type !== 'PERSON') continue;
    const e = loadKb().byId.get(id);
    if (!e?.offices?.some((o) => o.office === 'president' && (!date || heldOn(o, date)))) continue;
    let k = s.first - 1;
    if (/^(?:ال)?سيد$/.test(norm(k))) k--;
    let after = s.last + 1;
    if (title(after)) after++;
    if (norm(after) === 'الجمهوريه') after++;
    if (
      (title(k - 1) && nisba(k)) ||
      (norm(k) === 'الجمهوريه' && nisba(k)) ||
      (s.last > s.first && nisba(s.last)) ||
      (after > s.last + 1 && nisba(after))
    )
      foreign.add(id);
    else if ((title(k) || (norm(k) === 'الجمهوريه' && title(k - 1))) && !bare.has(id)) bare.set(id, s);
  }
  const home = [...bare.values()].filter((s) => !foreign.has(s.entity.id));
  return home.length === 1 && foreign.size ? home[0] : null;
}
