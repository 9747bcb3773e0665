/** Every piece of interface text, in one place: an English edition swaps this module. */
export const ui = {
  skipToContent: 'Zum Inhalt springen',
  nav: {
    label: 'Hauptnavigation',
    story: 'Artikel',
    map: 'Karte',
    timeline: 'Chronik',
    actors: 'Akteure',
    glossary: 'Glossar',
    sources: 'Quellen',
  },
  byline: (author: string) => `Von ${author}`,
  bylineLabel: 'Autor',
  contentStand: (date: string) => `Inhalte geprüft am ${date}`,
  toc: {
    title: 'Inhalt',
    label: 'Inhaltsverzeichnis',
    progress: 'Lesefortschritt',
  },
  panel: {
    label: 'Kontext zum Abschnitt',
    section: (n: number, total: number) => `Abschnitt ${n} von ${total}`,
    actors: 'Akteure',
    places: 'Orte',
    events: 'Daten',
    failed: 'Diese Grafik konnte nicht angezeigt werden. Der Artikel bleibt vollständig lesbar.',
    inText: 'im Text',
    toVisual: 'Grafik zu diesem Abschnitt',
    stage: (section: string) => `Grafik zum Abschnitt »${section}«`,
    /** The callouts drawn on the visual, listed in the card with their kind and sources. */
    callouts: 'Auf der Grafik',
    calloutSources: (n: number) => (n === 1 ? 'Quelle' : `${n} Quellen`),
    /** The summary's name: its visible words first, then which callout, for lists of controls. */
    calloutSourcesOf: (n: number, text: string) =>
      `${n === 1 ? 'Quelle' : `${n} Quellen`} zu „${text}“`,
    /** An article quote drawn on the visual, in quotation marks. */
    quoted: (text: string) => `„${text}“`,
  },
  filter: {
    label: 'Nach Akteur filtern',
    hint: 'Hebt die Erwähnungen hervor und blendet den Rest ab.',
    clear: 'Filter aufheben',
    active: (names: string) => `Gefiltert: ${names}`,
    /** What a filter change did, for screen readers: "Ukraine: 9 Erwähnungen im Text, …". */
    summary: (names: string, c: { mentions: number; places: number; events: number }) =>
      `${names}: ${c.mentions} ${c.mentions === 1 ? 'Erwähnung' : 'Erwähnungen'} im Text, ${c.places} ${c.places === 1 ? 'Ort' : 'Orte'}, ${c.events} ${c.events === 1 ? 'Ereignis' : 'Ereignisse'}`,
    cleared: 'Filter aufgehoben',
    unknown: (ids: string) =>
      `Der Link nennt einen unbekannten Akteur (${ids}). Er wurde ignoriert; alles andere funktioniert.`,
    dismiss: 'Hinweis schließen',
  },
  popover: {
    noSources: 'Beleg: der Artikel selbst.',
    sourcesLoading: 'Quellen werden geladen …',
    showOnMap: 'Auf der Karte zeigen',
    showInTimeline: 'In der Chronik zeigen',
    showInGlossary: 'Im Glossar',
    showInDiagram: 'Im Diagramm zeigen',
    precision: 'Genauigkeit',
    approximate: 'Lage ungefähr',
    extra: 'Kontext, den der Artikel voraussetzt',
    afterArticle: 'Nach Erscheinen des Artikels',
  },
  provenance: {
    artikel: {
      label: 'Aussage des Artikels',
      help: 'Die Worte des Autors, wörtlich aus dem Artikel; es ist seine Darstellung oder Einschätzung.',
    },
    fakt: {
      label: 'Belegte Tatsache',
      help: 'An den genannten Quellen außerhalb des Artikels geprüft.',
    },
    behauptung: {
      label: 'Behauptung einer Partei',
      help: 'Eine Partei behauptet es; es ist nicht unabhängig bestätigt oder wird bestritten.',
    },
    redaktion: {
      label: 'Erläuterung der Redaktion',
      help: 'Von der Redaktion geschrieben, nicht vom Autor; die Tatsachen darin sind an den genannten Quellen geprüft.',
    },
    medien: {
      label: 'Medienbericht',
      help: 'Medien berichten es unter Berufung auf nicht genannte oder inoffizielle Quellen; offiziell bestätigt ist es nicht.',
    },
  },
  /** A claim's badge names the party that makes it. */
  claimBy: (party: string) => `Behauptung: ${party}`,
  annotationKind: {
    actor: 'Akteur',
    place: 'Ort',
    event: 'Datum',
    term: 'Begriff',
    note: 'Faktencheck',
  },
  /** The story's opening picture (a map drawn by the newsroom from the checked facts). */
  opening: {
    credit: 'Grafik der Redaktion',
    alt: (picture: string, summit: string, date: string, places: string) =>
      `${picture} Markiert: ${summit}, Ort des Gipfels am ${date}; außerdem ${places}.`,
    caption: (event: string, date: string, caption: string) => `${event}, ${date}: ${caption}`,
    geography: 'Kartengrundlage: Natural Earth',
    facts: 'Ort und Datum: belegte Tatsachen',
    sources: 'Quellen',
    /** The sources link's name: its visible word, then which fact, for lists of links. */
    sourcesOf: (event: string) => `Quellen: ${event}`,
  },
  epilogue: {
    title: 'Was danach geschah',
    label: 'Nachtrag der Redaktion',
    more: 'Quellen und Einzelheiten',
  },
  resume: {
    label: 'Weiterlesen',
    text: (section: string) => `Sie haben zuletzt »${section}« gelesen.`,
    go: 'Dort weiterlesen',
    dismiss: 'Hinweis schließen',
  },
  glossary: {
    title: 'Glossar',
  },
  places: {
    title: 'Orte',
  },
  timeline: {
    title: 'Chronik',
  },
  actors: {
    title: 'Akteure',
  },
  sourcesPage: {
    title: 'Quellen',
  },
  notFound: {
    title: 'Seite nicht gefunden',
  },
} as const;
