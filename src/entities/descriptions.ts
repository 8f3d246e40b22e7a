// Actors named by description, not by name: "القوات الحكومية", "قوات النظام", "الجيش" resolve to
// that institution of the country the text is about; "التحالف" in a text about Yemen is the
// Saudi-led coalition (data/kb/descriptions.json). Institutions named by a generic noun and a
// nisba ("الجيش السوداني") are descriptions too. A description is a side of events; in the entity
// output it is marked `descriptive: true`, and it is not scored as a name.
import { tokenStems } from '../arabic/tokenize.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { PhraseMatcher } from '../arabic/phrases.js';
import type { EntityMention, Token } from '../types.js';
import { institutionOf, isMadeEntity, loadKb, record, stateBody, type KbEntity } from './kb.js';
import { nisbaCountry, nisbaMajority, soleTop } from './lookup.js';

interface Description {
  phrase: string;
  kind?: string;
  org?: string;
  when?: string[];
  after?: string[];
}

/** Indefinite nouns of a service's sites: "مدرسة للدرك", "ثكنة للحرس الجمهوري". */
const SERVICE_SITE = /^[وف]?(?:مدرسه|ثكنه|مقر|معسكر|مركز|كليه|اكاديميه|قاعده|مبني)$/;

/** A description's words that must stand before it, normalised. */
const afterSets = new WeakMap<Description, Set<string>>();
function afterWords(d: Description): Set<string> {
  let set = afterSets.get(d);
  if (!set) afterSets.set(d, (set = new Set((d.after ?? []).map(normalize))));
  return set;
}

let matcher: PhraseMatcher<Description> | null = null;
function descriptions(): PhraseMatcher<Description> {
  if (matcher) return matcher;
  const { descriptions } = loadData<{ descriptions: Description[] }>('kb/descriptions.json');
  return (matcher = new PhraseMatcher(
    descriptions.map((d) => [d.phrase, d] as [string, Description]),
    { stripArticle: false },
  ));
}

/** The KB body that is this institution of this country ("الجيش السوداني" → Sudanese Armed Forces), else one made for it. */
export function institutionEntity(kind: [string, string], country: string): KbEntity {
  const k = courtOfRuler(kind, country);
  return institutionIndex(loadKb().entities).get(`${k[0]}|${country}`) ?? institutionOf(k, country);
}

let RULERS: Map<string, string> | null = null;
/**
 * "الرئاسة الكويتية": a state the KB knows a king, an emir or a sultan of, and no president, has no
 * presidency; the office of its head of state is its emiri or royal court.
 */
export function courtOfRuler(kind: [string, string], country: string): [string, string] {
  if (kind[0] !== 'presidency') return kind;
  if (!RULERS) {
    const rulers = new Map<string, string>();
    const presidents = new Set<string>();
    for (const e of loadKb().entities)
      for (const o of e.offices ?? []) {
        if (o.office === 'president') presidents.add(o.country);
        if (/^(?:king|queen|emir|sultan)$/.test(o.office)) rulers.set(o.country, o.office);
      }
    for (const c of presidents) rulers.delete(c);
    RULERS = rulers;
  }
  const ruler = RULERS.get(country);
  if (!ruler) return kind;
  return ruler === 'emir' ? ['court-emiri', 'Emiri Diwan'] : ['court-royal', 'Royal Court'];
}

/** The first KB entity of each institution kind and country (asked for at many tokens of every text). */
const institutionIndexes = new WeakMap<KbEntity[], Map<string, KbEntity>>();
function institutionIndex(entities: KbEntity[]): Map<string, KbEntity> {
  let index = institutionIndexes.get(entities);
  if (index) return index;
  institutionIndexes.set(entities, (index = new Map()));
  for (const e of entities) {
    const key = `${e.kind}|${e.country}`;
    if (e.kind !== undefined && e.country !== undefined && !index.has(key)) index.set(key, e);
  }
  return index;
}

/** Is this KB mention a description: an institution word and a nisba ("الجيش الإسرائيلي") or a descriptive phrase ("قوات الاحتلال", "… الإسرائيلي")? */
export function isDescription(tokens: Token[], first: number, last: number): boolean {
  const kb = loadKb();
  // An institution word and a nisba: "الجيش الإسرائيلي", "الخارجية السعودية" ("قوات الدعم السريع" is a name).
  const institution = tokenStems(tokens[first]).some(
    (s) => kb.institutions.has(s) || (last > first && kb.institutions.has(`${s} ${tokens[first + 1].norm}`)),
  );
  if (last > first && institution && nisbaCountry(tokens[last].norm)) return true;
  const m = descriptions().matchAt(tokens, first);
  return !!m && m.last <= last && (m.last === last || !!nisbaCountry(tokens[last].norm));
}

/** The country the text is about: the one its mentions point to most often (none on a tie at the top). */
export function textCountry(found: EntityMention[], tokens: Token[]): string | undefined {
  const votes = new Map<string, number>();
  for (const m of found)
    if (m.entity.country && m.via !== 'tagger')
      votes.set(m.entity.country, (votes.get(m.entity.country) ?? 0) + 1);
  return votes.size ? soleTop(votes) : nisbaMajority(tokens);
}

/** Add the descriptions of actors where no mention stands, resolved by the text's country. */
export function addDescriptions(text: string, tokens: Token[], found: EntityMention[]): void {
  const kb = loadKb();
  // Tokens inside a mention already found (one sweep over both, in text order).
  const covered = new Set<number>();
  const sorted = [...found].sort((a, b) => a.span.start - b.span.start);
  for (let k = 0, j = 0; k < tokens.length; k++) {
    while (j < sorted.length && sorted[j].span.end <= tokens[k].span.start) j++;
    for (let x = j; x < sorted.length && sorted[x].span.start < tokens[k].span.end; x++)
      if (sorted[x].span.end > tokens[k].span.start) covered.add(k);
  }
  const country = textCountry(found, tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const m = descriptions().matchAt(tokens, i);
    if (!m || [...Array(m.last - m.first + 1).keys()].some((d) => covered.has(i + d))) continue;
    // "القوات الحكومية السورية": a nisba after it names the country itself (the institution rule's).
    if (m.last + 1 < tokens.length && nisbaCountry(tokens[m.last + 1].norm)) continue;
    const d = m.values[0];
    const service = !!d.kind && kb.namedServices.has(d.kind);
    // ("مدرسة للدرك في باماكو": a service after a facility's indefinite noun and "لـ" owns the place where
    // the act was; the town after it stays the act's, not the seat of a body.)
    if (service && i > 0 && /^لل/.test(tokens[i].norm) && SERVICE_SITE.test(tokens[i - 1].norm)) continue;
    // ("المدير العام للأمن الوطني" names the service; "المساس بالأمن الوطني" the good it keeps.)
    if (d.after && !(i > 0 && afterWords(d).has(tokens[i - 1].norm.replace(/^[وف]/, '')))) continue;
    let e: KbEntity | undefined;
    if (d.org) {
      if (d.when && !(country && d.when.includes(country))) continue;
      e = kb.byId.get(`mirsad:${d.org}`) ?? kb.byId.get(d.org);
    } else if (d.kind && country) {
      const kind = [...kb.institutions.values()].find((k) => k[0] === d.kind);
      if (kind) e = institutionEntity(kind, country);
    }
    if (!e) continue;
    const span = { start: tokens[m.first].span.start, end: tokens[m.last].span.end };
    found.push({
      span,
      text: text.slice(span.start, span.end),
      entity: record(e),
      via: 'description',
      // ("الأمن العام", "قوات الدرك": a service called by its own name is a name of the text's country's.)
      ...(service ? {} : { descriptive: true }),
    });
    i = m.last;
  }
  found.sort((a, b) => a.span.start - b.span.start);
}

let bodies: Map<string, string> | null = null;
function stateBodies(): Map<string, string> {
  if (bodies) return bodies;
  const { stateBodies } = loadData<{ stateBodies: Record<string, string> }>('kb/descriptions.json');
  return (bodies = new Map(Object.entries(stateBodies).map(([k, v]) => [normalize(k), v])));
}

/**
 * "مجلس الشعب", "المجلس الأعلى للقوات المسلحة": a state's standing body named without a nisba, read as
 * a body the KB does not hold, is of the country the text is about (or the one state that has it).
 */
export function placeStateBodies(tokens: Token[], found: EntityMention[]): void {
  let country: string | null | undefined = null;
  placeBareInteriorMinistries(found);
  for (const m of found) {
    if (m.entity.type !== 'ORG' || m.entity.country || !isMadeEntity(m.entity.id)) continue;
    const fixed = stateBodies().get(normalize(m.text).replace(/^[وفبل]?ل?(?=ال)|^[وف](?=مجلس)/, ''));
    if (fixed === undefined) continue;
    if (country === null) country = textCountry(found, tokens);
    const state = fixed || country;
    if (state) m.entity = record(stateBody(m.text, state));
  }
}

/**
 * "وزارة الداخلية" with no nisba ("أوقف بأمر من وزارة الداخلية", "وذكرت وزارة الداخلية أن …") is the
 * interior ministry the text gives a state elsewhere ("وزارة الداخلية البحرينية"). Left alone when
 * the text gives it to no state (the text's country is a guess that often fails: a report from
 * the border of two states) or to two.
 */
function placeBareInteriorMinistries(found: EntityMention[]): void {
  const kb = loadKb();
  for (const m of found) {
    if (m.entity.type !== 'ORG' || m.entity.country || !isMadeEntity(m.entity.id)) continue;
    const kind = kb.institutions.get(normalize(m.text).replace(/^[وف]?(?:ب|ل)?(?=وزاره)/, ''));
    // (The interior ministry only, an organ of one state at home: a bare "وزارة الخارجية" in a report
    // of two states' diplomacy is as often the other state's as the one named with a nisba.)
    if (!kind || kind[0] !== 'ministry-interior') continue;
    const states = new Set(
      found.filter((x) => x.entity.institution === kind[0] && x.entity.country).map((x) => x.entity.country!),
    );
    if (states.size !== 1) continue;
    const state = [...states][0];
    m.entity = record(institutionEntity(kind, state));
    m.via = 'institution';
  }
}
