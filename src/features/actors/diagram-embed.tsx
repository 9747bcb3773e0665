import { withActorFilter } from '../../lib/use-actor-filter';
import { routes } from '../../lib/routes';
import ActorsDiagram from './actors-diagram';
import { withSelection, type DiagramTarget } from './selection';

/**
 * The diagram embedded in another site's page (src/app/embed.tsx): as its page shows it, every
 * actor and relation labelled. Activating one opens it on /akteure.
 */
export default function DiagramEmbed({ selected }: { selected: readonly string[] }) {
  const linkTo = (target: DiagramTarget) => ({
    pathname: routes.actors,
    search: withSelection(withActorFilter('', selected), target),
  });
  return <ActorsDiagram selected={selected} linkTo={linkTo} />;
}
