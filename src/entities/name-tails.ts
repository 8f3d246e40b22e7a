// A KB person named in full, then by the tail of his name: "محمد ولد عبد العزيز" … "ولد عبدالعزيز",
// "زين العابدين بن علي" … "بن علي", "حسن شيخ محمود" … "شيخ محمود". A tail read as a person the KB
// does not hold is that person when exactly one KB person the text names ends so.
import { givenNames } from '../arabic/names.js';
import { normalize } from '../arabic/normalize.js';
import type { EntityMention } from '../types.js';
import { isMadeEntity, loadKb, record, type KbEntity } from './kb.js';

/** Words of a name with compounds joined ("عبد العزيز" → "عبدالعزيز", "نصر الله" → "نصرالله"). */
function words(name: string): string[] {
  return normalize(name)
    .replace(/(^|\s)(?:ال)?(عبد|ابو|نصر|جار|فضل|عطا) (?=\S)/g, '$1$2')
    .split(/\s+/)
    .filter(Boolean);
}

const endsWith = (name: string[], tail: string[]) =>
  tail.length < name.length && tail.every((w, k) => name[name.length - tail.length + k] === w);

export function linkNameTails(found: EntityMention[]): void {
  const kb = loadKb();
  const named = new Map<string, KbEntity>();
  for (const m of found) {
    const e = m.entity.type === 'PERSON' && !isMadeEntity(m.entity.id) ? kb.byId.get(m.entity.id) : undefined;
    if (e) named.set(e.id, e);
  }
  if (!named.size) return;
  for (const m of found) {
    if (m.entity.type !== 'PERSON' || !isMadeEntity(m.entity.id)) continue;
    const tail = words(m.text);
    // (A tail opens with no given name: "علي" alone may be anyone, "حافظ الأسد" is not Bashar.)
    if (!tail.length || tail.length > 3 || givenNames().has(tail[0])) continue;
    const owners = [...named.values()].filter((e) =>
      [e.ar, ...(e.aliases ?? [])].some((n) => endsWith(words(n), tail)),
    );
    if (owners.length === 1) m.entity = record(owners[0]);
  }
}
