/**
 * The map's interface text. It sits beside ui.ts but apart from it, so it
 * travels in the view's own chunk rather than in the story's first load.
 *
 * What the map shows — its name, its layers and their legend, the areas it names — is the
 * article's: its data/map.json.
 */
export const mapUi = {
  keyboardHint:
    'Mit den Pfeiltasten verschieben, mit Plus und Minus zoomen. Die Orte sind mit der Tabulatortaste erreichbar und öffnen mit der Eingabetaste ihre Angaben. Orte, die zu nah beieinander liegen, teilen sich einen Punkt mit ihrer Zahl; er öffnet eine Auswahl.',
  controls: 'Kartensteuerung',
  zoomIn: 'Hineinzoomen',
  zoomOut: 'Herauszoomen',
  reset: 'Ansicht zurücksetzen',
  resetSection: 'Zurück zum Ausschnitt des Abschnitts',
  jumpTo: 'Ausschnitt wählen',
  jumpLabel: (name: string) => `Ausschnitt ${name} zeigen`,
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
  credit: 'Kartengrundlage: Natural Earth',
} as const;
