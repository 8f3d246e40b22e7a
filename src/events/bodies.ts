// A body named once in full is named again by its head noun alone: "أعلنت دائرة المخابرات العامة …
// وأكدت الدائرة في بيان أنها قبضت على …", "أصدر مجلس السلم والأمن … وقرر المجلس تعليق …". The bare
// head with the article, after the full name, is that body — the last one named with that head —
// and acts as it does.
import type { EntityMention, Token } from '../types.js';
import { tokensWithin, tokenStems } from '../arabic/tokenize.js';
import { isMadeEntity } from '../entities/kb.js';

// Head nouns of bodies (normalized, without the article).
const BODY_HEADS = new Set([
  'وزاره',
  'دايره',
  'مجلس',
  'هييه',
  'لجنه',
  'نقابه',
  'مديريه',
  'مفوضيه',
  'حركه',
  'جماعه',
  'حزب',
  'منظمه',
  'جبهه',
  'اتحاد',
  'رياسه',
  'سلطه',
  'جهاز',
]);

function headOf(tokens: Token[], m: EntityMention): { head: string; last: number } | null {
  const { first, last } = tokensWithin(tokens, m.span);
  if (first < 0) return null;
  const head = tokenStems(tokens[first]).find((s) => BODY_HEADS.has(s));
  return head ? { head, last } : null;
}

/** Mentions of the bodies named again by their bare head noun, in text order. */
export function bodiesNamedAgain(text: string, tokens: Token[], entities: EntityMention[]): EntityMention[] {
  const heads = entities
    .filter(
      (m) =>
        m.entity.type === 'ORG' && m.via !== 'tagger' && m.via !== 'anaphora' && !isMadeEntity(m.entity.id),
    )
    .map((m) => ({ m, at: headOf(tokens, m) }))
    .filter((x): x is { m: EntityMention; at: { head: string; last: number } } => !!x.at);
  if (!heads.length) return [];
  const inMention = (t: Token) =>
    entities.some((m) => m.span.start <= t.span.start && t.span.end <= m.span.end);
  const out: EntityMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const bare = tokenStems(t).find((s) => s.startsWith('ال') && BODY_HEADS.has(s.slice(2)));
    if (!bare || inMention(t)) continue;
    // ("المجلس الأعلى للقضاء", "الحركة الوطنية": an adjective after the head names another body.)
    const next = tokens[k + 1]?.norm ?? '';
    if (/^ال.+(?:ي|يه)$/.test(next)) continue;
    const named = heads.filter((x) => x.at.head === bare.slice(2) && x.at.last < k).at(-1);
    if (!named) continue;
    out.push({
      span: t.span,
      text: text.slice(t.span.start, t.span.end),
      entity: named.m.entity,
      via: 'body-again',
      descriptive: true,
    });
  }
  return out;
}
