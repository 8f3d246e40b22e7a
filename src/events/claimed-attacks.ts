// A body that says the attack was its own acted: "قال الحرس الثوري إنه ضرب مركزاً في أربيل", "أعلن
// الحرس الثوري أن صواريخه أصابت …" — the speaker is the attack's source, wherever in the report it
// says so, where the report names no one else as its author.
import type { Claim, EventMention, Participant, Token } from '../types.js';
import { tokenIndexAt } from './context.js';
import { roleWeight } from './role-weight.js';
import { isWord } from './words.js';

const OWN_WEAPON = /^(?:صواريخ|صاروخ|طائرات|طائرت|مسيرات|مسيرت|قوات|قذائف|مقاتلات|مدفعي)(?:ه|ها|هم|نا)$/;

/** Does the claim say the act is the speaker's own ("إنه ضرب", "أن صواريخه أصابت")? */
function ownAttack(tokens: Token[], claim: Claim): boolean {
  const from = tokenIndexAt(tokens, claim.span.start);
  const to = Math.min(tokens.length, tokenIndexAt(tokens, claim.span.end - 1) + 1);
  // Only what the speaker's verb says first ("… مشيرا إلى أنها أطلقت من خارج العراق" is the missiles').
  for (let k = from; k < Math.min(to - 1, from + 12); k++) {
    const t = tokens[k].norm;
    if (isWord('ownActPronouns', t)) return tokens.slice(k + 1, k + 3).some((x) => isWord('acting', x.norm));
    if (isWord('complementizers', t)) return OWN_WEAPON.test(tokens[k + 1].norm);
  }
  return false;
}

export function claimedAttacks(events: EventMention[], claims: Claim[], tokens: Token[]): EventMention[] {
  const attack = events.find((e) => e.type === 'ASSAULT' && e.status === 'asserted');
  if (!attack || attack.participants.some((p) => p.role === 'source')) return events;
  for (const c of claims) {
    const s = c.source;
    if (!s || c.anonymous || c.sourceKind === 'media' || (s.type !== 'ORG' && s.type !== 'GPE')) continue;
    if (!ownAttack(tokens, c)) continue;
    const p: Participant = { entity: s, via: 'claimed', span: c.span, role: 'source' };
    roleWeight.set(p, 2);
    attack.participants = [p, ...attack.participants.filter((q) => q.entity.id !== s.id)];
    break;
  }
  return events;
}
