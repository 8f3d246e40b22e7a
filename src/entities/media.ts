// News outlets named where the words around say so, even when the name alone is an everyday word:
// a quoted name after an outlet's head noun ('قناة "الإخبارية"', 'وكالة “بلومبرغ”'), a quoted name
// cited as a source ('وفقاً لـ«العربية»', 'قال لـ"إفي"'), and the outlet that opens a line as its
// dateline ('وطن- في أول اتصال', 'الشارع المغاربي : طلبت', 'مقديشو (صومالي تايمز)'). A KB outlet
// is linked; another is made, flagged media. The cue words are in data/kb/media-cues.json.
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { stems } from '../arabic/clitics.js';
import { coveredTokens, stemPositions, tokensWithin, tokenStems } from '../arabic/tokenize.js';
import type { EntityMention, Token } from '../types.js';
import { isMadeEntity, loadKb, record, unknownOrg, type KbEntity } from './kb.js';
import { gz, nisbaCountry } from './lookup.js';

interface Cues {
  heads: string[];
  between: string[];
  sourceCues: string[];
  notOutlets: string[];
}
let cues: { heads: Set<string>; between: Set<string>; source: string[][]; not: Set<string> } | null = null;
function mediaCues() {
  if (cues) return cues;
  const d = loadData<Cues>('kb/media-cues.json');
  const set = (xs: string[]) => new Set(xs.map(normalize));
  return (cues = {
    heads: set(d.heads),
    between: set(d.between),
    source: d.sourceCues.map((c) => normalize(c).split(' ')),
    not: set(d.notOutlets),
  });
}

const OPEN = /["“”«]\s*$/;
const CLOSE = /^\s*["”“»]/;

/** The KB outlet of that name (with or without its head noun), if any. */
function knownMedia(name: string): KbEntity | undefined {
  const kb = loadKb();
  const key = normalize(name);
  // The name alone, or with the head noun its KB entry is written with ("قناة العربية").
  const keys = [
    key,
    ...[...mediaCues().heads].flatMap((h) => [`${h} ${key}`, `${h.replace(/^ال/, '')} ${key}`]),
  ];
  for (const k of keys) {
    const e = [...(kb.headed.get(k) ?? []), ...(kb.aliases.get(k) ?? [])].find((x) => x.media);
    if (e) return e;
  }
  return undefined;
}

/** A quoted name of one to four words opening at token k: its last token. */
function quotedAt(text: string, tokens: Token[], k: number): number | null {
  if (k >= tokens.length) return null;
  const before = text.slice(k > 0 ? tokens[k - 1].span.end : 0, tokens[k].span.start);
  if (!OPEN.test(before)) return null;
  for (let last = k; last < tokens.length && last < k + 4; last++) {
    if (last > k && /["“”«»\n]/.test(text.slice(tokens[last - 1].span.end, tokens[last].span.start)))
      return null;
    if (CLOSE.test(text.slice(tokens[last].span.end, tokens[last].span.end + 2))) return last;
  }
  return null;
}

/**
 * An outlet named once with its head noun ("فضائية الجزيرة", "قناة العربية") is meant where the
 * text then writes its name alone ("ذكرت الجزيرة"), whatever else the word may name.
 */
function addBareOutlets(text: string, tokens: Token[], found: EntityMention[], covered: Uint8Array): void {
  const c = mediaCues();
  const names = new Map<string, EntityMention>();
  for (const m of found) {
    // (Only the KB's outlets: "القناة السعودية" is no name to repeat.)
    if (isMadeEntity(m.entity.id) || !loadKb().byId.get(m.entity.id)?.media || m.nested) continue;
    const within = tokensWithin(tokens, m.span);
    const ts = within.first < 0 ? [] : tokens.slice(within.first, within.last + 1);
    if (ts.length < 2 || !tokenStems(ts[0]).some((s) => c.heads.has(s))) continue;
    const key = ts
      .slice(1)
      .map((t) => t.norm)
      .join(' ');
    if (!names.has(key)) names.set(key, m);
  }
  const at = stemPositions(tokens, new Set([...names.keys()].map((k) => k.split(' ')[0])));
  for (const [key, m] of names) {
    const words = key.split(' ');
    for (const i of at.get(words[0]) ?? []) {
      if (i + words.length > tokens.length || covered[i]) continue;
      let ok = true;
      for (let j = 1; j < words.length && ok; j++) ok = !covered[i + j] && tokens[i + j].norm === words[j];
      if (!ok) continue;
      const last = i + words.length - 1;
      const written = text.slice(tokens[i].span.start, tokens[i].span.end);
      const off = Math.max(0, written.length - words[0].length);
      const start = /^[وفبلك]*$/.test(written.slice(0, off))
        ? tokens[i].span.start + off
        : tokens[i].span.start;
      const span = { start, end: tokens[last].span.end };
      found.push({ span, text: text.slice(span.start, span.end), entity: m.entity, via: 'media' });
      for (let k = i; k <= last; k++) covered[k] = 1;
    }
  }
}

export function addMediaNames(text: string, tokens: Token[], found: EntityMention[]): void {
  const c = mediaCues();
  const covered = coveredTokens(tokens, found);
  // A quoted outlet's name the rules misread as a person's ("فارس نيوز" after a given name) yields to it.
  const guesses = new Set(
    found.filter(
      (m) => (m.via === 'given-name' || m.via === 'tagger') && m.entity.id.startsWith('mirsad:unknown-'),
    ),
  );
  const free = (a: number, b: number, quoted = false) => {
    for (let k = a; k <= b; k++) {
      if (!covered[k]) continue;
      const owners = found.filter(
        (m) => tokens[k].span.start < m.span.end && m.span.start < tokens[k].span.end,
      );
      if (
        !quoted ||
        !owners.every(
          (m) => guesses.has(m) && m.span.start >= tokens[a].span.start && m.span.end <= tokens[b].span.end,
        )
      )
        return false;
    }
    if (quoted)
      for (let x = found.length - 1; x >= 0; x--)
        if (
          guesses.has(found[x]) &&
          found[x].span.start >= tokens[a].span.start &&
          found[x].span.end <= tokens[b].span.end
        )
          found.splice(x, 1);
    return true;
  };
  const add = (first: number, last: number) => {
    if (tokens.slice(first, last + 1).some((t) => c.not.has(t.norm))) return;
    const span = { start: tokens[first].span.start, end: tokens[last].span.end };
    const name = text.slice(span.start, span.end);
    const e = knownMedia(name) ?? unknownOrg(name, true);
    found.push({ span, text: name, entity: record(e), via: 'media' });
    for (let k = first; k <= last; k++) covered[k] = 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    // A quoted name after an outlet's head: 'قناة "الإخبارية" السعودية', 'وكالة أنباء "فارس نيوز"'.
    if (tokenStems(tokens[i]).some((s) => c.heads.has(s))) {
      let k = i + 1;
      while (
        k < tokens.length &&
        k <= i + 3 &&
        (c.between.has(tokens[k].norm) || nisbaCountry(tokens[k].norm)) &&
        !OPEN.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))
      )
        k++;
      const last = quotedAt(text, tokens, k);
      if (last !== null && free(k, last, true)) {
        add(k, last);
        i = last;
        continue;
      }
    }
    // A quoted name cited as a source: 'وفقاً لـ«العربية»', 'قال لـ"إفي"'.
    const last = quotedAt(text, tokens, i);
    if (
      last !== null &&
      c.source.some((cue) => cue.every((w, j) => tokens[i - cue.length + j]?.norm === w)) &&
      free(i, last, true)
    ) {
      add(i, last);
      i = last;
    }
  }
  // The outlet that opens a line as its dateline: one to three words, then a dash, slash or colon.
  const lineStarts = tokens.map(
    (t, k) => k === 0 || text.slice(tokens[k - 1].span.end, t.span.start).includes('\n'),
  );
  for (let i = 0; i < tokens.length; i++) {
    if (!lineStarts[i]) continue;
    for (let last = i; last < tokens.length && last < i + 3; last++) {
      if (last > i && lineStarts[last]) break;
      const after = text.slice(tokens[last].span.end, tokens[last + 1]?.span.start ?? text.length);
      if (/[،,.]/.test(after)) break;
      if (!/^\s*(?:[-–—/:]|:-)\s*$/.test(after) || last + 1 >= tokens.length || lineStarts[last + 1])
        continue;
      // A colon before a quotation is speech ("وقال المصدر: «…»"); digits or Latin letters are page furniture ("date 2025:").
      if (
        /:/.test(after) &&
        /^\s*["“”«\n]/.test(
          text
            .slice(tokens[last + 1].span.start - 2, tokens[last + 1].span.start + 1)
            .replace(/^[^"“”«\n]*/, ''),
        )
      )
        break;
      const words = tokens.slice(i, last + 1);
      if (words.some((t) => /[\dA-Za-z]/.test(text.slice(t.span.start, t.span.end)))) break;
      if (words.some((t) => c.not.has(t.norm) || c.not.has(t.norm.replace(/^[وف]/, '')))) break;
      // ("ومن بنود الاتفاق:", "ومنذ منتصف آذار/ مارس", "الإعلامية فلانة:": a preposition or a
      // person's descriptor opens a line that names no outlet.)
      const kb = loadKb();
      if (words.some((t) => kb.notNames.has(t.norm.replace(/^[وف]/, '')) || kb.descriptors.has(t.norm)))
        break;
      if (!free(i, last) || gz(tokens, i)?.values.some((v) => v.type !== 'ORG')) break;
      add(i, last);
      break;
    }
  }
  addBareOutlets(text, tokens, found, covered);
  found.sort((a, b) => a.span.start - b.span.start);
}
