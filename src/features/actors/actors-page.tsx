import { lazy, memo, Suspense } from 'react';
import { content } from '../../content';
import { ui } from '@locale/ui';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { PageHeader } from '../../components/ui/page-header';
import { useHydrated } from '../../lib/use-hydrated';
import { FactDetail } from '../../components/facts/fact-detail';
import { describeTarget } from '../../components/facts/fact-summary';
import { ActorFilter } from '../../components/ui/actor-filter';
import { emphasisFor, filterActorsOf } from '../../lib/actor-match';
import { useActorFilter } from '../../lib/use-actor-filter';
import { Legend } from './legend';
import { PositionsMatrix } from './positions-matrix';
import { RelationsTable } from './relations-table';
import { SelectionDetail } from './selection-detail';
import { useDiagramSelection } from './selection';
import { actorsText } from '@locale/akteure';
import './actors.css';

// The diagram and its d3 code are a chunk of their own, fetched only on this page: as soon as the
// page's own code runs, not in the render that first shows the diagram (starting the fetch of its
// several files there made that render's task long).
const loadDiagram = () => import('./actors-diagram');
if (typeof window !== 'undefined') void loadDiagram();
const ActorsDiagram = lazy(loadDiagram);

/**
 * Who wants what: the stakeholder diagram (client-only, in a frame that keeps its size), the
 * detail of what is chosen in it, the positions matrix and every relation as a table. Both
 * tables are in the prerendered HTML.
 */
export function ActorsPage() {
  const { selected } = useActorFilter();
  const selection = useDiagramSelection();
  const hydrated = useHydrated();
  const fallback = <p className="diagram-frame__fallback">{actorsText.diagramLoading}</p>;
  return (
    <div className="page">
      <PageHeader title={ui.actors.title} intro={content.site.intros.akteure}>
        <ActorFilter />
      </PageHeader>
      {selection.unknown && (
        <p className="notice actors-notice" role="status">
          {selection.unknown.type === 'node'
            ? actorsText.unknownNode(selection.unknown.id)
            : actorsText.unknownRelation(selection.unknown.id)}
        </p>
      )}
      <section className="actors-section" aria-labelledby="wer-mit-wem">
        <h2 className="actors-section__title" id="wer-mit-wem">
          {actorsText.diagramHeading}
        </h2>
        <div className="actors-stage">
          <figure className="actors-figure">
            <div className="diagram-frame">
              {hydrated ? (
                <ErrorBoundary
                  fallback={<p className="diagram-frame__fallback">{ui.panel.failed}</p>}
                >
                  <Suspense fallback={fallback}>
                    <ActorsDiagram
                      selected={selected}
                      {...(selection.current ? { current: selection.current } : {})}
                      linkTo={selection.linkTo}
                    />
                  </Suspense>
                </ErrorBoundary>
              ) : (
                fallback
              )}
            </div>
            <figcaption>
              <Legend />
            </figcaption>
          </figure>
          <SelectionDetail
            {...(selection.current ? { current: selection.current } : {})}
            linkTo={selection.linkTo}
            onClose={() => selection.select(null)}
          />
        </div>
      </section>
      <section className="actors-section" aria-labelledby="positionen">
        <h2 className="actors-section__title" id="positionen">
          {actorsText.positionsHeading}
        </h2>
        <PositionsMatrix selected={selected} />
      </section>
      <section className="actors-section" aria-labelledby="beziehungen">
        <h2 className="actors-section__title" id="beziehungen">
          {actorsText.relationsHeading}
        </h2>
        <RelationsTable selected={selected} />
      </section>
      <section className="actors-section" aria-labelledby="wer-ist-wer">
        <h2 className="actors-section__title" id="wer-ist-wer">
          {actorsText.whoIsWho}
        </h2>
        <ActorCards selected={selected} />
      </section>
    </div>
  );
}

/**
 * Every actor as a card. Memoised: the page's own re-render once hydration is done must not touch
 * the cards (it runs at once, in one task, for everything it reaches).
 */
const ActorCards = memo(function ActorCards({ selected }: { selected: readonly string[] }) {
  return (
    <ul className="cards actors-cards">
      {content.actors.map((actor) => (
        <li
          key={actor.id}
          id={actor.id}
          className={`card card--actor card--${actor.memberOf ?? actor.id}`}
          data-emphasis={emphasisFor(selected, filterActorsOf(content, [actor.id]))}
        >
          <FactDetail summary={describeTarget({ type: 'actor', id: actor.id })!} headingLevel={3} />
        </li>
      ))}
    </ul>
  );
});
