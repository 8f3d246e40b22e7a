// The layout is the architecture: data flows one way through the stages, so a stage imports only
// the stages before it (and the shared modules below all of them), and no module imports itself
// back through a circle.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');

/** Relative imports of every module under src/, as paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'),
  );
  for (const file of files) {
    const text = readFileSync(path.join(SRC, file), 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(/(?:import|export)[^'";]*?from\s+['"](\.[^'"]+)['"]/g)) {
      const base = path.join(path.dirname(file), m[1]).replace(/\.js$/, '');
      const hit = ['.ts', '.tsx', '/index.ts']
        .map((ext) => base + ext)
        .find((f) => existsSync(path.join(SRC, f)));
      if (hit) deps.push(hit);
    }
    graph.set(file, deps);
  }
  return graph;
}

/** Strongly connected components of more than one module (Tarjan, iterative over the stack of calls). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { v: string; i: number }[] = [{ v: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const deps = graph.get(frame.v) ?? [];
      if (frame.i < deps.length) {
        const w = deps[frame.i++];
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length)
        low.set(work[work.length - 1].v, Math.min(low.get(work[work.length - 1].v)!, low.get(frame.v)!));
      if (low.get(frame.v) === index.get(frame.v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== frame.v);
        if (component.length > 1) out.push(component.sort());
      }
    }
  }
  return out;
}

const stageOf = (file: string) => (file.includes('/') ? file.split('/')[0] : file.replace(/\.tsx?$/, ''));

/** What each stage may import besides itself: the stages before it and the shared modules below. */
const BELOW = ['types', 'data', 'shared', 'arabic'];
const ALLOWED: Record<string, string[]> = {
  arabic: ['types', 'data'],
  shared: ['types', 'data', 'arabic'],
  time: BELOW,
  extract: [...BELOW, 'time'],
  entities: BELOW,
  events: [...BELOW, 'time', 'entities'],
  cluster: [...BELOW, 'time', 'entities', 'events'],
  store: BELOW,
  export: BELOW,
};

describe('architecture', () => {
  const graph = importGraph();

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the checker itself)', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('lets each stage import only the stages before it', () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      const allowed = ALLOWED[stageOf(file)];
      if (!allowed) continue;
      for (const dep of deps) {
        const to = stageOf(dep);
        if (to !== stageOf(file) && !allowed.includes(to)) wrong.push(`${file} -> ${dep}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
