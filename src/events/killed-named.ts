// A person an attack killed, named by the words of his death ("مقتل عبد الغني الككلي", "اغتيال
// القيادي فلان", "لقي فلان حتفه في اشتباكات"), is its target wherever the report names him — where
// the attack has no target yet: where it struck a group or people named by their group ("اغتيال
// القيادي في حماس", "مقتل مسؤولين عسكريين بينهم فلان"), that group is the side.
import type { EntityMention, EventMention, Participant, Token } from '../types.js';
import { loadKb } from '../entities/kb.js';
import { nisbaCountry } from '../entities/lookup.js';
import { inEntity, tokenIndexAt, type SentenceView } from './context.js';
import { roleWeight } from './role-weight.js';
import { isWord } from './words.js';

/** The persons the sentence tells were killed, save those in `skip`. */
function killedIn(tokens: Token[], view: SentenceView, skip: (e: EntityMention) => boolean): EntityMention[] {
  const died = () => tokens.slice(view.from, view.to).some((t) => isWord('deathNouns', t.norm));
  // Words that may stand between the word of death and the name: his titles, his body's name, its
  // country ("مقتل رئيس جهاز دعم الاستقرار بالمجلس الرئاسي الليبي عبد الغني الككلي").
  const describes = (k: number) =>
    inEntity(tokens, view, k) ||
    isWord('titles', tokens[k].norm) ||
    loadKb().honorifics.has(tokens[k].norm) ||
    !!nisbaCountry(tokens[k].norm);
  const out: EntityMention[] = [];
  for (const e of view.entities) {
    if (e.entity.type !== 'PERSON' || skip(e) || out.some((x) => x.entity.id === e.entity.id)) continue;
    const i = tokenIndexAt(tokens, e.span.start);
    let killed = false;
    for (let k = i - 1, other = 0; k >= view.from && other <= 2 && !killed; k--) {
      killed = isWord('killingNouns', tokens[k].norm);
      if (!describes(k)) other++;
    }
    // "لقي عبد الغني الككلي … حتفه": the subject of meeting his death ("لقي العميد فلان حتفه": his
    // rank between).
    let k = i - 1;
    while (k > view.from && (isWord('titles', tokens[k].norm) || loadKb().honorifics.has(tokens[k].norm)))
      k--;
    if (!killed && k >= view.from && isWord('meetingDeath', tokens[k].norm)) killed = died();
    // "بأن فلان، محافظ عدن، لقي حتفه", "أن فلان قتل في الانفجار": named before the verb of his death.
    if (!killed) killed = diedAfterName(tokens, view, tokenIndexAt(tokens, e.span.end - 1), died);
    if (killed) out.push(e);
  }
  return out;
}

/**
 * The person whose name ends at `j` is the subject of a verb of his death a few words on, his title
 * or office between ("جعفر محمد سعد، محافظ عدن، لقي حتفه"): "لقي" with "حتفه" later, or a passive
 * verb of killing before the attack or its place ("قتل في الانفجار", "اغتيل بسيارة مفخخة").
 */
function diedAfterName(tokens: Token[], view: SentenceView, j: number, died: () => boolean): boolean {
  for (let k = j + 1, other = 0; k < Math.min(view.to, j + 9) && other <= 3; k++) {
    const t = tokens[k].norm;
    if (isWord('meetingDeath', t)) return died();
    if (PASSIVE_DEATH.test(t)) return k + 1 < view.to && DEATH_CAUSE.test(tokens[k + 1].norm);
    if (!inEntity(tokens, view, k) && !isWord('titles', t) && !loadKb().honorifics.has(t)) other++;
  }
  return false;
}

const PASSIVE_DEATH = /^(?:قتل|اغتيل|قضي|استشهد)$/;
const DEATH_CAUSE = /^(?:في|جراء|اثر|بانفجار|بتفجير|بسياره|بعبوه|برصاص|بهجوم)$/;

function target(e: EntityMention): Participant {
  const p: Participant = { entity: e.entity, via: 'killed', span: e.span, role: 'target' };
  roleWeight.set(p, 2);
  return p;
}

/** The persons an attack's own sentence tells were killed, as its targets. */
export function killedNamed(
  tokens: Token[],
  view: SentenceView,
  participants: Participant[],
  speakers: Set<EntityMention>,
): Participant[] {
  // (Persons counted, "مقتل تسعة أشخاص", are civilians only for want of a name: the person named killed
  // is still whom it struck.)
  if (participants.some((p) => p.role === 'target' && p.via !== 'toll' && p.via !== 'people')) return [];
  const known = (e: EntityMention) =>
    speakers.has(e) || participants.some((p) => p.entity.id === e.entity.id);
  return killedIn(tokens, view, known).map(target);
}

/**
 * "أعلنت مصادر متطابقة مقتل عبد الغني الككلي" in a sentence that tells no event: the person killed is
 * a target of the attack the report tells (the nearest before it, else the first after).
 */
export function killedToldApart(
  events: EventMention[],
  tokens: Token[],
  views: SentenceView[],
): EventMention[] {
  const eventSentences = new Set(events.map((e) => e.sentence.start));
  const attacks = events.filter((e) => e.type === 'ASSAULT' && e.status === 'asserted');
  if (!attacks.length) return events;
  for (const v of views) {
    if (eventSentences.has(v.span.start)) continue;
    const attack =
      [...attacks].reverse().find((e) => e.sentence.start < v.span.start) ??
      attacks.find((e) => e.sentence.start > v.span.start)!;
    if (attack.participants.some((p) => p.role === 'target')) continue;
    const known = (e: EntityMention) => attack.participants.some((p) => p.entity.id === e.entity.id);
    const killed = killedIn(tokens, v, known);
    if (killed.length) attack.participants = [...attack.participants, ...killed.map(target)];
  }
  return events;
}
