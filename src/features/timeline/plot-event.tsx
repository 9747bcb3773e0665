import type { KeyboardEvent, MouseEvent } from 'react';
import type { Emphasis } from '../../lib/actor-match';
import { markHitBox } from './events-at';
import type { PlacedLabel } from './label-layout';
import { Mark } from './timeline-mark';
import type { TimelineItem } from './timeline-model';

/**
 * One event across the plot: a button with its hit areas (the mark's, and the label's if it has
 * one), focus ring, leader line, highlight ring, mark and label.
 */
export function PlotEvent({
  item,
  emphasis,
  x0,
  x1,
  y,
  label,
  r,
  rowHeight,
  fontSize,
  textHeight,
  hit,
  onScreen,
  highlighted,
  isSelected,
  onClick,
  onKeyDown,
  onFocusEvent,
  onPeek,
}: {
  item: TimelineItem;
  emphasis: Emphasis;
  x0: number;
  x1: number;
  /** The mark's vertical centre. */
  y: number;
  label: PlacedLabel | undefined;
  /** The mark's radius. */
  r: number;
  rowHeight: number;
  fontSize: number;
  textHeight: number;
  /** The least side of the mark's hit area. */
  hit: number;
  onScreen: boolean;
  highlighted: boolean;
  isSelected: boolean;
  onClick: (event: MouseEvent<SVGGElement>) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  onFocusEvent: (id: string) => void;
  onPeek: (id: string | null) => void;
}) {
  const half = rowHeight / 2;
  const markHit = markHitBox(item.id, { x0, x1, y0: y - half, y1: y + half }, hit);
  return (
    <g
      className="timeline__event"
      data-event={item.id}
      data-date={item.event.date}
      data-emphasis={emphasis}
      data-highlight={highlighted ? 'true' : 'false'}
      data-after-article={item.afterArticle ? 'true' : 'false'}
      data-lane={item.lane}
      role="button"
      aria-label={item.name}
      aria-expanded={isSelected}
      // Only what is in view takes a tab stop; the rest is reached by panning (or the list).
      tabIndex={onScreen ? 0 : -1}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={() => {
        onFocusEvent(item.id);
        onPeek(item.id);
      }}
      onBlur={() => onPeek(null)}
      onPointerEnter={() => onPeek(item.id)}
      onPointerLeave={() => onPeek(null)}
    >
      <rect
        className="timeline__hit"
        data-hit="mark"
        x={markHit.x0}
        y={markHit.y0}
        width={markHit.x1 - markHit.x0}
        height={markHit.y1 - markHit.y0}
      />
      {label && (
        <rect
          className="timeline__hit"
          data-hit="label"
          x={label.x0 - 2}
          y={label.y - half}
          width={label.x1 - label.x0 + 4}
          height={rowHeight}
        />
      )}
      <rect
        className="timeline__focus-ring"
        x={x0 - r - 4}
        y={y - r - 4}
        width={x1 - x0 + 2 * r + 8}
        height={2 * r + 8}
        rx={r + 4}
      />
      {label && (
        <rect
          className="timeline__focus-ring"
          x={label.x0 - 3}
          y={label.y - half + 1}
          width={label.x1 - label.x0 + 6}
          height={rowHeight - 2}
          rx={3}
        />
      )}
      {label?.leader && (
        <line
          className="timeline__leader"
          x1={label.leader.x}
          x2={label.leader.x}
          y1={label.leader.y0 + r + 2}
          y2={label.leader.y1 + textHeight * 0.3}
        />
      )}
      {(isSelected || highlighted) && (
        <rect
          className={isSelected ? 'timeline__ring timeline__ring--selected' : 'timeline__ring'}
          x={x0 - r - 3}
          y={y - r - 3}
          width={x1 - x0 + 2 * r + 6}
          height={2 * r + 6}
          rx={r + 3}
        />
      )}
      <Mark
        x0={x0}
        x1={x1}
        y={y}
        r={r}
        actors={item.actors}
        emphasis={emphasis}
        afterArticle={item.afterArticle}
      />
      {label && (
        <text
          className="timeline__label"
          x={label.x}
          y={label.y + fontSize * 0.36}
          textAnchor={label.anchor}
          fontSize={fontSize}
          aria-hidden="true"
        >
          {label.text}
        </text>
      )}
    </g>
  );
}
