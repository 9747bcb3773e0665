/**
 * The timeline's phases, drawn as bands (the article's data/phases.json). Each names the events
 * that open and close it, so its dates are the events' dates and never typed twice, and the
 * events its label rests on, whose sources are the band's (listed on /quellen with the other
 * facts). Kept out of the story's first load: the timeline and the sources page import it.
 */
import phasesJson from '@article/data/phases.json';
import type { PhaseSpec } from './schema';

export type { PhaseSpec };
export const phases: readonly PhaseSpec[] = phasesJson;
