// Football clubs known by a name of their own ("ريال مدريد", "برشلونة", "الهلال": data/kb/clubs.json),
// in a report on a match: the name is the club's, not the town's ("مدريد") nor a person's ("الرجاء"
// read as a given name), whatever the rules or the tagger read there. Outside such a report the
// words stay what they are ("برشلونة" the city, "الهلال" the crescent).
import type { EntityMention, Token } from '../types.js';
import { normalize, normalizeChar } from '../arabic/normalize.js';
import { loadData } from '../data.js';
import { loadKb, record, unknownOrg } from './kb.js';

let names: Map<string, string[][]> | null = null;
/** The listed names by their first word, longest first. */
function clubNames(): Map<string, string[][]> {
  if (names) return names;
  names = new Map();
  for (const name of loadData<{ clubs: string[] }>('kb/clubs.json').clubs) {
    const words = normalize(name).split(/\s+/);
    names.set(words[0], [...(names.get(words[0]) ?? []), words]);
  }
  for (const v of names.values()) v.sort((a, b) => b.length - a.length);
  return names;
}

/** A word's readings without its proclitics ("وبرشلونة", "للهلال" → "الهلال"), with the letters they take. */
function readings(norm: string): [string, number][] {
  const out: [string, number][] = [[norm, 0]];
  const m = /^(?:[وف]?[بل]|[وف])/.exec(norm);
  if (m) out.push([norm.slice(m[0].length), m[0].length]);
  const ll = /^[وف]?لل/.exec(norm);
  if (ll) out.push([`ال${norm.slice(ll[0].length)}`, ll[0].length - 1]);
  return out;
}

/** A preposition of place before a town-named club makes it the town ("في روما", "إلى مدريد"). */
const PLACE_BEFORE = new Set(['في', 'من', 'الي', 'داخل', 'قرب', 'مدينه', 'ملعب', 'عاصمه', 'العاصمه']);

export function addNamedClubs(text: string, tokens: Token[], found: EntityMention[]): void {
  const table = clubNames();
  for (let i = 0; i < tokens.length; i++) {
    for (const [word, clitics] of readings(tokens[i].norm)) {
      const candidates = table.get(word);
      if (!candidates) continue;
      const words = candidates.find((w) =>
        w.every(
          (x, j) =>
            j === 0 ||
            (tokens[i + j]?.norm === x &&
              /^\s+$/.test(text.slice(tokens[i + j - 1].span.end, tokens[i + j].span.start))),
        ),
      );
      if (!words) continue;
      const last = i + words.length - 1;
      // ("بمدريد", "في روما": a town's name with a preposition of place; an articled name after a noun
      // is its adjective, "البنك الأهلي".)
      const prev = i > 0 ? tokens[i - 1].norm : '';
      const town = words.length === 1 && loadKb().aliases.has(word);
      if (town && (PLACE_BEFORE.has(prev) || (clitics > 0 && /^[وف]?ب/.test(tokens[i].norm)))) continue;
      if (word.startsWith('ال') && clitics === 0 && prev.startsWith('ال') && prev !== 'الي') continue;
      let start = tokens[i].span.start;
      for (let letters = clitics; letters > 0 && start < tokens[i].span.end; )
        if (normalizeChar(text[start++]) !== '') letters--;
      while (start < tokens[i].span.end && normalizeChar(text[start]) === '') start++;
      const end = tokens[last].span.end;
      // What the rules or the tagger read over these words gives way, a longer club's name apart.
      const over = found.filter((m) => !m.nested && m.span.start < end && m.span.end > start);
      if (over.some((m) => m.via === 'club' && m.span.end - m.span.start > end - start)) break;
      // ("فرناندو سانتوس": the family name of a person read from before it.)
      if (over.some((m) => m.entity.type === 'PERSON' && m.span.start < start)) break;
      for (const m of over) found.splice(found.indexOf(m), 1);
      const name = text.slice(start, end);
      found.push({ span: { start, end }, text: name, entity: record(unknownOrg(name)), via: 'club' });
      i = last;
      break;
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
}
