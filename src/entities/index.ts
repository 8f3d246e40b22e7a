// The entity layer: knowledge-base names, role phrases ("الرئيس التركي", "نظيره الروسي",
// "الرئيسان الروسي والتركي") resolved to the office holder at the document's time.
import type { EntityMention, Token } from '../types.js';
import { stems } from '../arabic/clitics.js';
import { ambiguousNames, givenNames } from '../arabic/names.js';
import { heldOn, institutionOf, loadKb, officeHolder, record, unknownOrg, unknownPerson, unknownPlace, type KbEntity } from './kb.js';
import { tagNames } from './tagger/index.js';
import { gazetteer } from './gazetteer.js';
import type { PhraseMatch } from '../arabic/phrases.js';
import { lettersOnly } from '../arabic/normalize.js';

export interface EntityOptions {
  /** The document's time (ISO date or year) for resolving offices to their holders. */
  date: string | null;
  /** Add the statistical tagger's names where the KB and the rules found none (default true). */
  tagger?: boolean;
}

// Each token is looked up in the gazetteer by several rules (a name, a role's holder, a body's
// place): one lookup per token and text.
const lookups = new WeakMap<Token[], (PhraseMatch<KbEntity> | null)[]>();
function gz(tokens: Token[], k: number): PhraseMatch<KbEntity> | null {
  let memo = lookups.get(tokens);
  if (!memo) lookups.set(tokens, (memo = []));
  if (memo[k] === undefined) memo[k] = gazetteer().matchAt(tokens, k);
  return memo[k];
}

export function findEntities(text: string, tokens: Token[], opts: EntityOptions): EntityMention[] {
  const kb = loadKb();
  const found: EntityMention[] = [];
  // Mentions whose name is more than one entity ("طرابلس": Libya's capital or Lebanon's north).
  const ambiguous = new Map<EntityMention, { candidates: KbEntity[]; next: string }>();
  const mention = (first: number, last: number, e: KbEntity, via: string, candidates?: KbEntity[]) => {
    const span = { start: tokens[first].span.start, end: tokens[last].span.end };
    found.push({ span, text: text.slice(span.start, span.end), entity: record(e), via });
    if (candidates && new Set(candidates.map((c) => c.country)).size > 1) ambiguous.set(found.at(-1)!, { candidates, next: tokens[last + 1]?.norm ?? '' });
  };
  let lastOffice = 'president';
  for (let i = 0; i < tokens.length; i++) {
    const role = roleAt(tokens, i);
    if (role) {
      const office = role.counterpart ? lastOffice : role.office;
      lastOffice = office;
      // A name the KB does not know after the role ("وزير الخارجية الإسباني جوزيب بوريل",
      // "الملك ضون فيليبي السادس") is the person, whoever our tenure table says held the office.
      const name = unknownNameAt(text, tokens, role.last + 1, 2);
      if (name) {
        const person = unknownPerson(name.text, role.countries[0], office);
        if (role.countries.length) mention(i, role.last, person, 'role');
        mention(role.last + 1, name.last, person, 'role-name');
        i = name.last;
        continue;
      }
      // A known name right after the role (a title between allowed) says who holds it, whatever the date.
      const named = role.countries.length === 1 || (role.counterpart && !role.countries.length) ? namedAfter(tokens, role.last + 1) : null;
      if (named) {
        mention(i, role.last, named, role.counterpart ? 'counterpart' : 'role');
        i = role.last;
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
        mention(i + 1, name.last, unknownPerson(name.text, undefined, undefined), 'title-name');
        i = name.last;
        continue;
      }
    }
    // "الكاتبة المصرية أهداف سويف", "المعارض الروسي أليكسي نافالني": a describing noun, its
    // adjectives, then a name the KB does not know.
    if (kb.descriptors.has(tokens[i].norm.replace(/^[وف]/, ''))) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 2 && /^ال\S+(?:ي|يه|ين)$/.test(tokens[k].norm) && !gz(tokens, k)) k++;
      const opener = k < tokens.length ? tokens[k].norm : '';
      // "الناطق باسم الحكومة", "المستشار لرئيس الدولة": a phrase, not a name, follows.
      const phrase = !opener || opener === 'باسم' || stems(opener).some((x) => kb.offices.has(x));
      const name = phrase || gz(tokens, k) ? null : unknownNameAt(text, tokens, k, 2, true);
      if (name) {
        mention(k, name.last, unknownPerson(name.text, undefined, undefined), 'described-name');
        i = name.last;
        continue;
      }
    }
    const inst = institutionAt(tokens, i);
    const m = kb.everydayTokens.has(tokens[i].norm) || misreadAlias(tokens, i) ? null : spelledAsInKb(text, tokens, gz(tokens, i));
    if (inst && (!m || inst.last > m.last)) {
      const e = institutionOf(inst.kind, inst.country);
      if (!e.ar) e.ar = text.slice(tokens[i].span.start, tokens[inst.last].span.end);
      mention(i, inst.last, e, 'institution');
      i = inst.last;
      continue;
    }
    if (m) {
      const e = pickReading(text, tokens, m.first, m.values);
      // "الشيخ تميم بن حمد": a nasab the alias stops short of still belongs to the name.
      let last = m.last;
      if (e.type === 'PERSON') {
        while (last + 2 < tokens.length && NASAB.test(tokens[last + 1].norm) && !kb.notNames.has(tokens[last + 2].norm)) {
          last += 2;
          // "بن عبد العزيز": a compound name takes its second word.
          if (/^(?:عبد|ابو)$/.test(tokens[last].norm) && last + 1 < tokens.length) last++;
        }
        lastOffice = heldOffice(e, opts.date) ?? lastOffice;
      }
      mention(i, last, e, last > i ? 'name' : 'alias', m.values);
      i = last;
      continue;
    }
    const org = unknownOrgAt(text, tokens, i);
    if (org) {
      const media = stems(tokens[i].norm).some((x) => MEDIA_HEADS.test(x));
      mention(i, org.last, unknownOrg(text.slice(tokens[i].span.start, tokens[org.last].span.end), media), 'org-name');
      i = org.last;
      continue;
    }
    const province = headedPlaceAt(tokens, i);
    if (province) {
      mention(i + 1, i + 1, province, 'headed-name');
      i++;
      continue;
    }
    const place = unknownPlaceAt(text, tokens, i);
    if (place) {
      const name = text.slice(tokens[place.first].span.start, tokens[place.last].span.end);
      mention(place.first, place.last, unknownPlace(name), 'place-name');
      i = place.last;
      continue;
    }
    // A given name and one to three more name words the KB does not know ("الناشط حسام مؤنس").
    const given = givenName(tokens[i].norm);
    if (givenNames().has(given) && !ambiguousNames().has(given) && !(i > 0 && NASAB.test(tokens[i - 1].norm))) {
      const name = unknownNameAt(text, tokens, i, 2);
      if (name) {
        mention(i, name.last, unknownPerson(name.text, undefined, undefined), 'given-name');
        i = name.last;
      }
    }
  }
  if (opts.tagger !== false) addTaggedNames(text, tokens, found);
  resolveCountryAnaphora(text, tokens, found);
  return disambiguate(found, ambiguous);
}

// "بلاده" (his country), "بلادها" (her/its country), "بلادنا" (our country, in a quote): the
// country of the clause's first actor.
const COUNTRY_ANAPHORS = new Set(['بلاده', 'بلادها', 'بلادنا', 'بلادي']);
const SENTENCE_END = /[.!?؟\n]/;

/**
 * "قال أردوغان خلال اتصال مع نظيره الروسي إن بلاده …": the country anaphor names the country of
 * the first person (or body) with a country in its sentence before it — news sentences put the
 * speaker first — else of the first in the sentence before. No such actor, no mention.
 */
function resolveCountryAnaphora(text: string, tokens: Token[], found: EntityMention[]): void {
  const anaphors = tokens.map((t, k) => (stems(t.norm).some((x) => COUNTRY_ANAPHORS.has(x)) ? k : -1)).filter((k) => k >= 0);
  if (!anaphors.length) return;
  const kb = loadKb();
  const added: EntityMention[] = [];
  // Actors with a country, in text order: people and bodies found, and role phrases whose holder
  // the KB does not know ("وزير الخارجية الكويتي" still says Kuwait).
  const actors: { start: number; end: number; country: string }[] = [];
  for (const m of found) {
    if ((m.entity.type === 'PERSON' || m.entity.type === 'ORG') && m.entity.country && m.via !== 'tagger') actors.push({ start: m.span.start, end: m.span.end, country: m.entity.country });
  }
  // Role phrases are looked for only in the sentences an anaphor can reach (its own and the one before).
  const reach = new Set<number>();
  for (const k of anaphors) {
    const own = sentenceStart(text, tokens[k].span.start);
    const from = own > 0 ? sentenceStart(text, own - 1) : own;
    for (let i = k - 1; i >= 0 && tokens[i].span.start >= from; i--) reach.add(i);
  }
  for (const i of [...reach].sort((a, b) => a - b)) {
    const role = roleAt(tokens, i);
    if (role && role.countries.length === 1) actors.push({ start: tokens[i].span.start, end: tokens[role.last].span.end, country: role.countries[0] });
  }
  actors.sort((a, b) => a.start - b.start);
  for (const k of anaphors) {
    const t = tokens[k];
    // The clause of the last speech verb before the anaphor ("وشدد الصفدي على أن بلاده"), else the sentence.
    let from = sentenceStart(text, t.span.start);
    for (let j = k - 1; j >= 0 && tokens[j].span.start >= from; j--) {
      if (!SPEECH_VERBS.has(tokens[j].norm.replace(/^[وف]/, ''))) continue;
      if (actors.some((a) => a.start > tokens[j].span.start && a.end <= t.span.start)) {
        from = tokens[j].span.start;
        break;
      }
      // "وشدد الوزير الأردني على أن بلاده": a speaker described by a nisba alone.
      const nisba = speakerNisba(tokens, j + 1, k);
      if (nisba) {
        actors.push({ start: tokens[j].span.start, end: tokens[j].span.end, country: nisba });
        actors.sort((a, b) => a.start - b.start);
        from = tokens[j].span.start;
        break;
      }
    }
    const prevFrom = from > 0 ? sentenceStart(text, sentenceStart(text, from) - 1) : from;
    const actor =
      actors.find((a) => a.start >= from && a.end <= t.span.start) ??
      actors.find((a) => a.start >= prevFrom && a.end <= sentenceStart(text, from));
    const country = actor ? kb.countryEntity.get(actor.country) : undefined;
    if (country) added.push({ span: t.span, text: text.slice(t.span.start, t.span.end), entity: record(country), via: 'anaphora' });
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.span.start - b.span.start);
}

/** The country of a nisba between a speech verb and its "أن"/"إن" ("الوزير الأردني", "مسؤول إيراني"). */
function speakerNisba(tokens: Token[], from: number, to: number): string | undefined {
  for (let j = from; j < to && j < from + 4; j++) {
    if (/^(?:ب|علي |ل)?ان$/.test(tokens[j].norm) || tokens[j].norm === 'علي') return undefined;
    const c = nisbaCountry(tokens[j].norm);
    if (c) return c;
  }
  return undefined;
}

// Verbs that open a speaker's clause in news copy.
const SPEECH_VERBS = new Set(['قال', 'قالت', 'اكد', 'اكدت', 'شدد', 'شددت', 'اعلن', 'اعلنت', 'اوضح', 'اوضحت', 'اشار', 'اشارت', 'اعتبر', 'اعتبرت', 'اضاف', 'اضافت', 'صرح', 'صرحت', 'اعرب', 'اعربت', 'جدد', 'جددت', 'دعا', 'دعت', 'حذر', 'حذرت']);

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.test(text[i - 1])) i--;
  return i;
}

const isPlaceHead = (t: Token) => stems(t.norm).some((x) => loadKb().placeHeads.has(x) || loadKb().placeHeads.has(x.replace(/^ال/, '')));
/** A head noun alone ("بريف", "الحي", "حركة") names nothing. */
const isHead = (t: Token) => isPlaceHead(t) || stems(t.norm).some((x) => loadKb().orgHeads.has(x) || loadKb().orgHeads.has(x.replace(/^ال/, '')));

/** Names the statistical tagger finds where the knowledge base and the rules found nothing. */
function addTaggedNames(text: string, tokens: Token[], found: EntityMention[]): void {
  if (!tokens.length) return;
  const kb = loadKb();
  // Tokens inside a mention already found (mentions are in text order; one sweep).
  const covered = new Uint8Array(tokens.length);
  const sorted = [...found].sort((a, b) => a.span.start - b.span.start);
  for (let i = 0, m = 0; i < tokens.length; i++) {
    while (m < sorted.length && sorted[m].span.end <= tokens[i].span.start) m++;
    for (let k = m; k < sorted.length && sorted[k].span.start < tokens[i].span.end; k++) {
      if (sorted[k].span.end > tokens[i].span.start) covered[i] = 1;
    }
  }
  for (const n of tagNames(text, tokens, gz)) {
    let taken = false;
    for (let k = n.first; k <= n.last; k++) taken ||= covered[k] === 1;
    if (taken) continue;
    const span = tokens.slice(n.first, n.last + 1);
    while (span.length > 1 && NOT_FAMILY_NAMES.has(span[span.length - 1].norm)) span.pop();
    if (span.every((t) => kb.everydayTokens.has(t.norm) || kb.notNames.has(t.norm) || isHead(t))) continue;
    // A nisba alone ("وسورية" after "روسية") is an adjective, never a name.
    if (span.length === 1 && nisbaCountry(span[0].norm) !== undefined) continue;
    // "وزير الزراعة العراقي": a role the KB does not track is not a name.
    if (stems(span[0].norm).some((x) => kb.offices.has(x) || kb.roleNouns.has(x) || kb.roleNouns.has(x.replace(/^ال/, '')))) continue;
    const start = span[0].span.start;
    const end = span[span.length - 1].span.end;
    const name = text.slice(start, end);
    // "ميدان التحرير", "مستشفى الحسين": a place's head noun decides the type.
    const type = isPlaceHead(span[0]) ? 'LOC' : n.type;
    const e = type === 'PER' ? unknownPerson(name, undefined, undefined) : type === 'ORG' ? unknownOrg(name) : unknownPlace(name);
    found.push({ span: { start, end }, text: name, entity: record(e), via: 'tagger' });
  }
  found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * One name, several places: take the one in the country the rest of the text is about — the
 * countries named, the places' countries, a nisba right after the name ("طرابلس الليبية").
 */
function disambiguate(found: EntityMention[], ambiguous: Map<EntityMention, { candidates: KbEntity[]; next: string }>): EntityMention[] {
  if (!ambiguous.size) return found;
  const votes = new Map<string, number>();
  for (const m of found) if (!ambiguous.has(m) && m.entity.country) votes.set(m.entity.country, (votes.get(m.entity.country) ?? 0) + 1);
  return found.map((m) => {
    const { candidates, next } = ambiguous.get(m) ?? {};
    if (!candidates) return m;
    const nisba = nisbaCountry(next ?? '');
    // With nothing to go on, a capital before a provincial town.
    const score = (c: KbEntity) => (c.country === nisba ? 100 : 0) + (votes.get(c.country ?? '') ?? 0) + (c.metonymFor ? 0.5 : 0);
    const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
    return best === candidates[0] ? m : { ...m, entity: record(best) };
  });
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
  const countries: string[] = [];
  // The longest office phrase first: "المتحدث باسم الكرملين", "وزير الخارجية", "الرئيس".
  const longer = [3, 2]
    .filter((n) => i + n <= tokens.length)
    .flatMap((n) => stems(tok).map((s) => ({ n, key: [s, ...tokens.slice(i + 1, i + n).map((t) => t.norm)].join(' ') })))
    .find((x) => kb.offices.has(x.key));
  if (longer) {
    office = kb.offices.get(longer.key);
    j = i + longer.n - 1;
    const implied = kb.officeCountry.get(longer.key);
    if (implied) countries.push(implied);
  } else {
    const s = stems(tok).find((x) => kb.offices.has(x) || kb.counterpart.has(x));
    if (!s) return null;
    if (kb.counterpart.has(s)) counterpart = true;
    else office = kb.offices.get(s);
  }
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

/**
 * A family name written with the article: a nisba-shaped surname ("الشمري", "العيداني") that is not a
 * country's adjective, or a foreign name whose first letters only look like the article ("ألباريس").
 */
function familyName(text: string, token: Token): boolean {
  if (text.startsWith('أل', token.span.start)) return true;
  const t = token.norm;
  return t.length >= 5 && t.endsWith('ي') && !nisbaCountry(t) && !loadKb().notNames.has(t);
}

// Compound names: "عبد الرحمن", "أبو السعود", "قمر الدين", "سيف الإسلام".
const COMPOUND_HEAD = /^(?:[وف]?عبد|ابو|ابي|بن|ابن|ال?بو)$/;
const COMPOUND_TAIL = /^(?:الدين|الله|الاسلام|الرحمن|الرحيم)$/;
/** The KB person named at `k`, or after one title there ("الأمير فيصل بن فرحان"). */
function namedAfter(tokens: Token[], k: number): KbEntity | null {
  const kb = loadKb();
  for (const at of [k, k + 1]) {
    if (at >= tokens.length) return null;
    const m = gz(tokens, at);
    if (m) return m.values[0].type === 'PERSON' ? m.values[0] : null;
    if (!kb.honorifics.has(tokens[at].norm) && !kb.offices.has(tokens[at].norm)) return null;
  }
  return null;
}

/** The token as a given name, with a conjunction off only when it is not the name's own letter ("فهد", "وليد"). */
function givenName(token: string): string {
  return givenNames().has(token) ? token : token.replace(/^[وف]/, '');
}

/** A two-letter name ("إب", the Yemeni city) only as the KB spells it: "آب" is August. */
function spelledAsInKb(text: string, tokens: Token[], m: PhraseMatch<KbEntity> | null): PhraseMatch<KbEntity> | null {
  if (!m || m.last !== m.first || lettersOnly(m.values[0].ar).length > 2) return m;
  const written = text.slice(tokens[m.first].span.start, tokens[m.first].span.end);
  return m.values.some((v) => [v.ar, ...(v.aliases ?? [])].some((a) => written.endsWith(a))) ? m : null;
}

/**
 * A one-word KB match that the context says is something else: after a place's head noun the
 * complement takes no preposition ("قرية بليون" is not ب + ليون, Lyon); a nisba coordinated with
 * another nisba is an adjective ("طائرات روسية وسورية" is not Syria).
 */
function misreadAlias(tokens: Token[], i: number): boolean {
  const m = gz(tokens, i);
  if (!m || m.last !== i || i === 0) return false;
  const kb = loadKb();
  const t = tokens[i].norm;
  const prev = tokens[i - 1].norm.replace(/^(?:و|ف)?(?:ب|ل)?/, '');
  if ((kb.namedPlaceHeads.has(prev) || kb.namedPlaceHeads.has(tokens[i - 1].norm)) && !kb.aliases.has(t) && !kb.aliases.has(t.replace(/^ال/, ''))) return true;
  const bare = t.replace(/^[وف]/, '');
  return bare !== t && kb.nisba.has(bare.replace(/^ال/, '')) && nisbaCountry(tokens[i - 1].norm) !== undefined;
}

const PROVINCE_HEADS = new Set(['محافظه', 'ولايه', 'اقليم', 'منطقه', 'مديريه', 'محافظ', 'والي']);

/** "محافظة الشرقية", "محافظ الجنوب": a province whose name alone is an everyday word. */
function headedPlaceAt(tokens: Token[], i: number): KbEntity | null {
  if (i + 1 >= tokens.length) return null;
  const head = tokens[i].norm.replace(/^(?:و|ف)?(?:ب|ل)?/, '');
  if (!PROVINCE_HEADS.has(head) && !PROVINCE_HEADS.has(tokens[i].norm)) return null;
  return loadKb().headed.get(tokens[i + 1].norm)?.[0] ?? null;
}

const NISBA = /^(?:ال)?\S+(?:ي|يه|يين|يون|ين)$/;
// First words of compound place names that take a second bare word ("رأس تنورة", "بني عدي", "دير حافر").
const TOPONYM_OPENERS = new Set(['ابو', 'ام', 'بني', 'عين', 'دير', 'تل', 'كفر', 'راس', 'بئر', 'بير', 'بيت', 'خان', 'مرج', 'سيدي', 'باب', 'حمام', 'جسر', 'قصر', 'وادي', 'جبل', 'سوق', 'بنت']);
// Words that end a place name after its head: prepositions and adverbs of place ("منطقة قرب تندوف").
const ROYAL_TITLES = new Set(['الملك', 'الامير', 'الشيخ', 'السلطان', 'الامام']);
const PLACE_STOPS = new Set(['قرب', 'بعد', 'قبل', 'عند', 'لدي', 'حول', 'داخل', 'خارج', 'امام', 'خلف', 'بين', 'نحو', 'جديد', 'جديدا', 'جديده', 'اخر', 'اخري', 'كبير', 'كبيرا', 'صغير']);

/**
 * A place the KB does not hold, named by a bare head noun in construct with its name: "قرية بني
 * عدي", "مخيم عين الحلوة" (the name is the mention), "ساحة الكرامة", "مستشفى الحسين" (head and
 * name). The name is one bare word or words with the article, one to three; it stops at
 * punctuation, function words, digits, nisba adjectives, known entities and everyday complements
 * ("ساحة المعركة").
 */
function unknownPlaceAt(text: string, tokens: Token[], i: number): { first: number; last: number } | null {
  const kb = loadKb();
  const head = tokens[i].norm.replace(/^(?:و|ف)?(?:ب|ل)?/, '');
  const kind = kb.namedPlaceHeads.get(head) ?? kb.namedPlaceHeads.get(tokens[i].norm);
  if (!kind || i + 1 >= tokens.length) return null;
  let last = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (/[،,.:;؛()«»"“”\-–]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) break;
    const t = tokens[k].norm;
    // "مطار الملك خالد", "جسر الملك فهد", "قاعدة الأمير سلطان الجوية": a facility named after a royal.
    if (k === i + 1 && ROYAL_TITLES.has(t) && k + 1 < tokens.length && givenNames().has(tokens[k + 1].norm)) {
      last = k + 1;
      while (last + 2 < tokens.length && NASAB.test(tokens[last + 1].norm) && givenNames().has(tokens[last + 2].norm)) last += 2;
      break;
    }
    if (kb.notNames.has(t) || kb.everydayTokens.has(t) || /\d/.test(t) || kb.genericComplements.has(t) || (gz(tokens, k) && !misreadAlias(tokens, k))) break;
    if (kb.namedPlaceHeads.has(t) || kb.orgHeads.has(t) || kb.roleNouns.has(t) || PLACE_STOPS.has(t) || kb.placeHeads.has(t)) break;
    // A complement in construct takes no preposition: "سجن بمنطقة …", "منطقة بالقرب …" end the name.
    const bare = t.replace(/^(?:و|ف)?(?:ب|ل)/, '');
    if (bare !== t && (bare.startsWith('ال') || kb.namedPlaceHeads.has(bare) || kb.placeHeads.has(bare))) break;
    const articled = t.startsWith('ال');
    // Right after the bare head a definite word is its complement, nisba-shaped or not ("منطقة
    // الحسينية", "قضاء المدائن"): an adjective of an indefinite head would be indefinite.
    if (NISBA.test(t) && k > i + 1) break;
    // A bare word first ("دير الجمال", "كفرتخاريم"), a second only after an opener ("رأس تنورة");
    // after them, words with the article.
    const afterOpener = k === i + 2 && TOPONYM_OPENERS.has(tokens[i + 1].norm);
    if (!articled && k > i + 1 && !afterOpener) break;
    if (!articled && t.length < 3 && !TOPONYM_OPENERS.has(t)) break;
    last = k;
    const next = tokens[k + 1]?.norm ?? '';
    if (!articled && !next.startsWith('ال') && !(k === i + 1 && TOPONYM_OPENERS.has(t))) break;
    // "حي الشيخ مقصود", "منطقة الشيخ عمر": an honorific takes the bare name after it.
    if (articled && kb.honorifics.has(t) && k + 1 < tokens.length && k + 1 <= i + 3 && !tokens[k + 1].norm.startsWith('ال') && givenNames().has(tokens[k + 1].norm)) {
      last = k + 1;
      break;
    }
  }
  if (last < 0 || (last === i + 1 && TOPONYM_OPENERS.has(tokens[last].norm))) return null;
  // A bare single word that reads as an adjective ("مدينة كبيرة", "قاعدة عسكرية") is no name.
  if (last === i + 1 && !tokens[last].norm.startsWith('ال') && /(?:ه|ي|يه)$/.test(tokens[last].norm)) return null;
  return { first: kind === 'facility' ? i : i + 1, last };
}

/**
 * A body the KB does not know, named by a head word and its name: "حركة النهضة", "المفوضية العليا
 * للانتخابات", "جهاز مكافحة الإرهاب", "جامعة بغداد". The name is words with the article (or لل), or
 * one bare noun before such a word, or a place; it stops at a function word, a person or punctuation.
 */
function unknownOrgAt(text: string, tokens: Token[], i: number): { last: number } | null {
  const kb = loadKb();
  if (!stems(tokens[i].norm).some((s) => kb.orgHeads.has(s) || kb.orgHeads.has(s.replace(/^ال/, '')))) return null;
  let last = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    if (/[،,.:;؛()«»"“”\-–]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) break;
    const t = tokens[k].norm;
    if (kb.notNames.has(t) || /\d/.test(t) || kb.offices.has(t)) break;
    const known = gz(tokens, k);
    if (known) {
      if (known.values[0].type === 'PERSON' || known.values[0].type === 'ORG') break;
      last = known.last; // a place closes the name: "جامعة بغداد"
      break;
    }
    const articled = t.startsWith('ال') || t.startsWith('لل');
    const bareThenArticled =
      !articled && k === i + 1 && k + 1 < tokens.length && /^(ال|لل)/.test(tokens[k + 1].norm) && !/[،,.:;؛()«»"“”\-–]/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start));
    if (!articled && !bareThenArticled) break;
    last = k;
  }
  return last > i ? { last } : null;
}

// A news agency, channel or paper reports acts; it is not a side of them ("وكالة الأنباء العراقية").
const MEDIA_HEADS = /^(?:ال)?(?:وكاله|قناه|صحيفه|اذاعه|تلفزيون|موقع)$/;

const NASAB = /^(?:بن|ابن|بنت)$/;
// Adjectives that follow a facility or body named after a person ("مطار الملك خالد الدولي"), never a family name.
const NOT_FAMILY_NAMES = new Set(['الدولي', 'الدوليه', 'الوطني', 'الوطنيه', 'الرسمي', 'الرسميه', 'المركزي', 'المركزيه', 'الحكومي', 'الحكوميه', 'الجديد', 'الجديده']);

/** The office a known person held at the document's time: what "نظيره" after them refers to. */
function heldOffice(e: KbEntity, date: string | null): string | undefined {
  return e.offices?.find((o) => heldOn(o, date))?.office;
}

/** "عُمان" (the sultanate) and "عمّان" (Jordan's capital) part only by their vowel marks. */
function pickReading(text: string, tokens: Token[], first: number, values: KbEntity[]): KbEntity {
  const written = text.slice(tokens[first].span.start, tokens[first].span.end);
  if (!/عمان$/.test(written.replace(/[\u064B-\u0652]/g, ''))) return values[0];
  if (/عُ/.test(written)) return loadKb().countryEntity.get('OMN') ?? values[0];
  if (/مّ/.test(written)) return values.find((v) => v.en === 'Amman') ?? values[0];
  return values[0];
}

const ORDINAL = /^ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)$/;

/**
 * Two to four name tokens starting at `from` that the KB does not know: no function word, no
 * article-prefixed word (a regnal ordinal "السادس" excepted), no punctuation inside, no known entity.
 */
function unknownNameAt(text: string, tokens: Token[], from: number, min: number, described = false): { text: string; last: number } | null {
  const kb = loadKb();
  const firstGiven = from < tokens.length && givenNames().has(givenName(tokens[from].norm));
  let last = -1;
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k].norm;
    if (k > from && /[،,.:;؛()«»"“”]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) break;
    // A regnal ordinal closes the name; an office word starts the next phrase ("… الأول ملك إسبانيا").
    if (k > from && ORDINAL.test(tokens[k - 1].norm)) break;
    if (kb.offices.has(t)) break;
    // A known surname alone after a given name is someone else's ("مايا مرسي" is not Mohamed Morsi).
    const known = gz(tokens, k);
    if (known && !(k > from && known.last === k && known.values[0].type === 'PERSON')) break;
    if (kb.notNames.has(t) || NOT_FAMILY_NAMES.has(t) || /\d/.test(t)) break;
    const compound = k > from && (COMPOUND_HEAD.test(tokens[k - 1].norm) || COMPOUND_TAIL.test(t));
    // After a describing noun and a given name, any word with the article may be the family name
    // ("الناشط حسن البنا"); "السفيرة الأمريكية ملف الانسحاب" has no given name.
    if (t.startsWith('ال') && !(k > from && (compound || ORDINAL.test(t) || familyName(text, tokens[k]) || (described && firstGiven && !nisbaCountry(t))))) break;
    if (t.length < 2) break;
    // Names carry no tanween ("مؤتمراً"), and a longer third word opening with ب is a phrase
    // ("بتهمة", "بعفو"), while "بن", "بو" and "بوحبيب" go on with the name.
    if (k > from && /[ًٌٍ]/.test(text.slice(tokens[k].span.start, tokens[k].span.end + 1))) break;
    if (k >= from + 2 && t.startsWith('ب') && t.length >= 4 && !t.startsWith('بو') && !givenNames().has(t)) break;
    // "عمر عزيمان وفؤاد عالي": a و-word after a name starts another name.
    if (k > from && t.startsWith('و') && !ORDINAL.test(t)) break;
    last = k;
    // A family name with the article ends the name: what follows is the sentence ("… العيداني إن").
    if (k > from && t.startsWith('ال') && !compound) break;
  }
  if (last < 0 || last - from + 1 < min) return null;
  // A name only when it looks like one: a known given name first, a regnal ordinal last, or quotes.
  const quoted =
    /["“«]\s*$/.test(text.slice(Math.max(0, tokens[from].span.start - 2), tokens[from].span.start)) &&
    /^\s*["”»]/.test(text.slice(tokens[last].span.end, tokens[last].span.end + 2));
  // After a describing noun ("المعارض أليكسي نافالني") any two name words will do.
  if (!quoted && !described && !firstGiven && !ORDINAL.test(tokens[last].norm)) return null;
  return { text: text.slice(tokens[from].span.start, tokens[last].span.end), last };
}

