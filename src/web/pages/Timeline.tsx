// The timeline: a filter bar, events per day (click a bar to zoom in), and the events grouped
// by story, a page at a time.
import { useEffect, useState } from 'preact/hooks';
import type { EventPage, EventSummary, OutletJson, VolumeJson } from '../../api/schemas.js';
import { getJson, query, useApi } from '../api.js';
import { EventLine, Status } from '../components/common.js';
import { formatDay } from '../dates.js';
import { PLOVER_TYPES, statusLabel, t, typeLabel } from '../i18n.js';
import { Link, navigate } from '../router.js';
import { B } from '../text.js';

const FILTERS = [
  'from',
  'to',
  'type',
  'actor',
  'place',
  'country',
  'outlet',
  'status',
  'q',
  'story',
] as const;
type Filters = Partial<Record<(typeof FILTERS)[number] | 'sort' | 'order', string>>;

function readFilters(url: URL): Filters {
  const f: Filters = {};
  for (const k of [...FILTERS, 'sort', 'order'] as const) {
    const v = url.searchParams.get(k);
    if (v) f[k] = v;
  }
  return f;
}

export function Timeline(props: { url: URL }) {
  const f = readFilters(props.url);
  const qs = query(f);
  const page = useApi<EventPage>(`/api/events${query({ ...f, limit: 50 })}`);
  const [extra, setExtra] = useState<{ events: EventSummary[]; next: string | null } | null>(null);
  useEffect(() => setExtra(null), [qs]);
  const events = [...(page.data?.events ?? []), ...(extra?.events ?? [])];
  const next = extra ? extra.next : (page.data?.next ?? null);
  const more = async () => {
    if (!next) return;
    const p = await getJson<EventPage>(`/api/events${query({ ...f, limit: 50, cursor: next })}`);
    setExtra({ events: [...(extra?.events ?? []), ...p.events], next: p.next });
  };
  return (
    <div class="timeline">
      <h1>{t('timeline')}</h1>
      <FilterBar filters={f} />
      <Volume filters={f} />
      <Status state={page}>
        {(p) => (
          <>
            <p class="count">
              <B text={String(p.total)} /> {t('eventsCount')}
              {' · '}
              {t('export')}:{' '}
              <a href={`/api/export${query({ ...f, format: 'csv' })}`} download>
                CSV
              </a>{' '}
              ·{' '}
              <a href={`/api/export${query({ ...f, format: 'plover' })}`} download>
                PLOVER
              </a>{' '}
              ·{' '}
              <a href={`/api/export${query({ ...f, format: 'json' })}`} download>
                JSON
              </a>
            </p>
            <StoryGroups events={events} />
            {next && (
              <button type="button" class="more" onClick={more}>
                {t('more')}
              </button>
            )}
          </>
        )}
      </Status>
    </div>
  );
}

/** Events in the order given, gathered under their story in the order stories first appear. */
function StoryGroups(props: { events: EventSummary[] }) {
  const groups = new Map<string, EventSummary[]>();
  for (const e of props.events) {
    const k = e.story ?? '';
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  return (
    <div class="story-groups">
      {[...groups].map(([story, evs]) => (
        <section class="story-group" aria-label={evs[0].storyTitle ?? t('noStory')}>
          <h2>
            {story ? (
              <Link href={`/stories/${story}`}>
                <B text={evs[0].storyTitle ?? story} />
              </Link>
            ) : (
              t('noStory')
            )}
          </h2>
          <ul class="events">
            {evs.map((e) => (
              <EventLine event={e} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function FilterBar(props: { filters: Filters }) {
  const f = props.filters;
  const outlets = useApi<{ outlets: OutletJson[] }>('/api/outlets');
  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const next: Record<string, string> = {};
    for (const [k, v] of data) if (typeof v === 'string' && v.trim()) next[k] = v.trim();
    navigate(`/${query(next)}`);
  };
  return (
    <form class="filters" onSubmit={submit} role="search" aria-label={t('timeline')}>
      <label>
        {t('from')} <input type="date" name="from" value={f.from ?? ''} />
      </label>
      <label>
        {t('to')} <input type="date" name="to" value={f.to ?? ''} />
      </label>
      <label>
        {t('type')}{' '}
        <select name="type" value={f.type ?? ''}>
          <option value="">{t('anyType')}</option>
          {PLOVER_TYPES.map((x) => (
            <option value={x}>{typeLabel(x)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('actor')} <input name="actor" value={f.actor ?? ''} dir="auto" size={14} />
      </label>
      <label>
        {t('place')} <input name="place" value={f.place ?? ''} dir="auto" size={12} />
      </label>
      <label>
        {t('outlet')}{' '}
        <select name="outlet" value={f.outlet ?? ''}>
          <option value="">{t('anyOutlet')}</option>
          {(outlets.data?.outlets ?? []).map((o) => (
            <option value={o.outlet}>{o.outlet}</option>
          ))}
        </select>
      </label>
      <label>
        {t('status')}{' '}
        <select name="status" value={f.status ?? ''}>
          <option value="">{t('anyStatus')}</option>
          {['asserted', 'planned', 'conditional', 'negated', 'background', 'referenced'].map((s) => (
            <option value={s}>{statusLabel(s)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('text')} <input type="search" name="q" value={f.q ?? ''} dir="auto" size={14} />
      </label>
      <label>
        {t('sort')}{' '}
        <select name="sort" value={f.sort ?? 'date'}>
          <option value="date">{t('byDate')}</option>
          <option value="published">{t('byPublished')}</option>
          <option value="reports">{t('byReports')}</option>
          <option value="outlets">{t('byOutlets')}</option>
        </select>
      </label>
      <select name="order" value={f.order ?? ''} aria-label={t('sort')}>
        <option value="">—</option>
        <option value="asc">{t('asc')}</option>
        <option value="desc">{t('desc')}</option>
      </select>
      {f.story && <input type="hidden" name="story" value={f.story} />}
      {f.country && <input type="hidden" name="country" value={f.country} />}
      <button type="submit">{t('apply')}</button>
      <Link href="/" class="clear">
        {t('clear')}
      </Link>
    </form>
  );
}

/** Events per day (per month over long spans); a bar is a link that narrows the dates to it. */
function Volume(props: { filters: Filters }) {
  const { sort: _s, order: _o, ...f } = props.filters;
  const span = f.from && f.to ? (Date.parse(f.to) - Date.parse(f.from)) / 864e5 : Infinity;
  const by = span <= 120 ? 'day' : 'month';
  const v = useApi<VolumeJson>(`/api/volume${query({ ...f, by })}`);
  if (!v.data || !v.data.buckets.length) return null;
  const { buckets, undated } = v.data;
  const max = Math.max(...buckets.map((b) => b.events));
  const w = Math.max(6, Math.min(40, Math.floor(900 / buckets.length)));
  const h = 80;
  const zoom = (key: string) => {
    if (key.length === 7) {
      const last = new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)), 0))
        .toISOString()
        .slice(0, 10);
      return { from: `${key}-01`, to: last };
    }
    return { from: key, to: key };
  };
  return (
    <figure class="volume">
      <figcaption>
        {by === 'day' ? t('volume') : t('volumeMonth')}
        {(f.from || f.to) && (
          <>
            {' · '}
            <Link href={`/${query({ ...props.filters, from: undefined, to: undefined })}`}>
              {t('zoomOut')}
            </Link>
          </>
        )}
        {undated > 0 && (
          <span class="muted">
            {' · '}
            <B text={String(undated)} /> {t('undatedCount')}
          </span>
        )}
      </figcaption>
      <svg
        viewBox={`0 0 ${buckets.length * w} ${h + 16}`}
        width={buckets.length * w}
        height={h + 16}
        role="list"
        class="bars"
      >
        {buckets.map((b, i) => {
          const bh = Math.max(2, (b.events / max) * h);
          const label = `${formatDay(b.key)}: ${b.events}`;
          return (
            <a
              role="listitem"
              href={`/${query({ ...props.filters, ...zoom(b.key) })}`}
              onClick={(e) => (
                e.preventDefault(), navigate(`/${query({ ...props.filters, ...zoom(b.key) })}`)
              )}
              aria-label={label}
            >
              <title>{label}</title>
              <rect x={i * w + 1} y={h - bh} width={w - 2} height={bh} class="bar" />
            </a>
          );
        })}
      </svg>
      <div class="axis">
        <B text={formatDay(buckets[0].key)} />
        <B text={formatDay(buckets[buckets.length - 1].key)} />
      </div>
    </figure>
  );
}
