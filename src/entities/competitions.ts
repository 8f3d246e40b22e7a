// A continent or a sea in a competition's name — "دوري أبطال أفريقيا", "كأس آسيا", "كأس أمم
// أفريقيا", "كأس الخليج العربي" — names the competition, not a place where anything happens (a
// country there, "كأس مصر", stays: it is the country's own cup).
import type { EntityMention, Token } from '../types.js';
import { tokensWithin } from '../arabic/tokenize.js';
import { loadKb } from './kb.js';
import { BOUNDARY, withoutProclitics } from './lookup.js';

/** "أبطال", "كأس", "أمم" (normalized, proclitics off) right before the region. */
const COMPETITION_WORDS = new Set(['ابطال', 'كاس', 'امم']);

export function dropCompetitionRegions(
  text: string,
  tokens: Token[],
  found: EntityMention[],
): EntityMention[] {
  const kb = loadKb();
  return found.filter((m) => {
    if (m.entity.type !== 'LOC' || kb.byId.get(m.entity.id)?.subtype !== 'area') return true;
    const { first } = tokensWithin(tokens, m.span);
    if (first < 1 || BOUNDARY.test(text.slice(tokens[first - 1].span.end, tokens[first].span.start)))
      return true;
    return !COMPETITION_WORDS.has(withoutProclitics(tokens[first - 1].norm));
  });
}
