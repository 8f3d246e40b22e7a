// WARC files: every HTTP response record with an HTML payload is an article, decoded with the
// charset of its Content-Type header (else the page's own <meta charset>).
import { WARCParser } from 'warcio';
import type { RawInput } from '../types.js';
import type { ReadResult } from './read.js';
import { decode } from './decode.js';

export async function readWarc(file: string, bytes: Buffer): Promise<ReadResult> {
  const inputs: RawInput[] = [];
  const failures: ReadResult['failures'] = [];
  let n = 0;
  try {
    const parser = new WARCParser([new Uint8Array(bytes)]);
    for await (const record of parser) {
      n++;
      if (record.warcType !== 'response') continue;
      const url = record.warcTargetURI ?? undefined;
      const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
      if (!/html/i.test(contentType)) continue;
      const source = `${file}#record${n}`;
      const payload = Buffer.from(await record.readFully(true));
      try {
        const charset = /charset=([\w-]+)/i.exec(contentType)?.[1];
        const { text } = decode(payload, charset);
        inputs.push({ source, identity: url ?? source, kind: 'html', content: text, hints: { url }, messages: [] });
      } catch (e) {
        failures.push({ source, reason: `cannot decode payload: ${(e as Error).message}` });
      }
    }
  } catch (e) {
    failures.push({ source: file, reason: `malformed WARC after record ${n}: ${(e as Error).message}` });
  }
  if (!inputs.length && !failures.length) failures.push({ source: file, reason: 'WARC without HTML responses' });
  return { inputs, failures };
}
