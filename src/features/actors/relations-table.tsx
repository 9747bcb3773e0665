import { stakeholders } from '../../content/stakeholders';
import { memo, useId } from 'react';
import { content } from '../../content';
import { relationEmphasis } from './focus';
import { Citation } from './citation';
import { actorsText } from '@locale/akteure';

const nameOf = (id: string) => content.actorById.get(id)?.name ?? id;

/**
 * Every relation of the diagram as a table: the diagram's text alternative. Memoised: the page's
 * own re-render once hydration is done leaves it alone.
 */
export const RelationsTable = memo(function RelationsTable({
  selected,
}: {
  selected: readonly string[];
}) {
  const captionId = useId();
  const columns = actorsText.relationColumns;
  return (
    // A table that scrolls sideways must be reachable by keyboard (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table relations">
        <caption id={captionId}>
          <span>{actorsText.relationsCaption}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{columns.from}</th>
            <th scope="col">{columns.type}</th>
            <th scope="col">{columns.to}</th>
            <th scope="col">{columns.citation}</th>
          </tr>
        </thead>
        <tbody>
          {stakeholders.relations.map((r) => (
            <tr key={r.id} data-emphasis={relationEmphasis(content, selected, r)}>
              <td>{nameOf(r.from)}</td>
              <th scope="row">
                <span className="relations__arrow" aria-hidden="true">
                  {r.directed ? '→ ' : '↔ '}
                </span>
                {r.label}
                {!r.directed && <span className="visually-hidden"> ({actorsText.undirected})</span>}
              </th>
              <td>{nameOf(r.to)}</td>
              <td>
                <Citation cited={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
