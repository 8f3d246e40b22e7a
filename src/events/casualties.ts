// Casualty counts in an attack's sentence: "ما أسفر عن مقتل 6 جنود", "إصابة ثلاثة مدنيين",
// "9 قتلى", "عدد من الجنود". Numbers stay as written: an exact count, or "several" for the vague
// quantities, so the merged event can show where outlets disagree.
import type { Span } from '../types.js';
import { shadow, toOriginalSpan } from '../arabic/normalize.js';
import { lexicon } from '../time/lexicon.js';
import { alternation } from '../time/lexicon.js';

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

function patterns() {
  if (RES) return RES;
  const N = `(?<n>\\d+|${alternation(lexicon().numberWords.keys())}|عدد\\s+من|العشرات\\s+من|عشرات|العديد\\s+من)`;
  const B = '(?<![\\p{L}\\p{N}])';
  RES = {
    killed: [
      new RegExp(`${B}(?:مقتل|قتل|استشهاد|مصرع|وفاه)\\s+${N}`, 'u'),
      new RegExp(`${B}${N}\\s+(?:قتلي|قتيلا|قتيل|شهداء|شهيدا|قتلوا)`, 'u'),
    ],
    wounded: [
      new RegExp(`${B}(?:اصابه|جرح|اصيب|اصيبت)\\s+${N}`, 'u'),
      new RegExp(`${B}${N}\\s+(?:جرحي|مصابين|مصابا|اصابات|جريحا)`, 'u'),
    ],
  };
  return RES;
}

function valueOf(n: string): string {
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
      out[kind] = { value: valueOf(m.groups!.n.replace(/\s+/g, ' ')), text: original.slice(span.start, span.end), span: { start: sentence.start + span.start, end: sentence.start + span.end } };
      break;
    }
  }
  return out;
}
