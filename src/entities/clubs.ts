// Sports clubs named by their town or by a word the rules read as a place ("فاز القادسية على
// الكويت", "نادي الجهراء", "مولودية وهران"): in a report on a match the text decides that the name is
// a club's. Outside such a report a town stays a town.
import type { EntityMention, Token } from '../types.js';
import { coveredTokens, tokensWithin } from '../arabic/tokenize.js';
import { normalize, normalizeChar } from '../arabic/normalize.js';
import { loadKb, record, unknownOrg } from './kb.js';
import { withoutProclitics } from './lookup.js';
import { isEverydayWord } from './everyday.js';
import { addCuedClubs, clubWord, MATCH_VERBS } from './club-cues.js';
import { addNamedClubs } from './club-names.js';

/** Words only a report on a match uses often (normalized, proclitics off). */
const SPORTS_WORDS = new Set(
  'الدوري دوري مباراه المباراه مباريات لاعب اللاعب لاعبو لاعبي لاعبين مدرب المدرب بهدف بهدفين هدف الهدف اهداف ملعب الملعب الكاس كاس ركلات الجوله المنتخب النادي نادي الاندية الانديه تعادل التعادل هزم فاز فوزه فوزها تغلب تغلبه تغلبها البطوله ذهاب اياب النهائي'.split(
    ' ',
  ),
);
/** Heads that name a club alone ("نادي الكويت"): a country after them is the club too. */
const CLUB_HEADS = new Set(['نادي', 'فريق']);
/** Words before "على" that make its object the team beaten ("فوزه على", "على حساب"). */
const BEAT_ON = new Set([
  'فاز',
  'فوزه',
  'فوزها',
  'فوزهم',
  'تغلب',
  'تغلبه',
  'تغلبها',
  'حساب',
  'تفوق',
  'تفوقه',
]);
/** Words before "مع" that make its object the other team ("تعادل مع"). */
const DRAW_WITH = new Set(['تعادل', 'تعادله', 'تعادلها', 'التعادل']);
/** Words right before a name that make it the opposing team. */
const AGAINST = new Set(['ضد', 'امام', 'هزم', 'اقصي', 'ضيفه', 'مضيفه', 'غريمه', 'منافسه']);
/** Heads of clubs' names: a town or word after them is the club ("مولودية وهران", "نهضة بركان"). */
const CLUB_NAME_HEADS = new Set(['مولوديه', 'شبيبه', 'وفاق', 'نهضه', 'اولمبيك', 'شباب', 'اتحاد', 'نجم']);

/** At least three kinds of match words in the text. */
export function isSportsReport(tokens: Token[]): boolean {
  const seen = new Set<string>();
  for (const t of tokens) {
    const w = withoutProclitics(t.norm);
    if (SPORTS_WORDS.has(t.norm)) seen.add(t.norm);
    else if (SPORTS_WORDS.has(w)) seen.add(w);
    if (seen.size >= 3) return true;
  }
  return false;
}

export function readClubs(text: string, tokens: Token[], found: EntityMention[]): void {
  if (tokens.length < 8 || !isSportsReport(tokens)) return;
  const kb = loadKb();
  splitListedClubs(text, tokens, found);
  addNamedClubs(text, tokens, found);
  const asClub = (m: EntityMention) => {
    m.entity = record(unknownOrg(m.text));
    m.via = 'club';
  };
  const isCountry = (m: EntityMention) => kb.byId.get(m.entity.id)?.subtype === 'country';
  // (The three words before a name's preposition: "تعادل الوصل مع …" puts the subject between.)
  const before3 = (first: number) =>
    tokens.slice(Math.max(0, first - 4), first - 1).flatMap((t) => [t.norm, withoutProclitics(t.norm)]);
  const clubs = new Set<EntityMention>();
  const sorted = found.filter((m) => !m.nested).sort((a, b) => a.span.start - b.span.start);
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    if (m.entity.type === 'PERSON') continue;
    const { first } = tokensWithin(tokens, m.span);
    if (first < 0) continue;
    const prevRaw = first > 0 ? tokens[first - 1].norm : '';
    const prev = withoutProclitics(prevRaw);
    const prev2 = first > 1 ? withoutProclitics(tokens[first - 2].norm) : '';
    const gap = first > 0 ? text.slice(tokens[first - 1].span.end, m.span.start) : '';
    const adjacent = /^\s*$/.test(gap);
    if (m.entity.type === 'ORG') {
      // A club the rules or the tagger named in a match's report anchors a list after it.
      if (m.via === 'tagger' || m.entity.id.startsWith('mirsad:unknown-org:')) clubs.add(m);
      continue;
    }
    if (m.descriptive) continue;
    const written = text.slice(tokens[first].span.start, tokens[first].span.end);
    const headed = adjacent && (CLUB_HEADS.has(prev) || CLUB_HEADS.has(prevRaw));
    const opposed =
      adjacent &&
      !isCountry(m) &&
      (AGAINST.has(prev) ||
        AGAINST.has(prevRaw) ||
        (prev === 'علي' &&
          /ى$/.test(text.slice(tokens[first - 1].span.start, tokens[first - 1].span.end)) &&
          (BEAT_ON.has(prev2) || (first > 1 && BEAT_ON.has(tokens[first - 2].norm)))) ||
        (prev === 'حساب' && prev2 === 'علي') ||
        MATCH_VERBS.has(prevRaw.replace(/^[وف]/, '')) ||
        (prev === 'مع' && before3(first).some((w) => DRAW_WITH.has(w))));
    // "الأهلي والزمالك": a town joined by "و" right after a club is another club.
    const before = sorted[k - 1];
    const listed =
      !isCountry(m) &&
      /^و/.test(written) &&
      before !== undefined &&
      clubs.has(before) &&
      /^[\s،,]*$/.test(text.slice(before.span.end, tokens[first].span.start));
    if (headed || opposed || listed) {
      asClub(m);
      clubs.add(m);
    }
  }
  // "وبلغ القادسية النهائي": a name the text made a club once is that club again, save where a
  // preposition of place puts it ("في الكويت") or it is a country.
  const names = new Set(
    [...clubs].filter((m) => m.via === 'club').map((m) => withoutProclitics(normalize(m.text))),
  );
  for (const m of sorted) {
    if (
      m.via === 'club' ||
      m.entity.type === 'PERSON' ||
      m.entity.type === 'ORG' ||
      m.descriptive ||
      isCountry(m)
    )
      continue;
    if (!names.has(withoutProclitics(normalize(m.text)))) continue;
    const { first } = tokensWithin(tokens, m.span);
    // ("بالكويت", "للكويت": a preposition on the name, outside its span.)
    if (first < 0 || /[بل]/.test(text.slice(tokens[first].span.start, m.span.start))) continue;
    if (first > 0 && PLACE_PREPOSITIONS.has(tokens[first - 1].norm)) continue;
    asClub(m);
  }
  addHeadedClubs(text, tokens, found);
  addCuedClubs(text, tokens, found);
}
const PLACE_PREPOSITIONS = new Set(['في', 'من', 'الي', 'الى', 'داخل', 'قرب', 'مدينه', 'ملعب']);

/** Where a token's name starts: past its proclitics' letters and a tatweel after them ("بـالأهلي"). */
function afterProclitics(text: string, t: Token): number {
  let letters = CLUB_NAME_HEADS.has(t.norm) ? 0 : t.norm.length - withoutProclitics(t.norm).length;
  let c = t.span.start;
  // (Marks and tatweel are what normalization drops, so they count as no letter.)
  while (letters > 0 && c < t.span.end) if (normalizeChar(text[c++]) !== '') letters--;
  while (c < t.span.end && normalizeChar(text[c]) === '') c++;
  return c;
}

/**
 * "بـالأهلي والزمالك والإسماعيلي": the tagger's one body over one-word names joined by "و" in a
 * match's report is so many clubs, each without its proclitics.
 */
function splitListedClubs(text: string, tokens: Token[], found: EntityMention[]): void {
  for (const m of [...found]) {
    if (m.via !== 'tagger' || m.entity.type !== 'ORG') continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last <= first) continue;
    const span = tokens.slice(first, last + 1);
    if (!span.slice(1).every((t) => /^و/.test(t.norm) && !isEverydayWord(t.norm.slice(1)))) continue;
    if (span.some((t) => isEverydayWord(withoutProclitics(t.norm)))) continue;
    found.splice(found.indexOf(m), 1);
    for (const t of span) {
      const start = afterProclitics(text, t);
      const name = text.slice(start, t.span.end);
      found.push({
        span: { start, end: t.span.end },
        text: name,
        entity: record(unknownOrg(name)),
        via: 'tagger',
      });
    }
  }
}

/** "مولودية وهران", "نهضة بركان": a club's head before a town or a word no lexicon knows. */
function addHeadedClubs(text: string, tokens: Token[], found: EntityMention[]): void {
  const covered = coveredTokens(tokens, found);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (covered[i]) continue;
    if (!CLUB_NAME_HEADS.has(tokens[i].norm) && !CLUB_NAME_HEADS.has(withoutProclitics(tokens[i].norm)))
      continue;
    if (!/^\s+$/.test(text.slice(tokens[i].span.end, tokens[i + 1].span.start))) continue;
    const next = tokens[i + 1];
    const place = found.find(
      (m) =>
        !m.nested && m.span.start === next.span.start && (m.entity.type === 'LOC' || m.entity.type === 'GPE'),
    );
    // ("شبيبة الساورة": an articled word too, when it is no everyday word nor a side's common noun.)
    const unknown =
      !covered[i + 1] &&
      next.norm.length > 2 &&
      !isEverydayWord(next.norm) &&
      (!/^ال/.test(next.norm) || clubWord(next.norm));
    if (!place && !unknown) continue;
    const end = place ? place.span.end : next.span.end;
    const start = afterProclitics(text, tokens[i]);
    if (place) found.splice(found.indexOf(place), 1);
    const name = text.slice(start, end);
    found.push({ span: { start, end }, text: name, entity: record(unknownOrg(name)), via: 'club' });
    i++;
  }
  found.sort((a, b) => a.span.start - b.span.start);
}
