/**
 * Relations and positions: read only by the actors views, so they travel in those chunks and
 * not in the story's first load. Validated with the rest of the content at build and test time.
 */
import relationsJson from '@article/data/relations.json';
import positionsJson from '@article/data/positions.json';
import diagram from '@article/data/diagram.json';
import { actorsText } from '@locale/akteure';
import type { Issue, Stance } from './schema';

const relations = relationsJson;
const { issues, positions } = positionsJson;

export const stakeholders = {
  relations,
  relationById: new Map(relations.map((r) => [r.id, r])),
  issues,
  positions,
  /** Where the diagram's nodes stand, by design. */
  diagram,
};

/** A stance in words: the issue's own where positions.json names them, else the interface's. */
export function stanceLabel(issue: Pick<Issue, 'stances'> | undefined, stance: Stance): string {
  return issue?.stances?.[stance] ?? actorsText.stance[stance];
}
