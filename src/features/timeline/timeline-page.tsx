import { content } from '../../content';
import { ui } from '../../content/ui.de';
import { PageHeader } from '../../components/ui/page-header';
import { describeTarget, FactDetail } from '../facts/fact-detail';
import { ActorFilter } from '../filter/actor-filter';
import { filterActorsOf, emphasisFor } from '../filter/actor-match';
import { useActorFilter } from '../filter/use-actor-filter';

/** All events in order: the timeline's text alternative. */
export function TimelinePage() {
  const { selected } = useActorFilter();
  return (
    <div className="page">
      <PageHeader title={ui.timeline.title} intro={ui.timeline.intro}>
        <ActorFilter />
      </PageHeader>
      <ol className="cards cards--timeline">
        {content.events.map((event) => (
          <li
            key={event.id}
            id={event.id}
            className="card"
            data-emphasis={emphasisFor(selected, filterActorsOf(content, event.actors))}
          >
            <FactDetail
              summary={{ ...describeTarget({ type: 'event', id: event.id })!, link: undefined }}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
