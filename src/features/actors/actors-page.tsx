import { content } from '../../content';
import { ui } from '../../content/ui.de';
import { PageHeader } from '../../components/ui/page-header';
import { describeTarget, FactDetail } from '../facts/fact-detail';
import { ActorFilter } from '../filter/actor-filter';
import { filterActorsOf, emphasisFor } from '../filter/actor-match';
import { useActorFilter } from '../filter/use-actor-filter';

/** The actors and what the article says of them. */
export function ActorsPage() {
  const { selected } = useActorFilter();
  return (
    <div className="page">
      <PageHeader title={ui.actors.title} intro={ui.actors.intro}>
        <ActorFilter />
      </PageHeader>
      <ul className="cards">
        {content.actors.map((actor) => (
          <li
            key={actor.id}
            id={actor.id}
            className={`card card--actor card--${actor.memberOf ?? actor.id}`}
            data-emphasis={emphasisFor(selected, filterActorsOf(content, [actor.id]))}
          >
            <FactDetail summary={describeTarget({ type: 'actor', id: actor.id })!} />
          </li>
        ))}
      </ul>
    </div>
  );
}
