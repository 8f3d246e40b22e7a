// Claims: who the outlet says says what. A claim is a sentence with a verb of saying or an
// attribution ("حسب مصادر بالرئاسة التركية"); its source is the attributed channel (a
// statement, sources, reports), else the grammatical speaker; anaphoric sources ("وأضافت
// المصادر", "وأضاف البيان") and statements about the call by its participants carry the
// previous source on. Stance markers ("حسب زعمه") are kept per claim.
import type { Claim, EntityMention, EntityRecord, EventMention, Span, StanceMarker, Token } from '../types.js';
import { eventLexicon } from './lexicon.js';
import { loadKb } from '../entities/kb.js';
import { normalize } from '../arabic/normalize.js';
import { isPerson, isSourceOrg, tokenIndexAt, type SentenceView } from './context.js';

const QUOTES: [string, string][] = [['«', '»'], ['“', '”'], ['"', '"']];

export function detectClaims(text: string, tokens: Token[], views: SentenceView[], events: EventMention[]): Claim[] {
  const lex = eventLexicon();
  const claims: Claim[] = [];
  let lastSource: { entity: EntityRecord; text: string } | null = null;
  for (const v of views) {
    const verbs = lex.speech.findAll(tokens, v.from, v.to);
    const attributions = lex.attribution.findAll(tokens, v.from, v.to);
    const stance = lex.stance.findAll(tokens, v.from, v.to).map<StanceMarker>((m) => ({
      text: text.slice(tokens[m.first].span.start, tokens[m.last].span.end),
      span: { start: tokens[m.first].span.start, end: tokens[m.last].span.end },
      kind: m.values[0],
    }));
    if (!verbs.length && !attributions.length) continue;
    const after = (tok: number, within: number) =>
      v.entities.filter((e) => {
        const i = tokenIndexAt(tokens, e.span.start);
        return i > tok && i <= tok + within;
      });

    // 1. An explicit channel: "حسب مصادر بالرئاسة التركية", "بيان صادر عن الكرملين".
    let source: EntityMention | undefined;
    for (const a of attributions) {
      source = after(a.last, 4).find(isSourceOrg);
      if (source) break;
    }
    // 2. The subject of the verb of saying: "أعلن الكرملين", "وأضافت المصادر", "ذكر الرئيس الروسي".
    const verb = verbs[0];
    let speaker: EntityMention | undefined;
    let anaphoric = false;
    if (verb) {
      const subj = after(verb.last, 3);
      // Any organisation that speaks is the source ("أعلن حزب الله"), not only official channels.
      source ??= subj.find((e) => e.entity.type === 'ORG');
      speaker = subj.find(isPerson);
      const next = verb.last + 1 < v.to ? tokens[verb.last + 1].norm : '';
      // "وأضافت المصادر", "ولفت إلى أن", "وزاد أن": the previous source goes on speaking.
      anaphoric = !!lex.anaphoricSources.matchAt(tokens, Math.min(verb.last + 1, v.to - 1)) || /^(ان|الي|ب?ان)$/.test(next);
    }
    for (const a of attributions) if (a.last + 1 < v.to && lex.anaphoricSources.matchAt(tokens, a.last + 1)) anaphoric = true;
    const event = linkedEvent(text, v, events, speaker);
    let src: { entity: EntityRecord; text: string } | null = source ? { entity: source.entity, text: source.text } : null;
    if (!src && lastSource && (anaphoric || (speaker && event !== null))) src = lastSource;
    if (!src && speaker) src = { entity: speaker.entity, text: speaker.text };
    if (source) lastSource = src;
    // "جاء ذلك في اتصال هاتفي … حسب مصادر بالرئاسة التركية": the attribution covers the statement before.
    const prev = claims[claims.length - 1];
    if (source && prev && /^و?جاء ذلك/.test(text.slice(v.span.start, v.span.start + 10)) && prev.source?.type === 'PERSON') {
      prev.source = source.entity;
      prev.sourceText = source.text;
    }
    claims.push({
      span: v.span,
      source: src?.entity ?? null,
      sourceText: src?.text ?? null,
      verb: verb ? text.slice(tokens[verb.first].span.start, tokens[verb.last].span.end) : null,
      quotes: quotesIn(text, v.span),
      stance,
      event,
      type: propositionType(tokens, v),
    });
  }
  return claims;
}

/** The event a claim speaks about: one its sentence mentions, or one whose participant speaks. */
function linkedEvent(text: string, v: SentenceView, events: EventMention[], speaker: EntityMention | undefined): number | null {
  const inSentence = events.find((e) => e.triggers.some((t) => t.span.start >= v.span.start && t.span.end <= v.span.end));
  if (inSentence) return inSentence.index;
  const people = v.entities.filter(isPerson).map((e) => e.entity.id);
  const byParticipant = events.find((e) => e.type === 'CONSULT' && e.status === 'asserted' && (speaker ? [speaker.entity.id] : people).some((id) => e.participants.some((p) => p.entity.id === id)));
  if (byParticipant) return byParticipant.index;
  const pairs = loadKb().pairAnaphora;
  if (text.slice(v.span.start, v.span.end).split(/[^\p{L}]+/u).some((w) => pairs.has(normalize(w).replace(/^[وف]/, '')))) {
    const call = events.find((e) => e.type === 'CONSULT' && e.status === 'asserted');
    if (call) return call.index;
  }
  return null;
}

function propositionType(tokens: Token[], v: SentenceView): string | null {
  for (const m of eventLexicon().triggers.findAll(tokens, v.from, v.to)) {
    const t = m.values.find((x) => !x.event);
    if (t) return t.type;
  }
  return null;
}

function quotesIn(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (const [open, close] of QUOTES) {
    let i = text.indexOf(open, span.start);
    while (i >= 0 && i < span.end) {
      const j = text.indexOf(close, i + 1);
      if (j < 0 || j > span.end) break;
      if (j - i > 12) out.push({ start: i, end: j + 1 });
      i = text.indexOf(open, j + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
