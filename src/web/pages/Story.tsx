// The stories, most events first, and one story with its events in date order.
import type { EventSummary, StoryJson } from '../../api/schemas.js';
import { useApi } from '../api.js';
import { EventLine, Status } from '../components/common.js';
import { formatDay } from '../dates.js';
import { Link } from '../router.js';
import { t } from '../i18n.js';
import { B } from '../text.js';

export function StoryPage(props: { id: string }) {
  const state = useApi<{ story: StoryJson; events: EventSummary[] }>(
    `/api/stories/${encodeURIComponent(props.id)}`,
  );
  return (
    <Status state={state}>
      {({ story, events }) => (
        <article class="story-page">
          <h1>
            <B text={story.title} />
          </h1>
          <p class="muted">
            <B text={String(story.events)} /> {t('eventsCount')} ·{' '}
            {story.outlets.map((o) => (
              <span class="chip">
                <B text={o} />
              </span>
            ))}
          </p>
          <ul class="events">
            {events.map((e) => (
              <EventLine event={e} />
            ))}
          </ul>
        </article>
      )}
    </Status>
  );
}

export function StoriesPage() {
  const state = useApi<{ stories: StoryJson[]; total: number }>('/api/stories?limit=500');
  return (
    <div class="stories-page">
      <h1>{t('stories')}</h1>
      <Status state={state}>
        {({ stories }) => (
          <table class="table">
            <tbody>
              {stories.map((s) => (
                <tr>
                  <th scope="row">
                    <Link href={`/stories/${s.id}`}>
                      <B text={s.title} />
                    </Link>
                  </th>
                  <td>
                    <B text={String(s.events)} /> {t('eventsCount')}
                  </td>
                  <td class="muted">
                    {s.from ? (
                      <B
                        text={
                          s.from === s.to ? formatDay(s.from) : `${formatDay(s.from)} – ${formatDay(s.to!)}`
                        }
                      />
                    ) : null}
                  </td>
                  <td>
                    {s.outlets.slice(0, 6).map((o) => (
                      <span class="chip">
                        <B text={o} />
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Status>
    </div>
  );
}
