import { stakeholders } from '../../content/stakeholders';
import { content } from '../../content';
import type { Actor } from '../../content/schema';
import { actorsText } from '@locale/akteure';

/** The accessible name of a node: its visible name first, then the full name. */
export function nodeName(actor: Actor): string {
  return actor.fullName.includes(actor.name) ? actor.fullName : `${actor.name} (${actor.fullName})`;
}

/** "Russland → Ukraine: führt Krieg gegen": a relation's name for screen readers and titles. */
export function relationName(id: string): string {
  const r = stakeholders.relationById.get(id);
  if (!r) return id;
  const name = (actorId: string) => content.actorById.get(actorId)?.name ?? actorId;
  return actorsText.relationName(name(r.from), name(r.to), r.label, r.directed);
}

export const nodeDomId = (id: string) => `knoten-${id}`;
export const relationDomId = (id: string) => `beziehung-${id}`;
/** The detail of the diagram's choice on /akteure (the current node or edge leads there by Tab). */
export const detailDomId = 'auswahl-detail';
