// Truces: an agreement to stop fighting (AGREE/ceasefire, "اتفق الطرفان على هدنة") is not the truce
// itself taking hold — "دخلت الهدنة حيز التنفيذ", "أعلنت القوات هدنة من جانب واحد" — which PLOVER codes
// as RETREAT/ceasefire: the side that stops fighting retreats from it.
import type { EntityMention, EventMention, Token } from '../types.js';
import { tokenIndexAt } from './context.js';
import { normalize } from '../arabic/normalize.js';
import { containsWord } from './words.js';

// "من جانب واحد", "من طرف واحد", "هدنة أحادية", "أحادي الجانب" (normalized).
const ONE_SIDED = /من (?:جانب|طرف) واحد|احادي/;

/**
 * A truce named in a sentence that says it takes effect or is one side's own is RETREAT/ceasefire;
 * one a side declares alone ("هدنة من جانب واحد") is marked so: it binds that side only (mutualTruce).
 */
export function trucesTakingHold<T extends EventMention>(mentions: T[], text: string): T[] {
  return mentions.map((m) => {
    if (m.type !== 'AGREE' || m.mode !== 'ceasefire') return m;
    const sentence = normalize(text.slice(m.sentence.start, m.sentence.end));
    if (!containsWord('truceTakingHold', sentence)) return m;
    return ONE_SIDED.test(sentence) ? { ...m, type: 'RETREAT', oneSided: true } : { ...m, type: 'RETREAT' };
  });
}

/**
 * A truce taking hold between the sides ("دخلت الهدنة بين X وY حيز التنفيذ") binds each of them towards
 * the other: its parties act and are acted upon alike, sources and targets both (the shared set's
 * convention for RETREAT/ceasefire). Not one a side declares alone, nor an agreement to a truce
 * (AGREE/ceasefire: who agrees, or who brokers, to whom).
 */
export function mutualTruce(e: Pick<EventMention, 'type' | 'mode' | 'oneSided'>): boolean {
  return e.type === 'RETREAT' && e.mode === 'ceasefire' && !e.oneSided;
}

const UN = 'Q1065';
// "المبعوث الأممي هانس …", "الوسيط …": the title of one who brokers between the sides.
const MEDIATOR_TITLE = /^[وف]?(?:ال)?(?:مبعوث|وسيط)$/;

/**
 * "قال المبعوث الأممي إن أطراف النزاع وافقت على هدنة": a truce the UN or an envoy brokers is the
 * broker's act, and the parties it binds are acted upon — in the report that names the broker, the
 * parties named by their group ("أطراف النزاع") are its targets and the broker its source.
 */
export function brokeredTruces<T extends EventMention>(
  mentions: T[],
  tokens: Token[],
  entities: EntityMention[],
): T[] {
  const titled = (m: EntityMention) => {
    const i = tokenIndexAt(tokens, m.span.start);
    return tokens.slice(Math.max(0, i - 6), i).some((t) => MEDIATOR_TITLE.test(t.norm));
  };
  const broker = entities.find(
    (m) => m.entity.id === UN || (m.entity.type === 'PERSON' && !m.nested && titled(m)),
  );
  if (!broker) return mentions;
  for (const e of mentions) {
    if (e.type !== 'AGREE' || e.mode !== 'ceasefire' || e.status !== 'asserted') continue;
    const parties = e.participants.filter((p) => p.role === 'source' && p.entity.sector === 'parties');
    if (!parties.length) continue;
    for (const p of parties) p.role = 'target';
    if (!e.participants.some((p) => p.entity.id === broker.entity.id))
      e.participants.unshift({ entity: broker.entity, via: 'broker', span: broker.span, role: 'source' });
  }
  return mentions;
}
