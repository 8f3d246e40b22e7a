// "وزارتي الخارجية والمالية", "الوزارتين الداخلية والدفاع العراقيتين": a dual head names two
// bodies at once, each with its own field; they are two actors (two ministries struck, two that
// announce), never one unnamed body. Each is that institution of the state a dual nisba after them
// names, else of the country the text is about (as "مجلس الشعب" is: descriptions.ts).
import type { EntityMention, Token } from '../types.js';
import { institutionEntity, textCountry } from './descriptions.js';
import { loadKb, record } from './kb.js';
import { nisbaCountry } from './lookup.js';

/** The dual of "وزارة", with a conjunction or a preposition before it ("لوزارتي", "بالوزارتين"). */
const DUAL_MINISTRY = /^[وف]?(?:[بل]|لل|بال)?(?:ال)?وزارت(?:ي|ا|ين)$/;

/** "العراقيتين", "الأمريكيتان": the state a dual nisba names. */
function dualNisba(t: string | undefined): string | undefined {
  if (!t || !/(?:يتين|يتان)$/.test(t)) return undefined;
  return nisbaCountry(t.replace(/(?:يتين|يتان)$/, 'ي')) ?? nisbaCountry(t.replace(/(?:يتين|يتان)$/, 'يه'));
}

/** The ministry kind of a field word ("الخارجية", "والمالية"), or undefined. */
function ministryKind(t: string): [string, string] | undefined {
  const field = t.replace(/^[وف](?=ال)/, '');
  if (!/^ال\S{2,}$/.test(field)) return undefined;
  const kind = loadKb().institutions.get(`وزاره ${field}`);
  return kind && kind[0].startsWith('ministry-') ? kind : undefined;
}

/** Replace the mentions a dual ministry phrase holds by its two ministries. */
export function splitDualMinistries(text: string, tokens: Token[], found: EntityMention[]): void {
  let country: string | null | undefined = null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!DUAL_MINISTRY.test(tokens[i].norm)) continue;
    const a = ministryKind(tokens[i + 1].norm);
    const b = /^[وف]ال/.test(tokens[i + 2].norm) ? ministryKind(tokens[i + 2].norm) : undefined;
    if (!a || !b || a[0] === b[0]) continue;
    const nisba = dualNisba(tokens[i + 3]?.norm);
    if (!nisba && country === null) country = textCountry(found, tokens);
    const state = nisba ?? country;
    if (!state) continue;
    const from = tokens[i].span.start;
    const to = tokens[nisba ? i + 3 : i + 2].span.end;
    for (let k = found.length - 1; k >= 0; k--)
      if (found[k].span.start < to && found[k].span.end > from) found.splice(k, 1);
    const mention = (start: number, end: number, kind: [string, string]): EntityMention => ({
      span: { start, end },
      text: text.slice(start, end),
      entity: record(institutionEntity(kind, state)),
      via: 'institution',
      descriptive: true,
    });
    found.push(
      mention(from, tokens[i + 1].span.end, a),
      mention(tokens[i + 2].span.start, tokens[i + 2].span.end, b),
    );
    i += 2;
  }
  found.sort((x, y) => x.span.start - y.span.start);
}
