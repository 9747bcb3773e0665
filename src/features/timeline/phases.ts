/** The timeline's phases: the data is content (src/content/phases.ts); this resolves it. */
import summit from '@article/data/summit.json';
import type { Content } from '../../content';
import { phases, type PhaseSpec } from '../../content/phases';

export { phases, type PhaseSpec };

/**
 * The event the story turns on (summit.json), which the timeline's jump reaches in one tap; none
 * for an article without a summit at its centre.
 */
export const summitEvent: string | undefined = summit?.event;

export interface Phase extends PhaseSpec {
  startDate: string;
  /** Undefined: still going on when the timeline ends. */
  endDate?: string;
  /** Which row of the band strip it sits in: overlapping phases never share a row. */
  row: number;
}

/** Resolves the phases' dates from their events and stacks overlapping ones in rows. */
export function resolvePhases(content: Content, specs: readonly PhaseSpec[] = phases): Phase[] {
  const dateOf = (phase: string, id: string) => {
    const event = content.eventById.get(id);
    if (!event) throw new Error(`phase "${phase}" names unknown event "${id}"`);
    return event.date;
  };
  const resolved = specs
    .map((spec) => ({
      ...spec,
      startDate: dateOf(spec.id, spec.start),
      ...(spec.end ? { endDate: dateOf(spec.id, spec.end) } : {}),
    }))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const rowEnds: string[] = [];
  return resolved.map((phase) => {
    if (phase.endDate && phase.endDate < phase.startDate) {
      throw new Error(`phase "${phase.id}" ends before it starts`);
    }
    // Phases that meet (one ends the day the next begins) share a row: they read as a sequence.
    let row = rowEnds.findIndex((end) => end <= phase.startDate);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = phase.endDate ?? '9999-12-31';
    return { ...phase, row };
  });
}
