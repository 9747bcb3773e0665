import type { Content } from '../content';
import type { AnnotationTarget } from '../content/target';

/** The filterable actors a thing belongs to: a person counts for its state. */
export function filterActorsOf(content: Content, actorIds: readonly string[]): string[] {
  const result = new Set<string>();
  for (const id of actorIds) {
    const actor = content.actorById.get(id);
    if (!actor) continue;
    result.add(actor.filterable ? actor.id : (actor.memberOf ?? actor.id));
  }
  return [...result];
}

/** Which filterable actors an annotation concerns (terms and fact-check notes concern none). */
export function actorsOfTarget(content: Content, target: AnnotationTarget): string[] {
  switch (target.type) {
    case 'actor':
      return filterActorsOf(content, [target.id]);
    case 'place':
      return filterActorsOf(content, content.placeById.get(target.id)?.actors ?? []);
    case 'event':
      return filterActorsOf(content, content.eventById.get(target.id)?.actors ?? []);
    default:
      return [];
  }
}

export type Emphasis = 'neutral' | 'match' | 'dimmed';

/** How a thing of these actors is shown under the current filter. */
export function emphasisFor(selected: readonly string[], actors: readonly string[]): Emphasis {
  if (selected.length === 0) return 'neutral';
  return actors.some((a) => selected.includes(a)) ? 'match' : 'dimmed';
}

/** How much of the content concerns the chosen actors: what the filter's announcement says. */
export function filterCounts(content: Content, selected: readonly string[]) {
  const concerns = (actors: readonly string[]) => actors.some((a) => selected.includes(a));
  return {
    mentions: content.annotations.filter((a) => concerns(actorsOfTarget(content, a.target))).length,
    places: content.places.filter((p) => concerns(filterActorsOf(content, p.actors))).length,
    events: content.events.filter((e) => concerns(filterActorsOf(content, e.actors))).length,
  };
}
