import { stakeholders } from '../../content/stakeholders';
import type { Content } from '../../content';
import type { Relation, VisualState } from '../../content/schema';
import { emphasisFor, filterActorsOf, type Emphasis } from '../../lib/actor-match';

/** What a section of the story puts in focus in the diagram. */
export interface Focus {
  /** Nodes in focus: the named actors, their persons and the ends of the focused relations. */
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** The section's first-named actor: the one the section is about. */
  primary?: string;
}

/**
 * The focus of a section's visual state. Without an explicit list of relations, the relations
 * among the named actors (persons counting for their state) are in focus.
 */
export function focusOf(
  content: Content,
  visual: Pick<VisualState, 'actors' | 'relations'>,
  // The validator passes the relations it checks; the app reads them from their own chunk.
  relations: readonly Relation[] = stakeholders.relations,
): Focus {
  const relationById = new Map(relations.map((r) => [r.id, r]));
  const named = new Set(visual.actors);
  const among = (r: Relation) =>
    filterActorsOf(content, [r.from, r.to]).every((id) => named.has(id));
  const relationIds =
    visual.relations?.filter((id) => relationById.has(id)) ??
    relations.filter(among).map((r) => r.id);
  const actors = new Set<string>();
  for (const actor of content.actors) {
    if (named.has(actor.id) || (actor.memberOf && named.has(actor.memberOf))) actors.add(actor.id);
  }
  for (const id of relationIds) {
    const r = relationById.get(id)!;
    actors.add(r.from);
    actors.add(r.to);
  }
  const primary = visual.actors.find((id) => content.actorById.has(id));
  return { actors, relations: new Set(relationIds), ...(primary ? { primary } : {}) };
}

/**
 * The focused relations that keep their label where room is short (the phone's band): those of
 * the section's first-named actor, or all focused ones if it has none.
 */
export function leadRelations(
  content: Content,
  focus: Focus,
  relations: readonly Relation[] = stakeholders.relations,
): Set<string> {
  const lead = new Set(focus.primary ? filterActorsOf(content, [focus.primary]) : []);
  const touching = [...focus.relations].filter((id) => {
    const r = relations.find((relation) => relation.id === id);
    return !!r && filterActorsOf(content, [r.from, r.to]).some((a) => lead.has(a));
  });
  return new Set(touching.length ? touching : focus.relations);
}

/** How a node is shown under the actor filter (a person counts for its state). */
export function nodeEmphasis(content: Content, selected: readonly string[], id: string): Emphasis {
  return emphasisFor(selected, filterActorsOf(content, [id]));
}

/** How a relation is shown under the actor filter: it matches when either end matches. */
export function relationEmphasis(
  content: Content,
  selected: readonly string[],
  relation: Relation,
): Emphasis {
  return emphasisFor(selected, filterActorsOf(content, [relation.from, relation.to]));
}

/** The relations an actor takes part in; a state's include its persons'. */
export function relationsOf(content: Content, actorId: string): Relation[] {
  const members = new Set([
    actorId,
    ...content.actors.filter((a) => a.memberOf === actorId).map((a) => a.id),
  ]);
  return stakeholders.relations.filter((r) => members.has(r.from) || members.has(r.to));
}
