// Universities and courts named with their town or their adjective: "الجامعة الأميركية في بيروت",
// "محكمة الجنايات في باريس", "محكمة الاستئناف بالدار البيضاء", "المحكمة الدولية الخاصة بلبنان",
// "جامعة بيروت العربية", "محكمة التمييز الجزائية" are one body each, the town inside no place of its
// own; "جامعة اليرموك الأردنية" is the university, the state's adjective outside its name.
import { tokensWithin } from '../arabic/tokenize.js';
import type { EntityMention, Token } from '../types.js';
import { genericAdjectives } from './generic.js';
import { isMadeEntity, loadKb, record, unknownOrg } from './kb.js';
import { nisbaCountry, withoutProclitics } from './lookup.js';

const HEADS = /^(?:ال)?(?:جامعه|محكمه)$/;

/** A town's mention (no country's) starting at token k, with the tokens it covers. */
function townAt(tokens: Token[], found: EntityMention[], k: number): EntityMention | undefined {
  if (k >= tokens.length) return undefined;
  const t = tokens[k].span;
  const m = found.find((x) => x.span.start >= t.start && x.span.start < t.end && !x.nested);
  if (m?.entity.type !== 'GPE') return undefined;
  const e = loadKb().byId.get(m.entity.id);
  return e?.subtype === 'country' ? undefined : m;
}

export function joinBodyPlaces(text: string, tokens: Token[], found: EntityMention[]): EntityMention[] {
  const out = [...found];
  for (let n = 0; n < out.length; n++) {
    const m = out[n];
    if (m.entity.type !== 'ORG' || m.nested || !isMadeEntity(m.entity.id)) continue;
    const { first, last } = tokensWithin(tokens, m.span);
    if (first < 0 || last <= first || tokens[first].span.start !== m.span.start) continue;
    // ("والجامعة" without its "و"; "للجامعة" as "الجامعة".)
    const bare = tokens[first].norm.replace(/^[وف]/, '');
    const headNorm = HEADS.test(bare) ? bare : withoutProclitics(tokens[first].norm).replace(/^ل(?=ل)/, 'ا');
    if (!HEADS.test(headNorm)) continue;
    const articled = headNorm.startsWith('ال');
    let end = last;
    let town: EntityMention | undefined;
    const next = tokens[last + 1]?.norm ?? '';
    if (next === 'في' && (town = townAt(tokens, out, last + 2))) end = tokensWithin(tokens, town.span).last;
    else if (
      /^ب/.test(next) &&
      (articled ? tokens[last].norm === 'الخاصه' : true) &&
      (town = townAt(tokens, out, last + 1))
    )
      end = tokensWithin(tokens, town.span).last;
    // The town is the name's only where the words before it name a kind, not the body: "الجامعة
    // الأميركية في بيروت", "محكمة الجنايات في باريس", not "جامعة الملك عبدالعزيز في جدة" nor
    // "المحكمة الابتدائية في الرباط".
    const kindOnly = articled ? headNorm === 'الجامعه' : headNorm === 'محكمه';
    if (town && !kindOnly && tokens[last].norm !== 'الخاصه') {
      town = undefined;
      end = last;
    }
    // "جامعة بيروت العربية", "محكمة التمييز الجزائية": an adjective of its own after a construct head.
    if (!town && !articled) {
      const adj = tokens[last + 1];
      if (
        adj &&
        /^\s+$/.test(text.slice(tokens[last].span.end, adj.span.start)) &&
        /^ال\S{3,}يه$/.test(adj.norm) &&
        nisbaCountry(adj.norm) === undefined &&
        !genericAdjectives().has(adj.norm)
      )
        end = last + 1;
      // "جامعة اليرموك الأردنية": the state's adjective after a university's name stays outside it.
      else if (last - first >= 2 && headNorm === 'جامعه' && nisbaCountry(tokens[last].norm) !== undefined)
        end = last - 1;
    }
    if (end === last) continue;
    const span = { start: m.span.start, end: tokens[end].span.end };
    const name = text.slice(span.start, span.end);
    out[n] = { ...m, span, text: name, entity: record(unknownOrg(name)), descriptive: undefined };
    if (town) {
      const k = out.indexOf(town);
      if (k >= 0) out[k] = { ...town, nested: true };
    }
  }
  return out;
}
