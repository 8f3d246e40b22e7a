// Confidence of a participant's role: 2 when syntax gave it (sides.ts, detect.ts), 1 when it was a
// default. coref.ts weighs the votes of a happening's mentions by it.
import type { Participant } from '../types.js';

export const roleWeight = new WeakMap<Participant, number>();
