// The typed records that flow one way through the pipeline.
// Every annotation is a span [start, end) over the document's original `text`.

export interface Span {
  start: number;
  end: number;
}

/** A problem found by a stage, attached to a place when there is one (vfile-style). */
export interface Message {
  level: 'error' | 'warning' | 'info';
  stage: string;
  reason: string;
  span?: Span;
}

/** One input item as read from disk, before extraction. */
export interface RawInput {
  /** Human-readable origin: file path, or `file:line` for JSONL. */
  source: string;
  /** Stable identity of the origin used in the document id (URL, else file name [+ line]). */
  identity: string;
  kind: 'text' | 'html';
  content: string;
  /** Metadata supplied by the container (JSONL fields, feed items). */
  hints: {
    url?: string;
    title?: string;
    published?: string;
    outlet?: string;
    author?: string;
  };
  messages: Message[];
}

/** Where an extracted value came from. */
export interface FieldSource {
  /** e.g. 'header-line', 'credit-line', 'meta:og:title', 'jsonl', 'donation-appeal'. */
  method: string;
  span?: Span;
}

export interface Field<T> {
  value: T;
  source: FieldSource;
}

export type Granularity =
  | 'minute'
  | 'day'
  | 'week'
  | 'month'
  | 'year'
  | 'weekday-only'
  | 'month-of-unknown-year'
  | 'day-of-unknown-year'
  | 'day-range'
  | 'month-range'
  | 'year-range'
  | 'duration'
  | 'vague-past'
  | 'vague-future'
  | 'vague'
  /** Not a point: only an upper bound is known (`notAfter`); the value is null. */
  | 'on-or-before'
  | 'unknown';

export type Derivation =
  | 'explicit'
  | 'relative-to-publication'
  | 'relative-to-reference'
  | 'year-inferred'
  /** The day of the statement that announces the event ("أعلنت الرئاسة اليوم الأحد أن …"). */
  | 'report-day'
  /** Only bounded by the report's publication: the event happened on or before it. */
  | 'publication-bound'
  | 'unresolved';

/** A resolved (or honestly unresolved) point or range in time. */
export interface TimeValue {
  /** ISO value: '2020-02-04', '2020-02-04T23:39', '2020-02', '2015', or 'a/b' for ranges; null when unknown. */
  value: string | null;
  granularity: Granularity;
  derivation: Derivation;
  /** What is known even when the value is not: a weekday, a month, a day. */
  weekday?: Weekday;
  month?: number;
  day?: number;
  partOfDay?: PartOfDay;
  /** Years that remain possible when the year could not be fixed. */
  candidateYears?: number[];
  /** The latest day it can be (ISO), for an 'on-or-before' bound. */
  notAfter?: string;
  /** A weekday the report cannot place that dates the statement announcing the act, not the act. */
  ofStatement?: boolean;
}

export type Weekday = 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday';
export type PartOfDay = 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

export interface TimeExpression extends TimeValue {
  span: Span;
  text: string;
  /** Which recognizer produced it, for debugging and evaluation. */
  rule: string;
}

export interface Paragraph {
  span: Span;
  /** A short line kept in the body because prose follows it. */
  heading: boolean;
}

export interface Furniture {
  span: Span;
  kind: string;
  text: string;
}

export interface Extraction {
  title: Field<string> | null;
  outlet: Field<string> | null;
  author: Field<string> | null;
  published: (Field<TimeValue> & { sourceText: string }) | null;
  url: string | null;
  language: string;
  paragraphs: Paragraph[];
  furniture: Furniture[];
}

export interface Sentence {
  span: Span;
  paragraph: number;
}

export interface Token {
  span: Span;
  /** Normalized form (matching shadow). */
  norm: string;
  /**
   * The number of the form `norm`, the same in every document (`wordId`, arabic/tokenize.ts): what
   * caches per form are indexed by. Absent on tokens made otherwise; a copy with another `norm` drops it.
   */
  id?: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'GPE';

export interface EntityRecord {
  id: string;
  wikidata: string | null;
  type: EntityType;
  en: string;
  ar: string;
  country?: string;
  coordinates?: [number, number];
  /** An actor named by its sector ("civilians", "military") rather than by a name. */
  sector?: string;
  /** A state institution named by its kind and country ("الخارجية المصرية": ministry-foreign). */
  institution?: string;
}

export interface EntityMention {
  span: Span;
  text: string;
  entity: EntityRecord;
  /** name | alias | role | nisba | coref | metonymy */
  via: string;
  /** An actor named by description ("الجيش السوري", "القوات الحكومية"), not by name: a side of events, not a name. */
  descriptive?: boolean;
  /** A name inside a longer one ("عدن" in "مطار عدن الدولي"): kept for the place it names, not a name of its own. */
  nested?: boolean;
}

export interface Participant {
  entity: EntityRecord;
  via: string;
  span: Span;
  /** PLOVER/POLECAT sides: the source acts, the target is acted upon. */
  role?: 'source' | 'target';
  /**
   * A call's side in its report, weighed: the report's votes for source less those for target
   * (coref.ts), which the merge adds up across reports (0: the report leaves it undecided).
   */
  lean?: number;
}

export interface StanceMarker {
  text: string;
  span: Span;
  kind: 'distancing' | 'hedge' | 'endorsing';
}

export interface Claim {
  span: Span;
  /** Who the outlet says says so. */
  source: EntityRecord | null;
  sourceText: string | null;
  verb: string | null;
  quotes: Span[];
  stance: StanceMarker[];
  /** Event id within the document this claim is about, if any. */
  event: number | null;
  /** PLOVER type of the proposition, if the claim carries an event (AGREE, THREATEN …). */
  type: string | null;
  /**
   * The speaker is not named and the report keeps it so ("مصادر محلية", "مسؤول طلب عدم الكشف عن
   * هويته"); `source` is then the body it speaks for, else the medium that carries it, else null.
   */
  anonymous?: boolean;
  /** The outlet that carries the statement besides its speaker ("نقلت رويترز عن …", "لفرانس برس", "بحسب صحيفة …"). */
  medium?: EntityRecord | null;
  /** How the report names the source: a person, an office, a body, a medium, a group, a state or an anonymous source. */
  sourceKind?: 'person' | 'office' | 'body' | 'media' | 'group' | 'country' | 'anonymous';
  /** The state the report names as speaking ("أعلنت مصر") when `source` is the body it speaks through. */
  namedAs?: EntityRecord | null;
}

export interface EventMention {
  /** Index of the event within its document. */
  index: number;
  type: string;
  mode: string | null;
  triggers: { span: Span; text: string }[];
  participants: Participant[];
  date: TimeValue;
  dateSpan: Span | null;
  placesDiscussed: EntityMention[];
  location: EntityMention | null;
  /** asserted | planned | negated | background */
  status: string;
  sentence: Span;
  /** A truce one side declares alone ("هدنة من جانب واحد"): it binds that side only. */
  oneSided?: boolean;
  /** Killed and wounded as the report gives them (attacks). */
  casualties?: {
    killed?: { value: string; text: string; span: Span };
    wounded?: { value: string; text: string; span: Span };
  };
}

/** Everything the pipeline knows about one document. */
export interface AnalyzedDocument {
  id: string;
  contentHash: string;
  source: string;
  identity: string;
  text: string;
  extraction: Extraction;
  sentences: Sentence[];
  times: TimeExpression[];
  entities: EntityMention[];
  events: EventMention[];
  claims: Claim[];
  messages: Message[];
}
