// The ingest stage: paths -> RawInput -> pipeline -> store, one transaction per document.
// Bad input is reported with file (and line) and skipped; the rest of the batch lands.
import type { Store } from '../store/store.js';
import { analyze } from '../pipeline.js';
import { expandPaths, readFile, type Failure } from './read.js';

export interface IngestSummary {
  files: number;
  ingested: number;
  unchanged: number;
  republished: number;
  failed: Failure[];
  warnings: Failure[];
}

export interface IngestOptions {
  onFile?: (file: string, index: number, total: number) => void;
  /** The publication date (YYYY-MM-DD) of documents that show none. */
  published?: string;
}

export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const { files, failures } = expandPaths(paths);
  const summary: IngestSummary = { files: files.length, ingested: 0, unchanged: 0, republished: 0, failed: [...failures], warnings: [] };
  for (const [i, file] of files.entries()) {
    opts.onFile?.(file, i, files.length);
    const { inputs, failures: bad } = await readFile(file);
    summary.failed.push(...bad);
    for (const input of inputs) {
      try {
        const doc = analyze(input, { published: opts.published });
        for (const m of doc.messages) if (m.level === 'warning') summary.warnings.push({ source: input.source, reason: m.reason });
        if (!doc.extraction.paragraphs.length) {
          summary.failed.push({ source: input.source, reason: 'no article text found' });
          continue;
        }
        const r = await store.putDocument(doc);
        summary[r === 'inserted' ? 'ingested' : r]++;
      } catch (e) {
        summary.failed.push({ source: input.source, reason: `analysis failed: ${(e as Error).message}` });
      }
    }
  }
  for (const f of summary.failed) await store.recordFailure(f.source, f.reason);
  return summary;
}
