#!/usr/bin/env node
// The `mirsad` command.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { StoreOpenError } from '../store/sqlite.js';
import { isPostgresUrl, openStore as openDb } from '../store/open.js';
import type { Store } from '../store/store.js';
import { defaultWorkers, ingestPaths, type IngestOptions, type IngestSummary } from '../ingest/index.js';
import { DEFAULT_LIMITS, formatBytes, parseBytes, parseDuration, type Limits } from '../ingest/limits.js';
import { mergeNewMentions, rebuildEvents } from '../rebuild.js';
import { decode } from '../ingest/decode.js';
import { expandPaths, readFile } from '../ingest/read.js';
import type { RawInput } from '../types.js';
import { eventJson, eventSummary, formatDate, table } from './format.js';
import { renderEvent, sourceOf } from './show.js';
import { eventsCsv, ploverRecord } from '../export/records.js';
import { registerWatchCommands } from './watch.js';
import { tuneJit } from '../shared/jit.js';

tuneJit();

// `mirsad export | head`: a closed pipe ends the command quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command();
program
  .name('mirsad')
  .description(
    'Arabic-first news event intelligence: ingest articles, code their events, merge reports across outlets.',
  )
  .version('0.1.0')
  .addOption(
    new Option('--db <file|url>', 'SQLite database file, or a postgres:// URL').default('./mirsad.db'),
  )
  .showHelpAfterError();

const fail = (msg: string, code = 1): never => {
  process.stderr.write(`mirsad: ${msg}\n`);
  process.exit(code);
};
/** Reading commands open the database read-only: they work on a file or folder they cannot write. */
const openStore = (mode: 'read' | 'write' = 'write'): Store => {
  const db: string = program.opts().db;
  try {
    return openDb(db, { readonly: mode === 'read' });
  } catch (e) {
    if (e instanceof StoreOpenError) return fail(e.message);
    return fail(`cannot open the database ${db}: ${(e as Error).message}`);
  }
};

/** The limits and worker options shared by ingest and retry-failed. */
function withLimitOptions(cmd: Command): Command {
  const d = DEFAULT_LIMITS;
  return cmd
    .option(
      '--max-document-size <size>',
      `largest page, text or record, after decompression (default ${formatBytes(d.maxDocumentBytes)})`,
    )
    .option('--max-feed-size <size>', `largest RSS/Atom feed (default ${formatBytes(d.maxFeedBytes)})`)
    .option('--max-file-size <size>', `largest file on disk (default ${formatBytes(d.maxFileBytes)})`)
    .option(
      '--max-decompressed-size <size>',
      `most a .gz file may inflate to (default ${formatBytes(d.maxDecompressedBytes)})`,
    )
    .option(
      '--max-compression-ratio <n>',
      `most a .gz file may inflate per compressed byte (default ${d.maxCompressionRatio})`,
    )
    .option('--max-line-size <size>', `longest JSONL line (default ${formatBytes(d.maxLineBytes)})`)
    .option(
      '--time-budget <duration>',
      `extraction and analysis time per document (default ${d.timeBudgetMs / 1000}s)`,
    )
    .option(
      '--workers <n>',
      `analysis worker threads (default ${defaultWorkers()}; 0 = none, no time budget)`,
    );
}

interface LimitFlags {
  maxDocumentSize?: string;
  maxFeedSize?: string;
  maxFileSize?: string;
  maxDecompressedSize?: string;
  maxCompressionRatio?: string;
  maxLineSize?: string;
  timeBudget?: string;
  workers?: string;
}

function ingestOptions(o: LimitFlags): IngestOptions {
  const limits: Partial<Limits> = {};
  try {
    if (o.maxDocumentSize) limits.maxDocumentBytes = parseBytes(o.maxDocumentSize);
    if (o.maxFeedSize) limits.maxFeedBytes = parseBytes(o.maxFeedSize);
    if (o.maxFileSize) limits.maxFileBytes = parseBytes(o.maxFileSize);
    if (o.maxDecompressedSize) limits.maxDecompressedBytes = parseBytes(o.maxDecompressedSize);
    if (o.maxLineSize) limits.maxLineBytes = parseBytes(o.maxLineSize);
    if (o.maxCompressionRatio) {
      if (!/^\d+(\.\d+)?$/.test(o.maxCompressionRatio))
        throw new Error('--max-compression-ratio takes a number');
      limits.maxCompressionRatio = Number(o.maxCompressionRatio);
    }
    if (o.timeBudget) limits.timeBudgetMs = parseDuration(o.timeBudget);
  } catch (e) {
    fail((e as Error).message);
  }
  if (o.workers !== undefined && !/^\d+$/.test(o.workers)) fail('--workers takes a number (0 for none)');
  return { limits, workers: o.workers === undefined ? undefined : Number(o.workers) };
}

function report(
  s: IngestSummary,
  built: { events: number; stories: number },
  started: number,
  what: string,
): void {
  for (const f of s.failed) process.stderr.write(`error: ${f.source}: ${f.reason}\n`);
  for (const w of s.warnings) process.stderr.write(`warning: ${w.source}: ${w.reason}\n`);
  const resolved = s.resolved ? `, ${s.resolved} earlier failure(s) resolved` : '';
  process.stderr.write(
    `${what}: ${s.ingested} ingested, ${s.unchanged} unchanged, ${s.republished} republished copies, ${s.failed.length} failed${resolved}` +
      ` — ${built.events} events in ${built.stories} stories (${((Date.now() - started) / 1000).toFixed(2)} s)\n`,
  );
  if (s.failed.length)
    process.stderr.write('`mirsad failures` lists what failed; `mirsad retry-failed` tries it again.\n');
  if (s.failed.length && s.ingested + s.unchanged + s.republished === 0) process.exit(1);
  if (s.failed.length) process.exitCode = 2;
}

withLimitOptions(
  program
    .command('ingest')
    .description(
      'ingest files, folders or globs (.txt, .html, .jsonl, RSS/Atom, WARC, .gz) and merge their events',
    )
    .argument('<paths...>', 'files, folders or glob patterns')
    .option('--published <date>', 'publication date (YYYY-MM-DD) of the documents that show none'),
).action(async (paths: string[], o: LimitFlags & { published?: string }) => {
  if (o.published && !/^\d{4}-\d{2}-\d{2}$/.test(o.published)) fail('--published takes YYYY-MM-DD');
  const opts = { ...ingestOptions(o), published: o.published };
  const store = openStore();
  const started = Date.now();
  if (isPostgresUrl(program.opts().db)) return enqueue(store, paths, opts, started);
  const { files } = expandPaths(paths);
  const bar =
    files.length > 5 && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {file}' },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(files.length, 0, { file: '' });
  const s = await ingestPaths(store, paths, {
    ...opts,
    onFile: (f, i) => bar?.update(i, { file: path.basename(f) }),
  });
  bar?.update(files.length, { file: '' });
  bar?.stop();
  const built = await mergeNewMentions(store);
  await store.close();
  report(s, built, started, `${s.files} file(s)`);
});

/** On PostgreSQL, ingest enqueues a job per document for `mirsad worker`. */
async function enqueue(
  store: Store,
  paths: string[],
  opts: IngestOptions & { published?: string },
  started: number,
  only?: Set<string>,
): Promise<void> {
  const { enqueuePaths } = await import('../queue/jobs.js');
  const s = await enqueuePaths(store, program.opts().db, paths, { ...opts, only });
  await store.close();
  for (const f of s.failed) process.stderr.write(`error: ${f.source}: ${f.reason}\n`);
  process.stderr.write(
    `${s.files} file(s): ${s.queued} document(s) queued (a document already waiting is queued once), ${s.failed.length} failed` +
      ` (${((Date.now() - started) / 1000).toFixed(2)} s); \`mirsad worker\` analyses and merges them\n`,
  );
  if (s.failed.length) process.exitCode = s.queued ? 2 : 1;
}

program
  .command('worker')
  .description("on PostgreSQL (--db postgres://…): run the queued documents' jobs — analyse, store, merge")
  .option('--concurrency <n>', 'jobs at once, each analysed in a worker thread', '2')
  .option('--until-empty', 'exit once no job waits, runs or is to be retried')
  .option('--time-budget <duration>', 'extraction and analysis time per document')
  .action(async (o: { concurrency: string; untilEmpty?: boolean; timeBudget?: string }) => {
    const db: string = program.opts().db;
    if (!isPostgresUrl(db)) fail('mirsad worker takes --db postgres://… (SQLite ingests in one process)');
    if (!/^\d+$/.test(o.concurrency)) fail('--concurrency takes a number');
    let timeBudgetMs: number | undefined;
    try {
      if (o.timeBudget) timeBudgetMs = parseDuration(o.timeBudget);
    } catch (e) {
      fail((e as Error).message);
    }
    const { runWorker } = await import('../queue/worker.js');
    const started = Date.now();
    const { jobs } = await runWorker({
      url: db,
      concurrency: Number(o.concurrency),
      untilEmpty: o.untilEmpty,
      limits: timeBudgetMs ? { timeBudgetMs } : undefined,
    });
    process.stderr.write(`worker: ${jobs} job(s) in ${((Date.now() - started) / 1000).toFixed(2)} s\n`);
  });

program
  .command('rebuild')
  .description(
    'merge every stored report into events and stories again (after the merge rules change); ingest merges as it goes',
  )
  .action(async () => {
    const store = openStore();
    const started = Date.now();
    const built = await rebuildEvents(store);
    await store.close();
    process.stderr.write(
      `rebuilt: ${built.merged} mentions — ${built.events} events in ${built.stories} stories (${((Date.now() - started) / 1000).toFixed(2)} s)\n`,
    );
  });

program
  .command('failures')
  .description('what ingest skipped and why: source (file, file:line, file#recordN), reason, attempts')
  .option('--all', 'also the failures resolved since (stored later, or gone when the file was read again)')
  .option('--json', 'as JSON')
  .action(async (o: { all?: boolean; json?: boolean }) => {
    const store = openStore('read');
    const rows = await store.listFailures({ all: o.all });
    await store.close();
    if (o.json) return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    if (!rows.length)
      return void process.stdout.write(
        o.all ? 'No failures recorded.\n' : 'No failures. (`--all` shows resolved ones.)\n',
      );
    const cols = ['last failed', 'attempts', 'source', 'reason', ...(o.all ? ['resolved'] : [])];
    process.stdout.write(
      table(
        cols,
        rows.map((r) => [
          r.at.slice(0, 19).replace('T', ' '),
          String(r.attempts),
          r.source,
          r.reason.length > 120 ? r.reason.slice(0, 119) + '…' : r.reason,
          ...(o.all ? [r.resolvedAt?.slice(0, 19).replace('T', ' ') ?? '—'] : []),
        ]),
      ) + '\n',
    );
  });

/** The file a failure came from, for rows recorded before the file was kept. */
function fileOf(source: string): string {
  if (existsSync(source)) return source;
  return source.replace(/(?::\d+|#(?:item|record)\d+|@\d+)$/, '');
}

withLimitOptions(
  program
    .command('retry-failed')
    .description('ingest again what failed (after a fix, or with larger limits), then merge events')
    .option('--published <date>', 'publication date (YYYY-MM-DD) of the documents that show none'),
).action(async (o: LimitFlags & { published?: string }) => {
  if (o.published && !/^\d{4}-\d{2}-\d{2}$/.test(o.published)) fail('--published takes YYYY-MM-DD');
  const opts = { ...ingestOptions(o), published: o.published };
  const store = openStore();
  const started = Date.now();
  const failures = await store.listFailures();
  const queue = isPostgresUrl(program.opts().db);
  if (queue) {
    const { workerUtils } = await import('../queue/jobs.js');
    const { retryFailedJobs } = await import('../queue/status.js');
    const utils = await workerUtils(program.opts().db);
    const n = await retryFailedJobs(utils);
    await utils.release();
    process.stderr.write(`${n} failed job(s) queued again\n`);
  }
  if (!failures.length) {
    await store.close();
    return void process.stderr.write('Nothing to retry: no failures.\n');
  }
  // A failure of a whole file or path: read it all again; of one item: read its file for that item.
  const whole = new Set<string>();
  const items = new Set<string>();
  const itemFiles = new Set<string>();
  for (const f of failures) {
    const file = f.file ?? fileOf(f.source);
    if (f.source === file) whole.add(file);
    else {
      items.add(f.source);
      itemFiles.add(file);
    }
  }
  for (const f of whole) itemFiles.delete(f);
  if (queue)
    return enqueue(
      store,
      [...whole, ...itemFiles],
      opts,
      started,
      itemFiles.size ? new Set([...items, ...whole]) : undefined,
    );
  const total: IngestSummary = {
    files: 0,
    ingested: 0,
    unchanged: 0,
    republished: 0,
    failed: [],
    warnings: [],
    resolved: 0,
  };
  const add = (s: IngestSummary) => {
    for (const k of ['files', 'ingested', 'unchanged', 'republished', 'resolved'] as const) total[k] += s[k];
    total.failed.push(...s.failed);
    total.warnings.push(...s.warnings);
  };
  if (whole.size) add(await ingestPaths(store, [...whole], opts));
  if (itemFiles.size) add(await ingestPaths(store, [...itemFiles], { ...opts, only: items }));
  const built = await mergeNewMentions(store);
  await store.close();
  report(total, built, started, `${failures.length} failure(s) retried`);
});

program
  .command('events')
  .description('list merged events (a table, or --json)')
  .option('--json', 'machine-readable array of events')
  .option('--type <type>', 'only events of this PLOVER type (e.g. CONSULT)')
  .option('--all', 'include background and planned events')
  .action(async (o: { json?: boolean; type?: string; all?: boolean }) => {
    const store = openStore('read');
    let events = await store.listEvents();
    await store.close();
    if (o.type) events = events.filter((e) => e.type === o.type!.toUpperCase());
    if (!o.all) events = events.filter((e) => e.status === 'asserted');
    if (o.json) return void process.stdout.write(JSON.stringify(events.map(eventJson), null, 2) + '\n');
    if (!events.length) return void process.stdout.write('No events. Run `mirsad ingest <paths>` first.\n');
    process.stdout.write(
      table(['id', 'date', 'type', 'participants', 'reports', 'outlets'], events.map(eventSummary)) + '\n',
    );
  });

program
  .command('export')
  .description('export merged events: PLOVER/POLECAT-style JSON lines, CSV, or the full JSON records')
  .addOption(
    new Option('--format <format>', 'output format').choices(['plover', 'csv', 'json']).default('plover'),
  )
  .action(async (o: { format: string }) => {
    const store = openStore('read');
    const events = await store.listEvents();
    await store.close();
    if (o.format === 'csv') return void process.stdout.write(eventsCsv(events));
    if (o.format === 'json') return void process.stdout.write(JSON.stringify(events, null, 2) + '\n');
    for (const e of events) process.stdout.write(JSON.stringify(ploverRecord(e)) + '\n');
  });

program
  .command('show')
  .description('one merged event: reports, claims and sources, agreements and disagreements')
  .argument('<event-id>', 'event id or unique prefix')
  .option('--json', 'the full merged record as JSON')
  .action(async (id: string, o: { json?: boolean }) => {
    const store = openStore('read');
    const ids = await store.matchIds('event', id, 6);
    const e = ids.length === 1 ? await store.getEvent(ids[0]) : null;
    await store.close();
    if (ids.length > 1) fail(ambiguous('event', id, ids));
    if (!e) fail(`no event with id "${id}" (\`mirsad events --all\` lists them)`);
    process.stdout.write((o.json ? JSON.stringify(e, null, 2) : renderEvent(e!)) + '\n');
  });

program
  .command('docs')
  .description('list stored documents')
  .option('--json', 'as JSON')
  .action(async (o: { json?: boolean }) => {
    const store = openStore('read');
    const docs = await store.listDocuments();
    await store.close();
    if (o.json) return void process.stdout.write(JSON.stringify(docs, null, 2) + '\n');
    process.stdout.write(
      table(
        ['id', 'published', 'outlet', 'events', 'copies', 'title'],
        docs.map((d) => [
          d.id,
          d.published ?? 'unknown',
          d.outlet ?? '—',
          String(d.events),
          String(d.copies),
          (d.title ?? '').slice(0, 60),
        ]),
      ) + '\n',
    );
  });

program
  .command('copies')
  .description('where else a stored document was seen: exact and near-duplicate republications')
  .argument('<id>', 'document id or unique prefix')
  .option('--json', 'as JSON')
  .action(async (id: string, o: { json?: boolean }) => {
    const store = openStore('read');
    const ids = await store.matchIds('document', id, 6);
    const sightings = ids.length === 1 ? await store.listSightings(ids[0]) : [];
    await store.close();
    if (ids.length > 1) fail(ambiguous('document', id, ids));
    if (!ids.length) fail(`no document with id "${id}" (\`mirsad docs\` lists them)`);
    if (o.json) return void process.stdout.write(JSON.stringify(sightings, null, 2) + '\n');
    process.stdout.write(
      table(
        ['similarity', 'outlet', 'source', 'seen'],
        sightings.map((s) => [
          s.similarity?.toFixed(2) ?? '1.00',
          s.outlet ?? '—',
          s.url ?? s.source,
          s.seenAt,
        ]),
      ) + '\n',
    );
  });

program
  .command('search')
  .description('full-text search, Arabic query matched after normalization and clitic splitting')
  .argument('<query...>', 'words to find')
  .option('--json', 'as JSON')
  .action(async (q: string[], o: { json?: boolean }) => {
    const store = openStore('read');
    const hits = await store.search(q.join(' '));
    await store.close();
    if (o.json) return void process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
    if (!hits.length) return void process.stdout.write('No match.\n');
    for (const h of hits)
      process.stdout.write(`${h.id}  ${h.outlet ?? '—'}  ${h.title ?? ''}\n    ${h.snippet}\n`);
  });

function ambiguous(kind: string, prefix: string, ids: string[]): string {
  const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '');
  return `${kind} id prefix "${prefix}" is ambiguous: it starts ${ids.length > 5 ? 'more than 5 ids' : `${ids.length} ids`} (${shown}); give more characters`;
}

async function readInput(p: string, published?: string): Promise<RawInput> {
  if (p !== '-') {
    const { inputs, failures } = await readFile(p);
    if (failures.length) fail(`${failures[0].source}: ${failures[0].reason}`);
    const input = inputs[0];
    if (published) input.hints.published = published;
    return input;
  }
  const { text } = decode(readFileSync(0));
  const kind = /^\s*</.test(text) ? 'html' : 'text';
  return {
    source: 'stdin',
    identity: 'stdin',
    kind,
    content: text,
    hints: published ? { published } : {},
    messages: [],
  };
}

program
  .command('analyze')
  .description('run the whole pipeline on one document without storing it')
  .argument('<path>', 'a file, or - for standard input')
  .option('--published <date>', 'publication date (YYYY-MM-DD) when the text has none')
  .option('--json', 'the full analysis as JSON')
  .action(async (p: string, o: { published?: string; json?: boolean }) => {
    if (o.published && !/^\d{4}-\d{2}-\d{2}/.test(o.published)) fail('--published takes YYYY-MM-DD');
    // The pipeline is loaded by the commands that run it here (ingest runs it in worker threads).
    const { analyze } = await import('../pipeline.js');
    const doc = analyze(await readInput(p, o.published));
    if (o.json) return void process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
    const x = doc.extraction;
    const span = (s: { start: number; end: number }) => `[${s.start}-${s.end}]`;
    const lines = [
      `Document ${doc.id}  (${doc.source})`,
      `Title:     ${x.title?.value ?? '—'}  {${x.title?.source.method ?? ''}}`,
      `Outlet:    ${x.outlet?.value ?? '—'}  {${x.outlet?.source.method ?? ''}}`,
      `Author:    ${x.author?.value ?? '—'}  {${x.author?.source.method ?? ''}}`,
      `Published: ${x.published ? `${x.published.value.value} (${x.published.value.granularity}) from "${x.published.sourceText}"` : 'unknown'}`,
      `Body:      ${x.paragraphs.length} paragraphs, ${doc.sentences.length} sentences; furniture cut: ${x.furniture.map((f) => f.kind).join(', ') || 'none'}`,
      '',
      'Temporal expressions:',
      ...doc.times.map(
        (t) => `  ${span(t.span)} "${t.text}" → ${formatDate(t)}  [${t.granularity}, ${t.derivation}]`,
      ),
      '',
      'Entities:',
      ...doc.entities.map(
        (e) =>
          `  ${span(e.span)} "${e.text}" → ${e.entity.en}${e.entity.wikidata ? ' ' + e.entity.wikidata : ''} (${e.entity.type}, ${e.via})`,
      ),
      '',
      'Events:',
      ...doc.events.map(
        (e) =>
          `  #${e.index} ${e.type}${e.mode ? '/' + e.mode : ''} (${e.status}) ${formatDate(e.date)} — ${e.participants.map((p) => p.entity.en).join(' + ') || 'no actor'}; places: ${e.placesDiscussed.map((p) => p.entity.en).join(', ') || '—'}`,
      ),
      '',
      'Claims:',
      ...doc.claims.map(
        (c) =>
          `  ${span(c.span)} ${c.source || c.anonymous ? sourceOf(c) : '(outlet)'}${c.verb ? ` «${c.verb}»` : ''}${c.type ? ' ' + c.type : ''}${c.event !== null ? ` → event #${c.event}` : ''}${c.stance.length ? ` [${c.stance.map((s) => s.text).join(', ')}]` : ''}`,
      ),
      ...doc.messages.map((m) => `${m.level}: ${m.reason}`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
  });

program
  .command('time')
  .description('temporal expressions in a text, resolved')
  .argument('<text>', 'the text, or - for standard input')
  .option('--published <date>', 'publication date (YYYY-MM-DD)')
  .option('--json', 'as JSON')
  .action(async (t: string, o: { published?: string; json?: boolean }) => {
    const { findTimes } = await import('../time/index.js');
    const text = t === '-' ? readFileSync(0, 'utf8') : t;
    const r = findTimes(text, { published: o.published });
    if (o.json) return void process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    for (const e of r.expressions)
      process.stdout.write(
        `[${e.span.start}-${e.span.end}] "${e.text}" → ${formatDate(e)}  [${e.granularity}, ${e.derivation}]\n`,
      );
  });

program
  .command('extract')
  .description('extraction only: one JSON object per input document, the store untouched')
  .argument('<paths...>', 'files, folders or globs')
  .option('--jsonl', 'one object per line')
  .action(async (paths: string[], o: { jsonl?: boolean }) => {
    const { extract } = await import('../extract/index.js');
    const { files, failures } = expandPaths(paths);
    const out: unknown[] = [];
    for (const f of failures) process.stderr.write(`error: ${f.source}: ${f.reason}\n`);
    for (const file of files) {
      const r = await readFile(file);
      for (const f of r.failures) process.stderr.write(`error: ${f.source}: ${f.reason}\n`);
      for (const input of r.inputs) {
        const { text, extraction: x } = extract(input);
        out.push({
          source: input.source,
          title: x.title?.value ?? null,
          body: x.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n'),
          published: x.published?.value.value ?? null,
          modified: null,
          author: x.author?.value ?? null,
          outlet: x.outlet?.value ?? null,
          language: x.language,
          url: x.url,
          furniture: x.furniture.map((f) => ({ kind: f.kind, text: f.text })),
        });
      }
    }
    process.stdout.write(
      o.jsonl ? out.map((x) => JSON.stringify(x)).join('\n') + '\n' : JSON.stringify(out, null, 2) + '\n',
    );
  });

registerWatchCommands(program, openStore, fail);

program
  .command('serve')
  .description(
    'serve the JSON API (/api, OpenAPI at /api/openapi.json) and the Arabic web app over the store',
  )
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .option('--port <port>', 'port (0 picks a free one)', '8080')
  .option('--token <token>', 'require "Authorization: Bearer <token>" on POST (or MIRSAD_TOKEN)')
  .action(async (o: { host: string; port: string; token?: string }) => {
    const port = Number(o.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port takes a number from 0 to 65535');
    const { startServer } = await import('../api/server.js');
    const store = openStore();
    const webRoot = fileURLToPath(new URL('../web/', import.meta.url));
    const running = await startServer({
      store,
      host: o.host,
      port,
      token: o.token ?? process.env.MIRSAD_TOKEN,
      webRoot,
    });
    process.stderr.write(
      `mirsad: serving ${program.opts().db} at ${running.url}/ (API ${running.url}/api, OpenAPI ${running.url}/api/openapi.json)\n`,
    );
    const stop = () =>
      void running
        .close()
        .then(() => store.close())
        .then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program.parseAsync().catch((e: Error) => fail(e.message));
