// Event triggers, verbs of saying, attribution and stance phrases (data/events/*.json) as matchers.
import { loadData } from '../data.js';
import { PhraseMatcher } from '../arabic/phrases.js';
import type { StanceMarker } from '../types.js';

interface TriggerData {
  types: Record<string, { event: boolean; modes: Record<string, string[]> }>;
}

interface ClaimData {
  speechVerbs: string[];
  negatingVerbs: string[];
  attribution: string[];
  anaphoricSources: string[];
  stance: Record<StanceMarker['kind'], string[]>;
}

export interface Trigger {
  type: string;
  mode: string | null;
  /** True when the type makes an event record; false when it types a claim's proposition. */
  event: boolean;
}

function build() {
  const t = loadData<TriggerData>('events/triggers.json');
  const c = loadData<ClaimData>('events/claims.json');
  const triggers: [string, Trigger][] = [];
  for (const [type, def] of Object.entries(t.types)) {
    for (const [mode, phrases] of Object.entries(def.modes)) {
      for (const p of phrases) triggers.push([p, { type, mode: mode || null, event: def.event }]);
    }
  }
  const stance: [string, StanceMarker['kind']][] = [];
  for (const [kind, phrases] of Object.entries(c.stance))
    for (const p of phrases) stance.push([p, kind as StanceMarker['kind']]);
  return {
    // (Triggers are verbs too: "سيزور" is "يزور" told of the future.)
    triggers: new PhraseMatcher(triggers, { future: true }),
    speech: new PhraseMatcher(c.speechVerbs.map((v) => [v, v] as [string, string])),
    negating: new Set(c.negatingVerbs),
    attribution: new PhraseMatcher(c.attribution.map((v) => [v, v] as [string, string])),
    anaphoricSources: new PhraseMatcher(c.anaphoricSources.map((v) => [v, v] as [string, string])),
    stance: new PhraseMatcher(stance),
  };
}

let lex: ReturnType<typeof build> | null = null;
export function eventLexicon() {
  return (lex ??= build());
}
