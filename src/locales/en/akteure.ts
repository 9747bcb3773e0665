/**
 * Interface text of the actors feature. It sits beside ui.ts but apart from it, so it travels
 * in the view's own chunk rather than in the story's first load.
 */
import type { Position } from '../../content/schema';
import type { actorsText as de } from '../de/akteure';
import type { LocaleText } from '../types';

type Stance = Position['stance'];

export const actorsText: LocaleText<typeof de> = {
  diagramHeading: 'Who is linked to whom',
  diagramLabel: 'Web of relations between the actors',
  diagramHint: 'Choose an actor or a connection (click, tap, or Tab and Enter) to see the sources.',
  diagramLoading: 'Loading the graphic…',
  legendLabel: 'Key',
  legendArrow: 'Arrow: direction of the relation',
  legendPerson: 'People are attached to their country',
  positionsHeading: 'Positions at a glance',
  positionsCaption:
    'What the actors want and what they reject, according to the article and checked sources – each cell with its source. Where no position is stated, the cell says so.',
  issueColumn: 'Issue',
  citation: 'Source',
  /** A cell of the positions matrix, as its "Source" names it: "EU on ceasefire". */
  cellName: (actor: string, issue: string) => `${actor} on ${issue}`,
  relationsHeading: 'All relations',
  relationsCaption: 'The connections in the graphic as a table, with their sources.',
  relationColumns: { from: 'From', type: 'Relation', to: 'To', citation: 'Source' },
  undirected: 'mutual',
  whoIsWho: 'Who’s who',
  paragraph: (section: string, n: number) => `${section}, paragraph ${n}`,
  detailLabel: 'Details of the selection',
  relationKind: 'Relation',
  positionsOf: 'Positions',
  positionsViaState: (state: string) => `The positions are listed under the country (${state}).`,
  relationsOf: 'Relations',
  relationEnds: 'Involved',
  noRelations: 'No documented relation.',
  noPositions: 'The article states no position.',
  selected: (name: string) => `Selected: ${name}. The details are shown with the graphic.`,
  unknownNode: (id: string) =>
    `The link names an unknown actor (“${id}”). It was ignored; the graphic works as normal.`,
  unknownRelation: (id: string) =>
    `The link names an unknown relation (“${id}”). It was ignored; the graphic works as normal.`,
  focus: (names: string) => `In focus: ${names}`,
  focusRelations: (n: number) => (n === 1 ? '1 connection' : `${n} connections`),
  /** The words of a cell that states nothing (positions.json; the validator knows them too). */
  silentCell: 'not stated in the article',
  quoteOpen: '“',
  quoteClose: '”',
  /** What a relation is called by a screen reader and in the detail's title. */
  relationName: (from: string, to: string, label: string, directed: boolean) =>
    directed ? `${from} → ${to}: ${label}` : `${from} – ${to}: ${label}`,
  stance: {
    dafuer: 'for',
    dagegen: 'against',
    bedingt: 'conditional',
    // No stance is named; the cell may still give context, with its citation.
    'nicht-genannt': 'no position stated',
  } satisfies Record<Stance, string>,
};
