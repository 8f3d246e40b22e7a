// One foreign person, two spellings: "دافيد كاميرون" is the KB's "ديفيد كاميرون", "فلاديمير
// زيلنسكي" its "فولوديمير زيلينسكي". Transliterations differ mostly in their long vowels; a name the
// rules made that matches a KB person's name word for word once the long vowels are dropped is that
// person. Arabic given names that differ only so ("محمد"/"محمود") are different names: a given name
// newswire often writes inside names is compared as written, and a name whose given name is spelt the
// same must match as written.
import type { EntityMention } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { isMadeEntity, loadKb, record, type KbEntity } from './kb.js';
import { wordCounts } from './word-frequency.js';

const skeleton = (w: string) => w.replace(/[اويءه]/g, '');

let byKey: Map<string, KbEntity[]> | null = null;
function kbPeopleBySkeleton(): Map<string, KbEntity[]> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const e of loadKb().entities) {
    if (e.type !== 'PERSON') continue;
    for (const a of new Set([e.ar, ...(e.aliases ?? [])])) {
      const words = normalize(a).split(' ');
      if (words.length !== 2) continue;
      const key = words.map(skeleton).join(' ');
      const list = byKey.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      byKey.set(key, list);
    }
  }
  return byKey;
}

/** The KB person a made two-word name spells otherwise, if exactly one. */
function spelledOtherwise(name: string): KbEntity | undefined {
  const words = normalize(name).split(' ');
  if (words.length !== 2 || words.some((w) => w.startsWith('ال'))) return undefined;
  const [given, family] = words;
  if (skeleton(family).length < 4) return undefined;
  const people = kbPeopleBySkeleton().get(words.map(skeleton).join(' ')) ?? [];
  const fits = people.filter((p) => {
    const kbWords = normalize(p.ar).split(' ');
    if (kbWords.length !== 2) return true;
    // (Arabic family names differ by a long vowel and are other people: "عدنان منصر", Tunisia's
    // spokesman, is not "عدنان منصور", Lebanon's minister; a transliteration varies the given name too.)
    if (kbWords[0] === given) return false;
    // (A given name newswire writes inside names ten times or more is compared as written.)
    return wordCounts(given)[1] < 10 && wordCounts(kbWords[0])[1] < 10;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Relink every mention of a made person whose name is a KB person's in another spelling. */
export function linkTransliteratedNames(found: EntityMention[]): void {
  const relinked = new Map<string, KbEntity | null>();
  for (const m of found) {
    if (m.entity.type !== 'PERSON' || !isMadeEntity(m.entity.id) || relinked.has(m.entity.id)) continue;
    relinked.set(m.entity.id, spelledOtherwise(m.entity.ar) ?? null);
  }
  for (const [n, m] of found.entries()) {
    const e = relinked.get(m.entity.id);
    if (e) found[n] = { ...m, entity: record(e) };
  }
}
