// A person's name read by its parts: a family-name particle ("بو", "أبو", "بن", "آل") never ends a
// name, a nasab particle ("ولد", "بن") opens the name after it, and a given name alone after the
// full name is that person.
import type { EntityMention, Span, Token } from '../types.js';
import { isMadeEntity, loadKb, record, unknownPerson } from './kb.js';
import { tokensWithin } from '../arabic/tokenize.js';
import { ambiguousNames, articleGivenNames, givenNames, writtenGivenNames } from '../arabic/names.js';
import { normalize } from '../arabic/normalize.js';
import { FAMILY_PARTICLE, NASAB } from './lookup.js';
import { familyName } from './names.js';
import { isEverydayWord } from './everyday.js';
import { wordCounts } from './word-frequency.js';

const PARTICLE = /^(?:بو|ابو|ابي|بن|ابن|بنت|ال|ولد)$/;
const personOf = (m: EntityMention) =>
  m.entity.type === 'PERSON' && m.via !== 'role' && m.via !== 'counterpart';

/** `m` read over `span`: a name the KB does not hold, written as the text writes it there. */
function guessedAs(text: string, m: EntityMention, span: Span): EntityMention {
  const written = text.slice(span.start, span.end);
  return { ...m, span, text: written, entity: record(unknownPerson(written, undefined, undefined)) };
}

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
    // ("شينزو آبي برصاص": "آبي" written with madda is a name, Abe or Abiy, not the particle "أبي".)
    if (/^[وف]?آبي$/.test(text.slice(tokens[last].span.start, tokens[last].span.end))) continue;
    const next = tokens[last + 1];
    if (!next || covered[last + 1] || /\d/.test(next.norm)) continue;
    // Only "أبو" and "بو" take a name with the article ("أبو الغيط"); "بنت الشعب" is a phrase.
    if (next.norm.startsWith('ال') && !/^(?:بو|ابو)$/.test(tokens[last].norm)) continue;
    if (text.slice(tokens[last].span.end, next.span.start).trim()) continue;
    covered[last + 1] = 1;
    found[n] = guessedAs(text, m, { start: m.span.start, end: next.span.end });
  }
}

/**
 * "أبو عامر النجدي", "وقال أبو أحمد عاشور": a kunya ("أبو"/"أم" and a given name) opens the name of a
 * person read from its given name (the rules' or the tagger's), when nothing parts them and no
 * mention holds the particle; a conjunction on it stays outside.
 */
export function completeKunyas(text: string, tokens: Token[], found: EntityMention[]): void {
  const covered = tokensInsideMentions(tokens, found);
  for (const [n, m] of found.entries()) {
    if (!personOf(m) || !isMadeEntity(m.entity.id) || m.nested) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 1 || last <= first || covered[first - 1]) continue;
    if (tokens[first].span.start !== m.span.start || !givenNames().has(tokens[first].norm)) continue;
    const before = tokens[first - 1];
    const written = text.slice(before.span.start, before.span.end);
    const kunya = /^([وف]?)(?:أبو|ابو|أم)$/.exec(written);
    if (!kunya || text.slice(before.span.end, tokens[first].span.start) !== ' ') continue;
    covered[first - 1] = 1;
    found[n] = guessedAs(text, m, { start: before.span.start + kunya[1].length, end: m.span.end });
  }
}

/**
 * "محمد ولد عبد العزيز", "ولد عبد العزيز": a name read from after a nasab particle ("ولد", "بن",
 * "بنت") begins at the particle, and at the given name before it when one is written there.
 */
export function completeNasabs(text: string, tokens: Token[], found: EntityMention[]): void {
  const covered = tokensInsideMentions(tokens, found);
  const joined = (a: number) => !text.slice(tokens[a].span.end, tokens[a + 1].span.start).trim();
  const merged = new Set<EntityMention>();
  for (const [n, m] of found.entries()) {
    if (!personOf(m) || m.nested || merged.has(m)) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    // "محمد فال ولد بلال", "عبد الرحمن ولد بو بكر": a guessed name goes on over "ولد" and the family's name.
    if (isMadeEntity(m.entity.id) && last >= 0) {
      // (A guessed name read from "ولد" on is the same person's: the two are one name.)
      // (The token test first: searching every mention for every guessed name is quadratic on a long text.)
      const ould = last + 2 < tokens.length && tokens[last + 1].norm === 'ولد' && joined(last);
      const starts = ould ? [tokens[last + 1].span.start, tokens[last + 2].span.start] : [];
      const rest = ould
        ? found.findIndex(
            (q) => q !== m && personOf(q) && isMadeEntity(q.entity.id) && starts.includes(q.span.start),
          )
        : -1;
      if (rest >= 0) {
        found[n] = guessedAs(text, m, { start: m.span.start, end: found[rest].span.end });
        merged.add(found[rest]);
        continue;
      }
      const end = ouldAfter(text, tokens, last, covered);
      if (end > last) {
        for (let k = last + 1; k <= end; k++) covered[k] = 1;
        found[n] = guessedAs(text, m, { start: m.span.start, end: tokens[end].span.end });
        continue;
      }
    }
    if (first < 1 || covered[first - 1] || !joined(first - 1)) continue;
    if (!isMadeEntity(m.entity.id)) continue;
    if (!/^(?:ولد|بن|ابن|بنت)$/.test(tokens[first - 1].norm)) continue;
    let start = first - 1;
    covered[start] = 1;
    const given = start - 1;
    const bare = given >= 0 ? tokens[given].norm.replace(/^[وف]/, '') : '';
    // (A given name that is an everyday word too, "مساعد", "سالم", is a name before "بن" + a name.)
    const named = givenNames().has(bare) || (tokens[first - 1].norm !== 'ولد' && ambiguousNames().has(bare));
    if (given >= 0 && !covered[given] && joined(given) && named) {
      start = given;
      covered[given] = 1;
    }
    // (Of a given name with "و" on it, the conjunction stays outside.)
    const off = start === given && bare !== tokens[given].norm ? 1 : 0;
    found[n] = guessedAs(text, m, { start: tokens[start].span.start + off, end: m.span.end });
  }
  // (In place, without spreading: a long document holds more mentions than a call takes arguments.)
  let w = 0;
  for (const m of found) if (!merged.has(m)) found[w++] = m;
  found.length = w;
  found.sort((a, b) => a.span.start - b.span.start);
}

/** "ولد الطايع": a known person named again by the family's name keeps "ولد" before it in the name. */
export function keepOuld(text: string, tokens: Token[], found: EntityMention[]): void {
  const covered = tokensInsideMentions(tokens, found);
  for (const [n, m] of found.entries()) {
    if (!personOf(m) || m.nested || isMadeEntity(m.entity.id)) continue;
    const { first } = tokensWithin(tokens, m.span);
    // ("بـولد الطايع": the preposition on "ولد" stays outside.)
    if (first < 1 || covered[first - 1] || !/^[وفبل]?ولد$/.test(tokens[first - 1].norm)) continue;
    if (text.slice(tokens[first - 1].span.end, tokens[first].span.start).trim()) continue;
    covered[first - 1] = 1;
    const ould = text.slice(tokens[first - 1].span.start, tokens[first - 1].span.end).lastIndexOf('ولد');
    if (ould < 0) continue;
    const span = { start: tokens[first - 1].span.start + ould, end: m.span.end };
    found[n] = { ...m, span, text: text.slice(span.start, span.end) };
  }
}

/** The last token of "ولد" and a family's name (one word, or "بو"/"عبد" and one) right after `last`, or -1. */
function ouldAfter(text: string, tokens: Token[], last: number, covered: Uint8Array): number {
  const kb = loadKb();
  const joined = (a: number) =>
    a + 1 < tokens.length && !text.slice(tokens[a].span.end, tokens[a + 1].span.start).trim();
  if (!joined(last) || tokens[last + 1].norm !== 'ولد' || covered[last + 1] || !joined(last + 1)) return -1;
  const k = last + 2;
  const t = tokens[k].norm;
  if (covered[k] || /\d/.test(t) || kb.notNames.has(t) || kb.offices.has(t) || isEverydayWord(t)) return -1;
  return /^(?:بو|ابو|عبد)$/.test(t) && joined(k) && !covered[k + 1] ? k + 1 : k;
}

/**
 * "أبي أحمد" … "وقال أبي", "صلاح جمعة" … "وأضاف صلاح": one word read as a person that is the given
 * name of a person the text named in full before it (or, in a headline, after it) is that person
 * (only one such person before;
 * the word alone, "أبي" = "my father", is left to the readers that found it).
 */
export function linkGivenNames(tokens: Token[], found: EntityMention[]): void {
  const kb = loadKb();
  const full: { start: number; given: string; m: EntityMention }[] = [];
  for (const m of found) {
    if (!personOf(m) || m.nested) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last <= first) continue;
    const given = tokens[first].norm;
    // ("الملك عبد الله بن عبد العزيز": a compound given name is its two words after any title, read
    // when a third word follows.)
    let g = first;
    while (g < last && (kb.honorifics.has(tokens[g].norm) || kb.offices.has(tokens[g].norm))) g++;
    if (/^(?:عبد|ابو)$/.test(tokens[g].norm) && last > g + 1)
      full.push({ start: m.span.start, given: `${tokens[g].norm} ${tokens[g + 1].norm}`, m });
    // ("عبد الله", "أبو مازن": a compound's first word is no given name alone.)
    // (A two-letter given name counts when it is one: "الفريق طه" after "الفريق طه عثمان الحسين".)
    if ((given.length < 3 && !givenNames().has(given)) || /^[وف]?(?:عبد|ابو|بن|ابن|ال)$/.test(given))
      continue;
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
    // ("الملك عبد الله" after "الملك عبد الله بن عبد العزيز": a compound given name alone, its two words.)
    const compound = last === first + 1 && /^[وف]?(?:عبد|ابو)$/.test(tokens[first].norm);
    if (first < 0 || (last !== first && !compound)) continue;
    const word = compound ? `${tokens[first].norm} ${tokens[last].norm}` : tokens[first].norm;
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

/** "المتحدث باسم", "المعروف (أيضاً) باسم", "قدّم نفسه باسم": "باسم" there is "by the name of", not the given name. */
const ON_BEHALF =
  /^[وف]?(?:ال)?(?:متحدث|ناطق|متحدثه|ناطقه|متحدثا|ناطقا|تحدث|يتحدث|تتحدث|نطق|ينطق|تكلم|يتكلم|معروف|معروفه|يعرف|تعرف|عرف|ملقب|ملقبه|مشهور|شهير|شهيره|نفسه|نفسها)$/;

/**
 * A given name that is also a word ("باسم", "جمال", "سعيد") opens no name by itself, but it is the
 * given name of the name written right after it (Maghrebi papers also write it with the article,
 * "السعيد"): before a name of two words or more the rules or the tagger read ("جمال جعفر حسن"),
 * before a family name newswire never writes outside names ("صالح العاروري"), and before the
 * family name of a person the KB holds whose given name it is not ("سعيد بوتفليقة" is not
 * Abdelaziz Bouteflika).
 */
export function completeWordGivenNames(text: string, tokens: Token[], found: EntityMention[]): void {
  const covered = tokensInsideMentions(tokens, found);
  const kb = loadKb();
  const byStart = new Map<number, number>();
  for (const [n, m] of found.entries()) if (!m.nested) byStart.set(m.span.start, n);
  const added: EntityMention[] = [];
  for (let g = 0; g + 1 < tokens.length; g++) {
    if (covered[g] || !wordGivenName(tokens[g].norm)) continue;
    // ("بأن" reads "بان" once normalized: a hamza the name is not written with makes it another word.)
    const written = text
      .slice(tokens[g].span.start, tokens[g].span.end)
      .replace(/[\u064B-\u0652\u0640]/g, '');
    if (/[أإآ]/.test(written) && !writtenGivenNames().has(written)) continue;
    // Nothing between the two words but a space.
    if (text.slice(tokens[g].span.end, tokens[g + 1].span.start).trim()) continue;
    const prev = g > 0 ? tokens[g - 1].norm : '';
    if (NASAB.test(prev) || prev === 'ال' || ON_BEHALF.test(prev)) continue;
    if (prev === 'ايضا' && g > 1 && ON_BEHALF.test(tokens[g - 2].norm)) continue;
    // ("سعيد وبوتفليقة": a word with "و" on it after the given name is another name.)
    const next = tokens[g + 1].norm;
    if (/^[وف]/.test(next) && !givenNames().has(next)) continue;
    const n = byStart.get(tokens[g + 1].span.start);
    const m = n === undefined ? undefined : found[n];
    // A family name newswire never writes outside names.
    const rare = (t: Token) =>
      t.norm.startsWith('ال') &&
      familyName(text, t) &&
      wordCounts(t.norm)[0] === 0 &&
      !isEverydayWord(t.norm);
    let end = -1;
    if (m) {
      if (m.entity.type !== 'PERSON' || m.via === 'role' || m.via === 'counterpart' || m.descriptive)
        continue;
      const { first, last } = tokensWithin(tokens, m.span);
      if (first !== g + 1) continue;
      if (isMadeEntity(m.entity.id)) {
        if (last > first || rare(tokens[first])) end = last;
      } else if (last === first) {
        // A KB person's family name alone after another given name is someone else of that family.
        const given = normalize(kb.byId.get(m.entity.id)?.ar ?? m.entity.ar ?? '').split(' ')[0];
        if (given && given !== tokens[g].norm && given !== tokens[g].norm.replace(/^ال/, '')) end = last;
      }
      if (end < 0) continue;
    } else if (!covered[g + 1] && rare(tokens[g + 1])) {
      end = g + 1;
    } else continue;
    const span = { start: tokens[g].span.start, end: tokens[end].span.end };
    const name = text.slice(span.start, span.end);
    const person = {
      span,
      text: name,
      entity: record(unknownPerson(name, undefined, undefined)),
      via: 'given-name',
    };
    if (m) found[n!] = person;
    else added.push(person);
    for (let k = g; k <= end; k++) covered[k] = 1;
    g = end;
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A given name that is an everyday word, one written with the article ("السر", "الطيب"), or a given
 * name with the article more often in names than out of them ("السعيد").
 */
function wordGivenName(t: string): boolean {
  if (ambiguousNames().has(t) || articleGivenNames().has(t)) return true;
  if (!t.startsWith('ال') || !givenNames().has(t.slice(2))) return false;
  const [out, inside] = wordCounts(t);
  return inside >= 2 && inside > out;
}

/** A name's part from a family-name particle on, as one key ("بن علي", "ولد عبدالعزيز": "عبد" joined to its word). */
const particleKey = (norms: string[]) => norms.join(' ').replace(/(^| )عبد (?=ال)/g, '$1عبد');

/**
 * "زين العابدين بن علي" … "رحيل بن علي", "محمد ولد عبدالعزيز" … "فأصيب ولد عبدالعزيز": the particle
 * and family name of a person the text names in full stand for that person, read from the
 * particle (a word the tagger took before it stays outside), anywhere in the text.
 */
export function linkParticleNames(text: string, tokens: Token[], found: EntityMention[]): void {
  // ("محمد ولد الشيخ" right before "الغزواني": a name the tagger cut short runs on into another person's.)
  const personStarts = new Set(found.filter(personOf).map((m) => m.span.start));
  const runsOn = (last: number) =>
    last + 1 < tokens.length &&
    personStarts.has(tokens[last + 1].span.start) &&
    !text.slice(tokens[last].span.end, tokens[last + 1].span.start).trim();
  const full = new Map<string, EntityMention | null>();
  for (const m of found) {
    if (!personOf(m) || m.nested) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || runsOn(last)) continue;
    const norms = tokens.slice(first, last + 1).map((t) => t.norm);
    let p = norms.length - 1;
    while (p >= 0 && !FAMILY_PARTICLE.test(norms[p])) p--;
    // (The tagger's full name only when it opens with a given name.)
    const guessed = isMadeEntity(m.entity.id) && m.via === 'tagger';
    if (p < 1 || p === norms.length - 1 || (guessed && !givenNames().has(norms[0].replace(/^[وف]/, ''))))
      continue;
    const key = particleKey(norms.slice(p));
    const had = full.get(key);
    // (Two people of one family name in the text: the short name says neither.)
    full.set(key, had === undefined || had?.entity.id === m.entity.id ? m : null);
  }
  if (!full.size) return;
  // (A proclitic on the particle stays outside the name: "لـولد الطايع", "وبن علي".)
  const clitic = (k: number) =>
    !FAMILY_PARTICLE.test(tokens[k].norm) && FAMILY_PARTICLE.test(tokens[k].norm.slice(1)) ? 1 : 0;
  const keyAt = (k: number, last: number) =>
    particleKey(tokens.slice(k, last + 1).map((t, i) => (i === 0 ? t.norm.slice(clitic(k)) : t.norm)));
  // The tagger's or a made name that holds the particle and family name at its end.
  for (const [n, m] of found.entries()) {
    if (!personOf(m) || m.nested || !isMadeEntity(m.entity.id)) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0) continue;
    const q = tokens.slice(first, last + 1).findIndex((t) => FAMILY_PARTICLE.test(t.norm)) + first;
    if (q < first || runsOn(last)) continue;
    // ("حسن بن زيد": a given name before the particle makes the mention a name of its own.)
    if (q > first && givenNames().has(tokens[q - 1].norm.replace(/^[وف]/, ''))) continue;
    const named = full.get(keyAt(q, last));
    if (!named || named === m) continue;
    const span = { start: tokens[q].span.start, end: m.span.end };
    found[n] = { ...m, span, text: text.slice(span.start, span.end), entity: named.entity, via: 'repeat' };
  }
  // The particle and family name where no mention stands.
  const covered = tokensInsideMentions(tokens, found);
  const added: EntityMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const c = clitic(k);
    if (covered[k] || !FAMILY_PARTICLE.test(tokens[k].norm.slice(c))) continue;
    for (let last = k + 1; last <= k + 2 && last < tokens.length && !covered[last]; last++) {
      if (text.slice(tokens[last - 1].span.end, tokens[last].span.start).trim()) break;
      const named = full.get(keyAt(k, last));
      if (!named || runsOn(last)) continue;
      const lead = c ? (/^.ـ?/.exec(text.slice(tokens[k].span.start))?.[0].length ?? 1) : 0;
      const span = { start: tokens[k].span.start + lead, end: tokens[last].span.end };
      added.push({ span, text: text.slice(span.start, span.end), entity: named.entity, via: 'repeat' });
      k = last;
      break;
    }
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
}
