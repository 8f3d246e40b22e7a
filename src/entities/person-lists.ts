// People named in a list: "… ووليد الكرتي وبلاتي توريه وأحمد عاطف قطة", "سناء سيف ويارا سلام
// وعمر الحاذق". After a person already read, a "و" and two words are the next person when they look
// like a name — a foreign name's two words newswire never writes outside names, or a given name (one
// that is also a word too) and a family name — and the list goes on or ends there.
import type { EntityMention, Token } from '../types.js';
import { coveredTokens } from '../arabic/tokenize.js';
import { givenNames } from '../arabic/names.js';
import { loadKb, record, unknownPerson } from './kb.js';
import { BOUNDARY, gz } from './lookup.js';
import { isEverydayWord, unseenOutsideNames, verbOrWord } from './everyday.js';
import { everydayAccusative, familyName, officeAccusative } from './names.js';
import { wordCounts } from './word-frequency.js';

const NOT_LISTED = new Set(['role', 'counterpart', 'unknown-holder', 'anaphora', 'nested']);

/** A bare word of a foreign name: unseen outside names, no vowel marks, no proclitic read. */
function foreignWord(text: string, t: Token): boolean {
  const w = t.norm;
  const written = text.slice(t.span.start, t.span.end);
  if (w.length < 3 || /^ال/.test(w) || /[\u064b-\u0652\u0640]/.test(written)) return false;
  // ("ووصفها بأنها": a pronoun on it, or the conjunction "أن", is the sentence's.)
  if (/(?:ها|هم|هما|كم)$/.test(written) || /^[وف]?[بلك]?أن/.test(written) || /^و/.test(w)) return false;
  return unseenOutsideNames(w) && !loadKb().notNames.has(w);
}

/** A family name after a given name: nisba-shaped or unseen outside names with the article, else any bare word but a verb. */
function familyWord(text: string, t: Token): boolean {
  const w = t.norm;
  if (loadKb().notNames.has(w) || verbOrWord(w) || /^[وفبل]/.test(w.replace(/^ال/, ''))) return false;
  if (w.startsWith('ال'))
    return familyName(text, t) || (wordCounts(w)[0] === 0 && !isEverydayWord(w.slice(2)));
  // (A bare family name may be a word too, "يارا سلام", "سناء سيف": not a verb's shape.)
  return (
    w.length >= 3 && !/^[يت]\S{3,}$/.test(w) && !/[\u064b-\u0652]/.test(text.slice(t.span.start, t.span.end))
  );
}

export function addListedPersons(text: string, tokens: Token[], found: EntityMention[]): void {
  const covered = coveredTokens(tokens, found);
  const spaced = (a: number) => /^\s+$/.test(text.slice(tokens[a].span.end, tokens[a + 1].span.start));
  const added: EntityMention[] = [];
  for (const m of found) {
    if (m.entity.type !== 'PERSON' || m.descriptive || NOT_LISTED.has(m.via)) continue;
    let k = tokens.findIndex((t) => t.span.start >= m.span.end);
    while (k > 0 && k + 1 < tokens.length && spaced(k - 1) && spaced(k) && !covered[k] && !covered[k + 1]) {
      const conj = tokens[k];
      if (!conj.norm.startsWith('و') || conj.norm.length < 4) break;
      const given = conj.norm.slice(1);
      const second = tokens[k + 1];
      if (gz(tokens, k) || gz(tokens, k + 1)) break;
      const bare = { ...conj, norm: given };
      const person =
        (foreignWord(text, bare) && foreignWord(text, second)) ||
        (givenNames().has(given) && familyWord(text, second));
      // ("وتشارلز ملكا": an office or a word in the accusative says what he became.)
      if (!person || officeAccusative(second.norm) || everydayAccusative(second.norm)) break;
      // The list goes on ("و…") or ends at a mark.
      const after = tokens[k + 2];
      const ends =
        !after || BOUNDARY.test(text.slice(second.span.end, after.span.start)) || after.norm.startsWith('و');
      if (!ends) break;
      const span = { start: conj.span.start + 1, end: second.span.end };
      const name = text.slice(span.start, span.end);
      added.push({
        span,
        text: name,
        entity: record(unknownPerson(name, undefined, undefined)),
        via: 'person-list',
      });
      covered[k] = covered[k + 1] = 1;
      k += 2;
    }
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
}
