// The event layer: event mentions, then the claims about them; places discussed in the
// claims about an event are places discussed in that event.
import type { Claim, EntityMention, EventMention, Sentence, TimeExpression, Token } from '../types.js';
import { detectEvents } from './detect.js';
import { detectClaims } from './claims.js';
import { detectOtherEvents } from './other.js';
import { isPlace, sentenceViews, type SentenceView } from './context.js';
import { brokeredTruces, trucesTakingHold } from './truces.js';
import { foldMentions } from './coref.js';
import { foldSettled } from './coref-settled.js';
import { dateValue, leadDate, settleDates, type SettleContext } from './dating.js';
import { guestsFirst, settleLocations } from './location.js';
import { desecrationsCondemned } from './desecrations.js';
import { receivedGuests } from './received-guests.js';
import { policeSeatsStruck } from './police-seats.js';
import { protestedParliaments } from './protested-parliaments.js';
import { protestedStates, sectorsWhereHappened, strikesAgainstGovernment } from './sides.js';
import { arrestedByOrder, authoritiesAsGovernment, protestsAgainstGovernors } from './governed.js';
import { ownOrgansAct, speakersAsSources, statesOfEnvoys, statingBodiesAsSources } from './speaker-sides.js';
import { normalize } from '../arabic/normalize.js';
import { containsWord } from './words.js';
import { sanctionedNamed, sanctionersTold } from './sanctioned.js';
import { nisbaMajority } from '../entities/lookup.js';
import { bodiesNamedAgain } from './bodies.js';
import { signatoriesAsMet } from './signings.js';
import { victimsToldApart } from './victims-told.js';
import { killedToldApart } from './killed-named.js';
import { aimedPersonsTold } from './aimed-persons.js';
import { claimedAttacks } from './claimed-attacks.js';
import { accusedAttackers } from './accused-attackers.js';
import { hostsToMeet } from './hosts-to-meet.js';
import { hostStates } from './host-states.js';
import { agreementClaims } from './agreement-claims.js';
import { tweetClaims } from './tweet-claims.js';
import { speakersRecalled } from './speakers-recalled.js';
import { spokesmenOfBodies } from './spokesman-bodies.js';
import { aidStates } from './aid-states.js';
import { abductedEnvoys } from './abducted-envoys.js';

export interface EventsInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: EntityMention[];
  times: TimeExpression[];
  /** Publication date or inferred anchor (ISO), for background/planned status. */
  ref: string | null;
  /** The day the report was published, or that its text states as its own: the bound of undated events. */
  reportDay?: string | null;
  /** The outlet that published the report ("مراسلنا": its own correspondent speaks for it). */
  outlet?: string | null;
}

export function findEvents(input: EventsInput): { events: EventMention[]; claims: Claim[] } {
  // Actors and places come from the knowledge base and the rules; the statistical tagger's names
  // (via "tagger") and country anaphors ("بلاده", via "anaphora", whose actor is there already)
  // are shown and searchable but not taken as sides of an event. With the tagger's names,
  // actor F1 fell from 0.944 to 0.923 and event clustering from 0.975 to 0.942 (npm run eval:events, eval:cluster).
  // (Nor an office whose holder that day the KB does not know: "رئيس الوزراء الأردني" names no one.)
  const entities = input.entities.filter(
    (m) => m.via !== 'tagger' && m.via !== 'anaphora' && m.via !== 'unknown-holder',
  );
  const views = sentenceViews(input.tokens, input.sentences, entities, input.times);
  const country = mainCountry(entities, input.tokens);
  const events = detectEvents(input.text, input.tokens, views, input.ref, country);
  // Speakers may be names only the tagger found ("بريان نيلسون"): claims read every mention but an
  // office with no holder known that day ("وقال الوزير الكويتي" after the minister was named: he speaks).
  const claims = detectClaims(input.text, input.tokens, views, events, {
    entities: input.entities.filter((m) => m.via !== 'unknown-holder'),
    country,
    date: input.ref,
    outlet: input.outlet,
  });
  for (const c of claims) {
    if (c.event === null) continue;
    const e = events[c.event];
    // A sentence that reports another event too has its places split by clause already.
    if (events.some((o) => o !== e && o.sentence.start === c.span.start)) continue;
    for (const m of views.find((v) => v.span.start === c.span.start)?.entities.filter(isPlace) ?? []) {
      if (!e.placesDiscussed.some((p) => p.entity.id === m.entity.id)) e.placesDiscussed.push(m);
    }
  }
  // (Their actors include a body named again by its head noun: "وأكدت الدائرة أنها قبضت على …".)
  const again = bodiesNamedAgain(input.text, input.tokens, entities);
  const otherViews = again.length
    ? sentenceViews(
        input.tokens,
        input.sentences,
        [...entities, ...again].sort((a, b) => a.span.start - b.span.start),
        input.times,
      )
    : views;
  // The other acts come after: claims point to consultations and attacks only, whose indices stay.
  const others = foldMentions(
    trucesTakingHold(detectOtherEvents(input.text, input.tokens, otherViews, events, claims), input.text),
    events.length,
    country,
    input.text,
  );
  const ctx = {
    text: input.text,
    tokens: input.tokens,
    views,
    ref: input.ref,
    reportDay: input.reportDay ?? null,
  };
  const dated = announcedProtests(
    earlierOccasions(settleDates([...events, ...others], ctx), input.text),
    ctx,
  );
  // Sides settled in order: places first (who is the guest), then the acts' own readings.
  let settled = sectorsWhereHappened(
    guestsFirst(
      settleLocations(
        receivedGuests(dated, input.tokens, entities),
        input.tokens,
        views.slice(0, 3),
        views,
        input.text,
      ),
    ),
  );
  settled = victimsToldApart(signatoriesAsMet(settled), input.tokens, views);
  settled = aimedPersonsTold(killedToldApart(settled, input.tokens, views), input.tokens, views);
  settled = strikesAgainstGovernment(
    protestsAgainstGovernors(protestedStates(settled, input.tokens), country),
    entities,
    input.tokens,
    country,
  );
  settled = policeSeatsStruck(protestedParliaments(settled, input.tokens, views, country), country);
  settled = arrestedByOrder(settled);
  settled = sanctionersTold(settled, input.text, input.tokens, views, claims);
  settled = statingBodiesAsSources(speakersAsSources(settled, claims, entities), claims);
  settled = claimedAttacks(settled, claims, input.tokens);
  settled = accusedAttackers(settled, input.tokens);
  settled = ownOrgansAct(statesOfEnvoys(settled));
  settled = sanctionedNamed(settled, input.text, input.tokens, views, input.entities, claims);
  settled = desecrationsCondemned(authoritiesAsGovernment(settled), input.tokens, views);
  settled = abductedEnvoys(aidStates(settled, input.tokens, views), input.tokens, views);
  // One event per happening, now that each mention's day, place and sides are read.
  const folded = foldSettled(brokeredTruces(settled, input.tokens, entities), claims, input.text);
  folded.events = hostStates(hostsToMeet(folded.events, input.tokens, views));
  // (An agreement's text speaks for its parties, read once every agreement and its sides are.)
  folded.claims = agreementClaims(folded.claims, folded.events, input.text, input.tokens, views);
  folded.claims = tweetClaims(folded.claims, input.text, input.entities);
  folded.claims = speakersRecalled(folded.claims, input.text, input.tokens, input.entities);
  folded.claims = spokesmenOfBodies(folded.claims, folded.events);
  return { ...folded, events: earlierDayRecalled(folded.events, views) };
}

/**
 * "موجة انفجارات جديدة اليوم الأربعاء … عناصر قضوا أمس في انفجارات أجهزة النداء": of two happenings of
 * one type a report dates to two days, the later one its headline or lead tells is its news; the
 * earlier one, told only further down, is recalled — not another report of that earlier happening.
 * (Not a visit or a protest, which last: "أنهى اليوم زيارة … التقى خلالها" tells one visit.)
 */
const LASTING = new Set(['CONSULT', 'PROTEST']);

function earlierDayRecalled(events: EventMention[], views: SentenceView[]): EventMention[] {
  const lead = views.slice(0, 2);
  const inLead = (e: EventMention) =>
    e.triggers.some((t) => lead.some((v) => v.span.start <= t.span.start && t.span.start < v.span.end));
  const day = (e: EventMention) =>
    e.status === 'asserted' &&
    !LASTING.has(e.type) &&
    (e.date.granularity === 'day' || e.date.granularity === 'minute') &&
    e.date.value &&
    e.date.value.length >= 10
      ? e.date.value.slice(0, 10)
      : null;
  const recalled = events.filter((e) => {
    const d = day(e);
    return (
      !!d && !inLead(e) && events.some((n) => n !== e && n.type === e.type && inLead(n) && (day(n) ?? '') > d)
    );
  });
  return recalled.length
    ? events.map((e) => (recalled.includes(e) ? { ...e, status: 'referenced' } : e))
    : events;
}

/** The country the report's places are mostly in ("في بغداد", "الكرادة"): victims named by sector belong to it. */
function mainCountry(entities: EntityMention[], tokens: Token[]): string | undefined {
  const most = (places: EntityMention[]) => {
    const count = new Map<string, number>();
    for (const m of places)
      if (m.entity.country) count.set(m.entity.country, (count.get(m.entity.country) ?? 0) + 1);
    return [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  // (A report that names no place but a capital, which may stand for its government — "المنامة" —
  // is still of that capital's country.)
  // (Nor a place, but a nisba: "نائب نقيب المعلمين الأردنيين" tells a Jordanian report.)
  return (
    most(entities.filter(isPlace)) ??
    most(entities.filter((m) => m.entity.type === 'GPE')) ??
    nisbaMajority(tokens)
  );
}

/**
 * A strike or protest announced for a later day ("تعلن الإضراب يوم الأحد المقبل", "قررت تنفيذ
 * إضراب عام يوم 21 جانفي") is, today, a threat: the announcement is a THREATEN event of its
 * organisers, dated by the report's news day when the report gives one; the protest stays planned.
 * So is a strike called unless a demand is met ("يتجه الاتحاد نحو إضراب عام إذا لم تُستأنف المفاوضات").
 */
function announcedProtests(events: EventMention[], ctx: SettleContext): EventMention[] {
  const out = [...events];
  const lead = leadDate(ctx);
  const day =
    lead && (lead.time.granularity === 'day' || lead.time.granularity === 'minute') && lead.time.value
      ? lead.time
      : null;
  for (const e of events) {
    // A strike called for later, or unless a demand is met ('إضراب عام إذا لم …'), is a threat.
    if (e.type !== 'PROTEST' || (e.status !== 'planned' && e.status !== 'conditional')) continue;
    if (out.some((o) => o.type === 'THREATEN' && o.status === 'asserted')) continue;
    const { partOfDay: _p, ...date } = dateValue(day);
    out.push({
      ...e,
      index: out.length,
      type: 'THREATEN',
      mode: null,
      status: 'asserted',
      date: day
        ? { ...date, value: date.value!.slice(0, 10), granularity: 'day', derivation: 'report-day' }
        : dateValue(null),
      dateSpan: day?.span ?? null,
    });
  }
  return out;
}

/**
 * "زيارة الرئيس أردوغان لمصر في فبراير الماضي": a happening dated to a past month or year, not to
 * a day, is an earlier occasion the report recalls, not its news (background), even when the
 * report's own date is unknown and the month cannot be placed in a year.
 */
function earlierOccasions(events: EventMention[], text: string): EventMention[] {
  for (const e of events) {
    if (e.status !== 'asserted' || !e.dateSpan) continue;
    const said = normalize(text.slice(e.dateSpan.start, e.dateSpan.end + 12));
    // ("وفي 10 أكتوبر الماضي، استدعت الخارجية السفير": a day of a month told as past, by its number —
    // not "الخميس الماضي", the report's own last Thursday — is an earlier occasion too.)
    const pastDay =
      (e.date.granularity === 'day' || e.date.granularity === 'day-of-unknown-year') &&
      /\d/.test(text.slice(e.dateSpan.start, e.dateSpan.end));
    if (
      !pastDay &&
      !['month', 'month-of-unknown-year', 'year', 'month-range', 'year-range'].includes(e.date.granularity)
    )
      continue;
    if (containsWord('past', said)) e.status = 'background';
  }
  return events;
}
