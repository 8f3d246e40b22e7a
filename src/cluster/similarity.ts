// Text similarity between reports: TF-IDF cosine over fixed background frequencies (the vectors are
// computed once per document, src/shared/features.ts).
export { cosine, textVector, type SparseVector } from '../shared/features.js';
