// V8 settings for Mirsad's code. Analysis runs through a few very large functions (findEntities,
// addMediaNames, detectEvents, …) that V8's optimizing compiler recompiles several times while the
// type feedback of their rarer branches comes in; inlining callees into them made each compile take
// about a second, and compiling took some 40% of ingest's CPU on 1,000 articles (in V8's background
// threads, once per analysis worker). Without inlining the same code is compiled several times
// cheaper and, measured on this code, runs no slower. The flag is process-wide and read when a
// function is compiled, so it is set before any analysis; results are the same either way.
import { setFlagsFromString } from 'node:v8';

let tuned = false;

export function tuneJit(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString('--no-turbo-inlining');
}
