// WARC files, read as a stream of records bounded by the bytes there are: every HTTP response
// (or resource) record with an HTML payload is an article, decoded with the charset of its
// Content-Type header (else the page's own <meta charset>). A record that is cut short or whose
// Content-Length is wrong is reported with its byte offset, and the records after it are read.
import { gunzipSync, inflateSync, brotliDecompressSync } from 'node:zlib';
import type { RawInput } from '../types.js';
import type { Item } from './items.js';
import { ByteReader } from './bytes.js';
import { decode } from './decode.js';
import { formatBytes, type Limits } from './limits.js';

const MAX_HEADER_LINE = 64 * 1024;
const MAX_HEADER_BYTES = 1024 * 1024;
const VERSION_LINE = /^WARC\/\d+\.\d+\s*$/;
const RECORD_START = Buffer.from('\nWARC/1.');

interface Headers {
  [name: string]: string;
}

/** A new reader of the same bytes, at a given offset (to go back to records a bad one swallowed). */
export type Reopen = (offset: number) => Promise<ByteReader>;
/** Going back costs a second pass over the file (a second inflation when gzipped): a few at most. */
const MAX_REWINDS = 16;

export async function* readWarc(
  file: string,
  input: ByteReader,
  limits: Limits,
  reopen?: Reopen,
): AsyncGenerator<Item> {
  let reader = input;
  let rewinds = 0;
  let n = 0;
  let pages = 0;
  let failures = 0;
  const fail = (source: string, reason: string): Item => {
    failures++;
    return { failure: { source, reason } };
  };
  for (;;) {
    const first = await reader.readLine(MAX_HEADER_LINE);
    if (!first) break;
    if (!first.tooLong && !first.bytes.length) continue; // blank lines between records
    const start = first.offset;
    if (first.tooLong || !VERSION_LINE.test(first.bytes.toString('latin1'))) {
      const skipped = await resync(reader);
      yield fail(
        `${file}@${start}`,
        `no WARC record at byte offset ${start}: ${formatBytes(skipped + first.length)} skipped to ${reader.error ? 'the end' : `the next record at byte offset ${reader.offset}`}`,
      );
      if (reader.error) break;
      continue;
    }
    n++;
    const source = `${file}#record${n}`;
    const headers = await readHeaders(reader, MAX_HEADER_BYTES);
    if (!headers) {
      yield fail(
        source,
        `record at byte offset ${start} is truncated in its header (the file ends at byte ${reader.offset})`,
      );
      break;
    }
    const length = /^\d+$/.test(headers['content-length'] ?? '') ? Number(headers['content-length']) : NaN;
    if (!Number.isSafeInteger(length)) {
      yield fail(
        source,
        `record at byte offset ${start} has no valid Content-Length ("${headers['content-length'] ?? ''}"); skipped to the next record`,
      );
      await resync(reader);
      continue;
    }
    const type = (headers['warc-type'] ?? '').toLowerCase();
    const wanted =
      type === 'response' || (type === 'resource' && /html/i.test(headers['content-type'] ?? ''));
    const blockAt = reader.offset;
    if (!wanted || length > limits.maxDocumentBytes + MAX_HEADER_BYTES) {
      // Not an article (or too big to be one): skipped without holding it.
      const head = wanted ? await reader.peek(MAX_HEADER_LINE) : null;
      const { skipped, found } = await reader.skipScan(length, RECORD_START);
      const truncatedHere = skipped < length;
      const misSized = !truncatedHere && !(await atRecordEnd(reader));
      if (truncatedHere) yield fail(source, truncated(start, length, skipped));
      else if (misSized)
        yield fail(
          source,
          `record at byte offset ${start}: Content-Length ${length} does not end at a record boundary; skipped to the next record`,
        );
      else if (head && isHtmlResponse(type, headers, head))
        yield fail(
          source,
          `record at byte offset ${start}: a ${formatBytes(length)} page, over the ${formatBytes(limits.maxDocumentBytes)} limit (--max-document-size)`,
        );
      if (truncatedHere || misSized) {
        // The records its Content-Length swallowed: go back to the first one.
        if (found >= 0 && reopen && rewinds < MAX_REWINDS && !reader.error) {
          rewinds++;
          reader = await reopen(found + 1);
          continue;
        }
        if (truncatedHere) break;
        await resync(reader);
      }
      continue;
    }
    const block = await reader.read(length);
    if (block.length < length) {
      yield fail(source, truncated(start, length, block.length));
      // A Content-Length past the end may have swallowed whole records: read those.
      const next = findRecordStart(block);
      if (next < 0) break;
      reader.unshift(block.subarray(next));
      continue;
    }
    if (!(await atRecordEnd(reader))) {
      yield fail(
        source,
        `record at byte offset ${start}: Content-Length ${length} does not end at a record boundary; skipped to the next record`,
      );
      const next = findRecordStart(block);
      if (next >= 0) reader.unshift(block.subarray(next));
      else await resync(reader);
      continue;
    }
    const page = payload(type, headers, block, limits.maxDocumentBytes);
    if (!page) continue;
    if ('error' in page) {
      yield fail(source, `record at byte offset ${start}: ${page.error}`);
      continue;
    }
    try {
      const { text, messages } = decode(page.body, page.charset);
      const url = headers['warc-target-uri'] || undefined;
      const input: RawInput = {
        source,
        identity: url ?? source,
        kind: 'html',
        content: text,
        hints: { url },
        messages,
      };
      pages++;
      yield { input };
    } catch (e) {
      yield fail(
        source,
        `cannot decode payload (record at byte offset ${start}, block at ${blockAt}): ${(e as Error).message}`,
      );
    }
  }
  if (reader.error)
    yield fail(file, `${reader.error.message}; the records before byte offset ${reader.offset} were read`);
  else if (!pages && !failures)
    yield fail(file, n ? 'WARC without HTML responses' : 'no WARC record in the file');
}

function truncated(start: number, length: number, have: number): string {
  return `record at byte offset ${start} is truncated: Content-Length ${length}, but the file ends ${have} bytes into its block`;
}

/** Header lines up to the blank line, lower-cased names; null when the input ends first. */
async function readHeaders(reader: ByteReader, max: number): Promise<Headers | null> {
  const headers: Headers = {};
  let total = 0;
  let last = '';
  for (;;) {
    const line = await reader.readLine(MAX_HEADER_LINE);
    if (!line) return null;
    total += line.length;
    if (!line.tooLong && !line.bytes.length) return headers;
    if (line.tooLong || total > max) continue;
    const s = line.bytes.toString('utf8');
    if (/^[ \t]/.test(s) && last) {
      headers[last] += ' ' + s.trim(); // folded header line
      continue;
    }
    const colon = s.indexOf(':');
    if (colon <= 0) continue;
    last = s.slice(0, colon).trim().toLowerCase();
    headers[last] = s.slice(colon + 1).trim();
  }
}

/** After a block: "\r\n\r\n", then the next record or the end. Consumes the blank lines. */
async function atRecordEnd(reader: ByteReader): Promise<boolean> {
  const head = await reader.peek(12);
  let i = 0;
  while (i < head.length && i < 4 && (head[i] === 13 || head[i] === 10)) i++;
  const rest = head.subarray(i);
  if (rest.length === 0 || rest.toString('latin1').startsWith('WARC/')) {
    await reader.skip(i);
    return true;
  }
  return false;
}

/** Lines up to the next "WARC/x.y" line (left unread); returns the bytes skipped. */
async function resync(reader: ByteReader): Promise<number> {
  const from = reader.offset;
  for (;;) {
    const line = await reader.readLine(MAX_HEADER_LINE);
    if (!line) return reader.offset - from;
    if (!line.tooLong && VERSION_LINE.test(line.bytes.toString('latin1'))) {
      reader.unshift(Buffer.concat([line.bytes, Buffer.from('\r\n')]));
      return line.offset - from;
    }
  }
}

/** Offset in a block of a line that opens a record ("WARC/1."), or -1. */
function findRecordStart(block: Buffer): number {
  const i = block.indexOf(RECORD_START);
  return i < 0 ? -1 : i + 1;
}

function isHtmlResponse(type: string, headers: Headers, head: Buffer): boolean {
  if (type === 'resource') return true;
  const http = parseHttp(head);
  return !!http && /html/i.test(http.headers['content-type'] ?? '');
}

function parseHttp(block: Buffer): { headers: Headers; bodyAt: number } | null {
  const end = block.indexOf('\r\n\r\n');
  const endLf = block.indexOf('\n\n');
  const at = end >= 0 && (endLf < 0 || end < endLf) ? end + 4 : endLf >= 0 ? endLf + 2 : -1;
  if (at < 0) return null;
  const lines = block.subarray(0, at).toString('latin1').split(/\r?\n/);
  if (!/^HTTP\/\d/i.test(lines[0])) return null;
  const headers: Headers = {};
  for (const l of lines.slice(1)) {
    const c = l.indexOf(':');
    if (c > 0) headers[l.slice(0, c).trim().toLowerCase()] = l.slice(c + 1).trim();
  }
  return { headers, bodyAt: at };
}

/** The HTML payload of a record: HTTP headers off, chunked transfer and content encodings undone. */
function payload(
  type: string,
  headers: Headers,
  block: Buffer,
  max: number,
): { body: Buffer; charset?: string } | { error: string } | null {
  let contentType = headers['content-type'] ?? '';
  let body = block;
  let encoding = '';
  let chunked = false;
  if (type === 'response') {
    if (!/application\/http/i.test(contentType) || /msgtype=request/i.test(contentType)) return null;
    const http = parseHttp(block);
    if (!http) return null;
    contentType = http.headers['content-type'] ?? '';
    encoding = (http.headers['content-encoding'] ?? '').toLowerCase();
    chunked = /chunked/i.test(http.headers['transfer-encoding'] ?? '');
    body = block.subarray(http.bodyAt);
  }
  if (!/html/i.test(contentType)) return null;
  if (chunked) body = dechunk(body);
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip')
      body = gunzipSync(body, { maxOutputLength: max, finishFlush: 2 });
    else if (encoding === 'deflate') body = inflateSync(body, { maxOutputLength: max, finishFlush: 2 });
    else if (encoding === 'br') body = brotliDecompressSync(body, { maxOutputLength: max });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return {
      error:
        err.code === 'ERR_BUFFER_TOO_LARGE'
          ? `the page inflates past the ${formatBytes(max)} limit (--max-document-size)`
          : `cannot undo Content-Encoding ${encoding}: ${err.message}`,
    };
  }
  if (body.length > max)
    return {
      error: `a ${formatBytes(body.length)} page, over the ${formatBytes(max)} limit (--max-document-size)`,
    };
  if (!body.length) return { error: 'empty payload' };
  return { body, charset: /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] };
}

/** Chunked transfer coding undone; a malformed or cut chunk ends the body there. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let i = 0;
  while (i < body.length) {
    const eol = body.indexOf('\r\n', i);
    if (eol < 0) break;
    const size = parseInt(body.subarray(i, eol).toString('latin1').split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(eol + 2, Math.min(body.length, eol + 2 + size)));
    i = eol + 2 + size + 2;
  }
  return parts.length ? Buffer.concat(parts) : body;
}
