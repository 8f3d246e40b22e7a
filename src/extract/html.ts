// HTML pages: parse with a real parser, read the metadata (meta tags, JSON-LD, <h1>, <title>),
// cut the page into blocks (blocks.ts), prune what is never article text (scripts, navigation,
// forms, hidden and boilerplate-named elements) and link lists, and render the remaining blocks
// as lines so the line-level extractor finds the article zone. (Choosing one main container,
// Readability-style, lowered F1 on trafilatura's set: 0.888 against 0.897 without it.) The
// rendered text is the document's text: every span points into it.
import { readBlocks, type BlockPage } from './blocks.js';
import type { PageMeta } from './html-meta.js';

export interface RenderedPage {
  text: string;
  hints: PageMeta;
  /** The page's blocks, those the rules keep and those they prune. */
  page: BlockPage;
  /** Offset in text of each kept block (-1 for pruned blocks). */
  starts: number[];
}

export function renderHtml(html: string): RenderedPage {
  const page = readBlocks(html);
  const starts: number[] = [];
  let text = '';
  for (const b of page.blocks) {
    if (!b.kept) {
      starts.push(-1);
      continue;
    }
    if (text) text += '\n\n';
    starts.push(text.length);
    text += b.text;
  }
  return { text, hints: page.hints, page, starts };
}
