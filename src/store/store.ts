// The one interface every stage and face talks to. Async in its signatures so that a
// PostgreSQL implementation (with workers) can slot in without touching the stages.
import type { AnalyzedDocument } from '../types.js';
import type { EventRecord, MentionRef, Story } from '../cluster/types.js';
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
  reason: string;
  at: string;
}

/** WatchStore: what `mirsad watch` keeps between rounds (src/store/watch.ts). */
export interface Store extends WatchStore {
  /** Store one analyzed document in one transaction; the same document again changes nothing. */
  putDocument(doc: AnalyzedDocument): Promise<PutResult>;
  recordFailure(source: string, reason: string): Promise<void>;
  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<AnalyzedDocument | null>;
  listDocuments(): Promise<DocSummary[]>;
  /** Where else a stored document's text was seen. */
  listSightings(id: string): Promise<Sighting[]>;
  listFailures(): Promise<FailureRecord[]>;
  allMentions(): Promise<MentionRef[]>;
  /** Replace the merged events and stories in one transaction. */
  replaceEvents(events: EventRecord[], stories: Story[]): Promise<void>;
  listEvents(): Promise<EventRecord[]>;
  /** By full id or unique prefix. */
  getEvent(idOrPrefix: string): Promise<EventRecord | null>;
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
