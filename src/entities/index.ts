// The entity layer: knowledge-base names, role phrases ("الرئيس التركي", "نظيره الروسي",
// "الرئيسان الروسي والتركي") resolved to the office holder at the document's time.
import type { EntityMention, Token } from '../types.js';
import { stems } from '../arabic/clitics.js';
import { givenNames } from '../arabic/names.js';
import { institutionOf, loadKb, officeHolder, record, unknownPerson, type KbEntity } from './kb.js';
import { gazetteer } from './gazetteer.js';

export interface EntityOptions {
  /** The document's time (ISO date or year) for resolving offices to their holders. */
  date: string | null;
}

export function findEntities(text: string, tokens: Token[], opts: EntityOptions): EntityMention[] {
  const kb = loadKb();
  const found: EntityMention[] = [];
  const mention = (first: number, last: number, e: KbEntity, via: string) => {
    const span = { start: tokens[first].span.start, end: tokens[last].span.end };
    found.push({ span, text: text.slice(span.start, span.end), entity: record(e), via });
  };
  let lastOffice = 'president';
  for (let i = 0; i < tokens.length; i++) {
    const role = roleAt(tokens, i);
    if (role) {
      const office = role.counterpart ? lastOffice : role.office;
      lastOffice = office;
      // A name the KB does not know after the role ("وزير الخارجية الإسباني جوزيب بوريل",
      // "الملك ضون فيليبي السادس") is the person, whoever our tenure table says held the office.
      const name = role.counterpart ? null : unknownNameAt(text, tokens, role.last + 1, 2);
      if (name) {
        mention(i, name.last, unknownPerson(name.text, role.countries[0], office), 'role-name');
        i = name.last;
        continue;
      }
      for (const c of role.countries) {
        const holder = officeHolder(office, c, opts.date);
        if (holder) mention(i, role.last, holder, role.counterpart ? 'counterpart' : 'role');
      }
      if (role.countries.length) {
        i = role.last;
        continue;
      }
    }
    if (kb.honorifics.has(stems(tokens[i].norm).find((x) => kb.honorifics.has(x)) ?? '')) {
      const name = unknownNameAt(text, tokens, i + 1, 2);
      if (name) {
        mention(i, name.last, unknownPerson(name.text, undefined, undefined), 'title-name');
        i = name.last;
        continue;
      }
    }
    const inst = institutionAt(tokens, i);
    const m = gazetteer().matchAt(tokens, i);
    if (inst && (!m || inst.last > m.last)) {
      const e = institutionOf(inst.kind, inst.country);
      if (!e.ar) e.ar = text.slice(tokens[i].span.start, tokens[inst.last].span.end);
      mention(i, inst.last, e, 'institution');
      i = inst.last;
      continue;
    }
    if (m) {
      mention(i, m.last, m.values[0], m.last > i ? 'name' : 'alias');
      i = m.last;
    }
  }
  return found;
}

interface RoleMatch {
  office: string;
  counterpart: boolean;
  countries: string[];
  last: number;
}

/** "الرئيس التركي", "وزير الخارجية الروسي", "الرئيسان الروسي والتركي", "نظيره الروسي". */
function roleAt(tokens: Token[], i: number): RoleMatch | null {
  const kb = loadKb();
  const tok = tokens[i].norm;
  let office: string | undefined;
  let counterpart = false;
  let j = i;
  const two = i + 1 < tokens.length ? `${tok} ${tokens[i + 1].norm}` : '';
  const twoStem = two && stems(tokens[i].norm).map((s) => `${s} ${tokens[i + 1].norm}`).find((s) => kb.offices.has(s));
  if (twoStem) {
    office = kb.offices.get(twoStem);
    j = i + 1;
  } else {
    const s = stems(tok).find((x) => kb.offices.has(x) || kb.counterpart.has(x));
    if (!s) return null;
    if (kb.counterpart.has(s)) counterpart = true;
    else office = kb.offices.get(s);
  }
  const countries: string[] = [];
  let last = j;
  for (let k = j + 1; k < tokens.length && countries.length < 4; k++) {
    const c = nisbaCountry(tokens[k].norm);
    if (!c) break;
    countries.push(c);
    last = k;
  }
  return { office: office ?? 'president', counterpart, countries, last };
}

function nisbaCountry(token: string): string | undefined {
  const kb = loadKb();
  for (const s of stems(token)) {
    const c = kb.nisba.get(s.replace(/^ال/, ''));
    if (c) return c;
  }
  return undefined;
}

/** An institution word followed by a nisba: "وزارة الخارجية الأردنية", "الجيش اللبناني". */
function institutionAt(tokens: Token[], i: number): { kind: [string, string]; country: string; last: number } | null {
  const kb = loadKb();
  for (const len of [2, 1]) {
    if (i + len >= tokens.length) continue;
    const head = tokens.slice(i, i + len).map((t) => t.norm);
    for (const s of stems(head[0])) {
      const kind = kb.institutions.get([s, ...head.slice(1)].join(' '));
      if (!kind) continue;
      const country = nisbaCountry(tokens[i + len].norm);
      if (country) return { kind, country, last: i + len };
    }
  }
  return null;
}

const ORDINAL = /^ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)$/;

/**
 * Two to four name tokens starting at `from` that the KB does not know: no function word, no
 * article-prefixed word (a regnal ordinal "السادس" excepted), no punctuation inside, no known entity.
 */
function unknownNameAt(text: string, tokens: Token[], from: number, min: number): { text: string; last: number } | null {
  const kb = loadKb();
  let last = -1;
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k].norm;
    if (k > from && /[،,.:;؛()«»"“”]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) break;
    // A regnal ordinal closes the name; an office word starts the next phrase ("… الأول ملك إسبانيا").
    if (k > from && ORDINAL.test(tokens[k - 1].norm)) break;
    if (kb.offices.has(t)) break;
    if (gazetteer().matchAt(tokens, k) || kb.notNames.has(t) || /\d/.test(t)) break;
    if (t.startsWith('ال') && !(k > from && ORDINAL.test(t))) break;
    if (t.length < 2) break;
    // "عمر عزيمان وفؤاد عالي": a و-word after a name starts another name.
    if (k > from && t.startsWith('و') && !ORDINAL.test(t)) break;
    last = k;
  }
  if (last < 0 || last - from + 1 < min) return null;
  // A name only when it looks like one: a known given name first, a regnal ordinal last, or quotes.
  const quoted =
    /["“«]\s*$/.test(text.slice(Math.max(0, tokens[from].span.start - 2), tokens[from].span.start)) &&
    /^\s*["”»]/.test(text.slice(tokens[last].span.end, tokens[last].span.end + 2));
  const first = tokens[from].norm.replace(/^[وف]/, '');
  if (!quoted && !givenNames().has(first) && !ORDINAL.test(tokens[last].norm)) return null;
  return { text: text.slice(tokens[from].span.start, tokens[last].span.end), last };
}

