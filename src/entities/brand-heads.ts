// A body's kind before a name of its own: "وكالة رويترز", "شبكة سي إن إن", "شركة تويتر", "مجموعة
// سيمنز الألمانية". The name is the brand alone — the kind and the state's adjective describe it (the
// labelled sets mark "لوكالة [[رويترز]]", "شركة [[تويتر]]", "مجموعة [[سيمنز]] الألمانية") — while a
// name made of the kind and words of its trade or place keeps the kind: "شركة نفط البصرة", "منظمة
// الصحة العالمية", "شركة نواة للطاقة", "وكالة الأنباء الفرنسية".
import { normalize } from '../arabic/normalize.js';
import { coveredTokens, tokensWithin } from '../arabic/tokenize.js';
import type { EntityMention, Token } from '../types.js';
import { isEverydayWord, verbOrWord } from './everyday.js';
import { wordCounts } from './word-frequency.js';
import { isMadeEntity, loadKb, record, unknownOrg } from './kb.js';
import { gz, nisbaCountry, withoutProclitics } from './lookup.js';

/** Kinds of body written before a brand's name, without the article. */
const KINDS = /^(?:وكاله|شبكه|شركه|شركتا|شركتي|مجموعه|منظمه)$/;

/** A word of a brand's name: no article, no preposition's trade ("للطاقة"), no everyday word or place. */
function brandWord(tokens: Token[], k: number): boolean {
  const t = tokens[k].norm;
  if (/^(?:ال|لل|وال)/.test(t) || /^\d/.test(t) || t.length < 2) return false;
  if (isEverydayWord(t) || verbOrWord(t) || loadKb().everydayTokens.has(t) || loadKb().notNames.has(t))
    return false;
  if (nisbaCountry(t) !== undefined) return false;
  // ("شركة فسفاط قفصة": a town in it makes the kind part of the name.)
  const m = gz(tokens, k);
  return !m?.values.some((v) => v.type === 'GPE' || v.type === 'LOC');
}

/** Companies' kinds before names the tagger took for people: "شركتا سوناطراك وإيني", "شركة سيمنز". */
const COMPANY_KINDS = /^(?:شركه|شركتا|شركتي|شركات|مجموعه|مجموعتا|مجموعتي)$/;

/**
 * Cut the kind off the names of bodies it precedes (and a state's adjective after a brand's name);
 * read the people the tagger found right after a company's kind ("شركتا سوناطراك وإيني") as the
 * companies; and the brands so read, named again bare in the text, as those companies again.
 */
export function readBrands(text: string, tokens: Token[], found: EntityMention[]): void {
  const brands = new Map<string, EntityMention>();
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    if (m.via !== 'tagger' || m.entity.type !== 'PERSON' || m.nested) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 1 || last - first > 2) continue;
    // The kind right before, or a company read so before it and "و" ("شركتا سوناطراك وإيني").
    const prev = found[n - 1];
    const kindBefore = COMPANY_KINDS.test(withoutProclitics(tokens[first - 1].norm));
    const joined =
      /^و/.test(tokens[first].norm) &&
      prev !== undefined &&
      prev.entity.type === 'ORG' &&
      tokensWithin(tokens, prev.span).last === first - 1 &&
      brands.has(prev.text);
    if (!kindBefore && !joined) continue;
    const words: Token[] = [];
    for (let k = first; k <= last; k++)
      words.push(k === first && joined ? { ...tokens[k], norm: tokens[k].norm.slice(1) } : tokens[k]);
    if (!words.every((_, j) => (j === 0 ? brandNorm(words[0].norm) : brandWord(tokens, first + j)))) continue;
    const start = tokens[first].span.start + (joined ? 1 : 0);
    const span = { start, end: tokens[last].span.end };
    const name = text.slice(span.start, span.end);
    found[n] = { ...m, span, text: name, entity: record(unknownOrg(name)) };
    brands.set(name, found[n]);
  }
  // Brands after a company's kind that nothing read ("شركتا بتروناس ولوك أويل", "شركة فولفو").
  const taken = coveredTokens(tokens, found);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (taken[i] || !COMPANY_KINDS.test(withoutProclitics(tokens[i].norm))) continue;
    if (!/^\s+$/.test(text.slice(tokens[i].span.end, tokens[i + 1].span.start))) continue;
    const several = !/^(?:شركه|مجموعه)$/.test(withoutProclitics(tokens[i].norm));
    let k = i + 1;
    for (let names = 0; k < tokens.length && names < (several ? 4 : 1); names++) {
      const and = k > i + 1;
      let last = k - 1;
      for (let j = k; j < tokens.length && j - k < 3 && !taken[j]; j++) {
        const norm = j === k && and ? tokens[j].norm.replace(/^و/, '') : tokens[j].norm;
        if (j === k && and && !/^و/.test(tokens[j].norm)) break;
        if (j > k && /^و/.test(tokens[j].norm)) break;
        if (j > k && !/^\s+$/.test(text.slice(tokens[j - 1].span.end, tokens[j].span.start))) break;
        if (!(j === k ? brandNorm(norm) : brandWord(tokens, j))) break;
        last = j;
      }
      if (last < k) break;
      // (A trade or a town after the name makes it a name of words: "شركة نواة للطاقة", "شركة
      // فسفاط قفصة".)
      const after = tokens[last + 1];
      if (after && /^لل/.test(after.norm)) break;
      if (
        after &&
        /^\s+$/.test(text.slice(tokens[last].span.end, after.span.start)) &&
        gz(tokens, last + 1)?.values.some((v) => v.type === 'GPE' || v.type === 'LOC')
      )
        break;
      const start = tokens[k].span.start + (and ? 1 : 0);
      const span = { start, end: tokens[last].span.end };
      const name = text.slice(span.start, span.end);
      const m: EntityMention = { span, text: name, entity: record(unknownOrg(name)), via: 'company' };
      found.push(m);
      brands.set(name, m);
      for (let j = k; j <= last; j++) taken[j] = 1;
      k = last + 1;
      if (!several) break;
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  dropBrandKinds(text, tokens, found, brands);
  // Named again bare ("… سوناطراك"): the same company, where nothing else was read there.
  if (!brands.size) return;
  // The brand at token i: its words, the first with a proclitic or two ("وسوناطراك", "لإيني").
  const brandAt = (i: number): EntityMention | undefined => {
    for (const b of brands.values()) {
      const words = normalize(b.text).split(/\s+/);
      if (i + words.length > tokens.length) continue;
      const head = tokens[i].norm;
      const first =
        head === words[0] ||
        (head.endsWith(words[0]) && /^[وفبلك]{1,2}$/.test(head.slice(0, -words[0].length)));
      if (first && words.every((w, j) => j === 0 || tokens[i + j].norm === w)) return b;
    }
    return undefined;
  };
  // (The tagger's person of the same letters is that company.)
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    if (m.via !== 'tagger' || m.entity.type !== 'PERSON') continue;
    const { first, last } = tokensWithin(tokens, m.span);
    const brand = first >= 0 ? brandAt(first) : undefined;
    if (brand && normalize(brand.text).split(/\s+/).length === last - first + 1)
      found[n] = { ...m, entity: brand.entity };
  }
  const covered = coveredTokens(tokens, found);
  for (let i = 0; i < tokens.length; i++) {
    const b = brandAt(i);
    if (!b) continue;
    const words = normalize(b.text).split(/\s+/).length;
    let free = true;
    for (let j = 0; j < words; j++) free &&= covered[i + j] !== 1;
    if (!free) continue;
    const span = { start: tokens[i].span.start, end: tokens[i + words - 1].span.end };
    found.push({ span, text: text.slice(span.start, span.end), entity: b.entity, via: 'repeat' });
    for (let j = 0; j < words; j++) covered[i + j] = 1;
  }
  found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The first word of a brand: no article, no everyday word, verb or state's adjective, and none of
 * the shapes of Arabic nouns and adjectives that follow "شركة" ("شركة مدرجة", "شركة تأهيل",
 * "شركة ناشئة", "شركات مساهمة"): a feminine or plural ending, a verbal noun's "تفعيل", a word
 * newswire uses outside names.
 */
const brandNorm = (t: string) =>
  /^[\u0621-\u064a]{3,}$/.test(t) &&
  !/^(?:ال|لل)/.test(t) &&
  !loadKb().notNames.has(t) &&
  !loadKb().everydayTokens.has(t) &&
  !/(?:ه|ات|ون|ين)$/.test(t) &&
  !/^ت\S{2}ي\S$/.test(t) &&
  wordCounts(t)[0] <= 1 &&
  !isEverydayWord(t) &&
  !verbOrWord(t) &&
  nisbaCountry(t) === undefined;

function dropBrandKinds(
  text: string,
  tokens: Token[],
  found: EntityMention[],
  brands: Map<string, EntityMention>,
): void {
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    if (m.entity.type !== 'ORG' || m.descriptive || m.nested) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last <= first) continue;
    if (tokens[first].span.start < m.span.start) continue;
    if (!KINDS.test(withoutProclitics(tokens[first].norm)) && !KINDS.test(tokens[first].norm)) continue;
    // (Quoted names keep their own marks: 'شركة "إن واي كيه"' is read by the quote rules.)
    const gap = text.slice(tokens[first].span.end, tokens[first + 1].span.start);
    if (!/^\s+$/.test(gap)) continue;
    let end = last;
    let keep = false;
    const kind = withoutProclitics(tokens[first].norm);
    if (isMadeEntity(m.entity.id)) {
      // (Only a company's kind: "وكالة كيودو" is written both ways.)
      if (!COMPANY_KINDS.test(kind) && !COMPANY_KINDS.test(tokens[first].norm)) continue;
      // "مجموعة سيمنز الألمانية": the state's adjective after the brand goes with the kind.
      if (end > first + 1 && nisbaCountry(tokens[end].norm) !== undefined) end--;
      for (let k = first + 1; k <= end; k++) if (!brandWord(tokens, k)) keep = true;
      // (One word of a brand at most three words long: "أو إم في", "سبيس إكس".)
      if (end - first > 3) keep = true;
    } else {
      // A KB body whose name without the kind is the same body's name ("وكالة رويترز" → "رويترز").
      const rest = gz(tokens, first + 1);
      // (Only an outlet: "منظمة أوبك", "مجموعة بريكس" keep their kind.)
      keep =
        !loadKb().byId.get(m.entity.id)?.media ||
        /^(?:ال|لل)/.test(tokens[first + 1].norm) ||
        isEverydayWord(tokens[first + 1].norm) ||
        !rest ||
        rest.last !== last ||
        !rest.values.some((v) => v.id === m.entity.id);
    }
    if (keep) continue;
    const span = { start: tokens[first + 1].span.start, end: tokens[end].span.end };
    const name = text.slice(span.start, span.end);
    const made = isMadeEntity(m.entity.id);
    const entity = made ? record(unknownOrg(name, !!loadKb().byId.get(m.entity.id)?.media)) : m.entity;
    found[n] = { ...m, span, text: name, entity };
    if (made) brands.set(name, found[n]);
  }
}
