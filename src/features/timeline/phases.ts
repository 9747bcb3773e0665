/**
 * The phases the timeline draws as bands. They are content, not code: each names the events that
 * open and close it, so its dates are the events' dates and never typed twice.
 */
import type { Content } from '../../content';

export interface PhaseSpec {
  id: string;
  /** The band's label, and a shorter one for narrow bands. */
  label: string;
  shortLabel: string;
  /** The event that opens the phase. */
  start: string;
  /** The event that closes it; without one the phase lasts to the end of the timeline. */
  end?: string;
}

export const phases: readonly PhaseSpec[] = [
  {
    id: 'krim-und-donbas',
    label: 'Annexion der Krim, Krieg im Donbas',
    shortLabel: 'Krim, Donbas',
    start: 'crimea-annexation',
    end: 'full-scale-invasion',
  },
  {
    id: 'grossangriff',
    label: 'Russlands Großangriff auf die Ukraine',
    shortLabel: 'Großangriff',
    start: 'full-scale-invasion',
  },
  {
    id: 'diplomatie-2025',
    label: 'Die Diplomatie des Jahres 2025',
    shortLabel: 'Diplomatie 2025',
    start: 'trump-inauguration',
    end: 'alaska-summit',
  },
];

/** The event the story turns on: the summit, which "Zum Gipfel" reaches in one tap. */
export const summitEvent = 'alaska-summit';

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
