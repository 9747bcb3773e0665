import { stakeholders } from '../../content/stakeholders';
import type { Relation } from '../../content/schema';
import { actorsText } from '@locale/akteure';
import { edgeLabel, edgeStyle } from './edge-style';

/** The relation types in use, in the order they first appear. */
export function typesInUse(
  relations: readonly Relation[] = stakeholders.relations,
): Relation['type'][] {
  return [...new Set(relations.map((r) => r.type))];
}

/** What the line styles of the diagram mean; drawn with the diagram's own classes. */
export function Legend() {
  return (
    <ul className="legend" aria-label={actorsText.legendLabel}>
      {typesInUse().map((type) => (
        <li key={type}>
          <svg width="34" height="10" aria-hidden="true" className="edge" style={edgeStyle(type)}>
            <path className="edge__line" d="M2 5H32" />
          </svg>
          {edgeLabel(type)}
        </li>
      ))}
      <li>
        <svg width="34" height="10" aria-hidden="true" className="edge">
          <path className="edge__line" d="M2 5H24" />
          <path className="edge__arrow" d="M32 5L23 0.5L23 9.5Z" />
        </svg>
        {actorsText.legendArrow}
      </li>
      <li>
        <svg width="34" height="10" aria-hidden="true">
          <path className="diagram__tether" d="M2 5H32" />
        </svg>
        {actorsText.legendPerson}
      </li>
    </ul>
  );
}
