// Event mentions: triggers found per sentence, with participants, the clause's own date
// (never the publication date by default), places and status. Mentions of the same
// consultation within one document ("اتصال هاتفي" … "خلال الاتصال" … "الرئيسان") are one event.
import { tokenStems } from '../arabic/tokenize.js';
import type { EntityMention, EventMention, Participant, Token } from '../types.js';
import { isMadeEntity, loadKb } from '../entities/kb.js';
import { eventLexicon, type Trigger } from './lexicon.js';
import { findCasualties } from './casualties.js';
import { clauseStatus } from './other.js';
import { wishedFor } from './wished.js';
import {
  inEntity,
  isMedia,
  isPerson,
  isPlace,
  isSourceOrg,
  speakersOf,
  tokenIndexAt,
  type SentenceView,
} from './context.js';
import { clauseDate, dateValue, statusOfDate } from './dating.js';
import {
  agentMarked,
  assignSides,
  groupsIn,
  isReceivingVerb,
  sectorActor,
  struckGroup,
  bodiesAimedAt,
  victimsIn,
  type Victim,
} from './sides.js';
import { eventLocation } from './location.js';
import { foldMentions } from './coref.js';
import { statesByAdjective } from './attack-adjectives.js';
import { killedNamed } from './killed-named.js';
import { commemorated } from './memorials.js';
import { roleWeight } from './role-weight.js';
import { beginsWithWord, isExactWord, isWord, isWordAfter, wordSet } from './words.js';
import {
  kidnapByState,
  nominalTrigger,
  purposeBefore,
  referenceAfterTime,
  referenceBefore,
} from './other.js';

export function detectEvents(
  text: string,
  tokens: Token[],
  views: SentenceView[],
  ref: string | null,
  docCountry?: string,
): EventMention[] {
  const lex = eventLexicon();
  const kb = loadKb();
  const events: EventMention[] = [];
  for (const v of views) {
    const orgTokens = new Set<number>();
    for (const e of v.entities)
      if (e.entity.type === 'ORG')
        for (let i = v.from; i < v.to; i++)
          if (tokens[i].span.start >= e.span.start && tokens[i].span.end <= e.span.end) orgTokens.add(i);
    // Triggers of one type in one sentence are one mention, unless their modes differ or
    // "فيما/بينما" opens another statement between them.
    const groups: { type: string; hits: Hit[] }[] = [];
    const found = lex.triggers.findAll(tokens, v.from, v.to);
    // "استقبل/تلقى اتصالاً هاتفياً": receiving a call is not a reception.
    const hasPhone = found.some((m) => m.values.some((t) => t.mode === 'phone'));
    for (const m of found) {
      if (hasPhone && isWord('receptionVerbs', tokens[m.first].norm)) continue;
      // "استقبل الأمير المفرج عنهم", "في استقبال الرهائن المحررين": captives received on their
      // return are the news of their release, no guests of a meeting.
      if (receivesFreed(tokens, m, v.to)) continue;
      // (A kidnapping where the state holds the kidnapped is an arrest, src/events/other.ts.)
      if (m.values.some((t) => t.mode === 'abduction') && kidnapByState(tokens, v)) continue;
      if (orgTokens.has(m.first)) continue;
      // "وقف إطلاق نار": the fire a truce stops is no attack.
      if (
        m.first > v.from &&
        /وقف$/.test(tokens[m.first - 1].norm) &&
        /^[وف]?[بل]?اطلاق$/.test(tokens[m.first].norm)
      )
        continue;
      // "أجهزة الاتصال", "شبكة الاتصالات": a means of communication, no call.
      if (
        m.first > v.from &&
        isWord('devices', tokens[m.first - 1].norm) &&
        m.values.every((t) => t.type === 'CONSULT')
      )
        continue;
      if (ministries(tokens, m)) continue;
      // "مؤتمر صحفي": a joint press conference is a meeting ("مؤتمر صحفي مشترك", "مؤتمر صحفي عقده
      // مساء الثلاثاء مع نظيره"); one held alone is no meeting.
      if (/صحفي(?:ا)?$/.test(tokens[m.last].norm) && !pressWith(tokens, m.last, v.to)) continue;
      for (const trig of m.values) {
        if (!trig.event) continue;
        const hit = { trig, first: m.first, last: m.last };
        const g = [...groups].reverse().find((x) => x.type === trig.type);
        const gMode = g?.hits.find((h) => h.trig.mode)?.trig.mode;
        const phoneVsInPerson =
          !!trig.mode && !!gMode && trig.mode !== gMode && (trig.mode === 'phone' || gMode === 'phone');
        // (An attack named in a purpose clause, "احتجاجاً على … حملات الاقتحام", is told apart.)
        const inPurpose = (at: number) =>
          nominalTrigger(tokens[at].norm) && purposeBefore(text, tokens, v.from, at);
        const inReference = (at: number) =>
          nominalTrigger(tokens[at].norm) && referenceAfterTime(tokens, v.from, at);
        const split =
          !g ||
          phoneVsInPerson ||
          hasStrongBoundary(tokens, g.hits[g.hits.length - 1].last, m.first) ||
          inPurpose(m.first) !== inPurpose(g.hits[g.hits.length - 1].first) ||
          // ("بعد 24 ساعة على التفجيرات في X، ضرب … بثلاثة تفجيرات": the attack the sentence opens
          // with, dated apart, is another.)
          (inReference(g.hits[g.hits.length - 1].first) && !inReference(m.first));
        if (split) groups.push({ type: trig.type, hits: [hit] });
        else g!.hits.push(hit);
      }
    }
    for (const { type, hits } of groups) {
      const mode = hits.find((h) => h.trig.mode)?.trig.mode ?? null;
      const anchorTok = hits[0].first;
      const triggers = hits.map((h) => ({
        span: { start: tokens[h.first].span.start, end: tokens[h.last].span.end },
        text: text.slice(tokens[h.first].span.start, tokens[h.last].span.end),
      }));
      const pair = hasPairAnaphor(tokens, v, kb.pairAnaphora);
      const near = (e: EntityMention) => Math.abs(tokenIndexAt(tokens, e.span.start) - anchorTok) <= 4;
      const scope = type === 'CONSULT' ? consultationScope(text, tokens, v, anchorTok) : null;
      // An attack's sides are in its sentence; a capital there is where it struck, not who acted.
      // A country acts as the subject right after the attack verb, or of the clause that leads
      // to it ("تدخلت روسيا … وبدأت شن غارات"); never after a preposition of place.
      const countryActs = (e: EntityMention) => {
        const i = tokenIndexAt(tokens, e.span.start);
        const d = i - hits[0].last;
        if (
          /^[وف]?[بل]/.test(tokens[i].norm) ||
          (i > v.from && isExactWord('placePrepositions', tokens[i - 1].norm))
        )
          return false;
        return (
          (d >= 1 && d <= 2) ||
          (i < anchorTok && anchorTok - i <= 15 && i > v.from && isWord('acting', tokens[i - 1].norm))
        );
      };
      // A group further off acts only where the text says so: named as the agent ("على يد", "تبنى",
      // "اتهمت … X"), or the subject of a verb of attack; not a group the sentence names in passing
      // ("منذ دحر تنظيم داعش", "مكتباً لحركة حماس", "قوات الأمن تتابع شاحنة").
      // (Or a group whose members it names as struck: "مقتل خمسة من عناصر الحركة", a target.)
      // ("تفجير شاحنتين استهدفتا وزارتي الخارجية والمالية": so is a body it was aimed at.)
      const aimedAt = type === 'ASSAULT' ? bodiesAimedAt(tokens, v, hits[0].last, v.entities) : new Set();
      const orgActs = (e: EntityMention) =>
        e.entity.type === 'ORG' &&
        (agentMarked(tokens, v, e) || countryActs(e) || struckGroup(tokens, v, e) || aimedAt.has(e));
      const speaking = speakersOf(tokens, v, anchorTok, text);
      const actors = scope
        ? scope.actors
        : v.entities.filter(
            (e) =>
              !speaking.has(e) &&
              (isAttackActor(e)
                ? near(e) || orgActs(e)
                : isCountry(e) && (countryActs(e) || agentMarked(tokens, v, e))),
          );
      // "… الزيارة رسمية، وأن السلطان استقبل الرئيس": a receiving verb among the triggers tells the sides.
      const governing =
        (type === 'CONSULT' &&
          hits.find((h) => h.first === h.last && isReceivingVerb(tokens[h.first].norm))) ||
        hits[0];
      // "سلمان يهاتف أردوغان" read as one made name: a name the KB lacks that takes in the trigger is none.
      const straddles = (e: EntityMention) =>
        isMadeEntity(e.entity.id) &&
        hits.some((h) => e.span.start <= tokens[h.first].span.start && tokens[h.last].span.end <= e.span.end);
      // "أمطر الحرس الثوري القاعدة بالصواريخ ثأراً لمقتل سليماني في القصف الأمريكي": who acted in, and
      // who suffered, the act an attack answers are no sides of it.
      // So are those of an act answered before the attack is told ("إيران ترد على مقتل سليماني بقصف
      // صاروخي"), up to the attack, with no comma between ("ورداً على ذلك، قصفت إسرائيل …" names its author).
      const answered = (e: { span: { start: number } }) => {
        if (type !== 'ASSAULT') return false;
        const i = tokenIndexAt(tokens, e.span.start);
        const first = hits[0].first;
        if (i > first) {
          for (let k = hits[0].last + 1; k < i; k++) if (isWord('retaliation', tokens[k].norm)) return true;
          return false;
        }
        for (let k = i - 1; k >= Math.max(v.from, i - 6); k--) {
          if (text.slice(tokens[k].span.end, tokens[k + 1].span.start).includes('،')) return false;
          if (isWord('retaliation', tokens[k].norm) || isWord('retaliating', tokens[k].norm))
            return !text.slice(tokens[i].span.end, tokens[first].span.start).includes('،');
        }
        return false;
      };
      const mourned = (e: EntityMention) =>
        type === 'ASSAULT' && e.entity.type === 'PERSON' && commemorated(tokens, v, e.span.start, text);
      for (let i = actors.length - 1; i >= 0; i--)
        if (straddles(actors[i]) || answered(actors[i]) || mourned(actors[i])) actors.splice(i, 1);
      let participants = dedupe(
        assignSides({ tokens, view: v, first: governing.first, last: governing.last, type, actors, text }),
      );
      const casualties = type === 'ASSAULT' ? findCasualties(text, v.span) : undefined;
      // (The dead of a group whose members were struck are those members, no civilians of a toll.)
      if (type === 'ASSAULT')
        participants = dedupe([
          ...participants,
          ...victims(tokens, v, casualties).filter(
            (p) => (p.via !== 'toll' && p.via !== 'people') || !participants.some((q) => q.via === 'struck'),
          ),
        ]);
      // "هاجمت قوات الأمن المعتصمين": protesters named by their group right after the attack's verb are
      // whom it struck.
      if (type === 'ASSAULT')
        participants = dedupe([...participants, ...protestersAttacked(text, tokens, v, hits)]);
      if (type === 'ASSAULT')
        participants = [
          ...participants,
          ...statesByAdjective(tokens, v, participants).filter((p) => !answered(p)),
          ...killedNamed(
            tokens,
            v,
            participants,
            new Set([...speaking, ...v.entities.filter((e) => answered(e) || mourned(e))]),
          ),
        ];
      // "جرى بينهما", "الرئيسان": the two people of the sentence before.
      if (type === 'CONSULT' && pair && participants.length < 2 && v.index > 0) {
        const prev = views[v.index - 1];
        const before = dedupe(
          prev.entities
            .filter((e) => isPerson(e) && !topicPerson(tokens, prev, e))
            .map((e) => ({ entity: e.entity, via: 'coref', span: e.span })),
        ).slice(0, 2);
        before.forEach((p, k) => (p.role = participants.length || k ? 'target' : 'source'));
        // (Where the sentence before told no one's role, "خلال اتصال مع …", their order there casts
        // no vote here either.)
        const told = events.find((x) => x.type === 'CONSULT' && x.sentence.start === prev.span.start);
        for (const p of before) {
          const q = told?.participants.find((x) => x.entity.id === p.entity.id);
          if (q && roleWeight.get(q) === 0) roleWeight.set(p, 0);
        }
        participants = dedupe([...participants, ...before]).slice(0, Math.max(2, participants.length));
      }
      // "المكالمة", "خلال الاتصال": a definite trigger points back to a call already reported;
      // the times of its sentence belong to other clauses.
      const definite = hits.every((h) => isDefinite(tokens[h.first].norm));
      // ("الاتصال الذي جرى أمس" still dates itself, right after the trigger.)
      const triggerEnd = tokens[hits[hits.length - 1].last].span.end;
      const trigger = { start: tokens[anchorTok].span.start, end: triggerEnd };
      const dated = clauseDate(text, tokens, v, trigger, definite && type === 'CONSULT' ? { after: 25 } : {});
      events.push({
        index: events.length,
        type,
        mode,
        triggers,
        participants,
        date: dateValue(dated),
        dateSpan: dated ? dated.span : null,
        placesDiscussed: scope ? scope.places : v.entities.filter((e) => isPlace(e) && !inTitle(v, e)),
        location: eventLocation(tokens, v, anchorTok, type, mode, text),
        status: referenced(text, tokens, v, hits[0].first, type)
          ? 'referenced'
          : type === 'CONSULT' &&
              (invitation(tokens, hits, v) ||
                wishedFor(tokens, v.from, hits[0].first, (k) => inEntity(tokens, v, k)))
            ? 'planned'
            : clauseStatus(tokens, v.from, hits[0].first, v.to) !== 'asserted'
              ? clauseStatus(tokens, v.from, hits[0].first, v.to)
              : statusOfDate(dated, ref),
        sentence: v.span,
        ...(casualties ? { casualties } : {}),
        ...(pair || definite ? { pairAnaphor: true } : {}),
      } as EventMention);
    }
  }
  return foldMentions(events, 0, docCountry, text);
}

interface Hit {
  trig: Trigger;
  first: number;
  last: number;
}

/** "دعوة … لزيارة مصر", "دعاه إلى لقاء": a visit or meeting invited to, not one that took place. */
function invitation(tokens: Token[], hits: Hit[], v: SentenceView): boolean {
  const from = v.from;
  const named = (k: number) => inEntity(tokens, v, k);
  // A call that took place is no invitation ("اتصالاً هاتفياً … لبحث" is its purpose).
  if (hits.some((h) => h.trig.mode === 'phone')) return false;
  return hits.some((h) => {
    const t = tokens[h.first].norm;
    if (h.trig.mode !== 'visit' && h.trig.mode !== 'meeting') return false;
    // Four words back, the invitee's name not counted ("وجه الدعوة للرئيس الأمريكي المنتخب إلى زيارة").
    const before: string[] = [];
    for (let k = h.first - 1; k >= Math.max(from, h.first - 12) && before.length < 4; k--)
      if (!named(k)) before.push(tokens[k].norm);
    // (tokens are normalized: "لقائهما" reads "لقايهما")
    return /^(?:ل|لل)(?!ل)/.test(t) && !beginsWithWord('rootLam', t)
      ? true
      : before.some((w) => isWord('inviting', w));
  });
}

/**
 * "ندد … بقصف المدنيين", "توعدت … باستهداف السفن", "عقوبات على شركات … طائرات مسيرة": an attack
 * named by a condemnation, threat, request or sanction earlier in the sentence is what that act is
 * about, not an attack reported here.
 */
function referenced(text: string, tokens: Token[], v: SentenceView, at: number, type: string): boolean {
  if (type !== 'ASSAULT') return false;
  // (A word inside a name is no trigger: "الدعم" in "قوات الدعم السريع" supports nothing.)
  const found = eventLexicon()
    .triggers.findAll(tokens, v.from, v.to)
    .filter((m) => !inEntity(tokens, v, m.first) && !ministries(tokens, m));
  // "بعد انفجار المرفأ", "ضرورة وقف استهداف المدنيين" in a call: an attack named as a cause or a topic.
  // But "سقط قتلى وجرحى إثر تفجير شاحنة": the toll is told of the attack, which is the news.
  const toll = tokens.slice(v.from, at).some((t) => isWord('toll', t.norm));
  if (
    nominalTrigger(tokens[at].norm) &&
    ((referenceBefore(tokens, v.from, at) && !toll) ||
      purposeBefore(text, tokens, v.from, at) ||
      found.some((m) => m.values.some((t) => t.type === 'CONSULT')))
  )
    return true;
  return found.some(
    (m) =>
      m.first < at &&
      m.values.some(
        (t) =>
          !t.event && ['ACCUSE', 'THREATEN', 'REQUEST', 'REJECT', 'SANCTION', 'SUPPORT'].includes(t.type),
      ),
  );
}

function pressWith(tokens: Token[], last: number, to: number): boolean {
  for (let k = last + 1; k < Math.min(to, last + 7); k++) {
    if (/[.،,؛]/.test(tokens[k].norm)) return false;
    if (/^[وف]?مع$/.test(tokens[k].norm)) return true;
  }
  return false;
}

/** "وزارتا الموارد والكهرباء": the dual or plural of "وزارة" (ministries), not "و" and "زارتا". */
function ministries(tokens: Token[], m: { first: number; values: Trigger[] }): boolean {
  return /^[وف]?وزار(?:تا|تي|ات)$/.test(tokens[m.first].norm) && m.values.every((t) => t.type === 'CONSULT');
}

function hasStrongBoundary(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (isWord('newStatement', tokens[i].norm)) return true;
  return false;
}

/**
 * The sides of a consultation: the actors of the trigger's clause, widened clause by clause until
 * two are found, never past "فيما/بينما" and never the speaker who reports it ("قال الوزير … إن");
 * people before organisations. Places are those of the whole statement the trigger belongs to.
 */
function consultationScope(
  text: string,
  tokens: Token[],
  v: SentenceView,
  at: number,
): { actors: EntityMention[]; places: EntityMention[] } {
  const clauseOf = new Map<number, number>();
  let clause = 0;
  const strongBefore = new Set<number>();
  for (let i = v.from; i < v.to; i++) {
    if (i > v.from && /[،,؛;:]/.test(text.slice(tokens[i - 1].span.end, tokens[i].span.start))) clause++;
    if (isWord('newStatement', tokens[i].norm)) {
      clause++;
      strongBefore.add(clause);
    }
    clauseOf.set(i, clause);
  }
  const clauseOfEntity = (e: EntityMention) => clauseOf.get(tokenIndexAt(tokens, e.span.start)) ?? 0;
  // "قال الوزير … إن الرئيس تلقى اتصالاً": the speaker reports the call and is not a side of it;
  // "أبلغ بوتين إردوغان في مكالمة … أن": the trigger comes before "أن", the speaker is a side.
  const speakers = speakersOf(tokens, v, at);
  const topic = (e: EntityMention) => topicPerson(tokens, v, e);
  const candidates = v.entities.filter(
    // A channel or agency that carries the report ("بحسب ما نقلت قناة «زفيزدا»") is never a side.
    (e) =>
      (isPerson(e) || (e.entity.type === 'ORG' && !isSourceOrg(e) && !isMedia(e))) &&
      !speakers.has(e) &&
      !(isPerson(e) && topic(e)),
  );
  const home = clauseOf.get(at) ?? 0;
  let lo = home;
  let hi = home;
  const inRange = () => candidates.filter((e) => clauseOfEntity(e) >= lo && clauseOfEntity(e) <= hi);
  // A body the KB does not hold ("مجلس الوزراء" in "ولي العهد ورئيس مجلس الوزراء") is part of a
  // title more often than a side: it does not stop the widening.
  const sides = () => inRange().filter((e) => isPerson(e) || !isMadeEntity(e.entity.id));
  while (new Set(sides().map((e) => e.entity.id)).size < 2) {
    const canLo = lo > 0 && !strongBefore.has(lo);
    const canHi = hi < clause && !strongBefore.has(hi + 1);
    if (!canLo && !canHi) break;
    if (canLo) lo--;
    if (canHi) hi++;
  }
  const found = inRange();
  const people = found.filter(isPerson);
  let end = home;
  while (end < clause && !strongBefore.has(end + 1)) end++;
  let start = home;
  while (start > 0 && !strongBefore.has(start)) start--;
  const places = v.entities.filter(
    (e) => isPlace(e) && !inTitle(v, e) && clauseOfEntity(e) >= start && clauseOfEntity(e) <= end,
  );
  // Bodies the KB does not hold ("مجلس الوزراء", "جهاز قطر") are sides only when no person is named.
  const known = people.length ? found.filter((e) => isPerson(e) || !isMadeEntity(e.entity.id)) : found;
  return { actors: new Set(people.map((p) => p.entity.id)).size >= 2 ? people : known, places };
}

/** "بحثا قضية مقتل الصحفي فلان": the person whose case, death or fate is discussed is a topic. */
function topicPerson(tokens: Token[], v: SentenceView, e: EntityMention): boolean {
  const i = tokenIndexAt(tokens, e.span.start);
  for (let k = i - 1; k >= Math.max(v.from, i - 4); k--) {
    if (isWord('topicNouns', tokens[k].norm.replace(/^[وفبل]/, ''))) return true;
    if (
      v.entities.some(
        (x) => x !== e && x.span.start <= tokens[k].span.start && tokens[k].span.end <= x.span.end,
      )
    )
      return false;
  }
  return false;
}

function isDefinite(token: string): boolean {
  const t = token.replace(/^[وف]/, '').replace(/^[بلك](?=ال)/, '');
  if (wordSet('alVerbs').has(t)) return false;
  return t.startsWith('ال') || t.startsWith('لل');
}

function hasPairAnaphor(tokens: Token[], v: SentenceView, pairs: Set<string>): boolean {
  for (let i = v.from; i < v.to; i++) if (tokenStems(tokens[i]).some((s) => pairs.has(s))) return true;
  return false;
}

/** A side of an attack: a person or body; a town or province is where it struck. */
function isAttackActor(e: EntityMention): boolean {
  return (e.entity.type === 'PERSON' || e.entity.type === 'ORG') && !loadKb().byId.get(e.entity.id)?.media;
}

const isCountry = (e: EntityMention) => loadKb().byId.get(e.entity.id)?.subtype === 'country';

/** The people an attack struck, by sector ("مقتل 6 مدنيين"); unnamed dead and wounded are civilians. */
function victims(
  tokens: Token[],
  v: SentenceView,
  casualties: ReturnType<typeof findCasualties> | undefined,
): Participant[] {
  const found: (Victim & { toll?: boolean })[] = victimsIn(tokens, v);
  // (Marked "toll": a guess the merged event drops where reports name whom the attack struck.)
  if (!found.length && (casualties?.killed || casualties?.wounded))
    found.push({ sector: 'civilians', span: (casualties.killed ?? casualties.wounded)!.span, toll: true });
  return found.map((f) => {
    const p: Participant = {
      entity: sectorActor(f.sector, f.country),
      via: f.toll ? 'toll' : f.guess ? 'people' : 'sector',
      span: f.span,
      role: 'target',
    };
    roleWeight.set(p, 2);
    return p;
  });
}

/** Protesters named by their group within a few words after an attack's verb (not its noun). */
function protestersAttacked(text: string, tokens: Token[], v: SentenceView, hits: Hit[]): Participant[] {
  const verbs = hits.filter((h) => h.first === h.last && !nominalTrigger(tokens[h.first].norm));
  return groupsIn(text, tokens, v)
    .filter((g) => {
      // ("لجماعة أنصار الله": not a word inside a body's name.)
      if (
        g.entity.sector !== 'protesters' ||
        v.entities.some((x) => x.span.start < g.span.end && g.span.start < x.span.end)
      )
        return false;
      const j = tokenIndexAt(tokens, g.span.start);
      // (Not the verb's subject, "هاجم المتظاهرون المقر": its object, "المعتصمين".)
      const t = tokens[j].norm;
      return verbs.some((h) => j > h.last && j - h.last <= 4) && !/^[وف]?[بل]/.test(t) && !/ون$/.test(t);
    })
    .map((g) => {
      const p: Participant = { entity: g.entity, via: 'sector', span: g.span, role: 'target' };
      roleWeight.set(p, 2);
      return p;
    });
}

function dedupe(ps: Participant[]): Participant[] {
  const seen = new Set<string>();
  return ps.filter((p) => (seen.has(p.entity.id) ? false : (seen.add(p.entity.id), true)));
}

/** A country inside a person's title ("أمير قطر", "ملك البحرين"): it names the office, not a place talked of. */
function inTitle(v: SentenceView, e: EntityMention): boolean {
  return v.entities.some(
    (o) => o !== e && o.entity.type === 'PERSON' && o.span.start <= e.span.start && e.span.end <= o.span.end,
  );
}

/** A reception whose guests, named within a few words after it, are captives freed or returned. */
function receivesFreed(tokens: Token[], m: { first: number; last: number }, to: number): boolean {
  if (!/^[وف]?(?:ب|ل|في)?(?:ال)?(?:[يت]?ستقبل|استقبال)/.test(tokens[m.first].norm)) return false;
  return tokens
    .slice(m.last + 1, Math.min(to, m.last + 7))
    .some((t) => isWordAfter('freedPeople', t.norm, ['', 'و', 'ف', 'ب', 'ل']));
}
