// The worker thread side of the analysis pool: warms the pipeline up (data files, tagger), says
// it is ready, then analyzes one RawInput per message and prepares the document for storing. The
// pool stops it if a document runs over its time budget or memory.
import { parentPort } from 'node:worker_threads';
import { analyze, type PipelineOptions } from '../pipeline.js';
import type { RawInput } from '../types.js';
import { prepareDocument } from '../store/prepare.js';
import { tuneJit } from '../shared/jit.js';

tuneJit();

const port = parentPort!;
prepareDocument(
  analyze({
    source: 'warm-up',
    identity: 'warm-up',
    kind: 'text',
    content: 'اتصل الرئيس الروسي فلاديمير بوتين بنظيره التركي رجب طيب أردوغان يوم الاثنين.',
    hints: {},
    messages: [],
  }),
);
port.postMessage({ ready: true });
port.on('message', (msg: { id: number; input: RawInput; options: PipelineOptions }) => {
  try {
    // Prepared for storing here too (normalized body, fingerprint, features, mentions, stems), so that
    // the main thread, which stores and merges for every worker, only writes.
    const doc = analyze(msg.input, msg.options);
    port.postMessage({ id: msg.id, prepared: prepareDocument(doc) });
  } catch (e) {
    port.postMessage({ id: msg.id, error: (e as Error).message });
  }
});
