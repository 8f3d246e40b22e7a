// The rows both stores write the same way: a fetched URL of the watch, a stored document.
import type { AnalyzedDocument } from '../types.js';

/**
 * The outcome of fetching one URL. state: done (fetched, stored or not), queued (a passing
 * failure: retried at nextAt), failed (gave up), gone (4xx), disallowed (robots.txt), alias
 * (redirected to or duplicating a URL already fetched: aliasOf).
 */
export interface FetchRecord {
  url: string;
  state: 'done' | 'queued' | 'failed' | 'gone' | 'disallowed' | 'alias';
  at: string;
  attempts: number;
  nextAt?: string | null;
  finalUrl?: string | null;
  canonicalUrl?: string | null;
  httpDate?: string | null;
  httpStatus?: number | null;
  documentId?: string | null;
  /** inserted | republished | unchanged | empty (no article text) | not-html */
  result?: string | null;
  error?: string | null;
  aliasOf?: string | null;
  /** Other URLs that now count as fetched with it (redirect hops, final and canonical URLs). */
  aliases?: string[];
}

/** Insert or update a fetched URL (named parameters, as both stores bind them). */
export const RECORD_FETCH_SQL = `INSERT INTO watch_urls (url, state, discovered_at, attempts, next_at, fetched_at, final_url, canonical_url, http_date, http_status,
   document_id, result, error, alias_of)
 VALUES (@url, @state, @at, @attempts, @nextAt, @at, @finalUrl, @canonicalUrl, @httpDate, @httpStatus, @documentId, @result, @error, @aliasOf)
 ON CONFLICT(url) DO UPDATE SET state = @state, attempts = @attempts, next_at = @nextAt, fetched_at = @at, final_url = @finalUrl,
   canonical_url = @canonicalUrl, http_date = @httpDate, http_status = @httpStatus, document_id = @documentId, result = @result,
   error = @error, alias_of = @aliasOf`;

/** The named parameters of RECORD_FETCH_SQL. */
export function fetchParams(r: FetchRecord): Record<string, string | number | null> {
  return {
    url: r.url,
    state: r.state,
    at: r.at,
    attempts: r.attempts,
    nextAt: r.nextAt ?? null,
    finalUrl: r.finalUrl ?? null,
    canonicalUrl: r.canonicalUrl ?? null,
    httpDate: r.httpDate ?? null,
    httpStatus: r.httpStatus ?? null,
    documentId: r.documentId ?? null,
    result: r.result ?? null,
    error: r.error ?? null,
    aliasOf: r.aliasOf ?? null,
  };
}

/** The values of a `sightings` row: a republication of `twin`'s text seen as `doc`. */
export function sightingValues(
  twin: { id: string; similarity: number },
  doc: AnalyzedDocument,
  now: string,
): unknown[] {
  const x = doc.extraction;
  return [twin.id, doc.source, doc.identity, x.url, x.outlet?.value ?? null, now, twin.similarity];
}

/** The values of a `documents` row, in its columns' order: the text once, the analysis without it. */
export function documentValues(doc: AnalyzedDocument, now: string): unknown[] {
  const x = doc.extraction;
  const { text, ...analysis } = doc;
  return [
    doc.id,
    doc.contentHash,
    doc.source,
    doc.identity,
    x.url,
    x.title?.value ?? null,
    x.outlet?.value ?? null,
    x.published?.value.value ?? null,
    text,
    JSON.stringify(analysis),
    now,
  ];
}
