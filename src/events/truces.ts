// Truces: an agreement to stop fighting (AGREE/ceasefire, "اتفق الطرفان على هدنة") is not the truce
// itself taking hold — "دخلت الهدنة حيز التنفيذ", "أعلنت القوات هدنة من جانب واحد" — which PLOVER codes
// as RETREAT/ceasefire: the side that stops fighting retreats from it.
import type { EventMention } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { containsWord } from './words.js';

/** A truce named in a sentence that says it takes effect or is one side's own is RETREAT/ceasefire. */
export function trucesTakingHold<T extends EventMention>(mentions: T[], text: string): T[] {
  return mentions.map((m) => {
    if (m.type !== 'AGREE' || m.mode !== 'ceasefire') return m;
    const sentence = normalize(text.slice(m.sentence.start, m.sentence.end));
    return containsWord('truceTakingHold', sentence) ? { ...m, type: 'RETREAT' } : m;
  });
}
