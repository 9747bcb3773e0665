/** Annotation targets ("place:kyiv"). Kept apart from the schema so the app ships without zod. */
import { routes } from '@locale/routes';
export const targetPattern = /^(actor|place|event|term|note):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export type TargetType = 'actor' | 'place' | 'event' | 'term' | 'note';
export interface AnnotationTarget {
  type: TargetType;
  id: string;
}

export function parseTarget(target: string): AnnotationTarget {
  const match = targetPattern.exec(target);
  if (!match) throw new Error(`Invalid annotation target "${target}"`);
  return { type: match[1] as TargetType, id: match[2]! };
}

/** Every kind of fact the sources page lists: the annotation targets, and what the views add. */
export type FactKind = TargetType | 'relation' | 'position' | 'layer' | 'phase';

/** The id of a fact's entry on the sources page ("fakt-place-kyiv"): detail views link to it. */
export function factAnchor(kind: FactKind, id: string): string {
  return `fakt-${kind}-${id}`;
}

/** The id of a source's entry in the sources page's index ("quelle-kyiv-wikipedia"). */
export function sourceAnchor(id: string): string {
  return `quelle-${id}`;
}

/** The path of a fact's entry on the sources page. */
export function factSourcesPath(kind: FactKind, id: string): string {
  return `${routes.sources}#${factAnchor(kind, id)}`;
}

/** A position's id among the facts: its actor and issue ("<actor>-<issue>"). */
export function positionFactId(position: { actor: string; issue: string }): string {
  return `${position.actor}-${position.issue}`;
}
