import { content } from '../../content';
import { ui } from '../../content/ui.de';
import { PageHeader } from '../../components/ui/page-header';
import { describeTarget, FactDetail } from '../facts/fact-detail';
import { ActorFilter } from '../filter/actor-filter';
import { filterActorsOf, emphasisFor } from '../filter/actor-match';
import { useActorFilter } from '../filter/use-actor-filter';

/** The places of the explainer as a list: the map's text alternative. */
export function MapPage() {
  const { selected } = useActorFilter();
  return (
    <div className="page">
      <PageHeader title={ui.places.title} intro={ui.places.intro}>
        <ActorFilter />
      </PageHeader>
      <ul className="cards">
        {content.places.map((place) => (
          <li
            key={place.id}
            id={place.id}
            className="card"
            data-emphasis={emphasisFor(selected, filterActorsOf(content, place.actors))}
          >
            <FactDetail
              summary={{ ...describeTarget({ type: 'place', id: place.id })!, link: undefined }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
