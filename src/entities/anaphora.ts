// Coreference of country anaphors: "بلاده", "بلادها", "بلادنا" name the country of the speaker.
import { tokenStems } from '../arabic/tokenize.js';
import type { EntityMention, Token } from '../types.js';
import { loadKb, record } from './kb.js';
import { nisbaCountry } from './lookup.js';
import { roleAt } from './roles.js';

// "بلاده" (his country), "بلادها" (her/its country), "بلادنا" (our country, in a quote): the
// country of the clause's first actor.
const COUNTRY_ANAPHORS = new Set(['بلاده', 'بلادها', 'بلادنا', 'بلادي']);
export const SENTENCE_END = /[.!?؟\n]/;

/**
 * "قال أردوغان خلال اتصال مع نظيره الروسي إن بلاده …": the country anaphor names the country of
 * the first person (or body) with a country in its sentence before it — news sentences put the
 * speaker first — else of the first in the sentence before. No such actor, no mention.
 */
export function resolveCountryAnaphora(text: string, tokens: Token[], found: EntityMention[]): void {
  const anaphors = tokens
    .map((t, k) => (tokenStems(t).some((x) => COUNTRY_ANAPHORS.has(x)) ? k : -1))
    .filter((k) => k >= 0);
  if (!anaphors.length) return;
  const kb = loadKb();
  const added: EntityMention[] = [];
  // Actors with a country, in text order: people and bodies found, and role phrases whose holder
  // the KB does not know ("وزير الخارجية الكويتي" still says Kuwait).
  const actors: { start: number; end: number; country: string }[] = [];
  for (const m of found) {
    if ((m.entity.type === 'PERSON' || m.entity.type === 'ORG') && m.entity.country && m.via !== 'tagger')
      actors.push({ start: m.span.start, end: m.span.end, country: m.entity.country });
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
    if (role && role.countries.length === 1)
      actors.push({
        start: tokens[i].span.start,
        end: tokens[role.last].span.end,
        country: role.countries[0],
      });
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
    if (country)
      added.push({
        span: t.span,
        text: text.slice(t.span.start, t.span.end),
        entity: record(country),
        via: 'anaphora',
      });
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
const SPEECH_VERBS = new Set([
  'قال',
  'قالت',
  'اكد',
  'اكدت',
  'شدد',
  'شددت',
  'اعلن',
  'اعلنت',
  'اوضح',
  'اوضحت',
  'اشار',
  'اشارت',
  'اعتبر',
  'اعتبرت',
  'اضاف',
  'اضافت',
  'صرح',
  'صرحت',
  'اعرب',
  'اعربت',
  'جدد',
  'جددت',
  'دعا',
  'دعت',
  'حذر',
  'حذرت',
]);

export function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.test(text[i - 1])) i--;
  return i;
}
