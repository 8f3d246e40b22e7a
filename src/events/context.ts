// Per-sentence views over a document's tokens, entities and time expressions.
import type { EntityMention, EventMention, Sentence, Span, TimeExpression, Token } from '../types.js';
import { loadKb } from '../entities/kb.js';
import { eventLexicon } from './lexicon.js';
import { isWord } from './words.js';

export interface SentenceView {
  index: number;
  span: Span;
  paragraph: number;
  /** Token index range [from, to). */
  from: number;
  to: number;
  entities: EntityMention[];
  times: TimeExpression[];
}

const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** Whether sentence `v` holds one of the event's triggers. */
export const holdsTrigger = (e: EventMention, v: SentenceView) =>
  e.triggers.some((t) => inside(t.span, v.span));

/** The sentences holding the event's triggers, then the lead's other sentences. */
export function triggerThenLead(
  e: EventMention,
  lead: SentenceView[],
  views: SentenceView[],
): SentenceView[] {
  const own = views.filter((v) => holdsTrigger(e, v));
  return [...own, ...lead.filter((v) => !own.includes(v))];
}

export function sentenceViews(
  tokens: Token[],
  sentences: Sentence[],
  entities: EntityMention[],
  times: TimeExpression[],
): SentenceView[] {
  let t = 0;
  return sentences.map((s, index) => {
    while (t < tokens.length && tokens[t].span.start < s.span.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t].span.end <= s.span.end) t++;
    return {
      index,
      span: s.span,
      paragraph: s.paragraph,
      from,
      to: t,
      // (The state a body is told by, "سفارة السويد", is that body's; the body stands for it.)
      entities: entities.filter((e) => inside(e.span, s.span) && e.via !== 'institution-state'),
      times: times.filter((x) => inside(x.span, s.span)),
    };
  });
}

/**
 * Does token k go on a name begun before it ("عبد الله الثاني بن الحسين": all but "عبد")? Counting
 * distances in words, a name is one word.
 */
export function continuesName(tokens: Token[], v: SentenceView, k: number): boolean {
  return v.entities.some((e) => e.span.start < tokens[k].span.start && tokens[k].span.end <= e.span.end);
}

/** Does token k lie inside a name the sentence holds ("الدعم" in "قوات الدعم السريع")? */
export function inEntity(tokens: Token[], v: SentenceView, k: number): boolean {
  return v.entities.some((e) => e.span.start <= tokens[k].span.start && tokens[k].span.end <= e.span.end);
}

export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].span.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isPerson(m: EntityMention): boolean {
  return m.entity.type === 'PERSON';
}

/** A place, not a capital standing for its government ("أنقرة" as actor). */
export function isPlace(m: EntityMention): boolean {
  if (m.entity.type !== 'GPE' && m.entity.type !== 'LOC') return false;
  return !loadKb().byId.get(m.entity.id)?.metonymFor;
}

export function isSourceOrg(m: EntityMention): boolean {
  return !!loadKb().byId.get(m.entity.id)?.source;
}

export function isMedia(m: EntityMention): boolean {
  return !!loadKb().byId.get(m.entity.id)?.media;
}

/**
 * "قال الوزير … إن الرئيس تلقى اتصالاً", "ذكر مسؤول في وزارة الداخلية أن حصيلة الهجوم …": who
 * reports an event is not a side of it. The speakers are the actors between a verb of saying and
 * its "أن/إن" when the trigger at token `at` comes after them ("أبلغ بوتين إردوغان في مكالمة …
 * أن": the trigger comes before "أن", the speaker is a side).
 */
export function speakersOf(tokens: Token[], v: SentenceView, at: number, text?: string): Set<EntityMention> {
  const speakers = new Set<EntityMention>();
  // ("وقال الحزب في بيان: «انفجر …»": a colon or an opening quote begins what is said, as "إن" does.)
  const quoteBefore = (k: number) =>
    !!text && /[:«"“]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start));
  for (const m of eventLexicon().speech.findAll(tokens, v.from, v.to)) {
    let comp = m.last + 1;
    while (comp < v.to && !isWord('complementizers', tokens[comp].norm) && !quoteBefore(comp)) comp++;
    // "أعلنت الحكومة استقالة الوزير": with no "أن" the verb's object is the act, its subject a side.
    if (at < comp || comp >= v.to) continue;
    for (const e of v.entities) {
      const i = tokenIndexAt(tokens, e.span.start);
      if (i > m.last && i < comp) speakers.add(e);
    }
  }
  return speakers;
}
