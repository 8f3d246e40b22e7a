// The one interface every stage and face talks to. Async in its signatures so that a
// PostgreSQL implementation (with workers) can slot in without touching the stages.
import type { AnalyzedDocument } from '../types.js';
import type { EventRecord, MentionRef, Story } from '../shared/records.js';
import type { WatchStore } from './watch.js';

export type PutResult = 'inserted' | 'unchanged' | 'republished';

export interface DocSummary {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  events: number;
  /** Republished copies seen under other identities (URLs, files, outlets). */
  copies: number;
  ingestedAt: string;
}

/** Another place the same text was seen: an exact or near copy (similarity = shingle Jaccard). */
export interface Sighting {
  source: string;
  identity: string;
  url: string | null;
  outlet: string | null;
  seenAt: string;
  similarity: number | null;
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  snippet: string;
}

export interface FailureRecord {
  source: string;
  /** The file to read again to retry it (null for rows older than the column). */
  file: string | null;
  reason: string;
  /** The last time it failed. */
  at: string;
  firstAt: string;
  attempts: number;
  /** When it stopped failing (stored, or its file read again without it); null while it fails. */
  resolvedAt: string | null;
}

/** WatchStore: what `mirsad watch` keeps between rounds (src/store/watch.ts). */
export interface Store extends WatchStore {
  /** Store one analyzed document in one transaction; the same document again changes nothing. */
  putDocument(doc: AnalyzedDocument): Promise<PutResult>;
  /** Record (or count again) a failure; storing the source later resolves it. */
  recordFailure(source: string, reason: string, file?: string): Promise<void>;
  /** The file was read again: its failures not among `stillFailing` are resolved. Returns how many. */
  resolveFailures(file: string, stillFailing: string[]): Promise<number>;
  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<AnalyzedDocument | null>;
  listDocuments(): Promise<DocSummary[]>;
  /** Where else a stored document's text was seen. */
  listSightings(id: string): Promise<Sighting[]>;
  /** Failures still failing (all: resolved ones too), oldest first. */
  listFailures(opts?: { all?: boolean }): Promise<FailureRecord[]>;
  allMentions(): Promise<MentionRef[]>;
  /**
   * Replace the merged events and stories in one transaction, unless mentions were stored since
   * allMentions() read them (a concurrent ingest, whose own rebuild follows and sees them all).
   */
  replaceEvents(events: EventRecord[], stories: Story[]): Promise<void>;
  listEvents(): Promise<EventRecord[]>;
  /** By full id or unique prefix (null when none or several match: matchIds tells which). */
  getEvent(idOrPrefix: string): Promise<EventRecord | null>;
  /** Ids of events or documents that start with a prefix, in order, at most `limit`. */
  matchIds(kind: 'event' | 'document', prefix: string, limit?: number): Promise<string[]>;
  listStories(): Promise<Story[]>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  // Reads for the API (by exact id, streamed, or only what a page needs).
  /** Every merged event, one at a time and in no set order (the API builds its index from them). */
  eachEvent(): AsyncIterable<EventRecord>;
  /** Events by exact id, in the order asked; unknown ids are left out. */
  getEvents(ids: string[]): Promise<EventRecord[]>;
  getStory(id: string): Promise<Story | null>;
  /** Event mentions by key (`document#index`), in the order asked. */
  getMentions(keys: string[]): Promise<MentionRef[]>;
  /** The original text of documents by exact id (for slicing provenance spans). */
  documentTexts(ids: string[]): Promise<Map<string, string>>;
  close(): Promise<void>;
}
