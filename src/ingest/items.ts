// What the readers (plain files, feeds, WARC) yield: articles and the parts of a file that could
// not be read. One module below every reader, so that the readers do not import one another.
import type { RawInput } from '../types.js';

export interface Failure {
  source: string;
  reason: string;
  /** The file to read again to retry it (absent for a path that named no file). */
  file?: string;
}

export interface ReadResult {
  inputs: RawInput[];
  failures: Failure[];
}

/** What a reader yields, in file order: an article, or a part of the file that could not be read. */
export type Item = { input: RawInput; failure?: undefined } | { failure: Failure; input?: undefined };
