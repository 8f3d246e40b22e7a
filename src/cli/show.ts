// `mirsad show`: one merged event with every report, its claims and their sources, and where
// the reports agree and disagree.
import type { EventRecord } from '../shared/records.js';
import type { Claim } from '../types.js';
import { formatDate } from './format.js';

/**
 * Who a claim is according to, as the report gives it: a named source ("Kremlin"), the body an
 * unnamed source speaks for ("Ministry of Interior (Iraq) (an unnamed source: «مسؤول في وزارة
 * الداخلية»)"), an unnamed source alone ("an unnamed source «مصادر محلية»"), and the medium that
 * carries it (", via Reuters"); the outlet only when the report names no source.
 */
export function sourceOf(c: Claim): string {
  const medium = c.medium && c.medium.id !== c.source?.id ? c.medium : null;
  const via = medium ? `, via ${medium.en}` : '';
  if (c.anonymous) {
    const words = c.sourceText ? ` «${c.sourceText}»` : '';
    // An unnamed source with no body of its own is carried by its medium (then also the source).
    if (!c.source || c.medium?.id === c.source.id)
      return `an unnamed source${words}${c.source ? `, via ${c.source.en}` : via}`;
    return `${c.source.en} (an unnamed source:${words})${via}`;
  }
  return c.source ? `${c.source.en}${via}` : 'the outlet';
}

export function renderEvent(e: EventRecord): string {
  const out: string[] = [];
  const name = (doc: string) => {
    const r = e.reports.find((x) => x.document === doc);
    return r ? `${r.outlet ?? '(no outlet)'} [${doc.slice(0, 8)}]` : doc.slice(0, 8);
  };
  out.push(`Event ${e.id}  ${e.type}${e.mode ? '/' + e.mode : ''}  (${e.status})`);
  out.push(
    `Date:         ${formatDate(e.date)}  [${e.date.granularity}, ${e.date.derivation}]  supported by ${e.date.supportedBy.map(name).join(', ')}`,
  );
  out.push(
    `Participants: ${e.participants.map((p) => `${p.ar} (${p.en}${p.wikidata ? ', ' + p.wikidata : ''})`).join(' · ')}`,
  );
  out.push(
    `Places:       ${e.places.map((p) => `${p.entity.ar} (${p.entity.en}; ${p.documents.length}/${e.reports.length} reports)`).join(' · ') || '—'}`,
  );
  out.push(
    `Story:        ${e.story ?? '—'}   Outlets: ${e.outlets}   Independent reports: ${e.independentReports}   First seen: ${e.firstSeen ?? 'unknown'}`,
  );
  out.push('');
  out.push('Fields across reports:');
  for (const [field, fv] of Object.entries(e.fields)) {
    if (fv.values.every((v) => !v.value)) continue;
    const vals = fv.values
      .map((v) => `${v.value || '—'} ← ${v.documents.map(name).join(', ')}`)
      .join('  |  ');
    out.push(`  ${field.padEnd(13)} ${fv.agreed ? 'agree   ' : 'DISAGREE'}  ${vals}`);
  }
  out.push('');
  out.push(`Reports (${e.reports.length}):`);
  for (const r of e.reports) {
    out.push(`  • ${r.outlet ?? '(no outlet)'} — ${r.title ?? '(no title)'}`);
    out.push(
      `    ${r.source}${r.url ? '  ' + r.url : ''}  published: ${r.published ?? 'unknown'}  doc ${r.document}${r.copyOf ? `  (republishes ${r.copyOf.slice(0, 8)})` : ''}`,
    );
    for (const c of e.claims.filter((x) => x.document === r.document)) {
      const stance = c.stance.length
        ? `  [stance: ${c.stance.map((s) => `${s.text} (${s.kind})`).join(', ')}]`
        : '';
      const type = c.type ? ` ${c.type}` : '';
      out.push(`      – according to ${sourceOf(c)}${type}${stance}`);
      out.push(`        ${c.text.length > 220 ? c.text.slice(0, 220) + '…' : c.text}`);
    }
  }
  return out.join('\n');
}
