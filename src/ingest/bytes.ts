// A file's bytes as a bounded stream: read in chunks, inflated on the fly when gzip-compressed,
// counted against the limits as they come (a gzip bomb is stopped after the limit, never
// inflated whole). ByteReader reads lines and blocks from such a stream, never more than it has.
import { createReadStream, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { formatBytes, LimitError, type Limits } from './limits.js';

const CHUNK = 1024 * 1024;

/** gzip data that ends early or is corrupt; what was inflated before it has been delivered. */
export class GzipError extends Error {}

/** The chunks of a file, inflated when `gzip`; raw and inflated sizes checked against the limits. */
const RATIO_FROM = 16 * 1024 * 1024;

export async function* fileChunks(
  file: string,
  gzip: boolean,
  limits: Pick<Limits, 'maxFileBytes' | 'maxDecompressedBytes' | 'maxCompressionRatio'>,
): AsyncGenerator<Buffer> {
  const size = statSync(file).size;
  if (size > limits.maxFileBytes)
    throw new LimitError(
      `file is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit (--max-file-size)`,
    );
  if (!gzip) {
    const raw = createReadStream(file, { highWaterMark: CHUNK });
    try {
      for await (const chunk of raw) yield chunk as Buffer;
    } finally {
      raw.destroy();
    }
    return;
  }
  const gunzip = createGunzip({ chunkSize: 64 * 1024 });
  const source = createReadStream(file, { highWaterMark: 64 * 1024 }); // small reads: the ratio is known early
  let compressed = 0;
  source.on('data', (c) => (compressed += c.length));
  source.on('error', (e) => gunzip.destroy(e));
  source.pipe(gunzip);
  let inflated = 0;
  try {
    for await (const chunk of gunzip) {
      inflated += (chunk as Buffer).length;
      if (inflated > limits.maxDecompressedBytes) {
        throw new LimitError(
          `inflates to more than the ${formatBytes(limits.maxDecompressedBytes)} limit (--max-decompressed-size); stopped there`,
        );
      }
      if (inflated > RATIO_FROM && inflated > limits.maxCompressionRatio * compressed) {
        throw new LimitError(
          `inflates more than ${limits.maxCompressionRatio} to 1 (${formatBytes(inflated)} from ${formatBytes(compressed)}: a gzip bomb?) (--max-compression-ratio); stopped there`,
        );
      }
      yield chunk as Buffer;
    }
  } catch (e) {
    if (e instanceof LimitError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code?.startsWith('Z_') || /unexpected end of file|incorrect header|invalid/i.test(err.message)) {
      throw new GzipError(
        `gzip data ${/unexpected end/i.test(err.message) ? 'ends early (truncated file)' : `is corrupt (${err.message})`} after ${formatBytes(inflated)} inflated`,
      );
    }
    throw e;
  } finally {
    source.unpipe(gunzip);
    source.destroy();
    gunzip.destroy();
  }
}

/** Every byte of a stream into one buffer, refused as soon as it passes `limit`. */
export async function readAll(chunks: AsyncIterable<Buffer>, limit: number, what: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of chunks) {
    n += c.length;
    if (n > limit) throw new LimitError(`${what} is over the ${formatBytes(limit)} limit`);
    parts.push(c);
  }
  return Buffer.concat(parts, n);
}

export interface Line {
  /** The line without its "\n" (and without a "\r" before it); empty when tooLong. */
  bytes: Buffer;
  /** Byte offset of the line's first byte. */
  offset: number;
  /** Its length in bytes, counted even when it was too long to keep. */
  length: number;
  tooLong: boolean;
}

/**
 * Lines and blocks from a stream of chunks, with the byte offset of everything it returns.
 * A stream error (a truncated gzip, a limit) ends the input; it is kept in `error` for the caller.
 */
export class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private ended = false;
  private it: AsyncIterator<Buffer>;
  /** Offset of the next unread byte. */
  offset = 0;
  error: Error | null = null;

  constructor(chunks: AsyncIterable<Buffer>) {
    this.it = chunks[Symbol.asyncIterator]();
  }

  private get buffered(): number {
    return this.buf.length - this.pos;
  }

  /** One more chunk into the buffer; false at the end of the input. */
  private async more(): Promise<boolean> {
    const chunk = await this.nextChunk();
    if (!chunk) return false;
    this.buf = this.pos < this.buf.length ? Buffer.concat([this.buf.subarray(this.pos), chunk]) : chunk;
    this.pos = 0;
    return true;
  }

  /** At least n bytes buffered, unless the input ends first. */
  private async fill(n: number): Promise<void> {
    if (this.buffered >= n) return;
    const parts = [this.buf.subarray(this.pos)];
    let have = parts[0].length;
    while (have < n) {
      const chunk = await this.nextChunk();
      if (!chunk) break;
      parts.push(chunk);
      have += chunk.length;
    }
    this.buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, have);
    this.pos = 0;
  }

  /** The next bytes without consuming them (fewer at the end of the input). */
  async peek(n: number): Promise<Buffer> {
    await this.fill(n);
    return this.buf.subarray(this.pos, this.pos + Math.min(n, this.buffered));
  }

  /** The next chunk of the input, or null at its end (or at a stream error, kept in `error`). */
  private async nextChunk(): Promise<Buffer | null> {
    if (this.ended) return null;
    try {
      const r = await this.it.next();
      if (!r.done) return r.value;
    } catch (e) {
      this.error = e as Error;
    }
    this.ended = true;
    return null;
  }

  /**
   * The next line, or null at the end of the input. A line longer than max is skipped, never held
   * whole; a last line cut by a stream error is dropped (the error says where the input ended).
   */
  async readLine(max: number): Promise<Line | null> {
    const offset = this.offset;
    const line = (bytes: Buffer): Line => {
      if (bytes.length && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, -1);
      return { bytes, offset, length: bytes.length, tooLong: false };
    };
    const nl = this.buf.indexOf(10, this.pos);
    if (nl >= 0) {
      if (nl - this.pos > max) return this.skipLine(offset);
      const bytes = this.buf.subarray(this.pos, nl);
      this.consume(nl + 1 - this.pos);
      return line(bytes);
    }
    // The line goes on past the buffer: gather its pieces, joined once at the end.
    const parts: Buffer[] = this.buffered ? [this.buf.subarray(this.pos)] : [];
    let have = this.buffered;
    this.consume(this.buffered);
    for (;;) {
      if (have > max) {
        const rest = await this.skipLine(this.offset);
        return { bytes: Buffer.alloc(0), offset, length: have + rest.length, tooLong: true };
      }
      const chunk = await this.nextChunk();
      if (!chunk) {
        if (!have || this.error) return null;
        return line(Buffer.concat(parts, have));
      }
      const i = chunk.indexOf(10);
      if (i < 0) {
        parts.push(chunk);
        have += chunk.length;
        this.offset += chunk.length;
        continue;
      }
      this.buf = chunk;
      this.pos = 0;
      if (have + i > max) {
        const rest = await this.skipLine(this.offset);
        return { bytes: Buffer.alloc(0), offset, length: have + rest.length, tooLong: true };
      }
      parts.push(chunk.subarray(0, i));
      this.consume(i + 1);
      return line(Buffer.concat(parts, have + i));
    }
  }

  /** Drop bytes up to and including the next "\n", holding no more than a chunk at a time. */
  private async skipLine(offset: number): Promise<Line> {
    for (;;) {
      const nl = this.buf.indexOf(10, this.pos);
      if (nl >= 0) {
        this.consume(nl + 1 - this.pos);
        return { bytes: Buffer.alloc(0), offset, length: this.offset - offset - 1, tooLong: true };
      }
      this.consume(this.buffered);
      const chunk = await this.nextChunk();
      if (!chunk) return { bytes: Buffer.alloc(0), offset, length: this.offset - offset, tooLong: true };
      this.buf = chunk;
      this.pos = 0;
    }
  }

  /** Up to n bytes (fewer only at the end of the input). */
  async read(n: number): Promise<Buffer> {
    await this.fill(n);
    const out = this.buf.subarray(this.pos, this.pos + Math.min(n, this.buffered));
    this.consume(out.length);
    return out;
  }

  /** Skip up to n bytes without keeping them; returns how many there were. */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      if (!this.buffered && !(await this.more())) break;
      const k = Math.min(left, this.buffered);
      this.consume(k);
      left -= k;
    }
    return n - left;
  }

  /**
   * Skip up to n bytes, noting the offset of the first occurrence of `needle` among them (-1 if
   * none), without holding more than a chunk: where a record that runs past the end may hide others.
   */
  async skipScan(n: number, needle: Buffer): Promise<{ skipped: number; found: number }> {
    let left = n;
    let found = -1;
    let tail = Buffer.alloc(0); // the last bytes of the previous piece, for a needle across pieces
    while (left > 0) {
      if (!this.buffered && !(await this.more())) break;
      const k = Math.min(left, this.buffered);
      if (found < 0) {
        const piece = this.buf.subarray(this.pos, this.pos + k);
        const hay = tail.length ? Buffer.concat([tail, piece]) : piece;
        const i = hay.indexOf(needle);
        if (i >= 0) found = this.offset - tail.length + i;
        tail = Buffer.from(hay.subarray(Math.max(0, hay.length - needle.length + 1)));
      }
      this.consume(k);
      left -= k;
    }
    return { skipped: n - left, found };
  }

  /** Put bytes back in front of the unread input (offset moves back by their length). */
  unshift(bytes: Buffer): void {
    if (!bytes.length) return;
    this.buf = Buffer.concat([bytes, this.buf.subarray(this.pos)]);
    this.pos = 0;
    this.offset -= bytes.length;
  }

  private consume(n: number): void {
    this.pos += n;
    this.offset += n;
    if (this.pos === this.buf.length) {
      this.buf = Buffer.alloc(0);
      this.pos = 0;
    }
  }
}
