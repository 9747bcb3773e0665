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
