// Sanctions name whom they fall on in the lines after the act: "وشملت العقوبات وزير الداخلية فلان",
// "من بين الأفراد الذين شملتهم العقوبات", "استهدفت العقوبات فلاناً وفلاناً". The people a sentence
// about the sanctions names are their targets, even names only the tagger found (most sanctioned
// officials are in no knowledge base) — but not who announces them, nor the sanctioning state's own.
import type { Claim, EntityMention, EventMention, Participant } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { tokenIndexAt, type SentenceView } from './context.js';
import { causeBetween, hasWord, isWord } from './words.js';
import { governorOf, isGovernor, isReferenceWord, withStates } from './other.js';
import { loadKb, record } from '../entities/kb.js';
import { ambiguousNames, givenNames } from '../arabic/names.js';
import type { Token } from '../types.js';

// "العقوبات", "بالعقوبات", "عقوبات"; "شملت", "شملتهم", "المشمولين"; "المستهدفين"; "المدرجين".
const DEATH = /^[وف]?ل?(?:وفاه|مقتل|اغتيال|اعتقال)$/;
const EARLIER = /^[وف]?(?:بعد|عقب|اثر|تلي|يلي|قبل|سبق|سبقت)$/;
// "في بيان", "عبر مكتبها", "من خلال": where an act was announced, between the verb and its subject.
const ASIDE = /^[وف]?(?:في|عبر|من|خلال|بيان|بيانا|بلاغ|مشترك|رسمي|صادر|صادره|اليوم|امس)$/;
// "من قبل", "على يد": the agent named past the sanction.
const AGENT = /^(?:قبل|يد|جانب)$/;
const titleWord = (t: string) => isWord('titles', t) || hasWord(loadKb().honorifics, t);
const ABOUT_SANCTIONS = /^[وف]?(?:ب|ل|لل)?(?:ال)?(?:عقوب|شمل|مشمول|مستهدف|مدرج)/;

/**
 * An unlinked name is taken unless it opens with an everyday word ("أسماء بارزة") or a conjunction
 * glued to a given name ("وجعفر محمد"), as a tagger or a given-name rule may read a list.
 */
function listedName(m: EntityMention): boolean {
  if (!m.entity.id.includes('unknown-person') || m.via === 'described-name') return true;
  const first = normalize(m.text.split(/\s+/)[0] ?? '');
  if (ambiguousNames().has(first)) return false;
  return !(/^و/.test(first) && givenNames().has(first.slice(1)) && !givenNames().has(first));
}

export function sanctionedNamed(
  events: EventMention[],
  text: string,
  tokens: Token[],
  views: SentenceView[],
  entities: EntityMention[],
  claims: Claim[],
): EventMention[] {
  for (const e of events) {
    if (e.type !== 'SANCTION' || e.status !== 'asserted') continue;
    if (!/عقوب/.test(normalize(e.triggers[0]?.text ?? ''))) continue;
    const own = new Set(
      e.participants.filter((p) => p.role === 'source' && p.entity.country).map((p) => p.entity.country),
    );
    const span = e.participants.find((p) => p.role === 'source')?.span ?? e.triggers[0].span;
    for (const v of views) {
      if (v.span.start < e.sentence.start) continue;
      if (!tokens.slice(v.from, v.to).some((t) => ABOUT_SANCTIONS.test(t.norm))) continue;
      // Who says it ("وقال وزير الخزانة فلان إن …") stands before the verb of saying.
      const said = claims
        .filter((c) => c.span.start === v.span.start && c.verb)
        .map((c) => text.indexOf(c.verb!, c.span.start))
        .filter((at) => at >= 0);
      const saidAt = said.length ? Math.min(...said) : -1;
      for (const m of entities) {
        if (m.entity.type !== 'PERSON' || m.span.start < v.span.start || m.span.end > v.span.end) continue;
        if (!listedName(m)) continue;
        if (saidAt >= 0 && m.span.start < saidAt) continue;
        if (m.entity.country && own.has(m.entity.country)) continue;
        // (A name the claims give as a speaker anywhere is no target.)
        if (claims.some((c) => c.source?.id === m.entity.id)) continue;
        if (e.participants.some((p) => p.entity.id === m.entity.id)) continue;
        // A name right after a verb of saying or a source word belongs to the statement, not the list.
        const i = tokenIndexAt(tokens, m.span.start);
        if (i > v.from && /^[وف]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|حسب|بحسب|وفق)$/.test(tokens[i - 1].norm))
          continue;
        // "بعد وفاة الشابة فلانة", "على خلفية اعتقال فلان", "بعد إدراج فلان على القائمة": the person
        // of the cause or of an earlier act, not of the list (unless a word of the sanctions comes between).
        const from = Math.max(v.from, i - 4);
        if (causeBetween(tokens, from, i) || tokens.slice(from, i).some((t) => DEATH.test(t.norm))) continue;
        let k = i - 1;
        while (k >= v.from && !EARLIER.test(tokens[k].norm) && !ABOUT_SANCTIONS.test(tokens[k].norm)) k--;
        if (k >= v.from && EARLIER.test(tokens[k].norm)) continue;
        e.participants.push({ entity: m.entity, via: 'sanctioned', span, role: 'target' });
      }
    }
  }
  return events;
}

/**
 * Who imposes a sanction is the subject of the verb that imposes it ("فرضت الولايات المتحدة عقوبات",
 * "أعلنت الوزارة فرض عقوبات"); whom it falls on stands after "على". Not a side:
 * - a group named between that verb and the sanction, in what the act serves ("قررت الوزارة دعم
 *   تجفيف موارد الحركة عبر فرض عقوبات على …"): the sanctions are about that group, a target;
 * - an actor after the sanction past "على" or "مع" (a group named in a clause describing the targets,
 *   "على أشخاص نقلوا أموالاً من الحركة"; "وقف العلاقات الاقتصادية مع إسرائيل"): a target;
 * - an actor past a word naming another act ("وأُعلنت العقوبات قبل وصول المسؤول فلان") or past "أن"
 *   ("…، مؤكداً أن موقف البحرين …"): no side.
 * A sanction left with no one imposing it is imposed by the body or state whose statement tells it
 * ("وأفادت الوزارة بأن مكتبها قرر … فرض عقوبات", "أعلنت الوزارة، عبر مكتبها، فرض عقوبات").
 */
export function sanctionersTold(
  events: EventMention[],
  text: string,
  tokens: Token[],
  views: SentenceView[],
  claims: Claim[],
): EventMention[] {
  const kb = loadKb();
  for (const e of events) {
    if (e.type !== 'SANCTION' || e.status !== 'asserted' || !e.triggers.length) continue;
    const before = new Set<Participant>();
    const after = new Set<Participant>();
    const dropped = new Set<Participant>();
    // Each mention of the sanction read in its own sentence.
    for (const trigger of e.triggers) {
      const w = views.find((x) => x.span.start <= trigger.span.start && trigger.span.start < x.span.end);
      if (!w) continue;
      const first = tokenIndexAt(tokens, trigger.span.start);
      const last = tokenIndexAt(tokens, trigger.span.end - 1);
      // (However far back: "قرر اتخاذ إجراء لدعم نزع سلاح الحركة عبر فرض عقوبات".)
      let governor = governorOf(tokens, w, first);
      for (let k = first - 1; governor < 0 && k >= w.from; k--) if (isGovernor(tokens[k].norm)) governor = k;
      const named = (k: number) =>
        w.entities.some((m) => m.span.start <= tokens[k].span.start && tokens[k].span.end <= m.span.end);
      for (const p of e.participants) {
        if (p.via === 'state-of' || p.via === 'speaker' || p.via === 'sanctioned') continue;
        const at = tokenIndexAt(tokens, p.span.start);
        if (at < w.from || at >= w.to) continue;
        if (p.role === 'source' && at < first && governor >= 0 && at > governor) {
          // (Titles, names and asides between the verb and its subject count for nothing.)
          // (Past "أن" another clause has its own subject: "أعلنت واشنطن أن الاتحاد سيفرض عقوبات".)
          if (tokens.slice(governor + 1, at).some((t) => isWord('complementizers', t.norm))) continue;
          let words = 0;
          for (let k = governor + 1; k < at; k++)
            if (!named(k) && !titleWord(tokens[k].norm) && !ASIDE.test(tokens[k].norm)) words++;
          if (words > 2) before.add(p);
        } else if (at > last) {
          const between = tokens.slice(last + 1, at).map((t) => t.norm);
          // (Past "أن" the statement goes on about another clause: "مؤكداً أن موقف البحرين …".)
          if (between.some((t) => isReferenceWord(t) || isWord('complementizers', t))) dropped.add(p);
          else if (
            p.role === 'source' &&
            between.some((t) => /^[وف]?(?:علي|مع)$/.test(t)) &&
            !between.some((t) => AGENT.test(t))
          )
            after.add(p);
        }
      }
    }
    if (!before.size && !after.size && !dropped.size && e.participants.some((p) => p.role === 'source'))
      continue;
    const moved = new Set([...before, ...after]);
    const states = (p: Participant) =>
      e.participants.filter(
        (q) => q.via === 'state-of' && q.role === 'source' && q.span.start === p.span.start,
      );
    const stale = new Set([...moved, ...dropped].flatMap(states));
    e.participants = e.participants
      .filter((p) => !dropped.has(p) && !stale.has(p))
      .map((p) => (moved.has(p) ? { ...p, role: 'target' as const } : p));
    if (e.participants.some((p) => p.role === 'source')) continue;
    // The statement that tells the sanction: its speaker, a body or a state, speaks before it.
    const at = e.triggers[0].span.start;
    const claim = claims.find((c) => {
      if (c.span.start !== e.sentence.start || !c.source || !c.verb || c.anonymous) return false;
      if (c.sourceKind === 'media' || c.sourceKind === 'anonymous' || c.sourceKind === 'person') return false;
      const verbAt = text.indexOf(c.verb, c.span.start);
      return verbAt >= 0 && verbAt < at;
    });
    if (!claim?.source) continue;
    const state =
      claim.sourceKind === 'country' ? kb.countryEntity.get(claim.source.country ?? '') : undefined;
    const speaker = state ? record(state) : claim.source;
    if (e.participants.some((p) => p.entity.id === speaker.id)) continue;
    const span = e.triggers[0].span;
    e.participants.unshift(
      ...withStates([{ entity: speaker, via: 'speaker', span, role: 'source' }], 'SANCTION').filter(
        (p) => !e.participants.some((q) => q.entity.id === p.entity.id),
      ),
    );
  }
  return events;
}
