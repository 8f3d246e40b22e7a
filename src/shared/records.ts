// Records that several stages read: one report of an event, the merged event with per-field
// provenance, and stories. Below every stage: the store keeps them, the cluster stage makes them.
import type { Claim, EntityRecord, EventMention, TimeValue } from '../types.js';
import type { DocFeatures } from './features.js';

/** One report of an event: which document, from where, by whom. */
export interface Report {
  document: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  /** The document whose text this report republishes, when it is a copy. */
  copyOf?: string;
}

/** An event mention with what clustering needs to know of its document. */
export interface MentionRef {
  /** Canonical order key: `${document}#${index}`. */
  key: string;
  document: string;
  event: EventMention;
  report: Report;
  claims: (Claim & { document: string; text: string })[];
  /** The people its report names anywhere (ids): a host a report names only in its text ("سيلتقي ولي العهد"). Absent in mentions stored before it was kept. */
  people?: string[];
  /** What the merge compares of its document (TF-IDF vector, shingle hashes), shared by its mentions; not stored in the mention's row. */
  features: DocFeatures;
}

/** Values a field takes across reports, with the documents supporting each. */
export interface FieldValues {
  values: { value: string; documents: string[] }[];
  /** True when the reports that say something about the field say the same. */
  agreed: boolean;
}

export interface EventRecord {
  id: string;
  type: string;
  mode: string | null;
  status: string;
  date: TimeValue & { supportedBy: string[]; confidence: number };
  participants: EntityRecord[];
  /** Who acts and on whom, by the role most reports give each participant. */
  sources: EntityRecord[];
  targets: EntityRecord[];
  /** Where it happened: the finest place the reports give, with the reports giving it. */
  location: { entity: EntityRecord; documents: string[] } | null;
  places: { entity: EntityRecord; documents: string[] }[];
  reports: Report[];
  claims: MentionRef['claims'];
  fields: {
    date: FieldValues;
    participants: FieldValues;
    location: FieldValues;
    mode: FieldValues;
    killed: FieldValues;
    wounded: FieldValues;
  };
  outlets: number;
  /** Reports that are not copies of one another (republished wire texts count once). */
  independentReports: number;
  firstSeen: string | null;
  mentions: string[];
  story: string | null;
}

export interface Story {
  id: string;
  title: string;
  events: string[];
}
