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
  /** The map's own name, for the frame and the keyboard-focusable map area. */
  label: 'Map: Alaska, Ukraine and the places in the article',
  keyboardHint:
    'Use the arrow keys to move and plus and minus to zoom. Press Tab to reach the places and Enter to open their details. Places too close together share one marker showing how many there are; it opens a list to choose from.',
  controls: 'Map controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Reset view',
  resetSection: 'Back to this section’s view',
  jumpTo: 'Jump to',
  jumpLabel: (name: string) => `Show ${name}`,
  jumps: {
    alaska: 'Alaska',
    ukraine: 'Ukraine',
  },
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
  layers: {
    orte: {
      title: 'Places in the article',
      text: 'Dots in the colour of the actor concerned; two colours where two are concerned.',
      highlighted: 'Larger dots: the places in the section you are reading.',
    },
    annexion: {
      title: 'Regions claimed by Russia',
      /** timeline.json, legend_wording_suggestion.claimed_regions. */
      text: 'Regions Russia claims to have annexed: Crimea and Sevastopol (2014); Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts (2022). Russia does not control all of this territory. The claims are not recognised by Ukraine or by most UN members (UN General Assembly resolutions 68/262 of 2014 and ES-11/4 of 2022).',
      /** timeline.json, legend_wording_suggestion.no_front_line. */
      noFrontLine: 'This map does not show the front line, which changes week to week.',
      y2014: 'claimed since 2014',
      y2022: 'claimed since 2022',
      short: 'Claimed by Russia (front line not shown)',
    },
    istgh: {
      title: 'ICC states parties',
      /** icc-states-parties.json (as of 15 Aug 2025) and the facts README. */
      text: 'The 125 states parties to the Rome Statute of the International Criminal Court as of 15 August 2025, including Canada and every EU member state; Ukraine has been one since 1 January 2025. The US and Russia are not states parties: there is no treaty obligation to arrest Putin on US soil.',
      smallParties: 'Very small states parties are shown as dots.',
      // Dated: the content is checked later than the list's day, after the withdrawal took effect.
      hungary:
        'As of 15 August 2025: Hungary had announced its withdrawal on 2 June 2025, taking effect only on 2 June 2026, and so was still a state party (sources: ICC, Coalition for the ICC).',
      caveat:
        'The map reaches south only to 8° N. Dependent territories such as Greenland are not coloured: whether the Statute applies there has not been checked.',
      party: 'State party',
      nonParty: 'Not a state party',
      short: 'ICC states parties',
    },
    beringstrasse: {
      title: 'Bering Strait',
      text: 'Only about 4 km separates Big Diomede (Russia) from Little Diomede (US), and the border between Russia and the US runs between them. The islands are too small for the map, so they are shown as dots at their centres; the line between them is as long as the distance between the islands.',
      distance: 'about 4 km',
      short: 'Diomede Islands: about 4 km apart',
    },
  },
  /** Orientation labels on the map; they name regions, they state nothing. */
  countries: {
    russland: 'Russia',
    ukraine: 'Ukraine',
    alaska: 'Alaska (US)',
    usa: 'US',
    kanada: 'Canada',
  },
  credit: 'Base map: Natural Earth',
};
