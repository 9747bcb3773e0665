import { stakeholders, stanceLabel } from '../../content/stakeholders';
import { memo, useId } from 'react';
import { content } from '../../content';
import { ForeignWords } from '../../components/ui/foreign-words';
import type { Position } from '../../content/schema';
import { emphasisFor, filterActorsOf } from '../../lib/actor-match';
import { Citation } from './citation';
import { actorsText } from '@locale/akteure';

/** The actors the matrix has columns for: those with positions, in the order of the actor list. */
export function matrixActors() {
  const named = new Set(stakeholders.positions.map((p) => p.actor));
  return content.actors.filter((a) => named.has(a.id));
}

export function positionFor(actor: string, issue: string): Position | undefined {
  return stakeholders.positions.find((p) => p.actor === actor && p.issue === issue);
}

/** A position's words: the stance as a symbol and a word, then the text if it says more. */
export function PositionText({ position }: { position: Position }) {
  const issue = stakeholders.issues.find((i) => i.id === position.issue);
  const label = stanceLabel(issue, position.stance);
  const says = position.text !== actorsText.silentCell;
  return (
    <>
      <span className={`stance stance--${position.stance}`}>{label}</span>
      {says && (
        <p className="matrix__text">
          <ForeignWords text={position.text} />
        </p>
      )}
    </>
  );
}

const cited = (p: Position) => !!p.quote || p.sources.length > 0 || p.paragraphs.length > 0;

/**
 * Positions at a glance: issues by actors, each cell with its citation one activation away.
 * Memoised: the page's own re-render once hydration is done leaves it alone.
 */
export const PositionsMatrix = memo(function PositionsMatrix({
  selected,
}: {
  selected: readonly string[];
}) {
  const captionId = useId();
  const actors = matrixActors();
  const emphasis = (id: string) => emphasisFor(selected, filterActorsOf(content, [id]));
  return (
    // A table that scrolls sideways must be reachable by keyboard (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table matrix">
        <caption id={captionId}>
          <span>{actorsText.positionsCaption}</span>
        </caption>
        <colgroup>
          <col className="matrix__issues" />
          {actors.map((a) => (
            <col key={a.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{actorsText.issueColumn}</th>
            {actors.map((a) => (
              <th key={a.id} scope="col" className={`tone--${a.id}`} data-emphasis={emphasis(a.id)}>
                <span className="matrix__actor">{a.name}</span>
                {a.fullName !== a.name && <span className="matrix__actor-full">{a.fullName}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stakeholders.issues.map((issue) => (
            <tr key={issue.id}>
              <th scope="row">{issue.label}</th>
              {actors.map((a) => {
                const position = positionFor(a.id, issue.id) ?? {
                  actor: a.id,
                  issue: issue.id,
                  stance: 'nicht-genannt' as const,
                  text: actorsText.silentCell,
                  provenance: 'redaktion' as const,
                  sources: [],
                  paragraphs: [],
                };
                return (
                  <td
                    key={a.id}
                    className={`tone--${a.id}`}
                    data-emphasis={emphasis(a.id)}
                    data-stance={position.stance}
                  >
                    <PositionText position={position} />
                    {cited(position) && (
                      <details>
                        {/* One per cell: each names its cell, for a list of controls. */}
                        <summary
                          aria-label={`${actorsText.citation}: ${actorsText.cellName(a.name, issue.label)}`}
                        >
                          {actorsText.citation}
                        </summary>
                        <Citation cited={position} />
                      </details>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
