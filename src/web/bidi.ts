// Bidi control characters in scraped text are dropped before display: they would steer the
// page's own layout (the stored text keeps them; spans stay offsets into it).

/** LRM, RLM, ALM, embeddings, overrides and isolates. */
const BIDI = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

export const clean = (s: string | null | undefined): string => (s ?? '').replace(BIDI, '');
