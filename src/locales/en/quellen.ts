/**
 * The sources page's text: its headings, the origin and licence of every dataset, and the method
 * note. It travels in the page's own chunk, not in the story's first load.
 *
 * Every statement here restates the project's records, adding nothing:
 * - the article: src/articles/<article>/record/ARTICLE-README.md and README.md ("Sources and licences");
 * - the fact sheets and how they were checked: record/FACTS-README.md, the `description`,
 *   `sources_note` and `notes` fields of record/timeline.json, places.json, icc-states-parties.json;
 * - the geography: src/features/map/geo/README.md and scripts/build-geo.ts;
 * - what the map leaves out: the map's legend (locales/<lang>/karte.ts), taken from the same records;
 * - the software licences: the `license` field of each package (checked by a test, on the German
 *   edition's list; this one names the same packages and licences).
 */
import type { FactKind } from '../../content/target';
import type { PageKind } from '../../lib/routes';
import type * as de from '../de/quellen';
import type { Material } from '../de/quellen';
import type { LocaleText } from '../types';

/** A dataset, a font or a library the explainer is made from, with its origin and licence. */
export type { Material };

export const sourcesText: LocaleText<typeof de.sourcesText> = {
  intro:
    'Where every detail in this explainer comes from: the article, the sources for each fact, the map data and how it was all checked.',
  contentsLabel: 'On this page',
  article: {
    heading: 'The article',
    title: 'Title',
    author: 'Author',
    written: 'Written',
    rights: (author: string) => `Text: © ${author}. It appears here in full and unchanged.`,
  },
  stand: {
    heading: 'Updates and corrections',
    checked: 'Content last checked on',
    changes: 'Corrections and changes',
  },
  facts: {
    heading: 'Sources, detail by detail',
    intro:
      'Every detail shown in the map, the timeline, the key players, the glossary and the notes, with its type and its sources. Details from the article are referenced to their paragraphs.',
    count: (facts: number, sources: number) => `${facts} details, ${sources} sources`,
    groups: {
      place: 'Places',
      event: 'Events',
      actor: 'Actors',
      term: 'Terms',
      note: 'Fact checks',
      relation: 'Relations',
      position: 'Positions',
      layer: 'Map layers',
      phase: 'Timeline phases',
    } satisfies Record<FactKind, string>,
    groupCount: (n: number) => (n === 1 ? '1 detail' : `${n} details`),
    sources: 'Sources',
    article: 'Source: the article',
    inArticle: 'In the article',
    paragraph: (section: string, n: number) => `${section}, paragraph ${n}`,
    show: 'Show',
    /** Where a fact's name leads (said after its name, for lists of links). */
    shownIn: {
      map: 'on the map',
      timeline: 'in the timeline',
      actors: 'in the diagram',
      glossary: 'in the glossary',
      sources: 'on this page',
    } satisfies Record<PageKind, string>,
    /** The link to a group of facts, told apart from the page of the same name. */
    groupLink: 'Evidence',
  },
  index: {
    heading: 'All sources',
    intro: 'Every source, with the details it supports.',
    supports: 'Supports',
    layerHint: 'List of states parties for the map',
  },
  materials: {
    heading: 'Data and licences',
    datasets: 'Data',
    fonts: 'Fonts',
    software: 'Software',
    licence: 'Licence',
  },
  method: {
    heading: 'Method',
    mapHeading: 'What the map does not show',
    checkHeading: 'How the details were checked',
    kinds: 'Every detail is marked with its type:',
  },
};

/** The page loads no font: the text is set in the reader's own system fonts. */
export const fonts: typeof de.fonts = {
  name: 'System fonts',
  text: 'No font file is loaded. The article appears in a serif typeface on your device (such as Iowan Old Style, Charter, Cambria or Georgia), and the controls in its system font.',
  licence: 'The fonts on your own device; no separate licence needed.',
  links: [],
};

/**
 * The libraries that run in the reader's browser, with the licence each declares. A test reads
 * the installed packages and fails if a name or licence in the German edition's list differs;
 * this list names the same ones.
 */
export const software: typeof de.software = [
  { name: 'React, React DOM', licence: 'MIT', url: 'https://react.dev/' },
  { name: 'React Router', licence: 'MIT', url: 'https://reactrouter.com/' },
  { name: 'Leaflet', licence: 'BSD-2-Clause', url: 'https://leafletjs.com/' },
  { name: 'React Leaflet', licence: 'Hippocratic-2.1', url: 'https://react-leaflet.js.org/' },
  { name: 'D3 (modules)', licence: 'ISC', url: 'https://d3js.org/' },
  {
    name: 'TopoJSON Client',
    licence: 'ISC',
    url: 'https://github.com/topojson/topojson-client',
  },
];

/** The npm packages behind each entry of `software`, for the test that checks the licences. */
export const softwarePackages: typeof de.softwarePackages = {
  'React, React DOM': ['react', 'react-dom'],
  'React Router': ['react-router'],
  Leaflet: ['leaflet'],
  'React Leaflet': ['react-leaflet'],
  'D3 (modules)': [
    'd3-array',
    'd3-force',
    'd3-scale',
    'd3-selection',
    'd3-shape',
    'd3-time',
    'd3-zoom',
  ],
  'TopoJSON Client': ['topojson-client'],
};
