// Bodies whose name ends in a state's nisba: a body the KB does not hold belongs to that state
// ("هيئة الإسعاف الإسرائيلية"); a nisba that is an everyday adjective too ("المالية": Malian or
// financial) names its state only in a report that names a place of that state ("وزارة الخارجية
// المالية" in a report from Bamako), and an institution word before it is that state's institution.
import { tokenStems } from '../arabic/tokenize.js';
import type { EntityMention, Token } from '../types.js';
import { institutionEntity } from './descriptions.js';
import { isMadeEntity, loadKb, record } from './kb.js';
import { nisbaCountry } from './lookup.js';

/** The state an articled nisba at the end of a body's name gives it ("الإسرائيلية" → ISR). */
export function trailingNisba(token: Token): string | undefined {
  return /^ال/.test(token.norm) ? nisbaCountry(token.norm) : undefined;
}

/** The state an everyday-adjective nisba may name ("الماليه" → MLI), without the report's say. */
function ambiguousState(token: Token): string | undefined {
  if (!/^ال/.test(token.norm)) return undefined;
  return loadKb().ambiguousNisbas.get(token.norm.slice(2).replace(/ه$/, ''));
}

/** Made bodies ending in an everyday-adjective nisba whose state the report names as a place. */
export function settleAmbiguousNisbas(text: string, tokens: Token[], found: EntityMention[]): void {
  const kb = loadKb();
  const placed = new Set(
    found
      .filter((m) => (m.entity.type === 'GPE' || m.entity.type === 'LOC') && m.entity.country)
      .map((m) => m.entity.country!),
  );
  if (!placed.size) return;
  let t = 0;
  for (const [n, m] of found.entries()) {
    if (m.entity.type !== 'ORG' || !isMadeEntity(m.entity.id) || m.entity.country) continue;
    while (t < tokens.length && tokens[t].span.end <= m.span.start) t++;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1].span.end <= m.span.end) last++;
    const state = last > t ? ambiguousState(tokens[last]) : undefined;
    if (!state || !placed.has(state)) continue;
    // "وزارة الخارجية المالية", "هيئة الأركان العامة المالية": the institution's words, then the nisba.
    const head = tokens.slice(t + 1, last).map((x) => x.norm);
    const kind = tokenStems(tokens[t])
      .map((s) => kb.institutions.get([s, ...head].join(' ')))
      .find(Boolean);
    const made = kind ? record(institutionEntity(kind, state)) : null;
    // (The shared entity is never written to: which report came first must not change its name.)
    const entity = made ? (made.ar ? made : { ...made, ar: m.text }) : { ...m.entity, country: state };
    found[n] = kind ? { ...m, entity, via: 'institution', descriptive: true } : { ...m, entity };
  }
}
