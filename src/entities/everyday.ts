// Names of places that are also everyday words or verb forms ("كانوا" is not Kano, "الظاهرة" not
// Ad Dhahirah, "صور" not Tyre when it means pictures). Which words are everyday comes from a
// frequency list of newswire Arabic (data/ner/word-frequency.tsv, built from NewsFANE Gold by
// scripts/word-frequency.ts): a word seen outside names three times and at least a quarter as
// often as inside them, or twice and never in a name. Such a one-word place counts only with a cue: a preposition or adverb of
// place, a place's head noun, an office or body of a country before it, or its country beside it.
import type { PhraseMatch } from '../arabic/phrases.js';
import { stems } from '../arabic/clitics.js';
import type { Token } from '../types.js';
import { loadKb, type KbEntity } from './kb.js';
import { gz, nisbaCountry, withoutProclitics } from './lookup.js';
import { wordCounts } from './word-frequency.js';

/** Is the (normalized) word more an everyday word than a name in newswire? */
export function isEverydayWord(word: string): boolean {
  if (loadKb().everydayWords.has(word)) return true;
  const [out, inside] = wordCounts(word);
  return (out >= 3 && out * 4 >= inside) || (out >= 2 && inside === 0);
}

/**
 * A word newswire never writes outside a name, nor an everyday word or a verb by its shape: what may
 * open or close a name no list holds ("مواي كيباكي", "رجوة آل سيف").
 */
export function unseenOutsideNames(word: string): boolean {
  return wordCounts(word)[0] === 0 && !isEverydayWord(word) && !verbOrWord(word);
}

/**
 * A word that ends a person's name (the caller keeps given names): a verb ("سيتوجه", "يزور"), a preposition's phrase ("لمدة",
 * "بحل") or a frequent word newswire never uses inside a name ("جاء", "أثناء"), each as seen in
 * newswire; a rarer word ("شكر", "رسول") may be a family name, and an unseen one a foreign name
 * ("ستولتنبرغ").
 */
export function verbOrWord(t: string): boolean {
  // A subject pronoun ("حمزة هو …") never sits inside a name.
  if (/^(?:هو|هي|هم|هما|هن)$/.test(t)) return true;
  // "نقلت الوكالة عن فلان قوله": a verbal noun of saying with its pronoun follows the name.
  if (/^(?:قول|تصريح|تاكيد|اشارت|توضيح|تحذير)(?:ه|ها|هم|هما)$/.test(t)) return true;
  const [out, inside] = wordCounts(t);
  // (A word seen in a name now and then, "كبار", is still a word when newswire writes it ten times as often outside names.)
  if (inside > 0) return out >= 15 && out >= 10 * inside;
  // Shapes of the imperfect that names do not take, seen in newswire or not: a dual ("يبحثان",
  // "يطمئنان") and a four-letter third person ("يشكر", "يزور").
  if (/^[يت]\S{3,}ان$/.test(t) || /^ي\S{3}$/.test(t)) return true;
  if (out === 0) return false;
  if (/^س[يتن]\S{3,}$/.test(t)) return true;
  if (/^[لبيت]\S{2,}$/.test(t) && out >= 5) return true;
  // (A third person imperfect of five letters or more, "يستقبل", "تتناول", seen outside names only.)
  if (/^[يت]\S{4,}$/.test(t) && out >= 2) return true;
  return out >= 10;
}

const isPlace = (e: KbEntity) => e.type === 'GPE' || e.type === 'LOC';

/** The readings of the token a one-word KB match came from ("وكانوا" → "كانوا", read as "كانو"). */
function matchedReadings(token: string): string[] {
  const kb = loadKb();
  return stems(token).filter(
    (s) => kb.aliases.has(s) || (s.length >= 5 && s.endsWith('ا') && kb.aliases.has(s.slice(0, -1))),
  );
}

/** Is a one-word place here an everyday word without a cue that it is a place? Then it is no mention. */
export function everydayPlace(tokens: Token[], m: PhraseMatch<KbEntity>): boolean {
  if (m.last !== m.first || !m.values.some(isPlace)) return false;
  const i = m.first;
  // ("مسقط رأسه": a birthplace, whatever cue comes before it.)
  if (/^(?:ب|ل)?مسقط$/.test(tokens[i].norm) && (tokens[i + 1]?.norm ?? '').startsWith('راس')) return true;
  if (!matchedReadings(tokens[i].norm).some(isEverydayWord)) return false;
  // "في مشهد دراماتيكي": an indefinite adjective after it makes the word a common noun, cue or not.
  const next = tokens[i + 1]?.norm ?? '';
  // (Not a point of the compass: "كانو شمالي نيجيريا".)
  if (/^[^ا]\S{2,}(?:ي|يه)$/.test(next) && !/^(?:شمال|جنوب|شرق|غرب)ي/.test(next) && !nisbaCountry(next))
    return true;
  return !placeCue(tokens, i, m.values.filter(isPlace));
}

// Verbs and nouns of calling for something: دعا، دعت، يدعو، تدعون، دعوا، الدعوة، داعيا، داعية.
const CALLING = /^(?:دعا|دعت|دعوا|[يت]دعو|[يت]دعون|ندعو|ادعو|الدعوه|دعوه|دعوات|الدعوات|داعيا|داعيه|داعين)$/;

function placeCue(tokens: Token[], i: number, candidates: KbEntity[]): boolean {
  const kb = loadKb();
  if (i > 0) {
    const prev = tokens[i - 1].norm;
    // Coordinated with a place: "بلدتي دورا وحلحول", "رام الله والبيرة".
    for (let j = Math.max(0, i - 3); j < i && /^و/.test(tokens[i].norm); j++) {
      const before = gz(tokens, j);
      if (before && before.last === i - 1 && before.values.some(isPlace)) return true;
    }
    // ("تدعو إلى السلمية": after a verb of calling, "إلى" is what is called for, not where.)
    const calledFor = prev === 'الي' && i > 1 && CALLING.test(tokens[i - 2].norm.replace(/^[وف]/, ''));
    for (const w of calledFor ? [] : [prev, withoutProclitics(prev), prev.replace(/^[وف]/, '')]) {
      if (kb.placeCues.has(w) || kb.placeHeads.has(w) || kb.namedPlaceHeads.has(w) || kb.roleNouns.has(w))
        return true;
    }
  }
  // Its country beside it: "الظاهرة العمانية", "كانو شمالي نيجيريا", "في سلطنة عمان … الظاهرة".
  const countries = new Set(candidates.map((c) => c.country));
  for (let k = Math.max(0, i - 4); k <= Math.min(tokens.length - 1, i + 4); k++) {
    if (k === i) continue;
    if (countries.has(nisbaCountry(tokens[k].norm))) return true;
    const other = gz(tokens, k);
    if (other?.values.some((v) => v.subtype === 'country' && countries.has(v.country))) return true;
  }
  return false;
}

// Nouns of a written accord: اتفاق، اتفاقية، معاهدة، ميثاق، بروتوكول and their plurals.
const ACCORD = /^(?:ال)?(?:اتفاق|اتفاقيه|اتفاقات|اتفاقيات|معاهده|ميثاق|بروتوكول)$/;

/**
 * "اتفاق الرياض", 'على "اتفاق الرياض"': a city right after an accord's noun names the accord after
 * where it was signed: a place nested in the accord's name, no name of its own. (A provincial seat, "اتفاق غزة", is rather what the
 * accord is about; a country, "اتفاق السعودية وإيران", is a party to it.)
 */
export function namesAccord(text: string, tokens: Token[], m: PhraseMatch<KbEntity>): boolean {
  const i = m.first;
  if (i === 0 || !ACCORD.test(withoutProclitics(tokens[i - 1].norm))) return false;
  if (!/^\s*["“«]?\s*$/.test(text.slice(tokens[i - 1].span.end, tokens[i].span.start))) return false;
  return (
    m.values.every(isPlace) &&
    m.values.some((v) => v.subtype === 'city' && v.capital !== 'province') &&
    !m.values.some((v) => v.subtype === 'country')
  );
}
