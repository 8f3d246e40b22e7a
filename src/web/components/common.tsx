// Pieces every page uses: loading and error states, dates, entity names, event lines.
import type { ComponentChildren } from 'preact';
import type { Entity, EventSummary, TimeValueJson } from '../../api/schemas.js';
import type { Loaded } from '../api.js';
import { derivationLabel, honestDate } from '../dates.js';
import { getLang, nameOf, statusLabel, t, typeLabel } from '../i18n.js';
import { Link } from '../router.js';
import { B } from '../text.js';

export function Status<T>(props: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  const { data, error, loading } = props.state;
  if (error)
    return (
      <p class="error" role="alert">
        {t('error')}: <B text={error.message} />
      </p>
    );
  if (!data)
    return loading ? (
      <p class="loading" aria-busy="true">
        {t('loading')}
      </p>
    ) : null;
  return <>{props.children(data)}</>;
}

/** A date with its honesty note, and how it was worked out on hover. */
export function DateText(props: { value: TimeValueJson | null | undefined; class?: string }) {
  const v = props.value;
  return (
    <B
      class={`date ${props.class ?? ''} ${v && !v.value ? 'date-uncertain' : ''}`}
      title={v ? derivationLabel(v.derivation) : undefined}
    >
      {honestDate(v)}
    </B>
  );
}

export function EntityLink(props: { entity: Entity }) {
  const e = props.entity;
  return (
    <Link href={`/entities/${encodeURIComponent(e.id)}`} class={`entity entity-${e.type}`} title={e.en}>
      <B text={nameOf(e)} />
    </Link>
  );
}

export function EntityList(props: { entities: Entity[]; sep?: string }) {
  if (!props.entities.length) return <span class="muted">—</span>;
  return (
    <>
      {props.entities.map((e, i) => (
        <>
          {i > 0 && (props.sep ?? '، ')}
          <EntityLink entity={e} />
        </>
      ))}
    </>
  );
}

/** Sources → targets when the sides are known, else the participants. */
export function Sides(props: { event: EventSummary }) {
  const e = props.event;
  const byId = new Map(e.participants.map((p) => [p.id, p]));
  const src = e.sources.map((id) => byId.get(id)).filter((x): x is Entity => !!x);
  const tgt = e.targets.map((id) => byId.get(id)).filter((x): x is Entity => !!x);
  if (!src.length && !tgt.length) return <EntityList entities={e.participants} />;
  return (
    <span class="sides">
      <EntityList entities={src} />
      {tgt.length > 0 && (
        <>
          <span class="arrow" aria-label={t('targets')}>
            {' '}
            {getLang() === 'ar' ? '←' : '→'}{' '}
          </span>
          <EntityList entities={tgt} />
        </>
      )}
    </span>
  );
}

export function EventLine(props: { event: EventSummary }) {
  const e = props.event;
  return (
    <li class={`event-line status-${e.status}`} data-event={e.id}>
      <DateText value={e.date} class="event-date" />
      <Link href={`/events/${e.id}`} class="event-type">
        {typeLabel(e.type, e.mode)}
      </Link>
      {e.status !== 'asserted' && <span class="badge">{statusLabel(e.status)}</span>}
      <span class="event-sides">
        <Sides event={e} />
      </span>
      {e.location && (
        <span class="event-location">
          {' · '}
          <EntityLink entity={e.location} />
        </span>
      )}
      <span class="event-outlets">
        {e.outlets.map((o) => (
          <Link class="chip" href={`/?outlet=${encodeURIComponent(o)}`}>
            <B text={o} />
          </Link>
        ))}
        <span class="muted">
          {' '}
          <B text={String(e.reports)} /> {e.reports === 1 ? t('report') : t('reports')}
        </span>
      </span>
      {e.disagreements.length > 0 && (
        <span class="badge disagree" title={e.disagreements.join(', ')}>
          ≠ {t('disagree')}
        </span>
      )}
    </li>
  );
}
