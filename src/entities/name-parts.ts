// A person's name read by its parts: a family-name particle ("بو", "أبو", "بن", "آل") never ends a
// name, a nasab particle ("ولد", "بن") opens the name after it, and a given name alone after the
// full name is that person.
import type { EntityMention, Token } from '../types.js';
import { isMadeEntity, record, unknownPerson } from './kb.js';
import { tokensWithin } from '../arabic/tokenize.js';
import { givenNames } from '../arabic/names.js';

const PARTICLE = /^(?:بو|ابو|ابي|بن|ابن|بنت|ال|ولد)$/;
const personOf = (m: EntityMention) =>
  m.entity.type === 'PERSON' && m.via !== 'role' && m.via !== 'counterpart';

/** The tokens lying wholly inside some mention (a token a mention only overlaps is not counted, unlike arabic/tokenize coveredTokens). */
function tokensInsideMentions(tokens: Token[], found: EntityMention[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  for (const m of found) {
    const { first, last } = tokensWithin(tokens, m.span);
    for (let k = first; k >= 0 && k <= last; k++) covered[k] = 1;
  }
  return covered;
}

/**
 * "إلياس بو صعب", "محمد بن سلمان": a name read up to its particle ("إلياس بو", the last word being
 * an everyday word too) goes on to the word after it, when nothing parts them and no mention holds it.
 */
export function completeNameParticles(text: string, tokens: Token[], found: EntityMention[]): void {
  const covered = tokensInsideMentions(tokens, found);
  for (const [n, m] of found.entries()) {
    if (!personOf(m) || !isMadeEntity(m.entity.id) || m.nested) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last <= first || !PARTICLE.test(tokens[last].norm)) continue;
    const next = tokens[last + 1];
    if (!next || covered[last + 1] || /\d/.test(next.norm)) continue;
    // Only "أبو" and "بو" take a name with the article ("أبو الغيط"); "بنت الشعب" is a phrase.
    if (next.norm.startsWith('ال') && !/^(?:بو|ابو)$/.test(tokens[last].norm)) continue;
    if (text.slice(tokens[last].span.end, next.span.start).trim()) continue;
    const span = { start: m.span.start, end: next.span.end };
    const written = text.slice(span.start, span.end);
    covered[last + 1] = 1;
    found[n] = { ...m, span, text: written, entity: record(unknownPerson(written, undefined, undefined)) };
  }
}

/**
 * "محمد ولد عبد العزيز", "ولد عبد العزيز": a name read from after a nasab particle ("ولد", "بن",
 * "بنت") begins at the particle, and at the given name before it when one is written there.
 */
export function completeNasabs(text: string, tokens: Token[], found: EntityMention[]): void {
  const covered = tokensInsideMentions(tokens, found);
  const joined = (a: number) => !text.slice(tokens[a].span.end, tokens[a + 1].span.start).trim();
  for (const [n, m] of found.entries()) {
    if (!personOf(m) || !isMadeEntity(m.entity.id) || m.nested) continue;
    const { first } = tokensWithin(tokens, m.span);
    if (first < 1 || covered[first - 1] || !joined(first - 1)) continue;
    if (!/^(?:ولد|بن|ابن|بنت)$/.test(tokens[first - 1].norm)) continue;
    let start = first - 1;
    covered[start] = 1;
    const given = start - 1;
    const bare = given >= 0 ? tokens[given].norm.replace(/^[وف]/, '') : '';
    if (given >= 0 && !covered[given] && joined(given) && givenNames().has(bare)) {
      start = given;
      covered[given] = 1;
    }
    // (Of a given name with "و" on it, the conjunction stays outside.)
    const off = start === given && bare !== tokens[given].norm ? 1 : 0;
    const span = { start: tokens[start].span.start + off, end: m.span.end };
    const written = text.slice(span.start, span.end);
    found[n] = { ...m, span, text: written, entity: record(unknownPerson(written, undefined, undefined)) };
  }
  found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * "أبي أحمد" … "وقال أبي", "صلاح جمعة" … "وأضاف صلاح": one word read as a person that is the given
 * name of a person the text named in full before it (or, in a headline, after it) is that person
 * (only one such person before;
 * the word alone, "أبي" = "my father", is left to the readers that found it).
 */
export function linkGivenNames(tokens: Token[], found: EntityMention[]): void {
  const full: { start: number; given: string; m: EntityMention }[] = [];
  for (const m of found) {
    if (!personOf(m) || m.nested) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last <= first) continue;
    const given = tokens[first].norm;
    // ("عبد الله", "أبو مازن": a compound's first word is no given name alone.)
    if (given.length < 3 || /^[وف]?(?:عبد|ابو|بن|ابن|ال)$/.test(given)) continue;
    full.push({ start: m.span.start, given, m });
  }
  if (!full.length) return;
  // (Each full name by its given name, with its place in \`full\`, so a lookup keeps that order.)
  const byGiven = new Map<string, { f: (typeof full)[number]; i: number }[]>();
  for (const [i, f] of full.entries()) {
    const list = byGiven.get(f.given);
    if (list) list.push({ f, i });
    else byGiven.set(f.given, [{ f, i }]);
  }
  for (const [n, m] of found.entries()) {
    if (!personOf(m) || m.nested) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last !== first) continue;
    const word = tokens[first].norm;
    // ("ولد عبد العزيز", "بن علي": after a particle the word is a family's name, not a given name.)
    if (first > 0 && PARTICLE.test(tokens[first - 1].norm)) continue;
    const bare = word.replace(/^[وف]/, '');
    const same = [...(byGiven.get(word) ?? []), ...(bare !== word ? (byGiven.get(bare) ?? []) : [])]
      .sort((a, b) => a.i - b.i)
      .map((x) => x.f);
    // (A headline names the person by the given name before the text names him in full.)
    const earlier = same.filter((f) => f.start < m.span.start);
    const before = earlier.length ? earlier : same;
    const people = new Set(before.map((f) => f.m.entity.id));
    if (people.size !== 1 || people.has(m.entity.id)) continue;
    // A known person's one-word mention stays who the KB says; a guessed one takes the full name.
    if (!isMadeEntity(m.entity.id)) continue;
    found[n] = { ...m, entity: before[0].m.entity, via: m.via === 'tagger' ? 'repeat' : m.via };
  }
}
