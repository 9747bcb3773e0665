/**
 * The interface text of the printed story: the pictures' captions and alternative texts and the
 * sources list. It is used only when the site is built (scripts/print.ts) and never reaches a
 * browser chunk; the printed page carries it as prerendered HTML.
 */
import type { printUi as de } from '../de/druck';
import type { LocaleText } from '../types';

export const printUi: LocaleText<typeof de> = {
  /** "Fig. 2": a picture's number, as its caption names it. */
  figure: (n: number) => `Fig. ${n}`,
  kinds: {
    kontext: 'Context',
    chronik: 'Timeline',
    akteure: 'Key players',
    karte: 'Map',
  },
  /** What a picture shows, after its number, its kind and the section's short title. */
  shows: {
    kontext: 'Who, where and when: the actors, places and dates this section is about.',
    chronik: (from: string, to: string) =>
      `The timeline from ${from} to ${to}; the events of this section are outlined and labelled in bold.`,
    akteure: (names: string) =>
      `The web of relations, centred on ${names}; the relations this section deals with are labelled.`,
    karte: (area: string) => `${area}; the places in this section are drawn larger and outlined.`,
  },
  alt: {
    chronik: (from: string, to: string, events: string) =>
      `Timeline from ${from} to ${to}. Highlighted: ${events}.`,
    akteure: (names: string, relations: string) =>
      `Web of relations between the actors. At the centre: ${names}. Relations: ${relations}.`,
    karte: (area: string, places: string, layers: string) =>
      `Map, ${area}. Places: ${places}.${layers ? ` ${layers}` : ''}`,
  },
  /** The map's area, by its bounds ("50–71.5° N, 150° E – 120° W") and the countries it names. */
  area: (bounds: string, countries: string) =>
    `Area ${bounds}${countries ? `, labelled: ${countries}` : ''}`,
  /** The compass points of a map's bounds ("120° W"). */
  compass: { north: 'N', east: 'E', west: 'W' },
  /** The sources of a picture, as numbers of the printed sources list. */
  sources: (numbers: string) => `Sources: ${numbers}.`,
  articleOnly: 'Source: the article.',
  geography: 'Base map: Natural Earth.',
  /** The line after the epilogue, with the numbers of its sources. */
  epilogueSources: (numbers: string) => `Sources for the postscript: ${numbers}.`,
  list: {
    title: 'Sources',
    intro:
      'The sources of the facts this explainer shows: in the notes to the text, in the figures and in the postscript. The numbers in the captions refer to this list.',
  },
};
