import { loadTrafilaturaSet } from '../src/eval/extract.js';
import { renderHtml } from '../src/extract/html.js';
import { splitLines, isProse } from '../src/extract/lines.js';
import { classifyLine } from '../src/extract/furniture.js';
const { cases, html } = loadTrafilaturaSet('.bench/trafilatura-eval');
const kinds = new Map<string, number>();
const ex: string[] = [];
for (const c of cases) {
  const h = html(c); if (!h) continue;
  const page = renderHtml(h);
  const lines = splitLines(page.text);
  const start = lines.findIndex((l) => !classifyLine(l) && isProse(l));
  if (start < 0) continue;
  const endIdx = lines.findIndex((l, i) => i > start && classifyLine(l)?.end);
  if (endIdx < 0) continue;
  const after = lines.slice(endIdx).map((l) => l.text).join(' ').replace(/\s+/g, ' ');
  const lost = c.with.filter((w) => after.includes(w.replace(/\s+/g, ' ').trim()));
  if (lost.length) {
    const k = classifyLine(lines[endIdx])!.kind;
    kinds.set(k, (kinds.get(k) ?? 0) + lost.length);
    ex.push(`${k}: "${lines[endIdx].text.slice(0, 60)}" loses ${lost.length} (${c.file})`);
  }
}
console.log(kinds); console.log(ex.slice(0, 60).join('\n'));
