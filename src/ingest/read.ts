// From paths (files, folders, globs) to RawInput records, one per article, streamed: a file is
// read in chunks, inflated on the fly, and bounded by the limits (limits.ts) while it streams.
// Problems become failures with file (and line or byte offset); nothing here throws for bad input.
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { z } from 'zod';
import type { Message, RawInput } from '../types.js';
import type { Failure, Item, ReadResult } from './items.js';
import { decode, DecodeError, isBinary, repairMojibake } from './decode.js';
import { readFeed } from './feed.js';
import { readWarc } from './warc.js';
import { ByteReader, fileChunks, readAll } from './bytes.js';
import { DEFAULT_LIMITS, formatBytes, LimitError, type Limits } from './limits.js';

export type { Failure, Item, ReadResult } from './items.js';

const FORMATS = ['.txt', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '.warc'];
/** Every format, also gzip-compressed (".html.gz", ".warc.gz"). */
export const SUPPORTED = [...FORMATS, ...FORMATS.map((f) => `${f}.gz`)];

/** ".html", ".warc.gz" … */
function formatOf(file: string): string {
  const name = path.basename(file).toLowerCase();
  return (
    SUPPORTED.filter((f) => name.endsWith(f)).sort((a, b) => b.length - a.length)[0] ?? path.extname(name)
  );
}

/**
 * Expand paths into a sorted list of supported files. Folders are walked without recursion and
 * each folder is entered once by its real path, so a symlink loop is seen (and reported) at once;
 * a file reached by two paths is read once. Unknown paths are failures.
 */
export function expandPaths(paths: string[]): { files: string[]; failures: Failure[]; warnings: Failure[] } {
  const files = new Map<string, string>(); // real path -> the path it was found by
  const failures: Failure[] = [];
  const warnings: Failure[] = [];
  const seenDirs = new Set<string>();
  const addFile = (p: string) => {
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      real = path.resolve(p);
    }
    if (!files.has(real)) files.set(real, p);
  };
  const walk = (root: string) => {
    const stack = [root];
    while (stack.length) {
      const dir = stack.pop()!;
      let real: string;
      try {
        real = realpathSync(dir);
      } catch (e) {
        warnings.push({ source: dir, reason: `cannot enter folder: ${(e as Error).message}` });
        continue;
      }
      if (seenDirs.has(real)) {
        if (dir !== root)
          warnings.push({
            source: dir,
            reason: `symlink loop or second path to ${real}, already read: skipped`,
          });
        continue;
      }
      seenDirs.add(real);
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        warnings.push({ source: dir, reason: `cannot read folder: ${(e as Error).message}` });
        continue;
      }
      const subdirs: string[] = [];
      for (const ent of entries) {
        if (ent.name.startsWith('.')) continue;
        const p = path.join(dir, ent.name);
        let isDir = ent.isDirectory();
        let isFile = ent.isFile();
        if (ent.isSymbolicLink()) {
          try {
            const st = statSync(p);
            isDir = st.isDirectory();
            isFile = st.isFile();
          } catch (e) {
            warnings.push({
              source: p,
              reason: `broken symlink: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
            });
            continue;
          }
        }
        if (isDir) subdirs.push(p);
        else if (isFile && SUPPORTED.includes(formatOf(ent.name))) addFile(p);
      }
      stack.push(...subdirs.sort().reverse());
    }
  };
  for (const p of paths) {
    let st = null;
    let loop = false;
    try {
      st = statSync(p);
    } catch (e) {
      loop = (e as NodeJS.ErrnoException).code === 'ELOOP';
    }
    if (loop) {
      failures.push({ source: p, reason: 'symlink loop', file: p });
    } else if (st?.isDirectory()) {
      walk(p);
    } else if (st?.isFile()) {
      addFile(p);
    } else if (fg.isDynamicPattern(p)) {
      // Symlinks are not followed by patterns (a loop would be walked ~40 levels deep).
      const matched = fg.sync(p, { onlyFiles: true, followSymbolicLinks: false });
      if (matched.length === 0) failures.push({ source: p, reason: 'pattern matched no file', file: p });
      matched.forEach(addFile);
    } else {
      failures.push({ source: p, reason: 'no such file or folder', file: p });
    }
  }
  return { files: [...files.values()].sort(), failures, warnings };
}

const JsonlRecord = z
  .object({
    id: z.union([z.string(), z.number()]).nullish(),
    text: z.string().nullish(),
    html: z.string().nullish(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    // "published" or "date": both are the publication date; null means the record has none.
    published: z.string().nullish(),
    date: z.string().nullish(),
    outlet: z.string().nullish(),
    author: z.string().nullish(),
  })
  .refine((r) => !!(r.text?.trim() || r.html?.trim()), {
    message: 'needs a non-empty "text" or "html" field',
  });

/** Read one file into articles (all of them in memory: for one file, `analyze`, `extract`). */
export async function readFile(file: string, limits: Limits = DEFAULT_LIMITS): Promise<ReadResult> {
  const inputs: RawInput[] = [];
  const failures: Failure[] = [];
  for await (const item of readItems(file, limits)) {
    if (item.input) inputs.push(item.input);
    else failures.push(item.failure);
  }
  return { inputs, failures };
}

/** Read one file into articles, one at a time, as the bytes stream in. */
export async function* readItems(file: string, limits: Limits = DEFAULT_LIMITS): AsyncGenerator<Item> {
  const format = formatOf(file);
  if (!SUPPORTED.includes(format))
    return yield { failure: { source: file, reason: `unsupported file type "${format || '(none)'}"`, file } };
  const gzip = format.endsWith('.gz');
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    return yield { failure: { source: file, reason: `cannot read: ${(e as Error).message}`, file } };
  }
  yield* readFrom(
    file,
    format.replace(/\.gz$/, ''),
    () => fileChunks(file, gzip, limits),
    gzip ? undefined : size,
    limits,
  );
}

/** The same readers over bytes in memory, cut into the given chunks (tests and fuzzing). */
export function readBuffers(
  name: string,
  chunks: Buffer[],
  limits: Limits = DEFAULT_LIMITS,
): AsyncGenerator<Item> {
  async function* open() {
    for (const c of chunks) yield c;
  }
  return readFrom(name, formatOf(name).replace(/\.gz$/, ''), open, undefined, limits);
}

/** `open` gives the bytes from the start (again, to go back in a WARC); `size`, when known, is checked first. */
async function* readFrom(
  file: string,
  ext: string,
  open: () => AsyncIterable<Buffer>,
  size: number | undefined,
  limits: Limits,
): AsyncGenerator<Item> {
  const failure = (reason: string, source = file): Item => ({ failure: { source, reason, file } });
  try {
    if (ext === '.warc' || ext === '.jsonl' || ext === '.ndjson') {
      const reader = new ByteReader(open());
      const head = await reader.peek(8192);
      if (reader.error && !head.length)
        return yield failure(
          reader.error instanceof LimitError ? reader.error.message : `cannot read: ${reader.error.message}`,
        );
      if (!head.length) return yield failure('empty file');
      if (isBinary(head) && ext !== '.warc') return yield failure('binary file (not text)');
      const reopen = async (offset: number) => {
        const r = new ByteReader(open());
        await r.skip(offset);
        return r;
      };
      const items =
        ext === '.warc' ? readWarc(file, reader, limits, reopen) : readJsonl(file, reader, limits);
      for await (const item of items)
        yield { ...item, ...(item.failure ? { failure: { ...item.failure, file } } : {}) } as Item;
      return;
    }
    const feedLike = ext === '.rss' || ext === '.atom' || ext === '.xml';
    const what = feedLike ? 'feed' : 'document';
    const flag = feedLike ? '--max-feed-size' : '--max-document-size';
    const limit = feedLike ? limits.maxFeedBytes : limits.maxDocumentBytes;
    if (size !== undefined && size > limit)
      return yield failure(`${what} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit (${flag})`);
    let bytes: Buffer;
    try {
      bytes = await readAll(open(), limit, size === undefined ? `${what} inflated` : what);
    } catch (e) {
      if (e instanceof LimitError && !/--max-/.test(e.message))
        throw new LimitError(`${e.message} (${flag})`);
      throw e;
    }
    yield* readWhole(file, ext, bytes);
  } catch (e) {
    yield failure(e instanceof LimitError ? e.message : `cannot read: ${(e as Error).message}`);
  }
}

function* readWhole(file: string, ext: string, bytes: Buffer): Generator<Item> {
  let text: string;
  let messages: Message[];
  try {
    ({ text, messages } = decode(bytes));
  } catch (e) {
    const reason = e instanceof DecodeError ? e.message : `cannot read: ${(e as Error).message}`;
    return yield { failure: { source: file, reason, file } };
  }
  if (!text.trim()) return yield { failure: { source: file, reason: 'empty file (only white space)', file } };
  const identity = path.basename(file);
  if (
    ext === '.rss' ||
    ext === '.atom' ||
    (ext === '.xml' && /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2000)))
  ) {
    const { inputs, failures } = readFeed(file, text);
    for (const input of inputs) yield { input: { ...input, messages: [...messages, ...input.messages] } };
    for (const f of failures) yield { failure: { ...f, file } };
    return;
  }
  if (ext === '.xml')
    return yield { failure: { source: file, reason: 'XML file that is not an RSS or Atom feed', file } };
  const kind = ext === '.txt' ? 'text' : 'html';
  if (kind === 'html' && !/<\/html\s*>\s*$/i.test(text.trimEnd()) && /<html/i.test(text)) {
    messages.push({
      level: 'warning',
      stage: 'ingest',
      reason: 'truncated HTML: no closing </html>; extracted what is there',
    });
  }
  yield { input: { source: file, identity, kind, content: text, hints: {}, messages } };
}

async function* readJsonl(file: string, reader: ByteReader, limits: Limits): AsyncGenerator<Item> {
  let lineNo = 0;
  for (;;) {
    const line = await reader.readLine(limits.maxLineBytes);
    if (!line) break;
    lineNo++;
    const source = `${file}:${lineNo}`;
    if (line.tooLong) {
      yield {
        failure: {
          source,
          reason: `line of ${formatBytes(line.length)}, over the ${formatBytes(limits.maxLineBytes)} limit (--max-line-size); skipped`,
        },
      };
      continue;
    }
    let bytes = line.bytes;
    if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      bytes = bytes.subarray(3);
    if (!bytes.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0d)) continue;
    let text: string;
    let messages: Message[];
    try {
      ({ text, messages } = decode(bytes));
    } catch (e) {
      yield { failure: { source, reason: e instanceof DecodeError ? e.message : (e as Error).message } };
      continue;
    }
    if (!text.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      yield { failure: { source, reason: `malformed JSON: ${(e as Error).message}` } };
      continue;
    }
    const r = JsonlRecord.safeParse(obj);
    if (!r.success) {
      yield {
        failure: {
          source,
          reason: `invalid record: ${r.error.issues.map((x) => `${x.path.join('.') || 'record'} ${x.message}`).join('; ')}`,
        },
      };
      continue;
    }
    const rec = r.data;
    const content = (rec.html?.trim() ? rec.html : rec.text)!;
    if (
      content.length * 3 > limits.maxDocumentBytes &&
      Buffer.byteLength(content) > limits.maxDocumentBytes
    ) {
      yield {
        failure: {
          source,
          reason: `document is ${formatBytes(Buffer.byteLength(content))}, over the ${formatBytes(limits.maxDocumentBytes)} limit (--max-document-size)`,
        },
      };
      continue;
    }
    // A scraper that read UTF-8 as windows-1256 leaves mojibake in the fields themselves.
    let repaired = 0;
    const fix = (s: string | null | undefined) => {
      if (s == null) return undefined;
      const r = repairMojibake(s);
      repaired += r.runs;
      return r.text;
    };
    const fixed = {
      content: fix(content)!,
      title: fix(rec.title),
      outlet: fix(rec.outlet),
      author: fix(rec.author),
    };
    if (repaired)
      messages.push({
        level: 'warning',
        stage: 'ingest',
        reason: `mojibake repaired: ${repaired} run(s) of UTF-8 that had been read as windows-1256`,
      });
    yield {
      input: {
        source,
        identity:
          rec.url ??
          (rec.id != null ? `${path.basename(file)}#${rec.id}` : `${path.basename(file)}:${lineNo}`),
        kind: rec.html?.trim() ? 'html' : 'text',
        content: fixed.content,
        hints: {
          url: rec.url ?? undefined,
          title: fixed.title,
          published: rec.published ?? rec.date ?? undefined,
          outlet: fixed.outlet,
          author: fixed.author,
        },
        messages,
      },
    };
  }
  if (reader.error)
    yield {
      failure: {
        source: file,
        reason: `${reader.error.message}; the lines before byte offset ${reader.offset} were read`,
      },
    };
  else if (lineNo === 0) yield { failure: { source: file, reason: 'empty file' } };
}
