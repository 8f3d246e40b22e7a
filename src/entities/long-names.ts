// A known person written with more of his name than the KB holds: "عمر حسن أحمد البشير" is
// "عمر البشير" when the first given name and the family name are the KB person's and only name
// parts stand between them (given names, "بن"/"ابن"/"بنت" + a name, "عبد" + a divine name). The
// rules before read such a run as a person the KB lacks; here it is linked, with every mention of
// that made person (the role phrase beside it too).
import type { EntityMention } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { ambiguousNames, givenNames } from '../arabic/names.js';
import { isMadeEntity, loadKb, record, type KbEntity } from './kb.js';
import { NASAB } from './lookup.js';

/** A family name compared without its article, and with ى/ي, ة/ه as one. */
const core = (w: string) => w.replace(/^ال/, '').replace(/ى/g, 'ي').replace(/ة/g, 'ه');

interface KbForm {
  words: string[];
  entity: KbEntity;
}

let byEnds: Map<string, KbForm[]> | null = null;
let forms: Map<string, KbEntity[]> | null = null;

/** KB persons' names of two words or more by their first and last word, and whole, honorifics left off. */
function kbPersonForms(): { byEnds: Map<string, KbForm[]>; forms: Map<string, KbEntity[]> } {
  if (byEnds && forms) return { byEnds, forms };
  const kb = loadKb();
  byEnds = new Map();
  forms = new Map();
  for (const e of kb.entities) {
    if (e.type !== 'PERSON') continue;
    for (const written of [e.ar, ...(e.aliases ?? [])]) {
      const words = normalize(written).split(' ').filter(Boolean);
      while (words.length > 2 && kb.honorifics.has(words[0])) words.shift();
      if (words.length < 2) continue;
      const key = `${words[0]}|${core(words[words.length - 1])}`;
      const list = byEnds.get(key) ?? [];
      if (!list.some((f) => f.entity === e && f.words.join(' ') === words.join(' ')))
        list.push({ words, entity: e });
      byEnds.set(key, list);
      const whole = words.map(core).join(' ');
      const same = forms.get(whole) ?? [];
      if (!same.includes(e)) same.push(e);
      forms.set(whole, same);
    }
  }
  return { byEnds, forms };
}

/** The words from `k` on that make one name part: a given name, "عبد" + name, or "بن" + such a part. Returns the next index, or -1. */
function namePart(words: string[], k: number, end: number): number {
  const w = words[k];
  if (NASAB.test(w)) return k + 1 < end ? namePart(words, k + 1, end) : -1;
  if (w === 'عبد') return k + 1 < end && words[k + 1].startsWith('ال') ? k + 2 : -1;
  if (/^عبدال\S{2,}$/.test(w) || givenNames().has(w) || ambiguousNames().has(w)) return k + 1;
  return -1;
}

/** Do the KB form's words stand in order among the run's, the run's others all name parts? */
function fits(run: string[], form: string[]): boolean {
  let f = 1;
  let k = 1;
  const end = run.length - 1;
  while (k < end) {
    if (f < form.length - 1 && run[k] === form[f]) {
      f++;
      k++;
      continue;
    }
    const next = namePart(run, k, end);
    if (next < 0) return false;
    k = next;
  }
  return f === form.length - 1;
}

/** The one KB person the run of name words is, or null. */
export function longNamePerson(run: string[]): KbEntity | null {
  if (run.length < 3) return null;
  const { byEnds, forms } = kbPersonForms();
  const cands = (byEnds.get(`${run[0]}|${core(run[run.length - 1])}`) ?? []).filter((f) =>
    fits(run, f.words),
  );
  const people = [...new Set(cands.map((f) => f.entity))];
  if (people.length !== 1) return null;
  // (A stretch of the run that is another KB person's whole name, "عمر محمد البشير" holding
  // "محمد البشير", makes the run that person's son, or him: no link.)
  for (let a = 0; a < run.length; a++)
    for (let b = a + 2; b <= run.length; b++) {
      if (a === 0 && b === run.length) continue;
      const other = forms.get(run.slice(a, b).map(core).join(' '));
      if (other?.some((e) => e !== people[0])) return null;
    }
  return people[0];
}

const madePerson = (m: EntityMention) =>
  m.entity.type === 'PERSON' && isMadeEntity(m.entity.id) && m.via !== 'role' && !m.nested;
const wordsOf = (s: string) => normalize(s).split(' ').filter(Boolean);

/**
 * Relink persons read as unknown whose name is a KB person's written in full; two such names
 * with only a space between them ("عبد الفتاح سعيد حسين" "خليل السيسي") are first read as one.
 */
export function linkLongNames(text: string, found: EntityMention[]): void {
  found.sort((a, b) => a.span.start - b.span.start);
  const dropped = new Set<EntityMention>();
  const relinked = new Map<string, KbEntity>();
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    if (!madePerson(m) || dropped.has(m)) continue;
    const next = found.slice(n + 1).find((q) => q.span.start >= m.span.end);
    if (next && madePerson(next) && !text.slice(m.span.end, next.span.start).trim()) {
      const person = longNamePerson(wordsOf(text.slice(m.span.start, next.span.end)));
      if (person) {
        const span = { start: m.span.start, end: next.span.end };
        found[n] = { ...m, span, text: text.slice(span.start, span.end), entity: record(person) };
        relinked.set(m.entity.id, person).set(next.entity.id, person);
        dropped.add(next);
        continue;
      }
    }
    if (relinked.has(m.entity.id)) continue;
    const person = longNamePerson(wordsOf(m.text));
    if (person) relinked.set(m.entity.id, person);
  }
  let w = 0;
  for (const m of found) if (!dropped.has(m)) found[w++] = m;
  found.length = w;
  for (const m of found) {
    const person = relinked.get(m.entity.id);
    if (person) m.entity = record(person);
  }
}
