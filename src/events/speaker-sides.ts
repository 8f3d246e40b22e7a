// The speaker who announces an act of their own side acts too: "قال وزير الخارجية الأردني أيمن
// الصفدي إن بلاده سحبت سفيرها" is Safadi's act as much as Jordan's, as ICEWS and POLECAT
// code such reports. Only for acts done by saying (sanctions announced, condemnations, demands,
// threats, agreements), never for what a spokesman tells of a strike or a visit, and only when the
// speaker belongs to a side that acts: the same country, or named in the speaker's own title.
import type { Claim, EntityMention, EntityRecord, EventMention } from '../types.js';
import { isCountryRecord, loadKb, record } from '../entities/kb.js';
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';

const SPEECH_ACTS = new Set([
  'AGREE',
  'CONCEDE',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'SANCTION',
  'RETREAT',
  'SUPPORT',
  'COOPERATE',
]);

export function speakersAsSources(
  events: EventMention[],
  claims: Claim[],
  entities: EntityMention[],
): EventMention[] {
  for (const e of events) {
    if (!SPEECH_ACTS.has(e.type) || e.status !== 'asserted') continue;
    const at = e.triggers[0]?.span.start ?? -1;
    const claim = claims.find((c) => c.span.start <= at && at < c.span.end && c.source && !c.anonymous);
    // (A state the report names speaks through its body — "وأعربت الجزائر" by its foreign ministry —
    // but the state is the side.)
    const state =
      claim?.sourceKind === 'country' ? loadKb().countryEntity.get(claim.source?.country ?? '') : null;
    const speaker = state ? record(state) : claim?.source;
    if (!claim || !speaker || claim.sourceKind === 'media' || claim.sourceKind === 'anonymous') continue;
    if (e.participants.some((p) => p.entity.id === speaker.id)) continue;
    const sources = e.participants.filter((p) => p.role !== 'target');
    if (!sources.length) continue;
    // The title's own names ("وزير الخارجية الجزائري", "المبعوث الأممي") tie the speaker to a side.
    const titleNames = entities.filter(
      (m) => m.span.start >= claim.span.start && m.span.end <= claim.span.end && inTitle(claim, m),
    );
    const bodies = titleBodies(claim.sourceText ?? '');
    const own = sources.some(
      (p) =>
        (speaker.country && p.entity.country === speaker.country) ||
        titleNames.some((m) => m.entity.id === p.entity.id) ||
        bodies.has(p.entity.id),
    );
    if (!own) continue;
    const span = sources[0].span;
    e.participants.push({ entity: speaker, via: 'speaker', span, role: 'source' });
  }
  return events;
}

/**
 * The ministry or office of the acting state whose statement the report gives acts with it: "طلبت
 * النمسا من السفير … وقالت وزارة الخارجية النمساوية في بيان إن …" is the ministry's act as well as
 * Austria's, wherever in the report its statement stands. Bodies only, not their spokesmen.
 */
const STATED_ACTS = new Set(['ACCUSE', 'SANCTION']);
// "الحكومة", "السلطات": the state itself, named vaguely, not the office that states its act.
const VAGUE = new Set(['government', 'authorities', 'embassy', 'consulate']);

export function statingBodiesAsSources(events: EventMention[], claims: Claim[]): EventMention[] {
  for (const e of events) {
    if (!STATED_ACTS.has(e.type) || e.status !== 'asserted') continue;
    const sources = e.participants.filter((p) => p.role === 'source');
    const states = new Set(sources.map((p) => p.entity.country).filter(Boolean));
    if (!states.size) continue;
    for (const c of claims) {
      const body = c.source;
      if (!body || body.type !== 'ORG' || !body.country || !states.has(body.country) || c.anonymous) continue;
      if (c.sourceKind !== 'body' && c.sourceKind !== 'office') continue;
      // A ministry or office of the state (the KB's official sources), not another of its bodies
      // ("الأزهر") nor an embassy.
      const official = body.institution ? !VAGUE.has(body.institution) : !!loadKb().byId.get(body.id)?.source;
      if (!official || c.span.start < e.sentence.start) continue;
      if (e.participants.some((p) => p.entity.id === body.id)) continue;
      e.participants.push({ entity: body, via: 'speaker', span: sources[0].span, role: 'source' });
      break;
    }
  }
  return events;
}

let adjectives: Map<string, string> | null = null;

/** The international bodies a title's adjectives name ("المبعوث الأممي": the United Nations). */
function titleBodies(title: string): Set<string> {
  adjectives ??= new Map(
    Object.entries(
      loadData<{ bodyAdjectives: Record<string, string> }>('events/sides.json').bodyAdjectives,
    ).map(([w, id]) => [normalize(w), id]),
  );
  const out = new Set<string>();
  for (const w of normalize(title).split(/\s+/)) {
    const id = adjectives.get(w.replace(/^[وف]/, ''));
    if (id) out.add(id);
  }
  return out;
}

/** Is the mention part of how the report names the speaker? */
function inTitle(claim: Claim, m: EntityMention): boolean {
  return !!claim.sourceText && claim.sourceText.includes(m.text);
}

/**
 * An embassy or envoy acted upon stands for its state: "اقتحموا السفارة السويدية", "طرد السفير
 * الكندي" are acts on Sweden and Canada too, as the summonses and expulsions already name them.
 */
export function statesOfEnvoys(events: EventMention[]): EventMention[] {
  const kb = loadKb();
  for (const e of events) {
    // "سحبت العراق القائم بالأعمال العراقي لدى …": one's own envoy recalled is part of the act, not
    // its target.
    const own = new Set(e.participants.filter((p) => p.role === 'source').map((p) => p.entity.country));
    e.participants = e.participants.filter(
      (p) => !(p.role === 'target' && p.entity.sector === 'ambassador' && own.has(p.entity.country)),
    );
    for (const p of [...e.participants]) {
      const envoy = p.entity.sector === 'ambassador' || p.entity.institution === 'embassy';
      if (p.role !== 'target' || !envoy || !p.entity.country) continue;
      const state = kb.countryEntity.get(p.entity.country);
      if (!state || e.participants.some((q) => q.entity.id === state.id)) continue;
      e.participants.push({ entity: record(state), via: 'envoy-state', span: p.span, role: 'target' });
    }
  }
  return events;
}

/** Acts one state does to another, whose doer's own organs stand with it. */
const STATE_ACTS = new Set(['SANCTION', 'ACCUSE', 'REQUEST']);

/**
 * "أنقرة تطرد السفير … استُدعي إلى الخارجية التركية": a ministry or government of the state that
 * expels, summons or accuses, read as the act's target, is the state's own organ acting with it.
 * (Not an embassy: a state's mission abroad may be what another state's act falls on.)
 */
export function ownOrgansAct(events: EventMention[]): EventMention[] {
  for (const e of events) {
    if (!STATE_ACTS.has(e.type)) continue;
    const states = new Set(
      e.participants
        .filter((p) => p.role === 'source' && isCountryRecord(p.entity))
        .map((p) => p.entity.country),
    );
    if (!states.size) continue;
    e.participants = e.participants.map((p) =>
      p.role === 'target' && organ(p.entity) && states.has(p.entity.country)
        ? { ...p, role: 'source' as const }
        : p,
    );
  }
  return events;
}

const MISSIONS = new Set(['embassy', 'consulate']);
// (The KB's own ministries carry no institution kind, only their names: "Turkish Ministry of Foreign Affairs".)
const ORGAN_NAMES = /\b(?:Ministry|Government|Presidency)\b/;
const organ = (e: EntityRecord) =>
  e.institution ? !MISSIONS.has(e.institution) : e.type === 'ORG' && ORGAN_NAMES.test(e.en);
