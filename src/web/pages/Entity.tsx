// The entity page: names, Wikidata id, roles in events, events per month, co-actors, events.
import type { EntityDetail } from '../../api/schemas.js';
import { useApi } from '../api.js';
import { EntityLink, EventLine, Status } from '../components/common.js';
import { formatDay } from '../dates.js';
import { entityTypeLabel, t } from '../i18n.js';
import { Link } from '../router.js';
import { B } from '../text.js';

export function EntityPage(props: { id: string }) {
  const state = useApi<EntityDetail>(`/api/entities/${encodeURIComponent(props.id)}`);
  return (
    <Status state={state}>
      {(d) => {
        const e = d.entity;
        const max = Math.max(1, ...d.months.map((m) => m.events));
        return (
          <article class="entity-page">
            <h1>
              <B text={e.ar} />{' '}
              <span class="muted" lang="en" dir="ltr">
                <B text={e.en} />
              </span>
            </h1>
            <dl class="facts">
              <dt>{t('type')}</dt>
              <dd>
                {entityTypeLabel(e.type)}
                {e.sector ? ` · ${e.sector}` : ''}
              </dd>
              {e.wikidata && (
                <>
                  <dt>{t('wikidata')}</dt>
                  <dd>
                    <B text={e.wikidata} />
                  </dd>
                </>
              )}
              {e.country && (
                <>
                  <dt>{t('country')}</dt>
                  <dd>
                    <B text={e.country} />
                  </dd>
                </>
              )}
              <dt>{t('roles')}</dt>
              <dd>
                {(
                  [
                    ['source', 'asSource'],
                    ['target', 'asTarget'],
                    ['participant', 'asParticipant'],
                    ['location', 'asLocation'],
                    ['place', 'asPlace'],
                  ] as const
                )
                  .filter(([k]) => d.roles[k] > 0)
                  .map(([k, label]) => (
                    <span class="chip">
                      {t(label)}: <B text={String(d.roles[k])} />
                    </span>
                  ))}
              </dd>
            </dl>
            <section>
              <h2>{t('overTime')}</h2>
              <ol class="month-bars">
                {d.months.map((m) => (
                  <li>
                    <Link
                      href={`/?actor=${encodeURIComponent(e.id)}&from=${m.month}-01&to=${m.month}-31`}
                      class="month-bar"
                    >
                      <B text={formatDay(m.month)} class="month" />
                      <span class="bar-h" style={{ inlineSize: `${(m.events / max) * 12}rem` }} />
                      <B text={String(m.events)} />
                    </Link>
                  </li>
                ))}
              </ol>
            </section>
            {d.coActors.length > 0 && (
              <section>
                <h2>{t('coActors')}</h2>
                <ul class="co-actors">
                  {d.coActors.map((c) => (
                    <li>
                      <EntityLink entity={c.entity} />{' '}
                      <span class="muted">
                        (<B text={String(c.events)} />)
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section>
              <h2>
                {t('events')} (<B text={String(d.total)} />)
              </h2>
              <ul class="events">
                {d.events.map((ev) => (
                  <EventLine event={ev} />
                ))}
              </ul>
            </section>
          </article>
        );
      }}
    </Status>
  );
}
