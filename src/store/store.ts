// The one interface every stage and face talks to. Async in its signatures so that a
// PostgreSQL implementation (with workers) can slot in without touching the stages.
import type { AnalyzedDocument } from '../types.js';
import type { EventRecord, MentionRef, Story } from '../shared/records.js';
import type { WatchStore } from './watch.js';
import type { DocFeatures } from '../shared/features.js';
import type { Fingerprint } from './near-duplicates.js';
import type { Awaitable } from '../shared/awaitable.js';

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
  /**
   * Store analyzed documents in one transaction, in order; their mentions wait for the merge. A
   * document may come prepared for storing (`prepareDocument`, done in the analysis worker at ingest).
   */
  putDocuments(docs: StorableDocument[]): Promise<PutResult[]>;
  allMentions(): Promise<MentionRef[]>;
  /**
   * Run one step of the merge (src/rebuild.ts drives it) in one write transaction, with the
   * merge's view of the store: its blocking index, groups, events and stories.
   */
  merge<T>(fn: (tx: MergeTx) => Promise<T>): Promise<T>;
  /** Forget every merged event, story and blocking index entry: every mention waits to be merged again. */
  resetMerge(): Promise<void>;
  /** Replace the merged events and stories as given, without the merge's index (benchmarks of the API). */
  replaceEvents(events: EventRecord[], stories: Story[]): Promise<void>;
  /** How many events and stories are stored. */
  counts(): Promise<{ events: number; stories: number }>;
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

/**
 * The merge's view of the store within one write transaction (answers may be promises: the merge
 * awaits each). A mention's group is the key of its first mention; blocks are registered in (`adds`)
 * or looked up (`lookups`), as src/cluster/merge.ts makes them.
 */
export interface MergeTx {
  /** Mentions stored and not merged yet, ascending, at most `limit`. */
  unmerged(limit: number): Awaitable<string[]>;
  /** The events were made by older rules or an older schema: true once, then cleared. */
  takeStale(): Awaitable<boolean>;
  /** Forget every event, story, group and block: every mention waits to be merged again. */
  reset(): Awaitable<void>;
  setBlocks(key: string, blocks: { adds: string[]; lookups: string[] }): Awaitable<void>;
  blocks(key: string): Awaitable<{ adds: string[]; lookups: string[] }>;
  /** Mentions registering in `block` with keys below `before`, ascending, with their group. */
  adders(block: string, before: string): Awaitable<{ key: string; group: string | null }[]>;
  /** Mentions looking up `block` with keys above `after`. */
  lookers(block: string, after: string): Awaitable<string[]>;
  groupOf(key: string): Awaitable<string | null>;
  members(group: string): Awaitable<string[]>;
  mention(key: string): Awaitable<MentionRef>;
  setGroup(key: string, group: string): Awaitable<void>;
  /** Write a merged event (its story kept), the keys linking it to its story and its story card. */
  putEvent(e: EventRecord, storyKeys: string[], card: unknown): Awaitable<void>;
  deleteEvent(id: string): Awaitable<void>;
  storyOf(eventId: string): Awaitable<string | null>;
  eventsOfStory(storyId: string): Awaitable<string[]>;
  eventsWithStoryKey(key: string): Awaitable<string[]>;
  storyKeys(eventId: string): Awaitable<string[]>;
  /** The story card of an event (null when there is no such event). */
  storyCard(eventId: string): Awaitable<unknown | null>;
  /** Write a story: its id, title and the state the merge keeps of it (`src/cluster/stories.ts`). */
  putStory(s: { id: string; title: string }): Awaitable<void>;
  /** The state written with a story (null when there is no such story). */
  storyState(id: string): Awaitable<unknown | null>;
  /** Every event of one story now in another. */
  renameStory(from: string, to: string): Awaitable<void>;
  /** Events with a story key, at most `limit`, with their story. */
  keyEvents(key: string, limit: number): Awaitable<{ id: string; story: string | null }[]>;
  deleteStory(id: string): Awaitable<void>;
  setStory(eventId: string, storyId: string | null): Awaitable<void>;
}

/** A document prepared for storing (`prepareDocument` in prepare.ts). */
export interface PreparedDocument {
  doc: AnalyzedDocument;
  body: string;
  normBody: string;
  /** The MinHash signature and bands (the shingles themselves are not kept). */
  fp: Pick<Fingerprint, 'signature' | 'bands'>;
  features: DocFeatures;
  mentions: MentionRef[];
  /** The body's words and their clitic stems, for the search index. */
  stems: string;
}

/** A document as given to `putDocuments`: analyzed, or already prepared for storing. */
export type StorableDocument = AnalyzedDocument | PreparedDocument;
