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

/**
 * A word inside a long name between the given name and the family name, the chain of fathers'
 * names Gulf lists write ("مبارك سالم مبارك ناصر الحريص", "عودة بشيت عودة الرويعى"): a given
 * name, "عبد" and its "ال…" word, or a bare word newswire never writes outside names.
 */
function chainWord(text: string, tokens: Token[], i: number): boolean {
  const w = tokens[i].norm;
  if (
    loadKb().notNames.has(w) ||
    /[\u064b-\u0652]/.test(text.slice(tokens[i].span.start, tokens[i].span.end))
  )
    return givenNames().has(w.replace(/[\u064b-\u0652]/g, ''));
  if (w === 'عبد') return true;
  if (w.startsWith('ال')) return tokens[i - 1]?.norm === 'عبد';
  return !/^و/.test(w) && nameWord(w);
}

/** A given name, or a word newswire writes in names at least three times as often as outside ("مبارك", "سالم"), or never outside them. */
function nameWord(w: string): boolean {
  if (givenNames().has(w)) return true;
  const [out, inside] = wordCounts(w);
  return (inside >= 3 && inside >= 3 * out) || unseenOutsideNames(w);
}

export function addListedPersons(text: string, tokens: Token[], found: EntityMention[]): void {
  const covered = coveredTokens(tokens, found);
  const spaced = (a: number) => /^\s+$/.test(text.slice(tokens[a].span.end, tokens[a + 1].span.start));
  const added: EntityMention[] = [];
  const dropped = new Set<EntityMention>();
  // A person read inside a member's words, shorter than the member ("ومبارك سالم مبارك" of a
  // five-word name, "أحمد عاشور" of "وصالح أحمد عاشور"): the member's reading replaces it.
  const shorter = (from: number, to: number): EntityMention[] | null => {
    const start = tokens[from].span.start;
    const end = tokens[to].span.end;
    const inside = found.filter((o) => o.span.start < end && o.span.end > start);
    const fits = inside.every(
      (o) => o.entity.type === 'PERSON' && !o.entity.wikidata && o.span.start >= start && o.span.end <= end,
    );
    return fits ? inside : null;
  };
  for (const m of found) {
    if (m.entity.type !== 'PERSON' || m.descriptive || NOT_LISTED.has(m.via) || dropped.has(m)) continue;
    let k = tokens.findIndex((t) => t.span.start >= m.span.end);
    while (k > 0 && k + 1 < tokens.length && spaced(k - 1) && spaced(k)) {
      const conj = tokens[k];
      if (!conj.norm.startsWith('و') || conj.norm.length < 4) break;
      const given = conj.norm.slice(1);
      if (gz(tokens, k)) break;
      // The member's last word: two words, or up to five when a chain of fathers' names runs between.
      let last = -1;
      for (let j = Math.min(k + 4, tokens.length - 1); j >= k + 1; j--) {
        if (![...Array(j - k).keys()].every((d) => spaced(k + d))) continue;
        const second = tokens[j];
        const after = tokens[j + 1];
        // The list goes on ("و…") or ends at a mark.
        const ends =
          !after ||
          BOUNDARY.test(text.slice(second.span.end, after.span.start)) ||
          after.norm.startsWith('و');
        if (!ends) continue;
        const words = tokens.slice(k + 1, j + 1);
        if (words.some((_, d) => gz(tokens, k + 1 + d))) continue;
        const bare = { ...conj, norm: given };
        const person =
          j === k + 1
            ? (foreignWord(text, bare) && foreignWord(text, second)) ||
              (givenNames().has(given) && familyWord(text, second))
            : familyWord(text, second) &&
              (second.norm.startsWith('ال')
                ? !given.startsWith('ال') &&
                  nameWord(given) &&
                  words.slice(0, -1).every((_, d) => chainWord(text, tokens, k + 1 + d))
                : // (A bare family name ends a chain of given names only: "وصالح أحمد عاشور".)
                  givenNames().has(given) && words.slice(0, -1).every((w) => givenNames().has(w.norm)));
        // ("وتشارلز ملكا": an office or a word in the accusative says what he became.)
        if (!person || officeAccusative(second.norm) || everydayAccusative(second.norm)) continue;
        const within = shorter(k, j);
        if (!within || (j === k + 1 && within.length)) continue;
        for (const o of within) dropped.add(o);
        last = j;
        break;
      }
      if (last < 0) break;
      const second = tokens[last];
      const span = { start: conj.span.start + 1, end: second.span.end };
      const name = text.slice(span.start, span.end);
      added.push({
        span,
        text: name,
        entity: record(unknownPerson(name, undefined, undefined)),
        via: 'person-list',
      });
      for (let d = k; d <= last; d++) covered[d] = 1;
      k = last + 1;
    }
  }
  if (!added.length) return;
  if (dropped.size) found.splice(0, found.length, ...found.filter((o) => !dropped.has(o)));
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
}
