// WCXB (Web Content eXtraction Benchmark, CC-BY-4.0), its development split: pages, ground
// truth, and the benchmark's metric — per page, word-level precision/recall/F1 between the
// extracted text and `main_content` (lowercased \w+ tokens as multisets), averaged over pages.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';

export interface WcxbPage {
  id: string;
  url: string;
  domain: string;
  type: string;
  truth: {
    main: string;
    title: string | null;
    author: string | null;
    date: string | null;
    with: string[];
    without: string[];
  };
}

interface GroundTruth {
  url: string;
  ground_truth: {
    title: string | null;
    author: string | null;
    publish_date: string | null;
    main_content: string;
    with?: string[];
    without?: string[];
  };
}

export function loadWcxb(dir: string): { pages: WcxbPage[]; html: (p: WcxbPage) => string } {
  const meta = JSON.parse(readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as {
    files: Record<string, { page_type: string; domain: string }>;
  };
  const pages: WcxbPage[] = [];
  for (const f of readdirSync(path.join(dir, 'ground-truth')).sort()) {
    const id = f.replace(/\.json$/, '');
    const g = JSON.parse(readFileSync(path.join(dir, 'ground-truth', f), 'utf8')) as GroundTruth;
    const m = meta.files[id];
    const t = g.ground_truth;
    pages.push({
      id,
      url: g.url,
      domain: m?.domain ?? new URL(g.url).hostname,
      type: m?.page_type ?? 'unknown',
      truth: {
        main: t.main_content ?? '',
        title: t.title,
        author: t.author,
        date: t.publish_date,
        with: t.with ?? [],
        without: t.without ?? [],
      },
    });
  }
  return {
    pages,
    html: (p) => gunzipSync(readFileSync(path.join(dir, 'html', `${p.id}.html.gz`))).toString('utf8'),
  };
}

// Python's \w on str: letters, numbers and the underscore (JavaScript's \w is ASCII only).
const WORD = /[\p{L}\p{N}_]+/gu;

function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(WORD) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** The benchmark's per-page word F1 (both empty counts as a perfect match). */
export function wordF1(extracted: string, truth: string): { precision: number; recall: number; f1: number } {
  const a = bag(extracted);
  const b = bag(truth);
  let na = 0;
  let nb = 0;
  let tp = 0;
  for (const n of a.values()) na += n;
  for (const [w, n] of b) {
    nb += n;
    tp += Math.min(n, a.get(w) ?? 0);
  }
  if (na === 0 && nb === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = na ? tp / na : 0;
  const recall = nb ? tp / nb : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
