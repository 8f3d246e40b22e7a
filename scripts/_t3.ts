import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/pipeline.js';
for (const f of readdirSync('examples/seeds').sort()) {
  const t = readFileSync('examples/seeds/' + f, 'utf8');
  const d = analyze({ source: f, identity: f, kind: 'text', content: t, hints: {}, messages: [] });
  console.log('==', f, d.id, d.messages.map((m) => m.reason));
  console.log(' entities:', [...new Set(d.entities.map((e) => e.entity.en + '/' + e.via))].join(', '));
  for (const e of d.events) console.log(' EVENT', e.index, e.type, e.mode, e.status, JSON.stringify(e.date), e.participants.map((p) => p.entity.en).join('+'), '| places', e.placesDiscussed.map((p) => p.entity.en).join(','), '| trig', e.triggers.map((t) => t.text).join(','));
  for (const c of d.claims) console.log('  CLAIM ev', c.event, c.type, 'src', c.source?.en, '| verb', c.verb, '| stance', c.stance.map((s) => s.text).join(','), '|', t.slice(c.span.start, c.span.start + 60));
}
