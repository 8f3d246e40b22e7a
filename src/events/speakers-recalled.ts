// Speakers a report names again after a claim was read without them: a bare title that the report gave
// a named person after his name ("روبرت جوردون، سفير الولايات المتحدة …" then "وأضاف السفير"), an
// honorific pronoun ("استقبل سماحة المرجع … السيستاني" then "وشدد سماحته"), and a name written from its
// second part ("سلفا كير ميارديت" then "وتابع كير").
import type { Claim, EntityMention, EntityRecord, Token } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { isMadeEntity } from '../entities/kb.js';
import { words } from './speaker-words.js';
import { tokenIndexAt } from './context.js';
import { homePresident } from './home-president.js';

// "سماحته", "فخامته", "معاليه", "سيادتها": a pronoun of respect, and the noun it is made of.
const HONORIFIC_PRONOUN = /^(سماح|فخام|معال|سياد)(?:ته|تها|يه|يها)$/;
// A name's part after these is a father's or a son's, not the person's own ("محمد بن سلمان").
const KIN = /^(?:بن|ابن|بنت|ابو|ام)$/;

interface Person {
  entity: EntityRecord;
  first: number;
  last: number;
}

/** Claims whose source the report names again by title, honorific or surname, given that source. */
export function speakersRecalled(
  claims: Claim[],
  text: string,
  tokens: Token[],
  entities: EntityMention[],
): Claim[] {
  const persons = personsOf(tokens, entities);
  const out = claims.map((c) => ({ ...c }));
  let resolved: Claim | null = null;
  for (const c of out) {
    const verb = verbAt(text, tokens, c);
    if (c.source || verb < 0) {
      resolved = null;
      continue;
    }
    const bareTitle = c.anonymous && !/^ال/.test(normalize(c.sourceText ?? ''));
    const who = bareTitle ? null : (titled(tokens, persons, verb) ?? honoured(tokens, persons, verb));
    if (who) {
      c.source = who.entity;
      c.sourceText = text.slice(tokens[verb + 1].span.start, tokens[verb + 1].span.end);
      c.sourceKind = 'person';
      delete c.anonymous;
      resolved = c;
      continue;
    }
    // "وشدد سماحته … كما أبدى ترحيبه …": a verb with no subject goes on with the one just recalled.
    const since = tokenAt(tokens, resolved?.span.end ?? 0);
    const named = persons.some((p) => p.first > since && p.first <= verb + 1);
    if (resolved?.source && !c.anonymous && !c.sourceText && !named) {
      c.source = resolved.source;
      c.sourceKind = 'person';
      continue;
    }
    resolved = null;
  }
  return surnamesJoined(out, persons);
}

/** The persons the report names, in order, with their token range. */
function personsOf(tokens: Token[], entities: EntityMention[]): Person[] {
  return entities
    .filter((m) => m.entity.type === 'PERSON')
    .map((m) => ({
      entity: m.entity,
      first: tokenAt(tokens, m.span.start),
      last: tokenAt(tokens, m.span.end - 1),
    }))
    .filter((p) => p.first >= 0 && p.last >= p.first)
    .sort((a, b) => a.first - b.first);
}

/** The first token ending after `offset` (-1 when none): a binary search, as claims and names are many. */
function tokenAt(tokens: Token[], offset: number): number {
  const k = tokenIndexAt(tokens, offset);
  return k < tokens.length && tokens[k].span.end > offset ? k : -1;
}

/** The claim's verb of saying (its first token of that form within the claim). */
function verbAt(text: string, tokens: Token[], c: Claim): number {
  if (!c.verb) return -1;
  for (let k = tokenAt(tokens, c.span.start); k >= 0 && k < tokens.length; k++) {
    if (tokens[k].span.start >= c.span.end) break;
    if (text.slice(tokens[k].span.start, tokens[k].span.end) === c.verb)
      return k + 1 < tokens.length ? k : -1;
  }
  return -1;
}

/** "وأضاف السفير", "واعتبر رئيس الجبهة": the last person named before with that title after or before his name. */
function titled(tokens: Token[], persons: Person[], verb: number): Person | null {
  const w = words();
  const first = tokens[verb + 1].norm;
  const head = first.replace(/^ال/, '');
  const isTitle = w.roles.has(head) || w.titles.has(head);
  if (!isTitle) return null;
  // A title in construct ("رئيس الجبهة") is matched with the noun it governs; a definite one alone.
  const phrase = first.startsWith('ال') ? [head] : [head, tokens[verb + 2]?.norm ?? ''];
  if (phrase.length === 2 && !phrase[1].startsWith('ال')) return null;
  // ("ونوّه الرئيس" after the report's own president and a foreign one: its own.)
  const home = head === 'رييس' && phrase.length === 1 ? homePresident(tokens, persons, verb) : null;
  if (home) return home;
  const matches = (k: number) =>
    k >= 0 &&
    k + phrase.length <= tokens.length &&
    tokens[k].norm.replace(/^ال/, '') === phrase[0] &&
    (phrase.length === 1 || tokens[k + 1].norm === phrase[1]);
  for (let j = persons.length - 1; j >= 0; j--) {
    const p = persons[j];
    if (p.last >= verb) continue;
    if (matches(p.last + 1) || [1, 2, 3, 4].some((n) => matches(p.first - n))) return p;
  }
  return null;
}

/** "وشدد سماحته": the last person named after that noun of respect ("سماحة المرجع السيد علي السيستاني"). */
function honoured(tokens: Token[], persons: Person[], verb: number): Person | null {
  const m = HONORIFIC_PRONOUN.exec(tokens[verb + 1].norm);
  if (!m) return null;
  const noun = new RegExp(`^[وب]?${m[1]}(?:ه|ي)$`);
  for (let j = persons.length - 1; j >= 0; j--) {
    const p = persons[j];
    if (p.last >= verb) continue;
    for (let k = p.first - 1; k >= Math.max(0, p.first - 4); k--) if (noun.test(tokens[k].norm)) return p;
  }
  return null;
}

/**
 * "وتابع كير" after "سلفا كير ميارديت", "إدريس" after "الهادي إدريس يحيى": a name the knowledge base
 * lacks that begins with a later part of another person's name is that person (Arabic names run from the
 * given name; one that starts at the surname is the same person named again, or a tagger's slip).
 */
function surnamesJoined(claims: Claim[], persons: Person[]): Claim[] {
  const named = new Map<string, EntityRecord>();
  for (const p of persons) named.set(p.entity.id, p.entity);
  for (const c of claims) if (c.source?.type === 'PERSON') named.set(c.source.id, c.source);
  const partsOf = (e: EntityRecord) =>
    normalize(e.ar ?? e.en ?? '')
      .split(/\s+/)
      .filter(Boolean);
  const fuller = (e: EntityRecord): EntityRecord | null => {
    if (!isMadeEntity(e.id)) return null;
    const own = partsOf(e);
    if (!own.length || KIN.test(own[0])) return null;
    // The rest runs on with the other's parts ("كير ميارديت" in "سلفا كير ميارديت"): "أحمد فهمي" is
    // not "آبي أحمد", nor "احمد بلال عثمان" "السر احمد عمر".
    const runsOn = (parts: string[], at: number) => own.every((w, j) => j === 0 || parts[at + j] === w);
    let best: EntityRecord | null = null;
    for (const other of named.values()) {
      const parts = partsOf(other);
      const at = parts.indexOf(own[0]);
      if (other.id === e.id || at < 1 || KIN.test(parts[at - 1]) || !runsOn(parts, at)) continue;
      if (!best || parts.length > partsOf(best).length) best = other;
    }
    return best;
  };
  return claims.map((c) => {
    const other = c.source?.type === 'PERSON' ? fuller(c.source) : null;
    return other ? { ...c, source: other } : c;
  });
}
