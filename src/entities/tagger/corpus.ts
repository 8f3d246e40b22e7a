// NewsFANE Gold (Alotaibi & Lee, COLING 2014; CC BY-SA 3.0): newswire with 50 fine-grained
// classes, one token per line, clitics split off ("و قال", "ان ه"). Read into our tokens: clitics
// joined back to their word as the press writes them, words normalized as our shadow is,
// punctuation kept as the "before" mark of the next word, classes folded to PER / ORG / LOC.
import { normalize } from '../../arabic/normalize.js';
import type { Token } from '../../types.js';
import type { TaggerToken } from './features.js';
import type { Label } from './perceptron.js';
import { kbLabels, punctuationClass, taggerTokens } from './tokens.js';
import { tokenize } from '../../arabic/tokenize.js';

const COARSE: Record<string, 'PER' | 'ORG' | 'LOC'> = {};
for (const c of 'Politician Athlete Artist Other_PER Religious_PER Scientist Police Businessperson Lawyer Engineer'.split(
  ' ',
))
  COARSE[c] = 'PER';
for (const c of 'Non-Governmental Sports Media Government Commercial Educational Medical-Science Religious_ORG Entertainment GPE-Cluster'.split(
  ' ',
))
  COARSE[c] = 'ORG';
for (const c of 'Nation Population-Center State-or-Province County-or-District Continent Water-Body Land-Region-Natural Building-Grounds Airport Path Subarea-Facility Celestial'.split(
  ' ',
))
  COARSE[c] = 'LOC';
// Group (nationalities), works, vehicles, weapons, products: not names we mark.

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'كم', 'كما', 'ي', 'ني']);
const WORD = /[\p{L}\p{N}]/u;

export interface TaggedSentence {
  toks: TaggerToken[];
  gold: Label[];
}

function coarse(tag: string): Label {
  if (tag === 'O' || !tag) return 'O';
  const [bio, cls] = [tag.slice(0, 1), tag.slice(2)];
  const c = COARSE[cls];
  return c ? (`${bio}-${c}` as Label) : 'O';
}

export function readNewsFane(content: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let raw: [string, string][] = [];
  const flush = () => {
    if (raw.length) sentences.push(joinSentence(raw));
    raw = [];
  };
  for (const line of content.split('\n')) {
    const [word, tag] = line.split('\t');
    if (!word?.trim()) {
      flush();
      continue;
    }
    raw.push([word.trim(), (tag ?? 'O').trim()]);
  }
  flush();
  return sentences.filter((s) => s.toks.length > 0);
}

function joinSentence(raw: [string, string][]): TaggedSentence {
  const words: { norm: string; before: string; label: Label }[] = [];
  let punct = '';
  let pending = '';
  for (let i = 0; i < raw.length; i++) {
    const [w, tag] = raw[i];
    if (!WORD.test(w)) {
      punct += w;
      continue;
    }
    const norm = normalize(w);
    if (PROCLITICS.has(norm) && i + 1 < raw.length && WORD.test(raw[i + 1][0])) {
      pending += norm;
      continue;
    }
    if (ENCLITICS.has(norm) && words.length && !punct && !pending) {
      words[words.length - 1].norm += norm;
      continue;
    }
    let label = coarse(tag);
    // A clitic carried the B- of a name ("و" B, "يتليت" I): the joined word opens it.
    if (pending && label.startsWith('I-') && (!words.length || words[words.length - 1].label === 'O'))
      label = `B-${label.slice(2)}` as Label;
    words.push({ norm: pending + norm, before: punctuationClass(punct), label });
    punct = '';
    pending = '';
  }
  // Repair I- labels that follow O after joining.
  for (let i = 0; i < words.length; i++) {
    const l = words[i].label;
    const prev = i ? words[i - 1].label : 'O';
    if (l.startsWith('I-') && (prev === 'O' || prev.slice(2) !== l.slice(2)))
      words[i].label = `B-${l.slice(2)}` as Label;
  }
  const fake: Token[] = words.map((w) => ({ norm: w.norm, span: { start: 0, end: 0 } }));
  const kb = kbLabels(fake);
  return {
    toks: words.map((w, i) => ({ norm: w.norm, before: w.before, kb: kb[i] })),
    gold: words.map((w) => w.label),
  };
}

/**
 * Sentences marked in our own conventions (test/data/entities: "[[surface|TYPE|link]]") as
 * training sentences: what NewsFANE marks differently (a bare "وزارة الصحة", a hospital as an
 * organisation) the tagger learns our way.
 */
export function fromMarked(
  text: string,
  mentions: { span: { start: number; end: number }; type: string }[],
): TaggedSentence {
  const tokens = tokenize(text);
  const gold: Label[] = tokens.map((t) => {
    const m = mentions.find((g) => g.span.start < t.span.end && t.span.start < g.span.end);
    if (!m) return 'O';
    const first = tokens.find((x) => m.span.start < x.span.end && x.span.start < m.span.end) === t;
    return `${first ? 'B' : 'I'}-${m.type}` as Label;
  });
  return { toks: taggerTokens(text, tokens), gold };
}
