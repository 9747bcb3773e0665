/**
 * Relations and positions: read only by the actors views, so they travel in those chunks and
 * not in the story's first load. Validated with the rest of the content at build and test time.
 */
import relationsJson from './data/relations.json';
import positionsJson from './data/positions.json';
import type { Issue, Position, Relation } from './schema';

const relations = relationsJson as Relation[];
const { issues, positions } = positionsJson as { issues: Issue[]; positions: Position[] };

export const stakeholders = {
  relations,
  relationById: new Map(relations.map((r) => [r.id, r])),
  issues,
  positions,
};
