// "وصل إلى العاصمة السعودية", "وقّعت الفصائل في العاصمة الصينية": a state's capital told by the
// state's adjective alone, with no name after it, is that capital. It is no name (the entity layer
// leaves it), but it is where the report places the act: location.ts reads it as a place mention.
import type { EntityMention, Token } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { capitalOf, loadKb, record } from '../entities/kb.js';
import type { SentenceView } from './context.js';
import { isWord } from './words.js';

/** "العاصمة", "بالعاصمة": the head noun a capital's name may follow. */
export const CAPITAL = /^[وف]?(?:ب|ل)?(?:ال|لل)?عاصمه$/;
// ("العاصمة اليمنية المؤقتة عدن": another town than the seat of government.)
const OTHER_SEAT = /^(?:ال)?(?:مؤقته|سابقه|قديمه|جديده|اداريه|اقتصاديه|تجاريه)$/;

function capitalPhrases(tokens: Token[], v: SentenceView): EntityMention[] {
  const kb = loadKb();
  const out: EntityMention[] = [];
  for (let k = v.from; k + 1 < v.to; k++) {
    if (!CAPITAL.test(tokens[k].norm)) continue;
    const adjective = tokens[k + 1].norm;
    const country = adjective.startsWith('ال') ? kb.nisba.get(adjective.slice(2)) : undefined;
    const capital = country ? capitalOf(country) : undefined;
    if (!capital) continue;
    // (a name right after it is the entity layer's: "العاصمة السعودية الرياض")
    const after = tokens[k + 2];
    if (after && k + 2 < v.to && OTHER_SEAT.test(after.norm)) continue;
    if (
      v.entities.some((m) => m.span.start >= tokens[k].span.start && m.span.start <= (after?.span.end ?? 0))
    )
      continue;
    const span = { start: tokens[k].span.start, end: tokens[k + 1].span.end };
    out.push({ span, text: '', entity: record(capital), via: 'capital-adjective' });
  }
  return out;
}

/** The sentence with the capitals it names by their state's adjective among its places. */
export function withCapitalPhrases(tokens: Token[], v: SentenceView): SentenceView {
  const extra = capitalPhrases(tokens, v);
  return extra.length
    ? { ...v, entities: [...v.entities, ...extra].sort((a, b) => a.span.start - b.span.start) }
    : v;
}

const REGION = /^(?:province|governorate|region|state|emirate|prefecture|popularate|municipality)$/;

/**
 * The state a capital acting stands for ("أعلنت أنقرة", "أن دمشق ستطرد …"), or undefined. A name the
 * entity layer read as the province that bears the capital's name ("دمشق", "بغداد") is the capital
 * too where it stands in a subject's slot (not "في شوارع عمان").
 */
export function capitalStandsFor(tokens: Token[], e: EntityMention, i: number): string | undefined {
  const kb = loadKb();
  const own = kb.byId.get(e.entity.id);
  // ("في العاصمة الجزائر", "أقيم بالعاصمة الجزائر": a capital after its head noun is where, not who;
  // nor one before a date, a dateline: "الجزائر 13 أكتوبر 2022 (شينخوا)".)
  if (i > 0 && CAPITAL.test(tokens[i - 1].norm)) return undefined;
  if (/^\d/.test(tokens[i + 1]?.norm ?? '')) return undefined;
  if (own?.metonymFor) return own.metonymFor;
  if (!REGION.test(own?.subtype ?? '') || !own?.country || !subjectSlot(tokens, i)) return undefined;
  const capital = capitalOf(own.country);
  return capital && normalize(capital.ar ?? '') === normalize(own.ar ?? '') ? own.country : undefined;
}

/** "أن بغداد قررت", "ردت بغداد على": where a capital is a clause's subject. */
export function subjectSlot(tokens: Token[], i: number): boolean {
  const before = i > 0 ? tokens[i - 1].norm.replace(/^[وف]/, '') : '';
  return i === 0 || isWord('frontingMarks', tokens[i - 1].norm) || isWord('retaliating', before);
}
