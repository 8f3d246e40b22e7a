// Bodies named by a word and a place: parties ("نداء تونس", "تحيا تونس", "قلب تونس", "مستقبل وطن"),
// companies and brands ("اتصالات المغرب", "أوريدو الجزائر", "زين العراق", "طيران الإمارات") and, the
// place first, airlines ("مصر للطيران"). Read alone, the place is a place and the body is missed;
// the labelled sets mark the body, one ORG (the kind word before it, "حزب", "شركة", outside), and not
// the place inside it. Ordinary phrases with a place ("سكان تونس", "رئيس مصر", "حكومة قطر", "في قلب
// تونس", "اتصالات مصر مع …") stay as they are: the word before the place must be one that names
// bodies, and the words that are everyday nouns too only with a cue (a kind word or quotes).
import { normalize } from '../arabic/normalize.js';
import { tokensWithin } from '../arabic/tokenize.js';
import type { EntityMention, Token } from '../types.js';
import { loadKb, record, unknownOrg } from './kb.js';
import { BOUNDARY, gz, nisbaCountry, withoutProclitics } from './lookup.js';
import { tradeAt } from './sector-companies.js';

const words = (xs: string[]) => new Set(xs.map(normalize));

/** Words that name a body before a place with no cue: brands, telecoms, airlines, party names. */
const NAME_HEADS = words([
  'نداء',
  'تحيا',
  'اتصالات',
  'أوريدو',
  'اوريدو',
  'زين',
  'فودافون',
  'أورنج',
  'طيران',
  'بنك',
  'مصرف',
  'بريد',
  'تداول',
]);

/** Everyday nouns that name a party only after a kind word or in quotes: "حزب قلب تونس", «مستقبل وطن». */
const CUED_HEADS = words(['قلب', 'مستقبل', 'مشروع', 'آفاق', 'حراك', 'أمل', 'حماة', 'صوت', 'بناء']);

/** Kinds of body written before such a name (outside its span). */
const KINDS = words([
  'حزب',
  'حركة',
  'تيار',
  'ائتلاف',
  'تحالف',
  'جبهة',
  'قائمة',
  'كتلة',
  'شركة',
  'مجموعة',
  'مؤسسة',
  'الحزب',
  'الحركة',
]);

/** Words around "طيران" + a state that make it the air force bombing, not the airline. */
const STRIKES =
  /^(?:[وفبل]?(?:غاره|غارات|قصف|شن|يشن|تشن|قصفت|قصفه|استهدف|ضربات)|ال(?:مسير|مسيره|حربي|حربيه))$/;

/** The token as a head word: itself, else without "و"/"ف", else without its proclitics ("فودافون" kept whole). */
function headOf(norm: string): string {
  const known = (x: string) => NAME_HEADS.has(x) || CUED_HEADS.has(x);
  return [norm, norm.replace(/^[وف]/, ''), withoutProclitics(norm)].find(known) ?? norm;
}

/** A place's mention (GPE or LOC, not nested) starting at token k. */
function placeAt(tokens: Token[], found: EntityMention[], k: number): EntityMention | undefined {
  if (k < 0 || k >= tokens.length) return undefined;
  const t = tokens[k].span;
  return found.find(
    (m) =>
      !m.nested &&
      m.span.start >= t.start &&
      m.span.start < t.end &&
      (m.entity.type === 'GPE' || m.entity.type === 'LOC') &&
      !m.descriptive,
  );
}

const gap = (text: string, tokens: Token[], a: number) =>
  text.slice(tokens[a].span.end, tokens[a + 1].span.start);

/** The head token's start without its proclitics ("لطيران" → "طيران", "وزين" → "زين"). */
function startWithout(text: string, token: Token, bare: string): number {
  let cut = token.norm.length - bare.length;
  let s = token.span.start;
  while (cut > 0 && s < token.span.end) {
    if (/[\u0621-\u064A]/.test(text[s])) cut--;
    s++;
  }
  while (s < token.span.end && /[ـ\u064B-\u065F\s]/.test(text[s])) s++;
  return s;
}

/** A kind word right before token h ("حزب نداء تونس", "لشركة اتصالات المغرب"), or quotes around the name. */
function cued(text: string, tokens: Token[], h: number, last: number): boolean {
  const before = text.slice(h > 0 ? tokens[h - 1].span.end : 0, tokens[h].span.start);
  const after = text.slice(tokens[last].span.end, tokens[last + 1]?.span.start ?? text.length);
  if (/["“«]\s*$/.test(before) && /^\s*["”»]/.test(after)) return true;
  if (h === 0 || !/^\s*$/.test(before)) return false;
  const prev = tokens[h - 1].norm;
  return [prev, withoutProclitics(prev), prev.replace(/^[وف]/, '')].some((x) => KINDS.has(x));
}

/** The KB's body of that name, if it holds one, else a body made for this document. */
function bodyNamed(tokens: Token[], h: number, last: number, name: string) {
  const m = gz(tokens, h);
  const kb = m?.last === last ? m.values.find((v) => v.type === 'ORG') : undefined;
  return record(kb ?? unknownOrg(name));
}

/** Replace the mentions over tokens h..last with one body; the place inside is kept as nested. */
function join(
  text: string,
  tokens: Token[],
  out: EntityMention[],
  place: EntityMention | undefined,
  h: number,
  last: number,
  start: number,
): EntityMention[] {
  const span = { start, end: tokens[last].span.end };
  const name = text.slice(span.start, span.end);
  const lo = tokens[h].span.start;
  const kept = out.filter((m) => m === place || m.nested || m.span.end <= lo || m.span.start >= span.end);
  const body: EntityMention = {
    span,
    text: name,
    entity: bodyNamed(tokens, h, last, name),
    via: 'place-body',
  };
  if (!place) return [...kept, body].sort((a, b) => a.span.start - b.span.start);
  const k = kept.indexOf(place);
  kept[k] = { ...place, nested: true };
  kept.splice(k, 0, body);
  return kept;
}

/** Read "نداء تونس", "اتصالات المغرب", "مصر للطيران" … as one body each (run after joinBodyPlaces). */
export function joinPlaceBodies(text: string, tokens: Token[], found: EntityMention[]): EntityMention[] {
  let out = found;
  for (let i = 1; i < tokens.length; i++) {
    const place = placeAt(tokens, out, i);
    if (!place) continue;
    const last = tokensWithin(tokens, place.span).last;
    // ("زين وآسيا سيل": a place after "و" is the next name.)
    if (last < i || place.span.start !== tokens[i].span.start) continue;
    if (/^و/.test(tokens[i].norm) && !normalize(place.entity.ar ?? '').startsWith('و')) continue;
    // ("طيران الاحتلال الإسرائيلي": a state described by its nisba, no name of a body.)
    if (last > i && nisbaCountry(tokens[last].norm) !== undefined) continue;
    const h = i - 1;
    if (!/^\s+$/.test(gap(text, tokens, h))) continue;
    const head = headOf(tokens[h].norm);
    const strong = NAME_HEADS.has(head);
    if (!strong && !CUED_HEADS.has(head)) continue;
    // (A country's bombers, "غارات طيران الإمارات المسير", are its air force.)
    if (
      head === 'طيران' &&
      (STRIKES.test(tokens[h - 1]?.norm ?? '') || STRIKES.test(tokens[last + 1]?.norm ?? ''))
    )
      continue;
    // ("اتصالات مصر مع الأطراف": a state's contacts.)
    if (head === 'اتصالات' && /^(?:مع|بين|مكثفه|مستمره|مباشره)$/.test(tokens[last + 1]?.norm ?? '')) continue;
    if (!strong && !cued(text, tokens, h, last)) continue;
    // ("شركة أمل مصر للتأمين": the trade after the place is the name's.)
    const trade = tradeAt(text, tokens, last + 1);
    out = join(text, tokens, out, place, h, Math.max(trade, last), startWithout(text, tokens[h], head));
  }
  // "حزب مستقبل وطن": the homeland as the place, after a kind word.
  for (let h = 1; h + 1 < tokens.length; h++) {
    if (!/^(?:ال)?وطن$/.test(tokens[h + 1].norm) || !/^\s+$/.test(gap(text, tokens, h))) continue;
    const head = headOf(tokens[h].norm);
    if (!NAME_HEADS.has(head) && !CUED_HEADS.has(head)) continue;
    if (!cued(text, tokens, h, h + 1)) continue;
    out = join(text, tokens, out, undefined, h, h + 1, startWithout(text, tokens[h], head));
  }
  // The place first, the airline's trade after: "وكانت مصر للطيران قد أوضحت", "لمصر للطيران".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const place = placeAt(tokens, out, i);
    if (!place) continue;
    const last = tokensWithin(tokens, place.span).last;
    const next = tokens[last + 1];
    if (next?.norm !== 'للطيران' || BOUNDARY.test(gap(text, tokens, last))) continue;
    if (loadKb().byId.get(place.entity.id)?.subtype !== 'country') continue;
    // ("معرض دبي للطيران": a show's or a place's head before it.)
    const prev = i > 0 ? withoutProclitics(tokens[i - 1].norm) : '';
    if (loadKb().namedPlaceHeads.has(prev) || /^(?:معرض|ملتقي|مؤتمر|اكاديميه|منتدي)$/.test(prev)) continue;
    out = join(text, tokens, out, place, i, last + 1, place.span.start);
  }
  return out;
}
