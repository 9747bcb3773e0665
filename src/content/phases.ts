/**
 * The phases the timeline draws as bands. They are content, not code: each names the events that
 * open and close it, so its dates are the events' dates and never typed twice, and the events its
 * label rests on, whose sources are the band's (listed on /quellen with the other facts).
 */
export interface PhaseSpec {
  id: string;
  /** The band's label, and a shorter one for narrow bands. */
  label: string;
  shortLabel: string;
  /** The event that opens the phase. */
  start: string;
  /** The event that closes it; without one the phase lasts to the end of the timeline. */
  end?: string;
  /** The events whose sources support the label. */
  events: string[];
}

export const phases: readonly PhaseSpec[] = [
  {
    id: 'krim-und-donbas',
    label: 'Russische Annexion der Krim, Krieg im Donbas',
    shortLabel: 'Krim, Donbas',
    start: 'crimea-annexation',
    end: 'full-scale-invasion',
    // Minsk II: the ceasefire agreed for parts of Donezk and Luhansk shows the war in the Donbas.
    events: ['crimea-annexation', 'minsk-2', 'full-scale-invasion'],
  },
  {
    id: 'grossangriff',
    label: 'Russlands Großangriff auf die Ukraine',
    shortLabel: 'Großangriff',
    start: 'full-scale-invasion',
    events: ['full-scale-invasion'],
  },
  {
    id: 'diplomatie-2025',
    label: 'Die Diplomatie des Jahres 2025',
    shortLabel: 'Diplomatie 2025',
    start: 'trump-inauguration',
    end: 'alaska-summit',
    events: ['trump-inauguration', 'riyadh-talks', 'jeddah', 'istanbul', 'alaska-summit'],
  },
];
