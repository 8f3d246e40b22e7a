// One name, one reading per text: a name the KB does not hold, found once where its head noun or
// title said what it is ("حي الكرادة", "مخيم الجلزون", "الناشطة منى مينا"), is the same name where
// the text repeats it bare ("تفجير الكرادة"). Only names the rules found (not the tagger's guesses)
// are repeated, and a one-word name only when it is no everyday word.
import type { EntityMention, Token } from '../types.js';
import { isMadeEntity, loadKb, record, type KbEntity } from './kb.js';
import { normalize } from '../arabic/normalize.js';
import { ambiguousNames, givenNames } from '../arabic/names.js';
import { isEverydayWord, verbOrWord } from './everyday.js';
import { wordCounts } from './word-frequency.js';
import { stems } from '../arabic/clitics.js';
import {
  coveredTokens,
  uncoveredPlaces,
  tokensOverlapping,
  tokensWithin,
  tokenStems,
} from '../arabic/tokenize.js';
import { ORDINAL } from './names.js';
import { BOUNDARY, FAMILY_PARTICLE, NASAB, hasStem, nisbaCountry } from './lookup.js';
import { heldOffice } from './roles.js';
import { opensTaggedName } from './tagged-name-runs.js';

const kbName = (id: string) => loadKb().byId.get(id)?.ar ?? '';

const RULE_VIAS = new Set([
  'place-name',
  'facility',
  'org-name',
  'role-name',
  'title-name',
  'described-name',
  'given-name',
  'headed-name',
]);

/** A given name, everyday word or not (the rules read the word as one), with or without a conjunction. */
const opensWithName = (t: string) => [t, t.replace(/^[وف]/, '')].some((x) => givenNames().has(x));

/** A given name that is no everyday word ("بان" is also "بأن"), with or without a conjunction. */
const opensWithGivenName = (t: string) =>
  [t, t.replace(/^[وف]/, '')].some((x) => givenNames().has(x) && !ambiguousNames().has(x));

export function addRepeatedNames(text: string, tokens: Token[], found: EntityMention[]): void {
  const names = new Map<string, EntityMention>();
  const tokenRange = (m: EntityMention) => tokensWithin(tokens, m.span);
  for (const m of found) {
    if (!RULE_VIAS.has(m.via) || !isMadeEntity(m.entity.id) || m.descriptive || m.nested) continue;
    const { first, last } = tokenRange(m);
    if (first < 0) continue;
    const words = tokens.slice(first, last + 1).map((t) => t.norm);
    // The name without the proclitics of its first word ("بالكرادة" → "الكراده").
    const head = stems(words[0]).at(-1) ?? words[0];
    const key = [head, ...words.slice(1)].join(' ');
    if (words.length === 1 && (isEverydayWord(head) || head.length < 4)) continue;
    // ("بـسوق الصناعات التقليدية" read from its second word: everyday words alone are no name to repeat.)
    if (first > 0 && tokens[first - 1].span.end > m.span.start && words.every((w) => isEverydayWord(w)))
      continue;
    if (!names.has(key)) names.set(key, m);
  }
  if (!names.size) return;
  const covered = coveredTokens(tokens, found);
  const added: EntityMention[] = [];
  for (const [key, m, i] of uncoveredPlaces(tokens, names, covered)) {
    const words = key.split(' ');
    const span = { start: tokens[i].span.start, end: tokens[i + words.length - 1].span.end };
    added.push({ span, text: text.slice(span.start, span.end), entity: m.entity, via: 'repeat' });
    for (let j = 0; j < words.length; j++) covered[i + j] = 1;
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * One surname, one person per text: "عبدي" or "البارزاني" alone is the person the text names in
 * full with that family name ("مظلوم عبدي", "نيجيرفان بارزاني"), not another holder of it the KB
 * knows (Masoud Barzani) nor a new name; the nearest full name before it, else the first after.
 */
export function linkSurnames(tokens: Token[], found: EntityMention[], date: string | null = null): void {
  const bare = (t: string) => t.replace(/^ال/, '');
  const tokensOf = (m: EntityMention) => {
    const { first, last } = tokensWithin(tokens, m.span);
    return first < 0 ? [] : tokens.slice(first, last + 1);
  };
  const full: { m: EntityMention; surname: string }[] = [];
  for (const m of found) {
    if (m.entity.type !== 'PERSON' || m.via === 'role' || m.via === 'counterpart' || m.nested) continue;
    const ts = tokensOf(m);
    // A person the KB does not hold counts when a rule read his full name from a given name
    // ("رفيق الحريري", "سعيد بوتفليقة"), not the tagger's guess.
    if (isMadeEntity(m.entity.id) && !(m.via === 'given-name' && opensWithName(ts[0]?.norm ?? ''))) continue;
    if (ts.length >= 2) full.push({ m, surname: bare(ts[ts.length - 1].norm) });
  }
  if (!full.length) return;
  for (const [n, m] of found.entries()) {
    if (m.entity.type !== 'PERSON' || m.via === 'role' || m.via === 'counterpart') continue;
    const ts = tokensOf(m);
    if (ts.length !== 1) continue;
    const surname = tokenStems(ts[0]).map(bare);
    const named = full.filter((f) => surname.includes(f.surname));
    if (!named.length || named.some((f) => f.m.entity.id === m.entity.id)) continue;
    // A KB person who holds an office at the text's date is the one the family name alone means
    // ("الأسد" beside "ماهر الأسد"); one who holds none is the relative the text names in full.
    const known = loadKb().byId.get(m.entity.id);
    const holder = !!known && !isMadeEntity(known.id) && !!heldOffice(known, date);
    // (Over a relative the KB holds too, only one who also holds an office then: "رفيق الحريري" in
    // 2018 leaves "الحريري" to Saad, the prime minister.)
    const serving = (f: (typeof named)[number]) => {
      const k = loadKb().byId.get(f.m.entity.id);
      return !!k && !isMadeEntity(k.id) && !!heldOffice(k, date);
    };
    const people = holder ? named.filter(serving) : named;
    if (!people.length) continue;
    const before = people.filter((f) => f.m.span.start < m.span.start).at(-1);
    const e = (before ?? people[0]).m.entity;
    found[n] = { ...m, entity: e, via: m.via === 'tagger' ? 'repeat' : m.via };
  }
}

/**
 * A known person named in full ("جوزف عون", "قيس سعيد") is meant where the text then writes the
 * family name alone ("وقال عون", "أكد سعيد"), even when the family name is also a word: the same
 * word as written in the full name (with or without its article), at a word no mention holds and
 * with no name word after it.
 */
export function addRepeatedSurnames(text: string, tokens: Token[], found: EntityMention[]): void {
  const tokensOf = (m: EntityMention) => {
    const { first, last } = tokensWithin(tokens, m.span);
    return first < 0 ? [] : tokens.slice(first, last + 1);
  };
  const bySurname = new Map<string, EntityMention>();
  const titled = new Map<string, EntityMention>();
  for (const m of found) {
    if (m.entity.type !== 'PERSON' || m.nested) continue;
    // A person the KB does not hold, whose full name a rule read ("ناصر الزفزافي"), is meant by a
    // family name of his that is no everyday word.
    const made = isMadeEntity(m.entity.id);
    const ts = tokensOf(m);
    // (Or the tagger's name of two or three words that opens with a given name, everyday word or
    // not: "المحافظ سعيد جليلي" … "لـجليلي".)
    const taggedFull =
      m.via === 'tagger' && ts.length >= 2 && ts.length <= 3 && opensWithName(ts[0]?.norm ?? '');
    if (made && !RULE_VIAS.has(m.via) && !taggedFull) continue;
    // (Only a name that opens with a given name, or that a title or office introduced.)
    const first = ts[0]?.norm ?? '';
    // (After a describing noun, "الناشطة ليما غبوي", a first word opening with ب, ل or ك is the name's own.)
    const introduced =
      ((m.via === 'role-name' || m.via === 'title-name') && !/^[وفبلك]/.test(first)) ||
      (m.via === 'described-name' && !/^[وف]/.test(first));
    if (made && !opensWithGivenName(first) && !introduced && !taggedFull) continue;
    // "وزير الخارجية السعودي" … "الأمير فيصل": the holder a role named, by his given name after a title.
    if (m.via === 'role' || m.via === 'counterpart') {
      const given = normalize(kbName(m.entity.id)).split(' ')[0];
      if (givenNames().has(given) && !titled.has(given)) titled.set(given, m);
      else if (titled.get(given)?.entity.id !== m.entity.id) titled.set(given, { ...m, nested: true });
      continue;
    }
    if (ts.length < 2) continue;
    // (Not "ثاني" of "آل ثاني": a family's name is the two words.)
    if (ts[ts.length - 2].norm === 'ال') continue;
    // ("إيتمار بن جفير": a family name after a particle is named with it, "بن جفير": name-parts.ts.)
    if (FAMILY_PARTICLE.test(ts[ts.length - 2].norm)) continue;
    const names = [ts[ts.length - 1].norm];
    for (const surname of names) {
      if (surname.replace(/^ال/, '').length < 3 || /^(?:بن|ابن|بنت|ال)$/.test(surname)) continue;
      // (The tagger's last word with a preposition on it, or a verb or word, is the sentence going on:
      // "… للتشاور".)
      if (taggedFull && (/^(?:[وفبك]ال|لل)/.test(surname) || verbOrWord(surname))) continue;
      // ("الثاني" of "عبدالله الثاني" alone is an ordinal: "العام الثاني", "اليوم الثاني".)
      if (ORDINAL.test(surname)) continue;
      if (
        made &&
        (isEverydayWord(surname) || isEverydayWord(surname.replace(/^ال/, '')) || givenNames().has(surname))
      )
        continue;
      const other = bySurname.get(surname);
      // Two people of one name in the text: the bare name says neither.
      if (other && other.entity.id !== m.entity.id) bySurname.set(surname, { ...other, nested: true });
      else if (!other) bySurname.set(surname, m);
    }
  }
  const kb = loadKb();
  for (const [given, m] of titled) if (!bySurname.has(given)) bySurname.set(given, { ...m, via: 'titled' });
  if (!bySurname.size) return;
  // The tagger's guess of one word there is the same person.
  for (const [n, m] of found.entries()) {
    if (m.via !== 'tagger' || m.entity.type !== 'PERSON' || !isMadeEntity(m.entity.id)) continue;
    const ts = tokensOf(m);
    const k = ts.length === 1 ? tokens.indexOf(ts[0]) : -1;
    const word = ts[0].norm;
    const known = k < 0 ? undefined : (bySurname.get(word) ?? bySurname.get(word.replace(/^[وف]/, '')));
    if (!known || known.nested) continue;
    if (known.via === 'titled' && !(k > 0 && kb.honorifics.has(tokens[k - 1].norm))) continue;
    found[n] = { ...m, entity: known.entity, via: 'repeat' };
  }
  surnamesReadAsPlaces(text, tokens, found, bySurname);
  const covered = coveredTokens(tokens, found);
  const added: EntityMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k]) continue;
    const reading = tokenStems(tokens[k]).find((s) => bySurname.has(s));
    const m = reading ? bySurname.get(reading) : undefined;
    if (!m || m.nested) continue;
    if (m.via === 'titled' && !(k > 0 && kb.honorifics.has(tokens[k - 1].norm))) continue;
    // ("جلال الرويشان" … "علي الرويشان": after another given name the family name is someone else's.)
    if (isMadeEntity(m.entity.id) && k > 0) {
      const before = tokens[k - 1].norm.replace(/^[وف]/, '');
      if (givenNames().has(before) && !normalize(m.text).startsWith(before)) continue;
    }
    // "عون أمن": a word after it that no sentence break parts from it may make it a phrase of its own
    // (not after a known person's family name that is no word: "روحاني يهين").
    const next = tokens[k + 1];
    const word =
      isMadeEntity(m.entity.id) || isEverydayWord(reading!) || isEverydayWord(reading!.replace(/^ال/, ''));
    // (A verb after a family name that is no word, "موغابي يستقيل", "موغابي سلّم", is the sentence going on.)
    const verb =
      !!next &&
      !isEverydayWord(reading!) &&
      !givenNames().has(next.norm) &&
      (verbOrWord(next.norm) ||
        /^[يت]\S{3,}$/.test(next.norm) ||
        /[\u064e-\u0652]/.test(text.slice(next.span.start, next.span.end)));
    if (word && next && !verb && !BOUNDARY.test(text.slice(tokens[k].span.end, next.span.start))) {
      if (!isEverydayWord(next.norm) && !next.norm.startsWith('ال') && !/^[وفبل]/.test(next.norm)) continue;
    }
    const r = repeatAt(text, tokens[k], reading!, m.entity);
    if (r) added.push(r);
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
}

/** Prepositions of place: "في كرمان" is the city whatever the text's people are called. */
const PLACE_PREPOSITION = /^(?:في|الي|من|نحو|قرب|داخل|عبر|وسط|شمال|جنوب|شرق|غرب|مدينه|محافظه|ولايه|اقليم)$/;

/**
 * "توكل كرمان" … "وقالت كرمان": a one-word place the KB holds that is the family name of a person
 * the text named in full (a made person) is that person, unless a preposition of place or a place's
 * head stands before it ("إلى كرمان").
 */
function surnamesReadAsPlaces(
  text: string,
  tokens: Token[],
  found: EntityMention[],
  bySurname: Map<string, EntityMention>,
): void {
  for (const [n, m] of found.entries()) {
    if (m.via !== 'alias' || m.nested || !(m.entity.type === 'GPE' || m.entity.type === 'LOC')) continue;
    if (loadKb().byId.get(m.entity.id)?.subtype === 'country') continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || first !== last) continue;
    const word = tokens[first].norm;
    const person = [word, word.replace(/^[وف]/, '')].map((w) => bySurname.get(w)).find(Boolean);
    if (!person || person.nested || !isMadeEntity(person.entity.id) || person.via === 'titled') continue;
    if (first > 0 && PLACE_PREPOSITION.test(tokens[first - 1].norm)) continue;
    // (The full name again, "اليمنية توكل كرمان", is read whole: its first words stand before.)
    const full = tokensWithin(tokens, person.span);
    const size = full.first < 0 ? 1 : full.last - full.first + 1;
    const start = first - size + 1;
    const whole =
      size > 1 &&
      start >= 0 &&
      tokens[start].norm.replace(/^[وف]/, '') === tokens[full.first].norm.replace(/^[وف]/, '') &&
      tokens.slice(start + 1, first).every((t, j) => t.norm === tokens[full.first + 1 + j].norm) &&
      !found.some((o) => o !== m && o.span.end > tokens[start].span.start && o.span.start < m.span.start);
    const clitic = whole && tokens[start].norm !== tokens[full.first].norm ? 1 : 0;
    const span = whole ? { start: tokens[start].span.start + clitic, end: m.span.end } : m.span;
    found[n] = { ...m, span, text: text.slice(span.start, span.end), entity: person.entity, via: 'repeat' };
  }
}

/** KB bodies named "head + one word" whose word alone is no alias ("حركة فتح" → "فتح", "حركة أمل" → "أمل", "تنظيم القاعدة" → "القاعدة"). */
let headless: Map<string, KbEntity> | null = null;
function headlessNames(): Map<string, KbEntity> {
  if (headless) return headless;
  const kb = loadKb();
  headless = new Map();
  for (const e of kb.entities) {
    if (e.type !== 'ORG' || e.media) continue;
    const words = normalize(e.ar).split(' ');
    // ("تنظيم القاعدة": "تنظيم" heads the organisation's own name here, no body of the roles' heads.)
    const head = kb.orgHeads.has(words[0]) || words[0] === 'تنظيم';
    if (words.length !== 2 || !head || kb.aliases.has(words[1])) continue;
    if (!headless.has(words[1])) headless.set(words[1], e);
  }
  return headless;
}

/**
 * A body whose name alone is an everyday word ("فتح", "أمل", "القاعدة") is that body beside another
 * the text names as a body: "فتح وحماس", "حماس وفتح", "حركتي فتح وحماس", "حزب الله وأمل", also
 * when quotes or brackets close each name ("(داعش) و(القاعدة)"). It is also the body after a word
 * for its members or its ties ("عنصرا في القاعدة", "قادة القاعدة", "وفد فتح"),
 * and, once the text names the body, where the word stands alone: quoted, or before a clause break after a preposition
 * ("عن فتح،").
 */
export function addCoordinatedBodies(text: string, tokens: Token[], found: EntityMention[]): void {
  const names = headlessNames();
  const bodyAt = new Map<number, EntityMention>();
  const covered = new Uint8Array(tokens.length);
  const named = new Set<string>();
  for (const m of found) {
    const { first, last } = tokensOverlapping(tokens, m.span);
    if (m.entity.type === 'ORG' && !m.descriptive) named.add(m.entity.id);
    for (let k = first; k <= last; k++) {
      covered[k] = 1;
      if (m.entity.type === 'ORG' && !isMadeEntity(m.entity.id) && !m.descriptive) bodyAt.set(k, m);
    }
  }
  const between = (a: number, b: number) => text.slice(tokens[a].span.end, tokens[b].span.start);
  const joined = (a: number, b: number) => !BOUNDARY.test(between(a, b));
  // Only quotes or brackets that close and open the two names: 'فتح" و"حماس', "(داعش) و(القاعدة)".
  const closedJoined = (a: number, b: number) => /^[\s"“”«»()]*$/.test(between(a, b));
  const added: EntityMention[] = [];
  const pending: { k: number; e: KbEntity; skip: number; quoted: boolean; alone: boolean }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k]) continue;
    const word = tokens[k].norm;
    const read = headlessReading(word, names);
    if (!read) continue;
    const { e, skip } = read;
    const and = skip === 1 && word.startsWith('و');
    // "… وفتح" after a body, "فتح و…" before one (its first word), or after a dual head ("حركتي").
    const after = and && k > 0 && bodyAt.has(k - 1) && (joined(k - 1, k) || closedJoined(k - 1, k));
    // ("(داعش) و(القاعدة)": the "و" a word of its own between the brackets.)
    const afterLoneAnd =
      skip === 0 &&
      k > 1 &&
      tokens[k - 1].norm === 'و' &&
      bodyAt.has(k - 2) &&
      closedJoined(k - 2, k - 1) &&
      closedJoined(k - 1, k);
    const nextBody = k + 1 < tokens.length ? bodyAt.get(k + 1) : undefined;
    const before =
      skip === 0 &&
      !!nextBody &&
      tokens[k + 1].norm.startsWith('و') &&
      nextBody.span.start <= tokens[k + 1].span.start + 1 &&
      (joined(k, k + 1) || closedJoined(k, k + 1));
    // ('“فتح” و”حماس”': the "و" a word of its own between the quotes.)
    const beforeLoneAnd =
      skip === 0 &&
      k + 2 < tokens.length &&
      tokens[k + 1].norm === 'و' &&
      bodyAt.get(k + 2)?.span.start === tokens[k + 2].span.start &&
      closedJoined(k, k + 1) &&
      closedJoined(k + 1, k + 2);
    const dual = skip === 0 && k > 0 && /^(?:حركتي|حركتا|حزبي|حزبا)$/.test(tokens[k - 1].norm);
    const tie = membersOrTies(text, tokens, k, skip, word);
    const quoted =
      k > 0 && /["“«(]\s*$/.test(between(k - 1, k)) && /^\s*["”»)]/.test(text.slice(tokens[k].span.end));
    const alone = k + 1 >= tokens.length || CLAUSE_END.test(between(k, k + 1));
    if (after || afterLoneAnd || before || beforeLoneAnd || dual || tie) add(k, e, skip);
    else if (quoted || alone) pending.push({ k, e, skip, quoted, alone });
  }
  // (Standing alone counts only once the text names the body, here or by the rules above.)
  for (const p of pending) {
    if (!named.has(p.e.id)) continue;
    const prev = p.k > 0 ? tokens[p.k - 1].norm : '';
    // ("المقربة من النهضة،", "نواب من النهضة.": after a preposition, the body the text named.)
    if (p.quoted || (p.alone && /^[و]?(?:عن|بين|من|مع|الي|ضد|وفد|باسم|حركه)$/.test(prev)))
      add(p.k, p.e, p.skip);
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
  function add(k: number, e: KbEntity, skip: number): void {
    const start = tokens[k].span.start + skip;
    const span = { start, end: tokens[k].span.end };
    added.push({ span, text: text.slice(span.start, span.end), entity: record(e), via: 'name' });
    named.add(e.id);
  }
}

/** A clause break right after a word: "،", ".", ":", a closing bracket or a line's end. */
const CLAUSE_END = /^\s*[\n،,.:;؛)!?؟]/;

/**
 * The headless name a word reads as, and how many letters of proclitics stay outside: "فتح" (0),
 * "وفتح" (1), "بالقاعدة" (1), "للقاعدة" (2, marked from the stem "قاعدة").
 */
function headlessReading(word: string, names: Map<string, KbEntity>): { e: KbEntity; skip: number } | null {
  const direct = names.get(word);
  if (direct) return { e: direct, skip: 0 };
  const bare = /^[وف]/.test(word) ? word.slice(1) : word;
  const lead = word.length - bare.length;
  if (bare !== word && names.has(bare)) return { e: names.get(bare) as KbEntity, skip: lead };
  if (/^بال/.test(bare) && names.has(bare.slice(1)))
    return { e: names.get(bare.slice(1)) as KbEntity, skip: lead + 1 };
  if (/^لل/.test(bare) && names.has(`ا${bare.slice(1)}`))
    return { e: names.get(`ا${bare.slice(1)}`) as KbEntity, skip: lead + 2 };
  if (/^ل[^ل]/.test(bare) && names.has(bare.slice(1)))
    return { e: names.get(bare.slice(1)) as KbEntity, skip: lead + 1 };
  return null;
}

/** Words for a body's members and delegations, right before its name. */
const MEMBERS =
  /^[وف]?(?:ل)?(?:عنصر|عنصرا|عناصر|اعضاء|عضو|عضوا|قاده|قيادي|قياديا|قياديي|قيادات|زعيم|زعماء|مسلحي|مقاتلي|وفد|ممثلي|مسؤولي)$/;

/** "عنصرا في القاعدة", "قادة القاعدة", "وفد فتح". */
function membersOrTies(text: string, tokens: Token[], k: number, skip: number, word: string): boolean {
  const prev = k > 0 ? tokens[k - 1].norm : '';
  const prev2 = k > 1 ? tokens[k - 2].norm : '';
  // ("عناصر القاعدة العسكرية": an adjective right after makes the word a noun of its own, a base.)
  const next = tokens[k + 1];
  if (next?.norm.startsWith('ال') && !BOUNDARY.test(text.slice(tokens[k].span.end, next.span.start)))
    return false;
  const lead = word.slice(0, skip).replace(/^[وف]/, '');
  if (lead === '') {
    if (MEMBERS.test(prev)) return true;
    return prev === 'في' && MEMBERS.test(prev2);
  }
  // (Not after a word for ties, "المرتبطة بالقاعدة": events read the body named so as a side.)
  return false;
}

/**
 * A person the KB holds, named in full somewhere in the text ("تميم بن حمد آل ثاني"), is meant where
 * the text writes his given name alone ("زيارة تميم لإيران", a headline before the full name or a
 * line after it): the same given name, at a word no mention holds, with no name word after it
 * (a family name with the article, a nasab) and none before it. A given name that is also a word
 * ("صباح", "صالح") counts only after an honorific ("الشيخ صباح"); two people of one given name, neither.
 */
export function addRepeatedGivenNames(text: string, tokens: Token[], found: EntityMention[]): void {
  const kb = loadKb();
  const byGiven = new Map<string, EntityMention | null>();
  for (const m of found) {
    if (m.entity.type !== 'PERSON' || m.nested || isMadeEntity(m.entity.id)) continue;
    if (m.via === 'role' || m.via === 'counterpart') continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last <= first) continue;
    const given = tokens[first].norm.replace(/^[وف]/, '');
    if (given.length < 3 || !givenNames().has(given) || /^(?:عبد|ابو|ام|بن|ابن|ال)$/.test(given)) continue;
    // (Only the KB's own given name: "حسن روحاني", not a title read into the name.)
    if (normalize(kbName(m.entity.id)).split(' ')[0] !== given) continue;
    const other = byGiven.get(given);
    if (other === undefined) byGiven.set(given, m);
    else if (other && other.entity.id !== m.entity.id) byGiven.set(given, null);
  }
  if (!byGiven.size) return;
  const covered = coveredTokens(tokens, found);
  const apart = (a: number, b: number) => BOUNDARY.test(text.slice(tokens[a].span.end, tokens[b].span.start));
  const added: EntityMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k]) continue;
    const reading = tokenStems(tokens[k]).find((x) => byGiven.get(x));
    const m = reading ? byGiven.get(reading) : undefined;
    if (!m || !reading) continue;
    const prev = k > 0 && !apart(k - 1, k) ? tokens[k - 1].norm : '';
    const honorific = !!prev && kb.honorifics.has(prev);
    if (
      prev &&
      !honorific &&
      (NASAB.test(prev) || givenNames().has(prev.replace(/^[وف]/, '')) || prev === 'ال')
    )
      continue;
    // (Unless newswire writes the word almost only inside names, "صدام", and the text has it bare.)
    if (ambiguousNames().has(reading) && !honorific && !nameMostly(reading, tokens[k].norm)) continue;
    const next = k + 1 < tokens.length && !apart(k, k + 1) ? tokens[k + 1] : null;
    if (next) {
      const n = next.norm;
      if (NASAB.test(n) || n === 'ال' || givenNames().has(n)) continue;
      // "تميم البرغوثي": a word with the article after it that no mention holds is a family name.
      if (n.startsWith('ال') && !covered[k + 1] && !isEverydayWord(n) && !kb.notNames.has(n)) continue;
    }
    if (opensTaggedName(text, tokens, found, k)) continue;
    const r = repeatAt(text, tokens[k], reading, m.entity);
    if (r) added.push(r);
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
}

/** A given name that is also a word, seen in newswire twenty times inside names for once outside, written bare. */
function nameMostly(reading: string, token: string): boolean {
  const [out, inside] = wordCounts(reading);
  return token === reading && out <= 1 && inside >= 20;
}

/**
 * The name read again in a token, its proclitics left outside ("وتميم" → "تميم"); never a word
 * written with ى ("على" is the preposition, not the name "علي").
 */
function repeatAt(
  text: string,
  token: Token,
  reading: string,
  entity: EntityMention['entity'],
): EntityMention | null {
  const written = text.slice(token.span.start, token.span.end);
  if (written.endsWith('ى')) return null;
  const off = Math.max(0, written.length - reading.length);
  const start = /^[وفبلك]*$/.test(written.slice(0, off)) ? token.span.start + off : token.span.start;
  const span = { start, end: token.span.end };
  return { span, text: text.slice(span.start, span.end), entity, via: 'repeat' };
}

/** Verbs and words after which a body stands as the one that speaks or is cited ("وقال المرصد"). */
const CITED_AFTER =
  /^[وف]?(?:قال|قالت|اعلن|اعلنت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|اضاف|اضافت|اشار|اشارت|نفي|نفت|وثق|وثقت|اتهم|اتهمت|بحسب|حسب|وفق|باسم|دعا|دعت|شدد|شددت|راي|رات|اوضح|اوضحت|طالب|طالبت|حذر|حذرت|ادان|ادانت|ندد|نددت|رحب|رحبت)$/;

/**
 * A KB body named in full, then by its first word alone where it speaks or is cited ("المرصد
 * السوري لحقوق الإنسان" … "وقال المرصد", "الحشد الشعبي" … "وأعلن الحشد"). Not a generic head
 * ("المجلس", "الحركة"), an institution's word or a nisba: those name any body of their kind.
 */
export function addShortNames(text: string, tokens: Token[], found: EntityMention[]): void {
  const kb = loadKb();
  const short = new Map<string, { m: EntityMention; after: number }>();
  for (const m of found) {
    if (m.entity.type !== 'ORG' || isMadeEntity(m.entity.id) || m.descriptive || m.nested) continue;
    let { first, last } = tokensWithin(tokens, m.span);
    // ("هيئة الحشد الشعبي": past a head noun, the name's own first word.)
    if (first >= 0 && last > first + 1 && hasStem(tokens[first].norm, kb.orgHeads)) first++;
    if (first < 0 || last === first) continue;
    const head = stems(tokens[first].norm).find((x) => /^ال\S{3,}$/.test(x));
    if (!head || short.has(head) || hasStem(head, kb.orgHeads) || kb.institutions.has(head)) continue;
    if (nisbaCountry(head)) continue;
    short.set(head, { m, after: last });
  }
  if (!short.size) return;
  const covered = coveredTokens(tokens, found);
  const added: EntityMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const hit = short.get(tokens[i].norm.replace(/^[وف]/, ''));
    if (!hit || covered[i] || i <= hit.after || !CITED_AFTER.test(tokens[i - 1].norm)) continue;
    // ("وقال المرصد الوطني": an articled word after it names another body.)
    const next = tokens[i + 1];
    if (next && /^ال/.test(next.norm) && !BOUNDARY.test(text.slice(tokens[i].span.end, next.span.start)))
      continue;
    const span = tokens[i].span;
    added.push({ span, text: text.slice(span.start, span.end), entity: hit.m.entity, via: 'repeat' });
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
}
