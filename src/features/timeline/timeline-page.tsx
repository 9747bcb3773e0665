import { lazy, memo, Suspense } from 'react';
import { content } from '../../content';
import { ui } from '@locale/ui';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { useHydrated } from '../../lib/use-hydrated';
import { FactDetail } from '../../components/facts/fact-detail';
import { ActorFilter } from '../../components/ui/actor-filter';
import { filterActorsOf, emphasisFor } from '../../lib/actor-match';
import { useActorFilter } from '../../lib/use-actor-filter';
import { eventSummary } from './event-summary';
import { timelineUi } from '@locale/chronik';
import { formatDateRange } from '../../lib/dates';
import { summitEvent } from './phases';
import './timeline-page.css';

// The graphic (d3 and all) is its own chunk: the story's first load never carries it.
const Timeline = lazy(() => import('./timeline'));

/**
 * The graphic's reserved height, also in timeline-page.css. It is written on the element too
 * because this page's stylesheet arrives with its chunk, after the prerendered HTML is painted:
 * only a size in the HTML itself keeps the list below from moving when the graphic comes.
 */
const FRAME_HEIGHT = 'clamp(26rem, 62vh, 36rem)';

/** The chronicle: the timeline graphic, then every event as a list (its text alternative). */
export function TimelinePage() {
  const { selected } = useActorFilter();
  const hydrated = useHydrated();
  // Same size before and after the graphic arrives, so nothing below it moves.
  const placeholder = (
    <div className="timeline-frame__placeholder">
      <noscript>
        <p className="timeline-frame__noscript">{timelineUi.noScript}</p>
      </noscript>
    </div>
  );
  return (
    <div className="page">
      <PageHeader title={ui.timeline.title} intro={content.site.intros.chronik}>
        <ActorFilter />
      </PageHeader>
      <div className="timeline-frame" style={{ height: FRAME_HEIGHT }}>
        {hydrated ? (
          <ErrorBoundary fallback={<p className="panel__failed">{ui.panel.failed}</p>}>
            <Suspense fallback={placeholder}>
              <Timeline variant="page" selectedActors={selected} headingLevel={2} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          placeholder
        )}
      </div>
      <h2 className="timeline-list__title">{timelineUi.listTitle}</h2>
      {/* The summit is near the end of a long list: one tap takes the reader there. */}
      {summitEvent && (
        <p className="timeline-list__jump">
          <a href={`#${summitEvent}`}>
            {timelineUi.listToSummit(formatDateRange(content.eventById.get(summitEvent)!.date))}
          </a>
        </p>
      )}
      <EventList selected={selected} />
    </div>
  );
}

/**
 * Every event as a card. Memoised: the page's own re-render once hydration is done must not
 * touch the list (an update would make React hydrate it at once, in the same long task).
 */
const EventList = memo(function EventList({ selected }: { selected: readonly string[] }) {
  // A boundary of its own: React hydrates the list after the rest of the page, at low priority
  // and in slices it can interrupt, instead of in one long task with everything else. It sits
  // inside the memoised component: a new element for it would make React hydrate it at once.
  return (
    <Suspense>
      <ol className="cards cards--timeline">
        {content.events.map((event) => (
          <li
            key={event.id}
            id={event.id}
            className="card"
            data-emphasis={emphasisFor(selected, filterActorsOf(content, event.actors))}
          >
            <FactDetail summary={eventSummary(event.id)!} headingLevel={3} />
          </li>
        ))}
      </ol>
    </Suspense>
  );
});
