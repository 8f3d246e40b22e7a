// The claims tests' shared reading: one text through the whole pipeline, and its claim holding a quote.
import { analyzeText, claimWith } from './analyze-text.js';
import type { AnalyzedDocument } from '../../src/types.js';

/** A report published on `published` (ISO date), read as the pipeline reads a plain-text document. */
export const read = (text: string, published?: string): AnalyzedDocument => analyzeText(text, published);

export { claimWith };
