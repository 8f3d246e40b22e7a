// Calls and blame told without a quotation: "ودعا الرئيس الدول العربية إلى طرد السفراء", "وحمّلت
// الحكومة التنظيم مسؤولية الهجوم". The verb with what it governs — "إلى" and a noun, "مسؤولية" —
// reports what its subject said, as a quotation would; without it the verb may tell an act ("حمل
// المتظاهرون لافتات"). (Not "طالب" and "اتهم": "وطالبت القوات النظامية بحماية المواكب", "واتهمت دمشق
// أنقرة بدعم …" — the noun after the verb is as often its object, the subject a pronoun, as its
// subject, and an accusation without a quotation is an act, test/data/events/claims.jsonl.)
import type { Token } from '../types.js';

const CALL = /^[وف]?(?:دعا|دعت|دعوا|دعيا)$/;
const BLAME = /^[وف]?(?:حمل|حملت|حملوا|حملا)$/;

/** Whether the quoted verb at `first..last` governs what it calls for or blames for before `to`. */
export function governsItsCall(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  to: number,
): boolean {
  const verb = tokens[first].norm;
  const reach = (n: number, hit: (t: Token, k: number) => boolean): boolean => {
    for (let k = last + 1; k < Math.min(to, last + 1 + n); k++) {
      // (A comma or a stop ends what the verb governs.)
      if (/[،,.:؛;]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) return false;
      if (hit(tokens[k], k)) return true;
    }
    return false;
  };
  // (A verbal noun after the preposition: "إلى وقف"; not a pronoun or "أن".)
  const noun = (t: Token | undefined) =>
    !!t && /^(?:ال)?\S{3,}$/.test(t.norm) && !/^(?:ان|انه|انها|ما|من|هذا|هذه)$/.test(t.norm);
  if (CALL.test(verb)) return reach(9, (t, k) => /^(?:الي|الى)$/.test(t.norm) && noun(tokens[k + 1]));
  if (BLAME.test(verb)) return reach(7, (t) => /^(?:ال)?مسو+ولي(?:ه|ات)$/.test(t.norm));
  return false;
}

/**
 * "زار النصب الذي وصفه بأنه «…»", "المبادرة التي اعتبرها «خطوة مهمة»": a verb of describing in a
 * relative clause whose object pronoun is the antecedent has a subject of its own (the one who
 * visited), so it says what that subject said, unlike "الدول التي أعلنت" (the antecedent speaks).
 */
export function describesAntecedent(text: string, tokens: Token[], first: number, last: number): boolean {
  if (!/^(?:وصف|اعتبر|عد|سما|سمي)ت?(?:ه|ها|هم)$/.test(tokens[first].norm)) return false;
  const after = text.slice(tokens[last].span.end, tokens[Math.min(tokens.length - 1, last + 2)].span.end);
  return /^\s*[«“"]/.test(after) || /^\s*بان/.test(tokens[last + 1]?.norm ?? '');
}
