// "غارة إسرائيلية", "قصف تركي", "هجوماً إيرانياً", "صاروخين أطلقتهما مسيّرة أميركية": an attack, or
// the weapon that carried it, named with a state's adjective was that state's — the state is a
// source of the attack even where the report names no army or government.
import type { Participant, Token } from '../types.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { loadKb, record } from '../entities/kb.js';
import { nisbaCountry } from '../entities/lookup.js';
import { inEntity, type SentenceView } from './context.js';
import { roleWeight } from './role-weight.js';
import { causeBetween, isWord } from './words.js';

let zionist: Map<string, string> | null = null;
/** "صهيونية": adjectives of a state the nisba table does not hold (sides.json causeAdjectives). */
function politicalAdjective(t: string): string | undefined {
  zionist ??= new Map(
    Object.entries(
      loadData<{ causeAdjectives: Record<string, string> }>('events/sides.json').causeAdjectives,
    ).map(([w, c]) => [normalize(w).replace(/^ال/, ''), c]),
  );
  return zionist.get(t.replace(/^[وف]/, '').replace(/^ال/, '').replace(/ا$/, ''));
}

/** The state a word names as an adjective ("إسرائيلية", "الأميركي"); never a people ("سوريين"). */
function stateAdjective(t: string): string | undefined {
  if (/(?:يين|يون)$/.test(t)) return undefined;
  return nisbaCountry(t) ?? politicalAdjective(t);
}

const bare = (t: string) => t.replace(/^[وف]?(?:ب|ل(?!ل))?/, '').replace(/^لل/, 'ال');

/**
 * The states named by an adjective on a noun of attack ("غارة", "قصف", "هجوم") or of a weapon
 * ("صواريخ", "مسيرة", "مقاتلات") in the attack's sentence; an adjective of the attack or two may
 * stand between ("غارة جوية إسرائيلية", "هجوماً صاروخياً إيرانياً"). Not a state whose adjective
 * is part of a name ("الجيش الإسرائيلي" is the army, read already), nor one of an attack named as
 * the cause ("رداً على الهجوم الإيراني").
 */
export function statesByAdjective(tokens: Token[], view: SentenceView, known: Participant[]): Participant[] {
  const kb = loadKb();
  const out: Participant[] = [];
  for (let i = view.from; i < view.to; i++) {
    const head = bare(tokens[i].norm);
    if (!isWord('attackNouns', head) && !isWord('weapons', head)) continue;
    if (causeBetween(tokens, Math.max(view.from, i - 3), i)) continue;
    // "إسقاط طائرة مسيرة أمريكية": a weapon brought down was struck, it did not strike.
    if (tokens.slice(Math.max(view.from, i - 4), i).some((t) => isWord('downing', t.norm))) continue;
    let k = i + 1;
    while (k < Math.min(view.to, i + 3) && isWord('attackAdjectives', tokens[k].norm)) k++;
    // "غارات روسية وسورية", "العدوان السعودي الأمريكي": each state the adjectives name.
    for (; k < view.to; k++) {
      const country = inEntity(tokens, view, k) ? undefined : stateAdjective(tokens[k].norm);
      const state = country ? kb.countryEntity.get(country) : undefined;
      if (!state) break;
      const entity = record(state);
      // (A state whose army or coalition acts already is that side: "غارات التحالف … العدوان السعودي".)
      const seen = [...known, ...out].some(
        (p) => p.entity.id === entity.id || (p.role === 'source' && p.entity.country === country),
      );
      if (!seen) {
        const p: Participant = { entity, via: 'adjective', span: tokens[k].span, role: 'source' };
        roleWeight.set(p, 2);
        out.push(p);
      }
    }
  }
  return out;
}
