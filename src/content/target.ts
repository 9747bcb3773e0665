/** Annotation targets ("place:kyiv"). Kept apart from the schema so the app ships without zod. */
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
