// Companies named by a name and their trade, with no head noun: "الكويت للبترول", "الإمارات للاتصالات",
// "الفيروز للأدوية والصناعات الطبية", "طنطا لإنتاج الزيوت", "جهينة للصناعات الغذائية". The trades
// are in data/kb/company-sectors.json. A name that is a place's ("الكويت", "طنطا") is the company's only
// after a company's word ("شركة", "سهم", "الرئيس التنفيذي لـ") or a quote, or where the text names it
// so once: "تسعى الأردن للاستثمار في …" is the country seeking to invest.
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import type { Token } from '../types.js';
import { isEverydayWord, verbOrWord } from './everyday.js';
import { loadKb } from './kb.js';
import { BOUNDARY, gz, nisbaCountry, withoutProclitics } from './lookup.js';

interface SectorWords {
  sectors: string[];
  activities: string[];
  cues: string[];
}

let words: { sectors: Set<string>; activities: Set<string>; cues: Set<string> } | null = null;
function sectorWords() {
  if (words) return words;
  const d = loadData<SectorWords>('kb/company-sectors.json');
  const set = (xs: string[]) => new Set(xs.map(normalize));
  return (words = { sectors: set(d.sectors), activities: set(d.activities), cues: set(d.cues) });
}

const joined = (text: string, tokens: Token[], k: number) =>
  k > 0 && k < tokens.length && !BOUNDARY.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start));

/** The trade's words from token k ("للبترول", "للصناعات الغذائية", "لإنتاج الزيوت"): the last token, or -1. */
export function tradeAt(text: string, tokens: Token[], k: number, quoted = false): number {
  const w = sectorWords();
  if (!joined(text, tokens, k)) return -1;
  const t = tokens[k].norm;
  let last = -1;
  if (/^لل/.test(t) && w.sectors.has(`ال${t.slice(2)}`)) last = k;
  // "لإنتاج الزيوت", "لخدمات نقل البضائع": an activity and its complement, one or two nouns.
  // (Only in quotes: "شركة فودافون لخدمات الهاتف" describes what the company does.)
  else if (quoted && /^ل/.test(t) && w.activities.has(t.slice(1)) && joined(text, tokens, k + 1)) {
    last = k + 1;
    if (
      !tokens[last].norm.startsWith('ال') &&
      joined(text, tokens, last + 1) &&
      tokens[last + 1].norm.startsWith('ال')
    )
      last++;
    if (!tokens[last].norm.startsWith('ال')) return -1;
  }
  if (last < 0) return -1;
  // "للصناعات الغذائية": an adjective of the trade, not a country's ("الإيطالية").
  const adj = tokens[last + 1]?.norm ?? '';
  if (joined(text, tokens, last + 1) && /^ال\S{2,}(?:يه|ي)$/.test(adj) && !nisbaCountry(adj)) last++;
  // "جهينة للاستثمار القابضة": a holding company.
  if (joined(text, tokens, last + 1) && tokens[last + 1].norm === 'القابضه') return last + 1;
  // "للنقل والتخزين", "للأدوية والصناعات الطبية": a second trade.
  const and = tokens[last + 1]?.norm ?? '';
  if (joined(text, tokens, last + 1) && /^و/.test(and) && w.sectors.has(and.slice(1))) {
    last++;
    const adj2 = tokens[last + 1]?.norm ?? '';
    if (joined(text, tokens, last + 1) && /^ال\S{2,}(?:يه|ي)$/.test(adj2) && !nisbaCountry(adj2)) last++;
  }
  return last;
}

/** A company named by its name and trade at token i: its last token, or null. */
export function sectorCompanyAt(text: string, tokens: Token[], i: number): { last: number } | null {
  if (i + 1 >= tokens.length) return null;
  const kb = loadKb();
  const m = gz(tokens, i);
  const nameLast = m ? m.last : i;
  const t = tokens[i].norm;
  // ("حقل الرميلة للنفط", "مصفاة بيجي للنفط": a place's head before it makes the name a place's.)
  const prev = i > 0 ? withoutProclitics(tokens[i - 1].norm) : '';
  if (kb.namedPlaceHeads.has(prev) || /^(?:حقل|حقول|مصفاه|مصافي)$/.test(prev)) return null;
  // '«وادي النطرون لصناعات الألبان»': a quoted name of up to three words and its trade, quotes closing after it.
  if (opensQuote(text, tokens, i)) {
    for (let k = i; k <= i + 2 && k + 1 < tokens.length; k++) {
      if (k > i && !joined(text, tokens, k)) break;
      const end = tradeAt(text, tokens, k + 1, true);
      if (end >= 0 && /^\s*["”»]/.test(text.slice(tokens[end].span.end, tokens[end].span.end + 3)))
        return { last: end };
    }
  }
  const trade = tradeAt(text, tokens, nameLast + 1);
  if (trade < 0) return null;
  if (m) {
    // A place's name ("الكويت", "طنطا الجديدة" read as "طنطا"): the company's only with a cue.
    if (!m.values.some((v) => v.type === 'GPE' || v.type === 'LOC')) return null;
    // (Or where the text names it so once with a cue: "وقعت الكويت للبترول … الرئيس التنفيذي لـالكويت للبترول".)
    const words = (a: number, b: number) =>
      tokens
        .slice(a, b + 1)
        .map((x) => withoutProclitics(x.norm))
        .join(' ');
    const name = words(i, trade);
    const cued = (j: number) => {
      const n = gz(tokens, j);
      return (
        !!n && n.last - j === m.last - i && words(j, j + trade - i) === name && placeCue(text, tokens, j)
      );
    };
    return placeCue(text, tokens, i) || tokens.some((_, j) => j !== i && cued(j)) ? { last: trade } : null;
  }
  // A name no list holds ("جهينة", "الفيروز", "بلتون"): not an everyday word, a verb or a function word.
  const bare = withoutProclitics(t);
  if (bare.length < 3 || kb.notNames.has(t) || kb.everydayTokens.has(t)) return null;
  if (isEverydayWord(t) || isEverydayWord(bare) || verbOrWord(t) || verbOrWord(bare)) return null;
  // ("العربية للطيران": an adjective's shape names a company only with a cue; "الاستراتيجية الوطنية للطاقة" is none.)
  // ("برج للاتصالات", "بيئة جاذبة للاستثمار": a common noun or adjective; a company's name has a cue
  // or is named again: "جهينة للصناعات الغذائية … جهينة".)
  const again = tokens.some((x, j) => j !== i && withoutProclitics(x.norm) === bare);
  return placeCue(text, tokens, i) || again ? { last: trade } : null;
}

const opensQuote = (text: string, tokens: Token[], i: number) =>
  /["“«]\s*$/.test(text.slice(Math.max(0, tokens[i].span.start - 3), tokens[i].span.start));

function placeCue(text: string, tokens: Token[], i: number): boolean {
  const w = sectorWords();
  if (opensQuote(text, tokens, i)) return true;
  const prev = i > 0 ? tokens[i - 1].norm : '';
  return [prev, withoutProclitics(prev), prev.replace(/^[وف]/, '')].some((x) => w.cues.has(x));
}
