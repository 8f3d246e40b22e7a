// News outlets named where the words around say so, even when the name alone is an everyday word:
// a quoted name after an outlet's head noun ('قناة "الإخبارية"', 'وكالة “بلومبرغ”'), a quoted name
// cited as a source ('وفقاً لـ«العربية»', 'قال لـ"إفي"'), and the outlet that opens a line as its
// dateline ('وطن- في أول اتصال', 'الشارع المغاربي : طلبت', 'مقديشو (صومالي تايمز)'). A KB outlet
// is linked; another is made, flagged media. The cue words are in data/kb/media-cues.json.
import { tradeWordOutlets } from './trade-word-outlets.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { coveredTokens, tokensWithin, tokenStems, uncoveredPlaces } from '../arabic/tokenize.js';
import type { EntityMention, Token } from '../types.js';
import { isMadeEntity, loadKb, record, unknownOrg, type KbEntity } from './kb.js';
import { gz, nisbaCountry } from './lookup.js';
import { articleGivenNames, givenNames } from '../arabic/names.js';

interface Cues {
  heads: string[];
  between: string[];
  sourceCues: string[];
  notOutlets: string[];
  adjectives: string[];
  speechVerbs: string[];
  reporters: string[];
  interviewCues: string[];
  nisbaAgencies: Record<string, string>;
  reportVerbs: string[];
}
let cues: {
  heads: Set<string>;
  between: Set<string>;
  source: string[][];
  not: Set<string>;
  adjectives: Set<string>;
  speech: Set<string>;
  reporters: Set<string>;
  interview: Set<string>;
  nisbas: Map<string, string>;
  report: Set<string>;
} | null = null;
function mediaCues() {
  if (cues) return cues;
  const d = loadData<Cues>('kb/media-cues.json');
  const set = (xs: string[]) => new Set(xs.map(normalize));
  return (cues = {
    heads: set(d.heads),
    between: set(d.between),
    source: d.sourceCues.map((c) => normalize(c).split(' ')),
    not: set(d.notOutlets),
    adjectives: set(d.adjectives),
    speech: set(d.speechVerbs),
    reporters: set(d.reporters),
    interview: set(d.interviewCues),
    nisbas: new Map(Object.entries(d.nisbaAgencies).map(([k, v]) => [normalize(k), v])),
    report: set(d.reportVerbs),
  });
}

// (A parenthesis quotes a name too: 'قناة (…)', 'بحسب ما نشرته (…)'.)
const OPEN = /["“”«(]\s*$/;
const CLOSE = /^\s*["”“»)]/;

/** The KB outlet of that name (with or without its head noun), if any. */
/** The KB's outlets named by initials, one letter a word ("أ ف ب", "ا ش ا"), by their letters run together. */
let initialsIndex: Map<string, KbEntity> | null = null;
function initials(): Map<string, KbEntity> {
  if (initialsIndex) return initialsIndex;
  initialsIndex = new Map();
  for (const e of loadKb().entities) {
    if (!e.media) continue;
    for (const name of [e.ar, ...(e.aliases ?? [])]) {
      const words = normalize(name).split(' ');
      if (words.length > 1 && words.every((w) => w.length === 1)) initialsIndex.set(words.join(''), e);
    }
  }
  return initialsIndex;
}

export function knownMedia(name: string): KbEntity | undefined {
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
  // "اف ب", "أ.ف.ب": an outlet's initials ("أ ف ب") written with other spaces or dots.
  const letters = key.replace(/[\s.]/g, '');
  if (letters.length <= 4 && /[\s.]/.test(key)) {
    const e = initials().get(letters);
    if (e) return e;
  }
  // "CNNبالعربية": a Latin name fused with "بالعربية" is the outlet's Arabic service.
  const latin = /^([A-Za-z][A-Za-z.\s]*?)\s*بالعربي[ةه]$/.exec(name.trim());
  return latin ? knownMedia(latin[1]) : undefined;
}

/** A quoted name of one to four words opening at token k: its last token. */
function quotedAt(text: string, tokens: Token[], k: number): number | null {
  if (k >= tokens.length) return null;
  const before = text.slice(k > 0 ? tokens[k - 1].span.end : 0, tokens[k].span.start);
  if (!OPEN.test(before)) return null;
  for (let last = k; last < tokens.length && last < k + 4; last++) {
    if (last > k && /["“”«»()\n]/.test(text.slice(tokens[last - 1].span.end, tokens[last].span.start)))
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
  for (const [key, m, i] of uncoveredPlaces(tokens, names, covered)) {
    const words = key.split(' ');
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

/** Words that end an outlet's name of two words ("عمون نيوز", "سما برس"). */
const OUTLET_WORD = /^(?:نيوز|برس|ميديا|بوست|نت|تايمز|اليوم|الاخباري|الاخباريه|تي في|24|اونلاين)$/;
/** "دارفور24", "الحرف28": an outlet's name with its number fused on. */
const NUMBERED_OUTLET = /^[\u0621-\u064A]{3,}\d{2}$/;

export function addMediaNames(text: string, tokens: Token[], found: EntityMention[]): void {
  const c = mediaCues();
  const covered = coveredTokens(tokens, found);
  // A quoted outlet's name the rules misread as a person's ("فارس نيوز" after a given name) yields to it.
  const guesses = new Set(
    found.filter(
      (m) => (m.via === 'given-name' || m.via === 'tagger') && m.entity.id.startsWith('mirsad:unknown-'),
    ),
  );
  // (After an outlet's head the quoted words are the outlet's whole name: a shorter name the KB
  // read inside them, "آر.تي" of 'قناة (تي.آر.تي)', yields to it.)
  const free = (a: number, b: number, quoted = false, whole = false) => {
    const from = tokens[a].span.start;
    const to = tokens[b].span.end;
    const yields = (m: EntityMention) =>
      m.span.start >= from &&
      m.span.end <= to &&
      (guesses.has(m) || (whole && m.span.end - m.span.start < to - from));
    for (let k = a; k <= b; k++) {
      if (!covered[k]) continue;
      const owners = found.filter(
        (m) => tokens[k].span.start < m.span.end && m.span.start < tokens[k].span.end,
      );
      if (!quoted || !owners.every(yields)) return false;
    }
    if (quoted) for (let x = found.length - 1; x >= 0; x--) if (yields(found[x])) found.splice(x, 1);
    return true;
  };
  const add = (first: number, last: number, known?: KbEntity) => {
    // ("المصدر أونلاين": a word of the trade makes the words before it a name.)
    const trade = last > first && OUTLET_WORD.test(tokens[last].norm) && tokens[last].norm !== 'اليوم';
    if (!trade && tokens.slice(first, last + 1).some((t) => c.not.has(t.norm))) return;
    const span = { start: tokens[first].span.start, end: tokens[last].span.end };
    const name = text.slice(span.start, span.end);
    const e = known ?? knownMedia(name) ?? unknownOrg(name, true);
    found.push({ span, text: name, entity: record(e), via: 'media' });
    for (let k = first; k <= last; k++) covered[k] = 1;
  };
  const kb = loadKb();
  // The KB's outlets by their last word: an acronym quoted after one is the same outlet.
  const outletEnds = new Map<number, KbEntity>();
  for (const m of found) {
    const e = kb.byId.get(m.entity.id);
    if (!e?.media || m.nested) continue;
    const { last } = tokensWithin(tokens, m.span);
    if (last >= 0) outletEnds.set(last, e);
  }
  const plain = (a: number, b: number) =>
    !/[\n،,.:;؛!?؟]/.test(text.slice(tokens[a].span.end, tokens[b].span.start));
  const bare = (t: Token) => t.norm.replace(/^[وف]/, '');
  for (let i = 0; i < tokens.length; i++) {
    // A quoted name after an outlet's head: 'قناة "الإخبارية" السعودية', 'وكالة أنباء "فارس نيوز"',
    // 'وكالة الأنباء الوطنية «…»' (the head and its adjectives then describe it: no name of their own).
    if (tokenStems(tokens[i]).some((s) => c.heads.has(s))) {
      let k = i + 1;
      while (
        k < tokens.length &&
        k <= i + 3 &&
        (c.between.has(tokens[k].norm) || c.adjectives.has(tokens[k].norm) || nisbaCountry(tokens[k].norm)) &&
        !OPEN.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))
      )
        k++;
      const last = quotedAt(text, tokens, k);
      if (last !== null) {
        const known = free(k, last, true, true);
        const named = found.some(
          (m) => m.span.start === tokens[k].span.start && m.span.end === tokens[last].span.end,
        );
        if (known || named) {
          const head = { start: tokens[i].span.start, end: tokens[k - 1].span.end };
          // ("وكالة الأنباء الصومالية" is a name; "وكالة الأنباء الوطنية" only describes the quoted one.)
          const generic = tokens.slice(i + 1, k).some((t) => c.adjectives.has(t.norm));
          // (It stays for the claims' readers, who take the quoted outlet after it, as a description.)
          for (const m of found)
            if (generic && isMadeEntity(m.entity.id) && m.span.start >= head.start && m.span.end <= head.end)
              m.descriptive = true;
        }
        if (known) {
          // ('وكالة الأنباء القطرية (…)': the acronym of the KB outlet its head and words name.)
          add(
            k,
            last,
            knownMedia(text.slice(tokens[k].span.start, tokens[last].span.end)) ?? outletEnds.get(k - 1),
          );
          i = last;
          continue;
        }
      }
    }
    // 'وكالة أنباء البحرين الرسمية "…"': a KB outlet's quoted acronym.
    {
      let j = i - 1;
      while (j > i - 4 && j >= 0 && (c.adjectives.has(tokens[j].norm) || c.between.has(tokens[j].norm))) j--;
      // (An adjective between: 'لوكالة فرانس برس "الأحد"' quotes a day, not the agency.)
      const outlet = j >= 0 && j < i - 1 ? outletEnds.get(j) : undefined;
      const last = outlet ? quotedAt(text, tokens, i) : null;
      if (outlet && last !== null && last - i < 2 && free(i, last, true)) {
        add(i, last, outlet);
        i = last;
        continue;
      }
    }
    // "مراسل الجزيرة", "بحسب الجزيرة", "في اتصال هاتفي مع الجزيرة": a KB outlet after its correspondent,
    // a citing word or the one talked to, quoted or not.
    const talkedTo = tokens[i].norm === 'مع' && i > 0 && c.interview.has(bare(tokens[i - 1]));
    if (
      talkedTo ||
      c.reporters.has(bare(tokens[i])) ||
      tokenStems(tokens[i]).some((s) => c.reporters.has(s))
    ) {
      let named = false;
      for (let last = Math.min(tokens.length - 1, i + 3); last > i && !named; last--) {
        if (!plain(i, last)) continue;
        const e = knownMedia(text.slice(tokens[i + 1].span.start, tokens[last].span.end));
        if (e && free(i + 1, last)) {
          add(i + 1, last, e);
          named = true;
          i = last;
        }
      }
      if (named) continue;
    }
    // "ونقلت الفرنسية عن …": an agency named by its nisba right after a verb of reporting.
    const agency = c.nisbas.get(tokens[i].norm);
    if (agency && i > 0 && c.report.has(bare(tokens[i - 1])) && plain(i - 1, i) && !covered[i]) {
      const e = kb.entities.find((x) => x.en === agency && x.media);
      if (e) {
        add(i, i, e);
        continue;
      }
    }
    // 'وروى مصلون لـ«…»', 'قال مصدر حكومي رفيع لـ"…"': a quoted name spoken to after a verb of saying.
    if (i >= 2 && tokens[i - 1].norm === 'ل') {
      const last = quotedAt(text, tokens, i);
      let said = false;
      // (Not past "إن"/"أن": 'قال إنها لـ"…"' gives what was said, not to whom.)
      for (let j = i - 2; j >= 0 && j >= i - 6 && !said && plain(j, i - 1); j--) {
        if (/^(?:ان|انه|انها|انهم|بان|بانه|بانها)$/.test(bare(tokens[j]))) break;
        said = c.speech.has(bare(tokens[j]));
      }
      if (last !== null && said && free(i, last, true)) {
        add(i, last);
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
  const surnames = new Set<string>();
  for (const m of found) {
    if (m.entity.type !== 'PERSON' || m.nested) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first >= 0 && last > first) surnames.add(tokens[last].norm);
  }
  // (Or the word the text writes elsewhere after a given name: "الطيب الشرقاوي".)
  for (let k = 1; k < tokens.length; k++) {
    const given = tokens[k - 1].norm;
    if (/^ال\S{3,}$/.test(tokens[k].norm) && (givenNames().has(given) || articleGivenNames().has(given)))
      surnames.add(tokens[k].norm);
  }
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
      // ("وطنا اليوم", "المصدر أونلاين", "الشارقة 24", "دارفور24": a word of the trade or a number
      // after the first word is the outlet's, whatever that first word alone would be.)
      // (A bare number after a word only after a place's name: "المادة 24:" is a law's article.)
      const named = (t: Token, n: number) =>
        n > 0 &&
        n === words.length - 1 &&
        OUTLET_WORD.test(t.norm) &&
        !lineStarts[i + n] &&
        (!/\d/.test(t.norm) || !!gz(tokens, i)?.values.some((v) => v.type !== 'PERSON' && v.type !== 'ORG'));
      const trade = words.length === 2 && named(words[1], 1);
      const numbered =
        words.length === 1 && NUMBERED_OUTLET.test(text.slice(words[0].span.start, words[0].span.end));
      if (
        words.some(
          (t, n) => !named(t, n) && !numbered && /[\dA-Za-z]/.test(text.slice(t.span.start, t.span.end)),
        )
      )
        break;
      // ("تقرير اليوم:", "متابعة اليوم -": a cue word before "اليوم" is a heading's "today".)
      const tradeWord = trade && words[1].norm !== 'اليوم';
      if (words.some((t) => c.not.has(t.norm) || c.not.has(t.norm.replace(/^[وف]/, ''))) && !tradeWord) break;
      // ("ومن بنود الاتفاق:", "ومنذ منتصف آذار/ مارس", "الإعلامية فلانة:": a preposition or a
      // person's descriptor opens a line that names no outlet.)
      const kb = loadKb();
      if (
        words.some(
          (t, n) =>
            (!named(t, n) && kb.notNames.has(t.norm.replace(/^[وف]/, ''))) || kb.descriptors.has(t.norm),
        )
      )
        break;
      // (The place the KB read in the first word yields to the outlet: "سوريا اليوم".)
      if (trade && gz(tokens, i)?.last === i && !covered[last]) {
        const place = found.findIndex(
          (m) =>
            m.span.start === words[0].span.start &&
            m.span.end === words[0].span.end &&
            m.entity.type !== 'ORG',
        );
        if (place >= 0) {
          found.splice(place, 1);
          covered[i] = 0;
          add(i, last);
          break;
        }
      }
      if (!free(i, last) || gz(tokens, i)?.values.some((v) => v.type !== 'ORG')) break;
      // ("الأنصاري: هدنة …", "أمير رضوان - قاسيون:": a headline or byline opened by a person's name:
      // the family name of a person the text names in full, or a given name and one more word.)
      if (surnames.has(words[words.length - 1].norm)) break;
      if (words.length === 2 && givenNames().has(words[0].norm) && !OUTLET_WORD.test(words[1].norm)) break;
      add(i, last);
      break;
    }
  }
  // The outlet after the place that opens a line: "القاهرة - معا -", "رام الله - وفا -", "تونس(بانا)-".
  for (let i = 0; i < tokens.length; i++) {
    if (!lineStarts[i]) continue;
    const credit = creditAfterPlace(text, tokens, i, lineStarts);
    if (!credit) continue;
    const words = tokens.slice(credit.first, credit.last + 1);
    // (The media cues' non-outlets add() leaves out itself.)
    // ("اليوم" after the outlet's first word is the outlet's: "مصر اليوم".)
    const named = (t: Token, n: number) => n > 0 && OUTLET_WORD.test(t.norm);
    if (words.some((t, n) => !named(t, n) && (kb.notNames.has(t.norm) || kb.descriptors.has(t.norm))))
      continue;
    // (The place the KB read in the outlet's first word yields to the outlet: "مصر اليوم".)
    if (
      words.length === 2 &&
      OUTLET_WORD.test(words[1].norm) &&
      covered[credit.first] &&
      !covered[credit.last]
    ) {
      const place = found.findIndex(
        (m) =>
          m.span.start === words[0].span.start && m.span.end === words[0].span.end && m.entity.type !== 'ORG',
      );
      if (place < 0) continue;
      found.splice(place, 1);
      covered[credit.first] = 0;
    }
    if (free(credit.first, credit.last)) add(credit.first, credit.last);
  }
  // "صنعاء نيوز", "الحدث بريس": a word and a foreign word of the trade.
  for (const i of tradeWordOutlets(text, tokens, found)) {
    covered[i] = 0;
    add(i, i + 1, knownMedia(text.slice(tokens[i].span.start, tokens[i + 1].span.end)));
  }
  addBareOutlets(text, tokens, found, covered);
  found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The words between the place a dateline opens with (one or two places: "تونس العاصمة-تونس") and the
 * dash, colon or closing bracket after them: one or two words, no digits or Latin letters, nothing the
 * KB names but an outlet.
 */
function creditAfterPlace(
  text: string,
  tokens: Token[],
  i: number,
  lineStarts: boolean[],
): { first: number; last: number } | null {
  // The credit's words, then the mark that closes them.
  const closed = (from: number, end: RegExp) => {
    for (let last = from; last < from + 2 && last < tokens.length - 1; last++) {
      const t = tokens[last];
      if (lineStarts[last] && last > from) return null;
      const written = text.slice(t.span.start, t.span.end);
      const numbered = last === from && NUMBERED_OUTLET.test(written);
      if (!numbered && /[\dA-Za-z]/.test(written)) return null;
      // ("القاهرة - مصر اليوم": a place's name before an outlet's word is the outlet's first word.)
      const outletPair =
        last === from &&
        OUTLET_WORD.test(tokens[last + 1].norm) &&
        /^[^\S\n]+$/.test(text.slice(t.span.end, tokens[last + 1].span.start));
      if (!outletPair && gz(tokens, last)?.values.some((v) => !v.media)) return null;
      const after = text.slice(t.span.end, tokens[last + 1].span.start);
      // ("الخرطوم- دارفور24 /": a numbered outlet may close with a slash.)
      if ((end.test(after) || (numbered && /^\s*\//.test(after))) && !lineStarts[last + 1])
        return { first: from, last };
      // The credit that ends the dateline's own line ("الرباط - الحياة", "اسطنبول - سبأ:"); two words
      // opening with a given name are a reporter's byline ("القاهرة - محمد علي").
      if (
        lineStarts[last + 1] &&
        /^[^\S\n]*:?[^\S\n]*\n/.test(after) &&
        !(last > from && givenNames().has(tokens[from].norm))
      )
        return { first: from, last };
      if (!/^[^\S\n]+$/.test(after)) return null;
    }
    return null;
  };
  const DASH = /^\s*[-–—:]/;
  let k = i;
  for (let n = 0; n < 2; n++) {
    if (
      n &&
      k + 1 < tokens.length &&
      OUTLET_WORD.test(tokens[k + 1].norm) &&
      /^[^\S\n]+$/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start))
    )
      return closed(k, DASH);
    const place = gz(tokens, k);
    if (!place?.values.some((v) => v.type !== 'PERSON' && v.type !== 'ORG'))
      return n ? closed(k, DASH) : null;
    k = place.last + 1;
    if (k >= tokens.length || lineStarts[k]) return null;
    const sep = text.slice(tokens[k - 1].span.end, tokens[k].span.start);
    if (/^\s*\(\s*$/.test(sep)) return closed(k, /^\s*\)/);
    if (!/^\s*[-–—]\s*$/.test(sep)) return null;
  }
  return closed(k, DASH);
}
