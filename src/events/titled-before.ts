// A speaker named again by the title the report gave him with his name.
import type { EntityRecord, Token } from '../types.js';
import { isMadeEntity } from '../entities/kb.js';
import type { Placed } from './speaker-words.js';

/** Words that may stand between a title and the name it introduces ("الشيخ", "السيد"). */
const BEFORE_NAME = /^(?:الشيخ|السيد|الامير|الدكتور|الفريق|اللواء|العقيد|المشير)$/;

/**
 * "ونقلت الوكالة عن نائب رئيس الدولة وولي عهد أبو ظبي ترحيبهما" after "… وولي عهد أبو ظبي الشيخ محمد
 * بن زايد": a title (of three words at least, or one conjunct of a pair) the report wrote before, right
 * before a person the KB holds, names that person again; of a pair, the first title found.
 */
export function titledBefore(
  tokens: Token[],
  mentions: Placed[],
  at: number,
  to: number,
): EntityRecord | null {
  // (The first word with or without its conjunction: "وولي عهد" and "ولي عهد".)
  const same = (a: string, b: string) => a === b || a === `و${b}` || b === `و${a}`;
  const starts = [at];
  for (let k = at + 1; k < to && k < at + 8; k++) if (/^و/.test(tokens[k].norm)) starts.push(k);
  for (const s of starts) {
    for (let p = 0; p < at; p++) {
      let n = 0;
      while (
        s + n < to &&
        p + n < at &&
        (n ? tokens[s + n].norm === tokens[p + n].norm : same(tokens[s].norm, tokens[p].norm))
      )
        n++;
      // (The whole conjunct, up to the next "و" or the phrase's end, or three words of it.)
      const whole = s + n >= to || /^و/.test(tokens[s + n].norm) || n >= 3;
      if (n < 2 || !whole) continue;
      let k = p + n;
      while (k < at && BEFORE_NAME.test(tokens[k].norm)) k++;
      const person = mentions.find((x) => x.first === k);
      if (person?.m.entity.type === 'PERSON' && !isMadeEntity(person.m.entity.id)) return person.m.entity;
    }
  }
  return null;
}
