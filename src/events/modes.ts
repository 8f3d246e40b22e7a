// Modes that one happening can be told in. A phone call and a meeting are two events; a visit, a
// meeting and a reception are one kind; a demonstration that ends in storming a building is told
// by one outlet as a protest and by another as a riot ("تظاهر المحتجون … ثم اقتحموا السفارة").
const KINDS = [new Set(['meeting', 'visit']), new Set(['demonstrate', 'riot'])];

export const modesAgree = (a: string | null, b: string | null) =>
  !a || !b || a === b || KINDS.some((kind) => kind.has(a) && kind.has(b));

/** Of two modes that agree, the one that tells more: a riot is a demonstration that turned violent. */
export const finerMode = (a: string | null, b: string | null) =>
  a === 'demonstrate' && b === 'riot' ? b : (a ?? b);
