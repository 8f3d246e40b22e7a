// The PLOVER types beyond consultations and attacks (AGREE, THREATEN, ACCUSE, REQUEST, REJECT,
// SUPPORT, PROTEST, SANCTION, MOBILIZE, COERCE, RETREAT, AID, COOPERATE, CONCEDE). They become
// events only in sentences that are not statements about a consultation already coded (there
// they type the claim instead), and only with an actor next to the trigger. Negation, plans and
// conditions are kept as the status.
import type { Claim, EntityMention, EntityRecord, EventMention, Token } from '../types.js';
import { eventLexicon } from './lexicon.js';
import { isMedia, isPerson, isPlace, tokenIndexAt, type SentenceView } from './context.js';
import { loadKb, record } from '../entities/kb.js';
import { clauseDate, dateValue } from './dating.js';
import { assignSides } from './sides.js';
import { eventLocation } from './location.js';

const NOUN_ONLY = new Set(['اتفاق', 'اتفاقا', 'اتفاقيه', 'تعاون', 'شراكه', 'دعم', 'تهديد', 'اتهام', 'اتهامات', 'اداننه', 'مساعدات', 'منحه', 'قرض', 'حشود', 'تنسيق']);
const NEGATION = /^[وف]?(?:لم|لن|لا|نفي|نفت|ينفي|تنفي|عدم|دون)$/;
const DENIAL = /^[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا)$/;
const CONDITION = /^[وف]?(?:اذا|حال|لو)$/;
const CAPABLE = /^[وف]?(?:قادر|قادره|قادرون|قادرين|قادرا|بامكان|بامكانه|بامكانها|بمقدور|يستطيع|تستطيع)$/;
const PLAN = /^[وف]?(?:سوف|المقرر|المنتظر|المزمع|يستعد|تستعد|يعتزم|تعتزم)$/;
// "سيجري اتصالاً", "سيقوم بزيارة", "ستعقد قمة": a سـ-future verb right before the trigger (not سيارة, سياسة …).
const PREPOSITION = /^[وف]?(?:خلال|اثناء|عقب|بعد|قبل|هامش|منذ|في|من|الي|علي|عن|مع|لدي|حول)$/;
const FUTURE_VERB = /^[وف]?(?!س(?:يا|يط|يد|ين|ير|يف|يول|يي|يك|يم|يب|ته|تين|تار|تو|تر|نه|نو|ني|نغ|نت|ند|نا))س[يتن][\p{L}]{2,}$/u;

/** asserted, negated ("لم"، "نفى … أن"), conditional ("في حال"، "إذا") or planned ("من المقرر"، سـ). */
export function clauseStatus(tokens: Token[], from: number, at: number, to = tokens.length): string {
  const before = tokens.slice(Math.max(from, at - 4), at).map((t) => t.norm);
  const sentenceBefore = tokens.slice(from, at).map((t) => t.norm);
  // "لم يلتق" negates the trigger; in "لم تسفر قمة سوتشي" the negation belongs to another verb.
  const justBefore = at - 1 >= from ? tokens[at - 1].norm : '';
  if (NEGATION.test(justBefore) || sentenceBefore.some((w) => DENIAL.test(w))) return 'negated';
  // "القمة المرتقبة", "الزيارة المقبلة": announced, not held.
  if (at + 1 < tokens.length && /^(?:المرتقبه|المرتقب|المقبله|المقبل|المزمعه|المزمع|المنتظره|المنتظر|القادمه|القادم)$/.test(tokens[at + 1].norm)) return 'planned';
  if (sentenceBefore.some((w) => CONDITION.test(w))) return 'conditional';
  // "قادرة على تدمير …", "بإمكانه ضرب …": a capability; "تدمير إسرائيل إذا تجرأت": a condition after the act.
  if (before.some((w) => CAPABLE.test(w))) return 'conditional';
  if (tokens.slice(at + 1, Math.min(to, at + 5)).some((t) => CONDITION.test(t.norm))) return 'conditional';
  if (before.some((w) => PLAN.test(w)) || sentenceBefore.some((w) => PLAN.test(w)) || /^[وف]?س[يت]/.test(tokens[at].norm)) return 'planned';
  // (the verb must govern the trigger: in "سيلتقي خلال الزيارة" the visit is under way, the meeting planned)
  if (at - 1 >= from && FUTURE_VERB.test(tokens[at - 1].norm)) return 'planned';
  if (at - 2 >= from && FUTURE_VERB.test(tokens[at - 2].norm) && !PREPOSITION.test(tokens[at - 1].norm)) return 'planned';
  return 'asserted';
}

const isActor = (e: EntityMention) =>
  isPerson(e) || (e.entity.type === 'ORG' && !isMedia(e)) || (e.entity.type === 'GPE' && (!!loadKb().byId.get(e.entity.id)?.metonymFor || !!e.entity.country && e.entity.id === loadKb().countryEntity.get(e.entity.country)?.id));

/** A capital acting stands for its country ("اتهمت أنقرة …" is Türkiye accusing). */
function actorOf(e: EntityMention): { entity: EntityRecord; via: string; span: EntityMention['span'] } {
  const kb = loadKb();
  const of = kb.byId.get(e.entity.id)?.metonymFor;
  const country = of ? kb.countryEntity.get(of) : undefined;
  return country ? { entity: record(country), via: 'metonymy', span: e.span } : { entity: e.entity, via: e.via, span: e.span };
}

export function detectOtherEvents(text: string, tokens: Token[], views: SentenceView[], events: EventMention[], claims: Claim[]): EventMention[] {
  const lex = eventLexicon();
  const out: EventMention[] = [];
  for (const v of views) {
    const aboutCall = claims.some((c) => c.span.start === v.span.start && c.event !== null && events[c.event]?.type === 'CONSULT');
    const coded = events.some((e) => e.sentence.start === v.span.start && e.status !== 'referenced');
    if (aboutCall || coded) continue;
    const seen = new Set<string>();
    for (const m of lex.triggers.findAll(tokens, v.from, v.to)) {
      const trig = m.values.find((t) => !t.event);
      if (!trig || seen.has(trig.type)) continue;
      // Verbs report acts; definite nouns and names of agreements ("اتفاق موسكو", "التهديدات التي
      // أطلقها") point back to them. Protests are reported as nouns too.
      const head = tokens[m.first].norm.replace(/^[وفبل]/, '');
      // "أرسلت الإمارات مساعدات": aid is given by a verb a few words before its noun.
      const given = trig.type === 'AID' && tokens.slice(Math.max(v.from, m.first - 3), m.first).some((t) => /^[وف]?(?:ارسل|ارسلت|قدم|قدمت|منح|منحت|بعث|بعثت|سير|سيرت|تبرع|تبرعت)$/.test(t.norm));
      if (trig.type !== 'PROTEST' && !given && (head.startsWith('ال') || NOUN_ONLY.has(head))) continue;
      // People and organisations near the trigger; a country or capital only as the subject
      // right after the verb ("اتهمت أنقرة …"), not in "مؤتمر أستانة".
      const near = v.entities
        .filter(isActor)
        .map((e) => ({ e, d: tokenIndexAt(tokens, e.span.start) - m.last }))
        .filter(({ e, d }) => (e.entity.type === 'GPE' ? d >= 1 && d <= 2 : d >= -5 && d <= 6));
      // Protests, arrests and curfews often name no actor: the place carries them.
      if (!near.length && !(['PROTEST', 'COERCE', 'SANCTION'].includes(trig.type) && v.entities.some(isPlace))) continue;
      seen.add(trig.type);
      // A capital acting stands for its country; the sides by the verb's syntax (sides.ts).
      const actors = [...new Map(near.map(({ e }) => ({ ...e, ...actorOf(e) })).map((e) => [e.entity.id, e])).values()];
      const participants = assignSides({ tokens, view: v, first: m.first, last: m.last, type: trig.type, actors });
      const status = clauseStatus(tokens, v.from, m.first, v.to);
      // The clause's own time: the nearest dating expression within a few words of the trigger.
      const at = tokens[m.first].span.start;
      const time = clauseDate(text, tokens, v, { start: at, end: tokens[m.last].span.end }, { window: 60 });
      out.push({
        index: events.length + out.length,
        type: trig.type,
        mode: trig.mode,
        triggers: [{ span: { start: tokens[m.first].span.start, end: tokens[m.last].span.end }, text: text.slice(tokens[m.first].span.start, tokens[m.last].span.end) }],
        participants,
        date: dateValue(time),
        dateSpan: time?.span ?? null,
        placesDiscussed: v.entities.filter(isPlace),
        location: eventLocation(tokens, v, m.first, trig.type, trig.mode),
        status,
        sentence: v.span,
      });
    }
  }
  return out;
}
