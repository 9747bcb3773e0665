/**
 * The map's interface text. It sits beside ui.ts but apart from it, so it
 * travels in the view's own chunk rather than in the story's first load.
 *
 * The legend texts of the layers restate the checked facts (the article's record/timeline.json,
 * `legend_wording_suggestion`; icc-states-parties.json; the facts README) in German, adding nothing.
 */
export const mapUi = {
  /** The map's own name, for the frame and the keyboard-focusable map area. */
  label: 'Karte: Alaska, die Ukraine und die Orte des Artikels',
  keyboardHint:
    'Mit den Pfeiltasten verschieben, mit Plus und Minus zoomen. Die Orte sind mit der Tabulatortaste erreichbar und öffnen mit der Eingabetaste ihre Angaben. Orte, die zu nah beieinander liegen, teilen sich einen Punkt mit ihrer Zahl; er öffnet eine Auswahl.',
  controls: 'Kartensteuerung',
  zoomIn: 'Hineinzoomen',
  zoomOut: 'Herauszoomen',
  reset: 'Ansicht zurücksetzen',
  resetSection: 'Zurück zum Ausschnitt des Abschnitts',
  jumpTo: 'Ausschnitt wählen',
  jumpLabel: (name: string) => `Ausschnitt ${name} zeigen`,
  jumps: {
    alaska: 'Alaska',
    ukraine: 'Ukraine',
  },
  loadingGeography: 'Karte wird geladen …',
  /** Places too close to tell apart at the map's scale share one marker that opens a chooser. */
  cluster: {
    /** The marker's accessible name: every place it stands for. */
    name: (names: readonly string[]) => `${names.length} Orte: ${names.join(', ')}`,
    title: (count: number) => `${count} Orte an dieser Stelle`,
    zoomIn: 'Heranzoomen',
    short: 'mehrere Orte an einer Stelle',
    legend:
      'Eine Zahl im Punkt: So viele Orte liegen bei diesem Maßstab zu nah beieinander. Der Punkt öffnet eine Auswahl.',
  },
  close: 'Schließen',
  timelineEvents: 'In der Chronik',
  unknownPlace: (id: string) =>
    `Der Link nennt einen unbekannten Ort (${id}). Er wurde ignoriert; die Karte funktioniert wie gewohnt.`,
  dismiss: 'Hinweis schließen',
  listTitle: 'Alle Orte als Liste',
  legend: {
    title: 'Legende und Ebenen',
    short: 'Legende',
    layersLabel: 'Ebenen der Karte',
  },
  layers: {
    orte: {
      title: 'Orte des Artikels',
      text: 'Punkte in der Farbe des Akteurs, um den es dort geht; zwei Farben, wo es zwei sind.',
      highlighted: 'Größere Punkte: die Orte des gerade gelesenen Abschnitts.',
    },
    annexion: {
      title: 'Von Russland beanspruchte Gebiete',
      /** timeline.json, legend_wording_suggestion.claimed_regions, in German. */
      text: 'Gebiete, die Russland nach eigener Darstellung annektiert hat: die Krim und Sewastopol (2014); die Gebiete Donezk, Luhansk, Saporischschja und Cherson (2022). Russland kontrolliert nicht dieses gesamte Gebiet. Die Ansprüche werden weder von der Ukraine noch von den meisten UN-Mitgliedern anerkannt (Resolutionen 68/262 von 2014 und ES-11/4 von 2022 der UN-Generalversammlung).',
      /** timeline.json, legend_wording_suggestion.no_front_line, in German. */
      noFrontLine: 'Diese Karte zeigt nicht die Frontlinie, die sich von Woche zu Woche verändert.',
      y2014: 'beansprucht seit 2014',
      y2022: 'beansprucht seit 2022',
      short: 'Von Russland beansprucht (ohne Frontlinie)',
    },
    istgh: {
      title: 'Vertragsstaaten des IStGH',
      /** icc-states-parties.json (as of 15 Aug 2025) and the facts README, in German. */
      text: 'Die 125 Vertragsstaaten des Römischen Statuts des Internationalen Strafgerichtshofs am 15. August 2025, darunter Kanada und alle EU-Staaten; die Ukraine gehört seit dem 1. Januar 2025 dazu. Die USA und Russland sind keine Vertragsstaaten: Auf dem Gebiet der USA besteht keine vertragliche Pflicht, Putin festzunehmen.',
      smallParties: 'Sehr kleine Vertragsstaaten sind als Punkte gezeigt.',
      // Dated: the content is checked later than the list's day, after the withdrawal took effect.
      hungary:
        'Stand 15. August 2025: Ungarn hatte seinen Austritt am 2. Juni 2025 erklärt, wirksam erst am 2. Juni 2026, und war daher noch Vertragsstaat (Quellen: IStGH, Coalition for the ICC).',
      caveat:
        'Die Karte reicht nur bis 8° nördlicher Breite. Abhängige Gebiete wie Grönland sind nicht eingefärbt: Ob das Statut dort gilt, wurde nicht geprüft.',
      party: 'Vertragsstaat',
      nonParty: 'kein Vertragsstaat',
      short: 'IStGH-Vertragsstaaten',
    },
    beringstrasse: {
      title: 'Beringstraße',
      text: 'Zwischen der Großen Diomede-Insel (Russland) und der Kleinen Diomede-Insel (USA) liegen nur etwa 4 km; zwischen beiden verläuft die Grenze zwischen Russland und den USA. Die Inseln sind zu klein für die Karte und daher als Punkte in ihrer Mitte gezeigt; die Linie zwischen ihnen ist so lang wie der Abstand der Inseln.',
      distance: 'etwa 4 km',
      short: 'Diomede-Inseln: etwa 4 km',
    },
  },
  /** Orientation labels on the map; they name regions, they state nothing. */
  countries: {
    russland: 'Russland',
    ukraine: 'Ukraine',
    alaska: 'Alaska (USA)',
    usa: 'USA',
    kanada: 'Kanada',
  },
  credit: 'Kartengrundlage: Natural Earth',
} as const;
