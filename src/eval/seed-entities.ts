// The seeds through the entity layer: every participant the gold names for an event must be linked
// in each article that reports it; every place it discusses in at least one of them (an outlet
// may leave a place out: article 002 does not mention Libya).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFile } from '../ingest/read.js';
import { analyze } from '../pipeline.js';

interface GoldEvents {
  events: {
    id: string;
    participants: { en: string; wikidata: string }[];
    reported_by: string[];
    places_discussed: string[];
  }[];
}

export async function evaluateSeedEntities(seedDir: string, goldPath: string) {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldEvents;
  const participants = { matched: 0, total: 0 };
  const places = { matched: 0, total: 0 };
  const missing: string[] = [];
  for (const ge of gold.events) {
    const linkedIn = new Set<string | null>();
    for (const file of ge.reported_by) {
      const doc = analyze((await readFile(path.join(seedDir, file))).inputs[0]);
      const linked = new Set(doc.entities.flatMap((m) => [m.entity.wikidata, m.entity.en.toLowerCase()]));
      for (const x of linked) linkedIn.add(x);
      for (const p of ge.participants) {
        participants.total++;
        if (linked.has(p.wikidata)) participants.matched++;
        else missing.push(`${file} participant ${p.en}`);
      }
    }
    for (const place of ge.places_discussed) {
      places.total++;
      if (linkedIn.has(place.toLowerCase())) places.matched++;
      else missing.push(`${ge.id} place ${place}`);
    }
  }
  return { participants, places, missing };
}
