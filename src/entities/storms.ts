// Storms bear people's given names ("العاصفة دانيال", "إعصار ميلتون"): a name the rules or the
// tagger read as a person right after a storm's head is the storm, no person, and so is that
// name again in the report. (A storm is no entity the pipeline keeps.)
import type { EntityMention, Token } from '../types.js';
import { tokensWithin } from '../arabic/tokenize.js';
import { isMadeEntity } from './kb.js';
import { withoutProclitics } from './lookup.js';

/** Heads of a storm's or a weather system's name (normalized). */
const STORM_HEADS = new Set(['العاصفه', 'عاصفه', 'الاعصار', 'اعصار', 'المنخفض', 'منخفض']);

export function dropStormNames(tokens: Token[], found: EntityMention[]): EntityMention[] {
  const made = (m: EntityMention) => m.entity.type === 'PERSON' && isMadeEntity(m.entity.id);
  const storms = new Set<string>();
  for (const m of found) {
    if (!made(m)) continue;
    const { first } = tokensWithin(tokens, m.span);
    if (first < 1) continue;
    if (STORM_HEADS.has(withoutProclitics(tokens[first - 1].norm)) || STORM_HEADS.has(tokens[first - 1].norm))
      storms.add(tokens[first].norm);
  }
  if (!storms.size) return found;
  // (The name again, "وقالت الأرصاد إن ماريا ستضعف", even where a rule read more words with it.)
  const stormWord = (m: EntityMention) => {
    const { first } = tokensWithin(tokens, m.span);
    return (
      first >= 0 && [tokens[first].norm, tokens[first].norm.replace(/^[وف]/, '')].some((w) => storms.has(w))
    );
  };
  return found.filter((m) => !(made(m) && stormWord(m)));
}
