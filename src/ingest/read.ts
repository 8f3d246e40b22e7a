// From paths (files, folders, globs) to RawInput records, one per article.
// Problems become messages with file (and line); nothing here throws for bad input.
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import fg from 'fast-glob';
import { z } from 'zod';
import type { Message, RawInput } from '../types.js';
import { decode, DecodeError } from './decode.js';
import { readFeed } from './feed.js';
import { readWarc } from './warc.js';

const FORMATS = ['.txt', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '.warc'];
/** Every format, also gzip-compressed (".html.gz", ".warc.gz"). */
export const SUPPORTED = [...FORMATS, ...FORMATS.map((f) => `${f}.gz`)];

/** ".html", ".warc.gz" … */
function formatOf(file: string): string {
  const name = path.basename(file).toLowerCase();
  return SUPPORTED.filter((f) => name.endsWith(f)).sort((a, b) => b.length - a.length)[0] ?? path.extname(name);
}

export interface Failure {
  source: string;
  reason: string;
}

export interface ReadResult {
  inputs: RawInput[];
  failures: Failure[];
}

/** Expand paths into a sorted list of supported files. Unknown paths are failures. */
export function expandPaths(paths: string[]): { files: string[]; failures: Failure[] } {
  const files = new Set<string>();
  const failures: Failure[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      for (const f of fg.sync('**/*', { cwd: p, onlyFiles: true, dot: false })) {
        if (SUPPORTED.includes(formatOf(f))) files.add(path.join(p, f));
      }
    } else if (st?.isFile()) {
      files.add(p);
    } else if (fg.isDynamicPattern(p)) {
      const matched = fg.sync(p, { onlyFiles: true });
      if (matched.length === 0) failures.push({ source: p, reason: 'pattern matched no file' });
      matched.forEach((f) => files.add(f));
    } else {
      failures.push({ source: p, reason: 'no such file or folder' });
    }
  }
  return { files: [...files].sort(), failures };
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

/** Read one file into articles. */
export async function readFile(file: string): Promise<ReadResult> {
  const format = formatOf(file);
  if (!SUPPORTED.includes(format)) return { inputs: [], failures: [{ source: file, reason: `unsupported file type "${format || '(none)'}"` }] };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
    if (format.endsWith('.gz')) bytes = gunzipSync(bytes);
  } catch (e) {
    return { inputs: [], failures: [{ source: file, reason: `cannot read: ${(e as Error).message}` }] };
  }
  const ext = format.replace(/\.gz$/, '');
  if (ext === '.warc') return readWarc(file, bytes);
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = decode(bytes));
  } catch (e) {
    const reason = e instanceof DecodeError ? e.message : `cannot read: ${(e as Error).message}`;
    return { inputs: [], failures: [{ source: file, reason }] };
  }
  const messages: Message[] = encoding !== 'utf-8' ? [{ level: 'info', stage: 'ingest', reason: `decoded from ${encoding}` }] : [];
  if (!text.trim()) return { inputs: [], failures: [{ source: file, reason: 'empty file (only white space)' }] };
  const identity = path.basename(file);
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonl(file, text);
  if (ext === '.rss' || ext === '.atom' || (ext === '.xml' && /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2000)))) return readFeed(file, text);
  if (ext === '.xml') return { inputs: [], failures: [{ source: file, reason: 'XML file that is not an RSS or Atom feed' }] };
  const kind = ext === '.txt' ? 'text' : 'html';
  if (kind === 'html' && !/<\/html\s*>\s*$/i.test(text.trimEnd()) && /<html/i.test(text)) {
    messages.push({ level: 'warning', stage: 'ingest', reason: 'truncated HTML: no closing </html>; extracted what is there' });
  }
  return { inputs: [{ source: file, identity, kind, content: text, hints: {}, messages }], failures: [] };
}

function readJsonl(file: string, text: string): ReadResult {
  const inputs: RawInput[] = [];
  const failures: Failure[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const source = `${file}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      failures.push({ source, reason: `malformed JSON: ${(e as Error).message}` });
      return;
    }
    const r = JsonlRecord.safeParse(obj);
    if (!r.success) {
      failures.push({ source, reason: `invalid record: ${r.error.issues.map((x) => `${x.path.join('.') || 'record'} ${x.message}`).join('; ')}` });
      return;
    }
    const rec = r.data;
    inputs.push({
      source,
      identity: rec.url ?? (rec.id != null ? `${path.basename(file)}#${rec.id}` : `${path.basename(file)}:${i + 1}`),
      kind: rec.html?.trim() ? 'html' : 'text',
      content: (rec.html?.trim() ? rec.html : rec.text)!,
      hints: {
        url: rec.url ?? undefined,
        title: rec.title ?? undefined,
        published: rec.published ?? rec.date ?? undefined,
        outlet: rec.outlet ?? undefined,
        author: rec.author ?? undefined,
      },
      messages: [],
    });
  });
  return { inputs, failures };
}
