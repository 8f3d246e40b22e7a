// One story: its events in date order.
import type { EventSummary, StoryJson } from '../../api/schemas.js';
import { useApi } from '../api.js';
import { EventLine, Status } from '../components/common.js';
import { t } from '../i18n.js';
import { B } from '../text.js';

export function StoryPage(props: { id: string }) {
  const state = useApi<{ story: StoryJson; events: EventSummary[] }>(`/api/stories/${encodeURIComponent(props.id)}`);
  return (
    <Status state={state}>
      {({ story, events }) => (
        <article class="story-page">
          <h1>
            <B text={story.title} />
          </h1>
          <p class="muted">
            <B text={String(story.events)} /> {t('eventsCount')} · {story.outlets.map((o) => <span class="chip"><B text={o} /></span>)}
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
