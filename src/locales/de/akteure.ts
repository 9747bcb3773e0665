/**
 * Interface text of the actors feature. It sits beside ui.ts but apart from it, so it travels
 * in the view's own chunk rather than in the story's first load.
 */
import type { Position } from '../../content/schema';

type Stance = Position['stance'];

export const actorsText = {
  diagramHeading: 'Wer mit wem',
  diagramLabel: 'Beziehungsgeflecht der Akteure',
  diagramHint:
    'Einen Akteur oder eine Verbindung wählen (Klick, Tippen oder Tab und Eingabe), um die Belege zu sehen.',
  diagramLoading: 'Die Grafik wird geladen …',
  legendLabel: 'Legende',
  legendArrow: 'Pfeil: Richtung der Beziehung',
  legendPerson: 'Personen hängen an ihrem Staat',
  positionsHeading: 'Positionen auf einen Blick',
  positionsCaption:
    'Was die Akteure wollen und ablehnen, laut Artikel und geprüften Quellen – jede Zelle mit ihrem Beleg. Wo keine Position genannt ist, steht es so da.',
  issueColumn: 'Thema',
  citation: 'Beleg',
  /** A cell of the positions matrix, as its "Beleg" names it: "EU zu Waffenruhe". */
  cellName: (actor: string, issue: string) => `${actor} zu ${issue}`,
  relationsHeading: 'Alle Beziehungen',
  relationsCaption: 'Die Verbindungen der Grafik als Tabelle, mit ihren Belegen.',
  relationColumns: { from: 'Von', type: 'Beziehung', to: 'Zu', citation: 'Beleg' },
  undirected: 'wechselseitig',
  whoIsWho: 'Wer ist wer',
  paragraph: (section: string, n: number) => `${section}, Absatz ${n}`,
  detailLabel: 'Details zur Auswahl',
  relationKind: 'Beziehung',
  positionsOf: 'Positionen',
  positionsViaState: (state: string) => `Die Positionen stehen beim Staat (${state}).`,
  relationsOf: 'Beziehungen',
  relationEnds: 'Beteiligte',
  noRelations: 'Keine Beziehung belegt.',
  noPositions: 'Der Artikel nennt keine Position.',
  selected: (name: string) => `Ausgewählt: ${name}. Die Details stehen bei der Grafik.`,
  unknownNode: (id: string) =>
    `Der Link nennt einen unbekannten Akteur („${id}“). Er wurde ignoriert; die Grafik funktioniert.`,
  unknownRelation: (id: string) =>
    `Der Link nennt eine unbekannte Beziehung („${id}“). Sie wurde ignoriert; die Grafik funktioniert.`,
  focus: (names: string) => `Im Fokus: ${names}`,
  focusRelations: (n: number) => (n === 1 ? '1 Verbindung' : `${n} Verbindungen`),
  /** The words of a cell that states nothing (positions.json; the validator knows them too). */
  silentCell: 'im Artikel nicht genannt',
  quoteOpen: '„',
  quoteClose: '“',
  /** What a relation is called by a screen reader and in the detail's title. */
  relationName: (from: string, to: string, label: string, directed: boolean) =>
    directed ? `${from} → ${to}: ${label}` : `${from} – ${to}: ${label}`,
  stance: {
    dafuer: 'dafür',
    dagegen: 'dagegen',
    bedingt: 'bedingt',
    // No stance is named; the cell may still give context, with its citation.
    'nicht-genannt': 'keine Position genannt',
  } satisfies Record<Stance, string>,
} as const;
