import type { VisualProps } from '../../app/visuals';
import { Timeline } from './timeline';

/** The timeline in the story's panel: it follows the step's period and events, and its callouts. */
export default function TimelineVisual({ visual, selected, callouts }: VisualProps) {
  return (
    <Timeline
      variant="panel"
      selectedActors={selected}
      focus={{ ...(visual.period ? { period: visual.period } : {}), events: visual.events }}
      headingLevel={3}
      callouts={callouts}
    />
  );
}
