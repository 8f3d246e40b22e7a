import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The built command, as a user runs it (`npm test` builds first).
const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-cli-'));
const db = path.join(dir, 'cli.db');
const run = (...args: string[]) =>
  execFileSync('node', ['dist/cli/main.js', '--db', db, ...args], { encoding: 'utf8' });

beforeAll(() => {
  spawnSync('node', ['dist/cli/main.js', '--db', db, 'ingest', 'examples/'], { encoding: 'utf8' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mirsad command', () => {
  it('events --json keeps its documented shape and the gold dates', () => {
    const events = JSON.parse(run('events', '--json', '--type', 'CONSULT')) as {
      id: string;
      type: string;
      mode: string;
      date: { value: string | null; granularity: string; derivation: string; weekday?: string };
      participants: { name: string; wikidata: string }[];
      reports: { document: string; source: string; outlet: string | null }[];
      story: string;
    }[];
    const calls = events.filter((e) => e.mode === 'phone');
    expect(calls).toHaveLength(4);
    const dates = calls.map((e) => e.date.value ?? `${e.date.weekday ?? 'unknown'}`).sort();
    expect(dates).toEqual(['2020-02-04', '2021-06-24', 'Monday', 'unknown']);
    const merged = calls.find((e) => e.date.value === '2020-02-04')!;
    expect(merged.reports.map((r) => r.outlet).sort()).toEqual(['الخليج الجديد', 'الغربية']);
    expect(calls.find((e) => e.date.value === '2021-06-24')!.date.derivation).toBe('year-inferred');
    for (const e of calls) expect(e.participants.map((p) => p.wikidata).sort()).toEqual(['Q39723', 'Q7747']);
    expect(new Set(calls.map((e) => e.story)).size).toBe(1);
  });

  it('show exposes agreement per field and the claims with their sources', () => {
    const events = JSON.parse(run('events', '--json')) as {
      id: string;
      type: string;
      date: { value: string | null };
    }[];
    const id = events.find((e) => e.type === 'CONSULT' && e.date.value === '2020-02-04')!.id;
    const out = run('show', id.slice(0, 7));
    expect(out).toContain('according to Kremlin');
    expect(out).toContain('according to Turkish Presidency');
    expect(out).toContain('حسب زعمه');
    expect(out).toMatch(/date\s+agree/);
  });

  it('analyze prints what the pipeline makes of one text', () => {
    const out = run('analyze', 'examples/seeds/004_12805d3a76e58f3b.txt');
    expect(out).toContain('2021-06-24 (year inferred)');
    expect(out).toContain('Nagorno-Karabakh');
  });

  it('search matches after normalization', () => {
    expect(run('search', 'اردوغان', '--json')).toContain('"id"');
  });

  it('fails clearly on a missing file and an unknown event', () => {
    const r = spawnSync('node', ['dist/cli/main.js', '--db', db, 'analyze', 'no/such/file.txt'], {
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no\/such\/file\.txt/);
    const s = spawnSync('node', ['dist/cli/main.js', '--db', db, 'show', 'ev_nothing'], { encoding: 'utf8' });
    expect(s.status).toBe(1);
    expect(s.stderr).toMatch(/no event/);
  });
});

describe('mirsad export', () => {
  it('writes PLOVER-style records and CSV with the merged call', () => {
    const lines = run('export')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const call = lines.find((r) => r.event_type === 'CONSULT' && r.event_date === '2020-02-04');
    expect(call).toMatchObject({ event_type: 'CONSULT', mode: 'phone', num_reports: 2 });
    expect(
      [call.source_actor.wikidata, ...call.target_actors.map((t: { wikidata: string }) => t.wikidata)].sort(),
    ).toEqual(['Q39723', 'Q7747']);
    const csv = run('export', '--format', 'csv').trim().split('\n');
    expect(csv[0]).toMatch(/^event_id,event_type,mode,event_date/);
    expect(csv.some((r) => r.includes('2020-02-04') && r.includes('Q39723'))).toBe(true);
  });
});
