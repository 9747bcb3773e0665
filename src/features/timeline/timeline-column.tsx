import { useId, type RefObject } from 'react';
import { formatDateRange } from '../../lib/dates';
import type { Emphasis } from '../../lib/actor-match';
import { labelHeight } from './label-layout';
import type { ColumnMetrics, ColumnPlaced } from './column-layout';
import { eventHandlers } from './event-handlers';
import { markHitBox, type HitBox } from './events-at';
import type { PiecewiseScale, Tick, ZoomState } from './piecewise-scale';
import { parseDay, tickLabel, type TimelineModel } from './timeline-model';
import { CAPTION_PREFIX } from './plot-items';
import { phaseLabelText } from './plot-text';
import { AfterArticlePattern, Mark, phaseTone } from './timeline-mark';

interface ColumnProps {
  svgRef: RefObject<SVGSVGElement | null>;
  model: TimelineModel;
  scale: PiecewiseScale;
  zoom: ZoomState;
  width: number;
  height: number;
  metrics: ColumnMetrics;
  ticks: Tick[];
  placed: ColumnPlaced[];
  /** Events whose labels a callout stands over: drawn without their labels. */
  covered?: ReadonlySet<string>;
  emphasis: ReadonlyMap<string, Emphasis>;
  highlighted: ReadonlySet<string>;
  selected?: string;
  /** The side of a mark's square hit area: 44 px for a finger. */
  hitSize: number;
  onActivate: (id: string) => void;
  /** A tap that means several events: the reader is asked which. */
  onAmbiguous: (ids: string[], at: { x: number; y: number }, from: string) => void;
  onFocusEvent: (id: string) => void;
  frameReady?: boolean;
  eventsReady?: boolean;
}

/**
 * The narrow timeline: time runs down. Phases are bands at the left (their names along them), the
 * axis's dates beside them, every event a mark on the axis with its label to the right.
 */
export function TimelineColumn({
  svgRef,
  model,
  scale,
  zoom,
  width,
  height,
  metrics: m,
  ticks,
  placed,
  covered,
  emphasis,
  highlighted,
  selected,
  hitSize,
  onActivate,
  onAmbiguous,
  onFocusEvent,
  frameReady = true,
  eventsReady = true,
}: ColumnProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  if (!frameReady) {
    return (
      <svg
        ref={svgRef}
        className="timeline__svg timeline__svg--column"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      />
    );
  }
  const at = (date: Date) => zoom.k * scale(date) + zoom.x;
  const domainEnd = at(model.domain[1]);
  const r = m.markRadius;
  const textHeight = labelHeight(m.fontSize);
  const placedById = new Map(placed.map((p) => [p.id, p]));
  const events = placed.filter((p) => !p.id.startsWith(CAPTION_PREFIX));
  const captions = placed.filter((p) => p.id.startsWith(CAPTION_PREFIX) && p.label);

  const markBoxes: HitBox[] = events.map((p) =>
    markHitBox(p.id, { x0: p.x - r, x1: p.x + r, y0: p.y - r, y1: p.y2 + r }, hitSize),
  );
  // A label under a step's callout gives way to it: not drawn, and no target of its own.
  const labelOf = (p: ColumnPlaced) => (covered?.has(p.id) ? undefined : p.label);
  const labelBox = (p: ColumnPlaced): HitBox | undefined => {
    const l = labelOf(p);
    return (
      l && {
        id: p.id,
        x0: l.x - 4,
        x1: l.x + l.width + 4,
        y0: l.y - l.height / 2,
        y1: l.y + l.height / 2,
      }
    );
  };
  const labelBoxes = events.flatMap((p) => labelBox(p) ?? []);

  const { onClick, onKeyDown } = eventHandlers({
    markBoxes,
    labelBoxes,
    onActivate,
    onAmbiguous,
  });

  const phasesRight = m.phaseColumns[m.phaseColumns.length - 1]!;
  const gridLeft = phasesRight.x + phasesRight.width + 2;

  return (
    <svg
      ref={svgRef}
      className="timeline__svg timeline__svg--column"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <AfterArticlePattern id={`${uid}-after`} />

      <g aria-hidden="true">
        {scale.segments.slice(0, 1).map((segment) => (
          <rect
            key={segment.id}
            className="timeline__compressed"
            x={gridLeft}
            y={at(segment.start)}
            width={width - gridLeft}
            height={Math.max(0, at(segment.end) - at(segment.start))}
          />
        ))}
        {model.afterArticleFrom && (
          <rect
            className="timeline__after"
            fill={`url(#${uid}-after)`}
            x={m.axisX}
            y={at(model.afterArticleFrom)}
            width={width - m.axisX}
            height={Math.max(0, domainEnd - at(model.afterArticleFrom))}
          />
        )}
        {ticks.map((tick) => (
          <g key={`${tick.segment}-${tick.date.getTime()}`}>
            <line
              className={
                tick.boundary ? 'timeline__grid timeline__grid--boundary' : 'timeline__grid'
              }
              x1={gridLeft}
              x2={width}
              y1={tick.x}
              y2={tick.x}
            />
            {tick.x >= textHeight / 2 && tick.x <= height - textHeight / 2 && (
              <text
                className={`timeline__tick${tick.boundary ? ' timeline__tick--boundary' : ''}`}
                x={m.tickLabelRight}
                y={tick.x + m.fontSize * 0.36}
                textAnchor="end"
                fontSize={m.fontSize}
              >
                {tickLabel(tick.date, tick.level)}
              </text>
            )}
          </g>
        ))}
        <line
          className="timeline__axis"
          x1={m.axisX}
          x2={m.axisX}
          y1={Math.max(0, at(model.domain[0]))}
          y2={Math.min(height, domainEnd)}
        />
        {captions.map((c) => (
          <text
            key={c.id}
            className="timeline__caption"
            x={c.label!.x}
            y={c.label!.firstLineY + m.fontSize * 0.36}
            fontSize={m.fontSize}
          >
            {c.label!.lines.join(' ')}
          </text>
        ))}
      </g>

      <g className="timeline__phases" role="list">
        {model.phases.map((phase, i) => {
          const y0 = at(parseDay(phase.startDate));
          const y1 = phase.endDate ? at(parseDay(phase.endDate)) : domainEnd;
          const top = Math.max(y0, -2);
          const bottom = Math.min(y1, height + 2);
          const column = m.phaseColumns[phase.row] ?? m.phaseColumns[0]!;
          const text = phaseLabelText(phase, bottom - top - 10, m.fontSize);
          const cx = column.x + column.width / 2;
          const cy = (top + bottom) / 2;
          const name = `${phase.label}: ${formatDateRange(phase.startDate, phase.endDate)}`;
          return (
            <g key={phase.id} role="listitem" aria-label={name} data-phase={phase.id}>
              {bottom > top && (
                <rect
                  className="timeline__phase"
                  fill={phaseTone[i % phaseTone.length]}
                  x={column.x}
                  y={top}
                  width={column.width}
                  height={bottom - top}
                  rx={2}
                />
              )}
              {text && (
                <text
                  className="timeline__phase-label"
                  x={cx}
                  y={cy + m.fontSize * 0.36}
                  textAnchor="middle"
                  transform={`rotate(-90 ${cx} ${cy})`}
                  fontSize={m.fontSize}
                  aria-hidden="true"
                >
                  {text}
                </text>
              )}
            </g>
          );
        })}
      </g>

      {eventsReady && (
        <g className="timeline__events">
          {model.items.map((item) => {
            const p = placedById.get(item.id);
            const y = p?.y ?? at(item.start);
            const y2 = p?.y2 ?? (item.end ? at(item.end) : y);
            const onScreen = y2 + r >= 0 && y - r <= height;
            const label = p && labelOf(p);
            const isSelected = item.id === selected;
            const spotEmphasis = emphasis.get(item.id) ?? 'neutral';
            const hit = markHitBox(
              item.id,
              { x0: m.markX - r, x1: m.markX + r, y0: y - r, y1: y2 + r },
              hitSize,
            );
            const lbox = p ? labelBox(p) : undefined;
            return (
              <g
                key={item.id}
                className="timeline__event"
                data-event={item.id}
                data-date={item.event.date}
                data-emphasis={spotEmphasis}
                data-highlight={highlighted.has(item.id) ? 'true' : 'false'}
                data-after-article={item.afterArticle ? 'true' : 'false'}
                data-lane={item.lane}
                role="button"
                aria-label={item.name}
                aria-expanded={isSelected}
                tabIndex={onScreen ? 0 : -1}
                onClick={onClick(item.id)}
                onKeyDown={onKeyDown(item.id)}
                onFocus={() => onFocusEvent(item.id)}
              >
                <rect
                  className="timeline__hit"
                  data-hit="mark"
                  x={hit.x0}
                  y={hit.y0}
                  width={hit.x1 - hit.x0}
                  height={hit.y1 - hit.y0}
                />
                {lbox && (
                  <rect
                    className="timeline__hit"
                    data-hit="label"
                    x={lbox.x0}
                    y={lbox.y0}
                    width={lbox.x1 - lbox.x0}
                    height={lbox.y1 - lbox.y0}
                  />
                )}
                <rect
                  className="timeline__focus-ring"
                  x={m.markX - r - 4}
                  y={y - r - 4}
                  width={2 * r + 8}
                  height={y2 - y + 2 * r + 8}
                  rx={r + 4}
                />
                {lbox && (
                  <rect
                    className="timeline__focus-ring"
                    x={lbox.x0 + 1}
                    y={lbox.y0 + 1}
                    width={lbox.x1 - lbox.x0 - 2}
                    height={lbox.y1 - lbox.y0 - 2}
                    rx={3}
                  />
                )}
                {label && (
                  <polyline
                    className="timeline__leader"
                    fill="none"
                    points={`${m.markX + r + 2},${y} ${label.x - 8},${label.firstLineY} ${label.x - 3},${label.firstLineY}`}
                  />
                )}
                {(isSelected || highlighted.has(item.id)) && (
                  <rect
                    className={
                      isSelected ? 'timeline__ring timeline__ring--selected' : 'timeline__ring'
                    }
                    x={m.markX - r - 3}
                    y={y - r - 3}
                    width={2 * r + 6}
                    height={y2 - y + 2 * r + 6}
                    rx={r + 3}
                  />
                )}
                <Mark
                  x0={m.markX}
                  x1={m.markX}
                  y={y}
                  y1={y2}
                  r={r}
                  actors={item.actors}
                  emphasis={spotEmphasis}
                  afterArticle={item.afterArticle}
                />
                {label && (
                  <text
                    className="timeline__label"
                    x={label.x}
                    y={label.firstLineY + m.fontSize * 0.36}
                    fontSize={m.fontSize}
                    aria-hidden="true"
                  >
                    {label.lines.map((line, i) => (
                      <tspan key={i} x={label.x} dy={i === 0 ? 0 : textHeight}>
                        {/* The space keeps the words apart in the text a screen reader (and
                            the label-in-name check) reads; drawn, it is collapsed. */}
                        {i < label.lines.length - 1 ? `${line} ` : line}
                      </tspan>
                    ))}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      )}
    </svg>
  );
}
