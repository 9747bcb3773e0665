import type { To } from 'react-router';
import { Diagram } from './diagram';
import { detailDomId } from './diagram-names';
import { keepScroll } from '../../lib/url-state';
import type { DiagramTarget } from './selection';
import { actorsText } from '@locale/akteure';

export interface ActorsDiagramProps {
  selected: readonly string[];
  current?: DiagramTarget;
  linkTo: (target: DiagramTarget) => To;
}

/** The diagram on /akteure: every label shown; choosing is a history entry on the same page. */
export default function ActorsDiagram({ selected, current, linkTo }: ActorsDiagramProps) {
  return (
    <Diagram
      selected={selected}
      labels="all"
      {...(current ? { current } : {})}
      linkTo={linkTo}
      linkState={keepScroll}
      defaultDesign="wide"
      title={actorsText.diagramLabel}
      detailId={detailDomId}
    />
  );
}
