import { content } from '../../content';
import { ui } from '@locale/ui';
import { describeTarget, type FactSummary } from '../../components/facts/fact-summary';
import { timelineUi } from '@locale/chronik';
import { placeLink } from '../../lib/links';

/**
 * An event's detail as the fact detail shows it, completed with what a timeline reader asks next:
 * where it happened, and a link to the place on the map (the involved actors link to the diagram
 * from the fact detail itself).
 */
export function eventSummary(id: string): FactSummary | undefined {
  const summary = describeTarget({ type: 'event', id });
  const event = content.eventById.get(id);
  if (!summary || !event) return undefined;
  const places = event.places.flatMap((p) => content.placeById.get(p) ?? []);
  const meta = [
    summary.meta,
    places.length > 0 &&
      `${places.length > 1 ? timelineUi.places : timelineUi.place}: ${places.map((p) => p.name).join(', ')}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const first = places[0];
  return {
    ...summary,
    meta,
    link:
      first && placeLink(first.id)
        ? { to: placeLink(first.id)!, label: ui.popover.showOnMap, object: first.name }
        : undefined,
  };
}
