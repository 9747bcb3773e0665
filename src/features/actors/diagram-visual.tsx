import { useCallback, useMemo } from 'react';
import { content } from '../../content';
import { withActorFilter } from '../../lib/use-actor-filter';
import type { VisualProps } from '../../app/visuals';
import { Diagram } from './diagram';
import { DiagramCallouts } from './diagram-callouts';
import type { DiagramLayout } from './layout-types';
import { focusOf } from './focus';
import { withSelection, type DiagramTarget } from './selection';
import { actorsText } from '@locale/akteure';
import { routes } from '../../lib/routes';

/**
 * The diagram in the story's panel: it focuses the step's actors and relations (the rest steps
 * back), labels them with the step's callouts and obeys the actor filter. Activating a node or an edge opens it on /akteure.
 */
export default function DiagramVisual({ visual, selected, sectionId, callouts }: VisualProps) {
  const focus = useMemo(() => focusOf(content, visual), [visual]);
  const linkTo = useCallback(
    (target: DiagramTarget) => ({
      pathname: routes.actors,
      search: withSelection(withActorFilter('', selected), target),
    }),
    [selected],
  );
  const overlay = useCallback(
    (layout: DiagramLayout, size: { width: number; height: number }) =>
      callouts?.length ? <DiagramCallouts callouts={callouts} layout={layout} size={size} /> : null,
    [callouts],
  );
  const calloutRelations = useMemo(
    () =>
      new Set(
        (callouts ?? []).flatMap((c) => (c.target?.type === 'relation' ? [c.target.id] : [])),
      ),
    [callouts],
  );
  const names = visual.actors
    .map((id) => content.actorById.get(id)?.name)
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="diagram-visual" data-view-section={sectionId}>
      <p className="diagram-visual__caption">
        <strong>{actorsText.focus(names)}</strong> ·{' '}
        {actorsText.focusRelations(focus.relations.size)}
      </p>
      <div className="diagram-visual__frame">
        <Diagram
          selected={selected}
          focus={focus}
          labels="focus"
          linkTo={linkTo}
          defaultDesign="tall"
          title={`${actorsText.diagramLabel} – ${actorsText.focus(names)}`}
          overlay={overlay}
          calloutRelations={calloutRelations}
        />
      </div>
    </div>
  );
}
