// Casualty counts in an attack's sentence: "ما أسفر عن مقتل 6 جنود", "إصابة ثلاثة مدنيين",
// "9 قتلى", "عدد من الجنود". Numbers stay as written: an exact count, or "several" for the vague
// quantities, so the merged event can show where outlets disagree.
import type { Span } from '../types.js';
import { shadow, toOriginalSpan } from '../arabic/normalize.js';
import { lexicon } from '../time/lexicon.js';
import { alternation } from '../time/lexicon.js';
import { wordSet } from './words.js';

export interface Casualty {
  value: string;
  text: string;
  span: Span;
}

export interface Casualties {
  killed?: Casualty;
  wounded?: Casualty;
}

let RES: { killed: RegExp[]; wounded: RegExp[] } | null = null;

/** A list of data/events/words.json as a regex alternation, in its written order (the first that fits wins); a space is any run of spaces. */
const words = (name: string) =>
  [...wordSet(name)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

function patterns() {
  if (RES) return RES;
  const N = `(?<n>\\d+|${alternation(lexicon().numberWords.keys())}|${words('vagueCounts')})`;
  const B = '(?<![\\p{L}\\p{N}])';
  RES = {
    killed: [
      new RegExp(`${B}(?:${words('killedBefore')})\\s+${N}`, 'u'),
      new RegExp(`${B}${N}\\s+(?:${words('killedAfter')})`, 'u'),
    ],
    wounded: [
      new RegExp(`${B}(?:${words('woundedBefore')})\\s+${N}`, 'u'),
      new RegExp(`${B}${N}\\s+(?:${words('woundedAfter')})`, 'u'),
    ],
  };
  return RES;
}

function countValue(n: string): string {
  if (/^\d+$/.test(n)) return n;
  const w = lexicon().numberWords.get(n);
  return w !== undefined ? String(w) : 'several';
}

export function findCasualties(text: string, sentence: Span): Casualties {
  const original = text.slice(sentence.start, sentence.end);
  const sh = shadow(original);
  const out: Casualties = {};
  for (const kind of ['killed', 'wounded'] as const) {
    for (const re of patterns()[kind]) {
      const m = re.exec(sh.text);
      if (!m) continue;
      const span = toOriginalSpan(sh, m.index, m.index + m[0].length);
      out[kind] = {
        value: countValue(m.groups!.n.replace(/\s+/g, ' ')),
        text: original.slice(span.start, span.end),
        span: { start: sentence.start + span.start, end: sentence.start + span.end },
      };
      break;
    }
  }
  return out;
}
