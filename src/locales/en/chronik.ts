/**
 * The timeline's interface text. It sits beside ui.ts but apart from it, so it travels in the
 * view's own chunk rather than in the story's first load.
 */
import type { timelineUi as de } from '../de/chronik';
import type { LocaleText } from '../types';

export const timelineUi: LocaleText<typeof de> = {
  label: 'Timeline',
  hint: 'Drag, scroll or use the arrow keys to move; plus and minus to zoom.',
  hintPanel: 'Drag or use the arrow keys to move; plus and minus or Ctrl + scroll to zoom.',
  /** The same for touch screens: what a finger does. */
  hintTouch: 'Swipe to move, pinch to zoom; plus and minus zoom around the selected event.',
  hintTouchColumn:
    'Time runs downwards. Swipe up or down to move, pinch to zoom; plus and minus zoom around the selected event.',
  hintTouchPanel: 'Plus and minus or a pinch to zoom; tap an event to open it.',
  toSummit: 'Go to the summit',
  toSummitLabel: (date: string) => `Jump to the summit on ${date}`,
  listToSummit: (date: string) => `Go to the summit on ${date} in the list`,
  chooser: {
    title: (count: number) => `${count} events here`,
    zoomIn: 'Zoom in here',
  },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Reset',
  visible: (from: string, to: string) => `Showing ${from} to ${to}`,
  wheelHint: 'Hold Ctrl to zoom',
  lanes: {
    geschichte: 'History',
    krieg: 'War',
    diplomatie: 'Diplomacy',
    recht: 'Law',
  },
  /** Captions of the scale's segments, where their density differs from the middle one. */
  segments: {
    vorgeschichte: () => 'Background, compressed',
    fokus: (year: number) => `${year}, expanded`,
  },
  afterArticle: 'After the article',
  afterArticleSuffix: 'after the article was published',
  eventName: (date: string, title: string) => `${date}: ${title}`,
  detailLabel: 'Event',
  close: 'Close',
  place: 'Place',
  places: 'Places',
  showPlaceOnMap: (name: string) => `Show ${name} on the map`,
  unknownEvent: (id: string) =>
    `The link names an unknown event (${id}). It was ignored; the timeline works as normal.`,
  dismiss: 'Dismiss notice',
  listTitle: 'All events as a list',
  noScript: 'The timeline needs JavaScript. All the events are in the list below.',
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
