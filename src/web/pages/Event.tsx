// The event page: the merged event on top, where the reports agree and disagree, then each
// outlet's report side by side — its date as written and what it was resolved to, its sides,
// numbers and claims with their sources and stance markers, each linked to its span.
import type { ClaimJson, EventDetail, MentionJson } from '../../api/schemas.js';
import { useApi } from '../api.js';
import { DateText, EntityLink, EntityList, Sides, Status } from '../components/common.js';
import { dateKeyLabel, derivationLabel, publishedLabel } from '../dates.js';
import { fieldLabel, modeLabel, nameOf, stanceLabel, statusLabel, t, typeLabel } from '../i18n.js';
import { Link } from '../router.js';
import { B, clean } from '../text.js';

type Report = EventDetail['reports'][number];

export function EventPage(props: { id: string }) {
  const state = useApi<EventDetail>(`/api/events/${encodeURIComponent(props.id)}`);
  return <Status state={state}>{(d) => <EventView d={d} />}</Status>;
}

function EventView(props: { d: EventDetail }) {
  const { event: e, fields, reports, story } = props.d;
  const outletOf = new Map(reports.map((r) => [r.document, r.outlet ?? t('noOutlet')]));
  const valueLabel = (field: string, v: { value: string; label: string }) =>
    field === 'date' ? dateKeyLabel(v.value) : field === 'mode' ? modeLabel(v.value) : v.label || v.value;
  const shown = fields.filter((f) => f.values.some((v) => v.value && v.value !== 'unknown'));
  return (
    <article class="event-page" data-event={e.id}>
      <header class="event-head">
        <h1>
          {typeLabel(e.type, e.mode)}{' '}
          <span class="muted id">
            <B text={e.id} />
          </span>
        </h1>
        <dl class="facts">
          <dt>{t('date')}</dt>
          <dd>
            <DateText value={e.date} class="event-date" />{' '}
            <span class="muted">({derivationLabel(e.date.derivation)})</span>
            <span class="muted">
              {' · '}
              {t('supportedBy')} <B text={`${e.supportedBy.length}/${e.reports}`} />
            </span>
          </dd>
          <dt>{t('status')}</dt>
          <dd>{statusLabel(e.status)}</dd>
          <dt>{t('participants')}</dt>
          <dd>
            <Sides event={e} />
          </dd>
          {e.location && (
            <>
              <dt>{t('location')}</dt>
              <dd>
                <EntityLink entity={e.location} />
              </dd>
            </>
          )}
          {e.places.length > 0 && (
            <>
              <dt>{t('placesDiscussed')}</dt>
              <dd>
                <EntityList entities={e.places.map((p) => p.entity)} />
              </dd>
            </>
          )}
          {story && (
            <>
              <dt>{t('story')}</dt>
              <dd>
                <Link href={`/stories/${story.id}`}>
                  <B text={story.title} />
                </Link>
              </dd>
            </>
          )}
          <dt>{t('reports')}</dt>
          <dd>
            <B text={String(e.reports)} /> ({<B text={String(e.independentReports)} />} {t('independent')}) ·{' '}
            <B text={String(e.outlets.length)} /> {t('outlets')}
          </dd>
        </dl>
      </header>

      <section class="fields" aria-labelledby="fields-h">
        <h2 id="fields-h">{t('fieldsAcross')}</h2>
        <table>
          <tbody>
            {shown.map((f) => (
              <tr class={f.agreed ? 'agreed' : 'disagreed'} data-field={f.name}>
                <th scope="row">{fieldLabel(f.name)}</th>
                <td>
                  <span class={`badge ${f.agreed ? 'agree' : 'disagree'}`}>
                    {f.agreed ? `= ${t('agree')}` : `≠ ${t('disagree')}`}
                  </span>
                </td>
                <td>
                  {f.values
                    .filter((v) => v.value)
                    .map((v) => (
                      <span class="field-value">
                        <B text={valueLabel(f.name, v)} class="value" />
                        {' ← '}
                        {v.documents.map((d) => (
                          <span class="chip">
                            <B text={outletOf.get(d) ?? d.slice(0, 8)} />
                          </span>
                        ))}
                      </span>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="reports-h">
        <h2 id="reports-h">{t('reportsSideBySide')}</h2>
        <div class="reports" style={{ gridTemplateColumns: `repeat(${reports.length}, minmax(19rem, 1fr))` }}>
          {reports.map((r) => (
            <ReportColumn r={r} />
          ))}
        </div>
      </section>
    </article>
  );
}

const spanLink = (doc: string, s: { start: number; end: number }) =>
  `/documents/${doc}?span=${s.start}-${s.end}`;

function ReportColumn(props: { r: Report }) {
  const r = props.r;
  // A disputed field is marked in every report that gives it; the reports against the most
  // common value are marked strongly.
  const off = (f: string) =>
    r.differs.includes(f) ? 'disagree differs' : r.disagrees.includes(f) ? 'disagree' : '';
  return (
    <article class="report" data-outlet={r.outlet ?? ''} aria-label={r.outlet ?? t('noOutlet')}>
      <header>
        <h3 class="outlet">
          <B text={r.outlet ?? t('noOutlet')} />
        </h3>
        <p class="report-title">
          <Link href={`/documents/${r.document}`}>
            <B text={r.title ?? t('noTitle')} />
          </Link>
        </p>
        <p class="muted">
          {t('published')}: <B text={publishedLabel(r.published) ?? t('unknownPublished')} />
          {r.copyOf && (
            <>
              {' · '}
              {t('copyOf')} <B text={r.copyOf.slice(0, 8)} />
            </>
          )}
        </p>
      </header>
      {r.mentions.map((m) => (
        <MentionBlock m={m} doc={r.document} off={off} />
      ))}
      <h4>{t('claims')}</h4>
      {r.claims.length ? (
        <ol class="claims">
          {r.claims.map((c) => (
            <ClaimItem c={c} />
          ))}
        </ol>
      ) : (
        <p class="muted">{t('noClaims')}</p>
      )}
    </article>
  );
}

function MentionBlock(props: { m: MentionJson; doc: string; off: (f: string) => string }) {
  const { m, doc, off } = props;
  return (
    <dl class="mention">
      <dt>{t('dateAsWritten')}</dt>
      <dd class={`report-date ${off('date')}`}>
        {m.dateText && m.dateSpan ? (
          <Link href={spanLink(doc, m.dateSpan)} class="quote-link">
            «<B text={m.dateText} />»
          </Link>
        ) : (
          <span class="muted">—</span>
        )}
        {' ← '}
        <DateText value={m.date} />
        <span class="muted small"> ({derivationLabel(m.date.derivation)})</span>
      </dd>
      <dt>{t('participants')}</dt>
      <dd class={`${off('participants')} ${off('sides')}`}>
        {m.participants.length ? (
          m.participants.map((p, i) => (
            <>
              {i > 0 && '، '}
              <Link
                href={spanLink(doc, p.span)}
                title={`${p.role ?? ''} · «${clean(p.text)}»`}
                class={`side side-${p.role ?? 'none'}`}
              >
                <B text={nameOf(p.entity)} />
              </Link>
              {p.role && (
                <span class="muted small"> ({p.role === 'source' ? t('sources') : t('targets')})</span>
              )}
            </>
          ))
        ) : (
          <span class="muted">—</span>
        )}
      </dd>
      {m.location && (
        <>
          <dt>{t('location')}</dt>
          <dd class={off('location')}>
            <Link href={spanLink(doc, m.location.span)}>
              <B text={nameOf(m.location.entity)} />
            </Link>
          </dd>
        </>
      )}
      {(['killed', 'wounded'] as const).map((k) =>
        m.casualties[k] ? (
          <>
            <dt>{t(k)}</dt>
            <dd class={`casualty ${off(k)}`}>
              <B text={m.casualties[k]!.value} class="number" />{' '}
              <Link href={spanLink(doc, m.casualties[k]!.span)} class="quote-link">
                «<B text={m.casualties[k]!.text} />»
              </Link>
            </dd>
          </>
        ) : null,
      )}
      {m.triggers.length > 0 && (
        <>
          <dt>{t('triggers')}</dt>
          <dd>
            {m.triggers.slice(0, 4).map((tr, i) => (
              <>
                {i > 0 && '، '}
                <Link href={spanLink(doc, tr.span)}>
                  <B text={tr.text} />
                </Link>
              </>
            ))}
          </dd>
        </>
      )}
    </dl>
  );
}

/** The claim's words with its stance markers marked, the source first. */
function ClaimItem(props: { c: ClaimJson }) {
  const c = props.c;
  const marks = c.stance
    .filter((s) => s.span.start >= c.span.start && s.span.end <= c.span.end)
    .sort((a, b) => a.span.start - b.span.start);
  const parts: preact.ComponentChildren[] = [];
  let at = c.span.start;
  for (const s of marks) {
    if (s.span.start < at) continue;
    parts.push(clean(c.text.slice(at - c.span.start, s.span.start - c.span.start)));
    parts.push(
      <mark class={`stance stance-${s.kind}`} title={stanceLabel(s.kind)}>
        {clean(c.text.slice(s.span.start - c.span.start, s.span.end - c.span.start))}
      </mark>,
    );
    at = s.span.end;
  }
  parts.push(clean(c.text.slice(at - c.span.start)));
  return (
    <li class="claim" data-source={c.source?.id ?? ''}>
      <p class="claim-source">
        {t('accordingTo')}{' '}
        {c.source ? (
          <EntityLink entity={c.source} />
        ) : (
          <span class="muted">{c.sourceText ? <B text={c.sourceText} /> : t('theOutlet')}</span>
        )}
        {c.verb && (
          <span class="muted">
            {' '}
            («
            <B text={c.verb} />
            »)
          </span>
        )}
        {c.type && <span class="badge type">{typeLabel(c.type)}</span>}
        {c.stance.map((s) => (
          <span class={`badge stance-badge stance-${s.kind}`}>
            <B text={s.text} /> · {stanceLabel(s.kind)}
          </span>
        ))}
      </p>
      <blockquote dir="auto">{parts}</blockquote>
      <Link href={spanLink(c.document, c.span)} class="small">
        ↗ {t('inArticle')}
      </Link>
    </li>
  );
}
