/**
 * The map's interface text. It sits beside ui.ts but apart from it, so it
 * travels in the view's own chunk rather than in the story's first load.
 *
 * The legend texts of the layers restate the checked facts (the article's record/timeline.json,
 * `legend_wording_suggestion`; icc-states-parties.json; the facts README), adding nothing; the
 * claimed-regions texts are the record's own English wording.
 */
import type { mapUi as de } from '../de/karte';
import type { LocaleText } from '../types';

export const mapUi: LocaleText<typeof de> = {
  keyboardHint:
    'Use the arrow keys to move and plus and minus to zoom. Press Tab to reach the places and Enter to open their details. Places too close together share one marker showing how many there are; it opens a list to choose from.',
  controls: 'Map controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Reset view',
  resetSection: 'Back to this section’s view',
  jumpTo: 'Jump to',
  jumpLabel: (name: string) => `Show ${name}`,
  loadingGeography: 'Loading the map…',
  /** Places too close to tell apart at the map's scale share one marker that opens a chooser. */
  cluster: {
    /** The marker's accessible name: every place it stands for. */
    name: (names: readonly string[]) => `${names.length} places: ${names.join(', ')}`,
    title: (count: number) => `${count} places here`,
    zoomIn: 'Zoom in here',
    short: 'several places at one spot',
    legend:
      'A number in a marker: this many places are too close together to tell apart at this scale. The marker opens a list to choose from.',
  },
  close: 'Close',
  timelineEvents: 'In the timeline',
  unknownPlace: (id: string) =>
    `The link names an unknown place (${id}). It was ignored; the map works as normal.`,
  dismiss: 'Dismiss notice',
  listTitle: 'All places as a list',
  legend: {
    title: 'Key and layers',
    short: 'Key',
    layersLabel: 'Map layers',
  },
  credit: 'Base map: Natural Earth',
};
