import type { VisualProps } from '../story/visual-views';
import { Timeline } from './timeline';

/** The timeline in the story's panel: it follows the section's period and events. */
export default function TimelineVisual({ visual, selected }: VisualProps) {
  return (
    <Timeline
      variant="panel"
      selectedActors={selected}
      focus={{ ...(visual.period ? { period: visual.period } : {}), events: visual.events }}
      headingLevel={3}
    />
  );
}
