// The whole per-document pipeline, in the order data flows:
//   ingest (RawInput) -> extract -> arabic (shadow, tokens, sentences) -> time -> entities -> events/claims
// Cross-document stages (cluster, store) work on the AnalyzedDocument records this returns.
import { createHash } from 'node:crypto';
import type { AnalyzedDocument, Paragraph, RawInput, TimeExpression } from './types.js';
import { extract } from './extract/index.js';
import { publishedFromHint } from './extract/hints.js';
import { normalize, shadow } from './arabic/normalize.js';
import { tokenize } from './arabic/tokenize.js';
import { splitSentences } from './arabic/sentences.js';
import { findTimes } from './time/index.js';
import { findEntities } from './entities/index.js';
import { findEvents } from './events/index.js';

export interface PipelineOptions {
  /** When the document was seen (upper bound for inferred years). Defaults to now. */
  seen?: Date;
  /** The publication date (YYYY-MM-DD) of a document that shows none (`mirsad ingest --published`). */
  published?: string;
}

/** `normalized`: normalize(text) when the caller has it (the shadow text, whitespace folded, is the same). */
export function documentId(identity: string, text: string, normalized = normalize(text)): string {
  return createHash('sha256').update(`${identity}\n${normalized}`).digest('hex').slice(0, 16);
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normalize(text)).digest('hex').slice(0, 16);
}

export function analyze(input: RawInput, opts: PipelineOptions = {}): AnalyzedDocument {
  const { text, extraction } = extract(input);
  if (!extraction.published && opts.published) {
    const given = publishedFromHint(opts.published);
    if (given) extraction.published = { ...given, source: { method: 'option' } };
  }
  const sh = shadow(text);
  const tokens = tokenize(text, sh);
  // The headline is read with the body: it often names the event the report is about.
  const titleSpan = extraction.title?.source.span;
  const zones: Paragraph[] = titleSpan
    ? [{ span: titleSpan, heading: true }, ...extraction.paragraphs]
    : extraction.paragraphs;
  const inZones = (s: { start: number; end: number }) =>
    zones.some((p) => s.start >= p.span.start && s.end <= p.span.end);
  const sentences = splitSentences(text, zones);
  const published = extraction.published?.value.value ?? null;
  const timeResult = findTimes(text, { published, seen: opts.seen }, sh);
  const times = timeResult.expressions.filter((t) => inZones(t.span));
  const reportDay = published ?? timeResult.reportDay?.value ?? null;
  const ref = reportDay ?? timeResult.anchor?.value ?? null;
  const bodyTokens = tokens.filter((t) => inZones(t.span));
  const entities = findEntities(text, bodyTokens, { date: ref ?? latestYear(times) });
  const { events, claims } = findEvents({
    text,
    tokens: bodyTokens,
    sentences,
    entities,
    times,
    ref,
    reportDay,
    outlet: extraction.outlet?.value ?? null,
  });
  const body = extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
  const messages = [...input.messages];
  if (!extraction.paragraphs.length)
    messages.push({ level: 'warning', stage: 'extract', reason: 'no article text found' });
  if (timeResult.anchor) {
    messages.push({
      level: 'info',
      stage: 'time',
      reason: `no publication date; year ${timeResult.anchor.value.slice(0, 4)} inferred from "${timeResult.anchor.from}"`,
    });
  }
  return {
    id: documentId(input.identity, text, sh.text.replace(/\s+/g, ' ').trim()),
    contentHash: contentHash(body),
    source: input.source,
    identity: input.identity,
    text,
    extraction,
    sentences,
    times,
    entities,
    events,
    claims,
    messages,
  };
}

function latestYear(times: TimeExpression[]): string | null {
  const years = times.filter((t) => t.derivation === 'explicit' && t.value).map((t) => t.value!.slice(0, 4));
  return years.length ? `${years.sort().at(-1)}-12-31` : null;
}
