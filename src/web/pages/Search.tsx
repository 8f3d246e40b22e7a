// Search: documents by Arabic-normalized full text, their events, and matching entities.
import type { SearchResult } from '../../api/schemas.js';
import { query, useApi } from '../api.js';
import { EntityLink, EventLine, Status } from '../components/common.js';
import { t } from '../i18n.js';
import { Link, navigate } from '../router.js';
import { B, clean } from '../text.js';

export function SearchPage(props: { url: URL }) {
  const q = props.url.searchParams.get('q') ?? '';
  const state = useApi<SearchResult>(q.trim() ? `/api/search${query({ q })}` : null);
  return (
    <div class="search-page">
      <h1>{t('search')}</h1>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const v = new FormData(e.currentTarget as HTMLFormElement).get('q');
          navigate(`/search${query({ q: String(v ?? '') })}`);
        }}
      >
        <input
          type="search"
          name="q"
          value={q}
          dir="auto"
          placeholder={t('searchPlaceholder')}
          aria-label={t('search')}
          size={40}
        />
        <button type="submit">{t('search')}</button>
      </form>
      {q && (
        <Status state={state}>
          {(r) =>
            !r.documents.length && !r.entities.length ? (
              <p>{t('noResults')}</p>
            ) : (
              <>
                {r.entities.length > 0 && (
                  <section>
                    <h2>{t('entities')}</h2>
                    <ul class="co-actors">
                      {r.entities.map((e) => (
                        <li>
                          <EntityLink entity={e.entity} />{' '}
                          <span class="muted">
                            (<B text={String(e.events)} />)
                          </span>
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
                {r.events.length > 0 && (
                  <section>
                    <h2>{t('events')}</h2>
                    <ul class="events">
                      {r.events.map((e) => (
                        <EventLine event={e} />
                      ))}
                    </ul>
                  </section>
                )}
                <section>
                  <h2>{t('documents')}</h2>
                  <ul class="hits">
                    {r.documents.map((d) => (
                      <li>
                        <Link href={`/documents/${d.id}`}>
                          <B text={d.title ?? t('noTitle')} />
                        </Link>{' '}
                        <span class="chip">
                          <B text={d.outlet ?? t('noOutlet')} />
                        </span>
                        <p class="snippet" dir="auto">
                          {clean(d.snippet)}
                        </p>
                      </li>
                    ))}
                  </ul>
                </section>
              </>
            )
          }
        </Status>
      )}
    </div>
  );
}
