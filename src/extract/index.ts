// The extraction stage: a RawInput becomes the document text and its Extraction.
import type { Extraction, RawInput } from '../types.js';
import { renderHtml } from './html.js';
import { extractFromLines } from './text.js';

export interface Extracted {
  /** The document's text: the input itself for text, the rendered page for HTML. */
  text: string;
  extraction: Extraction;
}

export function extract(input: RawInput): Extracted {
  if (input.kind === 'html') {
    const page = renderHtml(input.content);
    const { publishedMethod, ...meta } = page.hints;
    const own = definedOnly(input.hints);
    return { text: page.text, extraction: extractFromLines(page.text, { ...meta, ...own }, { publishedMethod: own.published ? 'container' : publishedMethod }) };
  }
  return { text: input.content, extraction: extractFromLines(input.content, input.hints) };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
