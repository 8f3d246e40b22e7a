// Does a short string read like a person's name? A known given name first (data/kb/first-names.json),
// or a compound with "عبد", two to four words, no digits or sentence punctuation.
import { loadData } from '../data.js';
import { normalize } from './normalize.js';

let FIRST: Set<string> | null = null;

export function givenNames(): Set<string> {
  return (FIRST ??= new Set(loadData<{ names: string[] }>('kb/first-names.json').names.map(normalize)));
}

let AMBIGUOUS: Set<string> | null = null;
/** Given names that are everyday words ("أمل" hope, "سلام" peace): a name only after a title or role. */
export function ambiguousNames(): Set<string> {
  return (AMBIGUOUS ??= new Set(
    loadData<{ everydayWords: string[] }>('kb/first-names.json').everydayWords.map(normalize),
  ));
}

let WITH_ARTICLE: Set<string> | null = null;
/** Given names written with the article ("السر", "الطيب"): each also a word or a family name. */
export function articleGivenNames(): Set<string> {
  return (WITH_ARTICLE ??= new Set(
    loadData<{ withArticle: string[] }>('kb/first-names.json').withArticle.map(normalize),
  ));
}

let WRITTEN: Set<string> | null = null;
/** The given names, everyday words among them, as the list writes them (hamza included, not normalized). */
export function writtenGivenNames(): Set<string> {
  if (WRITTEN) return WRITTEN;
  const d = loadData<{ names: string[]; everydayWords: string[] }>('kb/first-names.json');
  return (WRITTEN = new Set([...d.names, ...d.everydayWords]));
}

export function looksLikePersonName(s: string): boolean {
  const words = normalize(s).split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 4 || /[\d.,،:!?؟]/.test(s)) return false;
  // A given name first, or a compound with عبد anywhere ("رضا عبدالمجيد", "عبد الله حمدوك").
  return givenNames().has(words[0]) || words.some((w) => w === 'عبد' || w.startsWith('عبدال'));
}
