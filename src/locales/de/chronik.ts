/**
 * The timeline's interface text. It sits beside ui.ts but apart from it, so it travels in the
 * view's own chunk rather than in the story's first load.
 */
export const timelineUi = {
  label: 'Zeitleiste',
  hint: 'Ziehen, Mausrad oder Pfeiltasten verschieben; Plus und Minus zoomen.',
  hintPanel: 'Ziehen oder Pfeiltasten verschieben; Plus und Minus oder Strg + Mausrad zoomen.',
  /** The same for touch screens: what a finger does. */
  hintTouch:
    'Wischen verschiebt, zwei Finger zoomen; Plus und Minus zoomen um das gewählte Ereignis.',
  hintTouchColumn:
    'Die Zeit läuft nach unten. Nach oben oder unten wischen verschiebt, zwei Finger zoomen; Plus und Minus zoomen um das gewählte Ereignis.',
  hintTouchPanel: 'Plus und Minus oder zwei Finger zoomen; Tippen auf ein Ereignis öffnet es.',
  toSummit: 'Zum Gipfel',
  toSummitLabel: (date: string) => `Zum Gipfel am ${date} springen`,
  listToSummit: (date: string) => `In der Liste zum Gipfel am ${date}`,
  chooser: {
    title: (count: number) => `${count} Ereignisse an dieser Stelle`,
    zoomIn: 'Heranzoomen',
  },
  zoomIn: 'Hineinzoomen',
  zoomOut: 'Herauszoomen',
  reset: 'Zurücksetzen',
  visible: (from: string, to: string) => `Zu sehen: ${from} bis ${to}`,
  wheelHint: 'Zum Zoomen Strg gedrückt halten',
  lanes: {
    geschichte: 'Geschichte',
    krieg: 'Krieg',
    diplomatie: 'Diplomatie',
    recht: 'Recht',
  },
  /** Captions of the scale's segments, where their density differs from the middle one. */
  segments: {
    vorgeschichte: () => 'Vorgeschichte, gestaucht',
    fokus: (year: number) => `${year}, gedehnt`,
  },
  afterArticle: 'Nach dem Artikel',
  afterArticleSuffix: 'nach Erscheinen des Artikels',
  eventName: (date: string, title: string) => `${date}: ${title}`,
  detailLabel: 'Ereignis',
  close: 'Schließen',
  place: 'Ort',
  places: 'Orte',
  showPlaceOnMap: (name: string) => `${name} auf der Karte zeigen`,
  unknownEvent: (id: string) =>
    `Der Link nennt ein unbekanntes Ereignis (${id}). Er wurde ignoriert; die Chronik funktioniert wie gewohnt.`,
  dismiss: 'Hinweis schließen',
  listTitle: 'Alle Ereignisse als Liste',
  noScript: 'Die Zeitleiste braucht JavaScript. Alle Ereignisse stehen in der Liste unten.',
  monthsShort: [
    'Jan.',
    'Feb.',
    'März',
    'Apr.',
    'Mai',
    'Juni',
    'Juli',
    'Aug.',
    'Sept.',
    'Okt.',
    'Nov.',
    'Dez.',
  ],
} as const;
