import { useId, type RefObject } from 'react';
import { eventHandlers } from './event-handlers';
import { markHitBox, type HitBox } from './events-at';
import { formatDateRange } from '../../lib/dates';
import type { Emphasis } from '../../lib/actor-match';
import {
  labelHeight,
  type LaneSpec,
  type LayoutItem,
  type LayoutOptions,
  type PlacedItem,
} from './label-layout';
import type { Phase } from './phases';
import type { PiecewiseScale, Tick, ZoomState } from './piecewise-scale';
import { timelineUi } from '@locale/chronik';
import { estimateTextWidth, fitText } from '../../lib/text-width';
import { parseDay, tickLabel, type Lane, type TimelineModel } from './timeline-model';

export interface PlotMetrics {
  compact: boolean;
  /** The radius of a mark (without its highlight ring). */
  markRadius: number;
  phases: { top: number; rowHeight: number; fontSize: number; bottom: number };
  axis: { top: number; bottom: number; fontSize: number };
  lanesTop: number;
  lanesBottom: number;
  captionsY: number;
  captionFontSize: number;
  laneBands: { id: Lane; label: string; top: number; bottom: number; captionY: number }[];
  laneCaptionSize: number;
  lanes: LaneSpec[];
  laneIndex: Map<Lane, number>;
  layout: LayoutOptions;
  tickSpacing: number;
}

/** The plot's vertical plan: phase bands, axis, lanes (rows shared out by weight), captions. */
export function plotMetrics(
  width: number,
  height: number,
  lanes: TimelineModel['lanes'],
  phases: readonly Phase[],
): PlotMetrics {
  const compact = width < 560 || height < 300;
  // The phone's panel band: every pixel of height counts.
  const tight = height < 260;
  // No text in the visual under 12 px, however tight the band (a phone reads it at arm's length).
  const fontSize = compact || tight ? 12 : 13;
  const rowHeight = tight ? 20 : compact ? 22 : 24;
  const markRadius = compact ? 4.5 : 5;
  const phaseRows = Math.max(1, ...phases.map((p) => p.row + 1));
  const phaseRowHeight = tight ? 17 : compact ? 18 : 19;
  const phaseTop = 2;
  const phaseBottom = phaseTop + phaseRows * phaseRowHeight + 2;
  const axisBottom = phaseBottom + (tight ? 17 : compact ? 18 : 20);
  const captionStrip = tight ? 15 : compact ? 15 : 17;
  const lanesTop = axisBottom;
  const lanesBottom = height - captionStrip;
  const captionHeight = tight ? 14 : compact ? 15 : 16;
  const pad = tight ? 1 : 3;

  // Every lane gets one row, the rest go by weight (highest average weight per row first).
  const available = lanesBottom - lanesTop - lanes.length * (captionHeight + pad);
  const rows = lanes.map(() => 1);
  let spare = Math.max(0, Math.floor(available / rowHeight) - lanes.length);
  while (spare-- > 0) {
    let best = 0;
    lanes.forEach((lane, i) => {
      if (lane.weight / (rows[i]! + 1) > lanes[best]!.weight / (rows[best]! + 1)) best = i;
    });
    rows[best]! += 1;
  }
  const slack = Math.max(
    0,
    (available - rows.reduce((sum, r) => sum + r, 0) * rowHeight) / lanes.length,
  );
  let y = lanesTop;
  const laneBands = lanes.map((lane, i) => {
    const top = y;
    const bottom = top + captionHeight + rows[i]! * rowHeight + pad + slack;
    y = bottom;
    return { id: lane.id, label: lane.label, top, bottom, captionY: top + captionHeight - 3 };
  });
  return {
    compact,
    markRadius,
    phases: {
      top: phaseTop,
      rowHeight: phaseRowHeight,
      fontSize: 12,
      bottom: phaseBottom,
    },
    axis: { top: phaseBottom, bottom: axisBottom, fontSize: 12 },
    lanesTop,
    lanesBottom,
    captionsY: height - 4,
    captionFontSize: 12,
    laneBands,
    laneCaptionSize: 12,
    lanes: laneBands.map((band, i) => ({
      top: band.top + captionHeight + slack / 2,
      rows: rows[i]!,
    })),
    laneIndex: new Map(lanes.map((lane, i) => [lane.id, i])),
    layout: {
      width,
      rowHeight,
      fontSize,
      // The highlight ring reaches 3 px beyond the mark.
      markRadius: markRadius + 3.5,
      gap: 6,
      maxLabelWidth: compact ? 170 : 240,
    },
    tickSpacing: compact ? 58 : 68,
  };
}

type PlotItem = LayoutItem & { emphasis: Emphasis };

interface PlotProps {
  svgRef: RefObject<SVGSVGElement | null>;
  model: TimelineModel;
  scale: PiecewiseScale;
  zoom: ZoomState;
  width: number;
  height: number;
  metrics: PlotMetrics;
  ticks: Tick[];
  placed: PlacedItem[];
  layoutItems: PlotItem[];
  highlighted: ReadonlySet<string>;
  selected?: string;
  peek: string | null;
  onPeek: (id: string | null) => void;
  onActivate: (id: string) => void;
  onFocusEvent: (id: string) => void;
  /**
   * False until the plot's size is known: the svg stays empty, so that nothing is drawn at a
   * guessed size only to be redrawn (every element's attributes changed) at the real one.
   */
  frameReady?: boolean;
  /** False for the first, quick render of a new plot: the frame only, its events follow. */
  eventsReady?: boolean;
  /** The least side of a mark's hit area (44 px for a finger); a row's height at least. */
  hitSize?: number;
  /**
   * A tap whose point lies in several marks' hit areas: the reader is asked which. Without it,
   * the tapped element's event opens.
   */
  onAmbiguous?: (ids: string[], at: { x: number; y: number }, from: string) => void;
}

export const phaseTone = [
  'var(--timeline-phase-1)',
  'var(--timeline-phase-2)',
  'var(--timeline-phase-3)',
];

/** The hatching of the time after the article was written (`fill="url(#id)"`), for rows and column. */
export function AfterArticlePattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="timeline__after-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="timeline__after-line" />
      </pattern>
    </defs>
  );
}

/**
 * One mark: a pie of its actors' colours (a diamond after the article), a bar for a period
 * (across from x0 to x1, or, in the narrow layout, down from y to y1).
 */
export function Mark({
  x0,
  x1,
  y,
  y1 = y,
  r,
  actors,
  emphasis,
  afterArticle,
}: {
  x0: number;
  x1: number;
  y: number;
  y1?: number;
  r: number;
  actors: string[];
  emphasis: Emphasis;
  afterArticle: boolean;
}) {
  const colours = emphasis === 'dimmed' || actors.length === 0 ? [] : actors;
  const fillClass = colours.length === 0 ? `timeline__fill--${emphasis}` : '';
  if (y1 - y > r) {
    return (
      <rect
        className={`timeline__mark timeline__bar ${fillClass} ${colours[0] ? `timeline__fill--${colours[0]}` : ''}`}
        x={x0 - r * 0.8}
        y={y - r * 0.8}
        width={r * 1.6}
        height={y1 - y + r * 1.6}
        rx={r * 0.8}
      />
    );
  }
  if (x1 - x0 > r) {
    return (
      <rect
        className={`timeline__mark timeline__bar ${fillClass} ${colours[0] ? `timeline__fill--${colours[0]}` : ''}`}
        x={x0 - r * 0.8}
        y={y - r * 0.8}
        width={x1 - x0 + r * 1.6}
        height={r * 1.6}
        rx={r * 0.8}
      />
    );
  }
  if (afterArticle) {
    const s = r * 1.05;
    return (
      <path
        className={`timeline__mark timeline__diamond ${fillClass} ${colours[0] ? `timeline__fill--${colours[0]}` : ''}`}
        d={`M${x0},${y - s * 1.2}L${x0 + s * 1.2},${y}L${x0},${y + s * 1.2}L${x0 - s * 1.2},${y}Z`}
      />
    );
  }
  if (colours.length <= 1) {
    return (
      <circle
        className={`timeline__mark ${fillClass} ${colours[0] ? `timeline__fill--${colours[0]}` : ''}`}
        cx={x0}
        cy={y}
        r={r}
      />
    );
  }
  // A pie without d3-shape: each actor is a dash of a circle whose stroke is as wide as its radius.
  const inner = r / 2;
  const circumference = 2 * Math.PI * inner;
  const slice = circumference / colours.length;
  return (
    <g className="timeline__mark timeline__pie" transform={`rotate(-90 ${x0} ${y})`}>
      <circle className="timeline__pie-base" cx={x0} cy={y} r={r} />
      {colours.map((actor, i) => (
        <circle
          key={actor}
          className={`timeline__slice timeline__stroke--${actor}`}
          cx={x0}
          cy={y}
          r={inner}
          strokeWidth={r}
          strokeDasharray={`${slice} ${circumference}`}
          strokeDashoffset={-i * slice}
        />
      ))}
    </g>
  );
}

export function TimelinePlot({
  svgRef,
  model,
  scale,
  zoom,
  width,
  height,
  metrics,
  ticks,
  placed,
  layoutItems,
  highlighted,
  selected,
  peek,
  onPeek,
  onActivate,
  onFocusEvent,
  frameReady = true,
  eventsReady = true,
  hitSize = 0,
  onAmbiguous,
}: PlotProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  if (!frameReady) {
    return (
      <svg
        ref={svgRef}
        className="timeline__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      />
    );
  }
  const at = (date: Date) => zoom.k * scale(date) + zoom.x;
  const placedById = new Map(placed.map((p) => [p.id, p]));
  const layoutById = new Map(layoutItems.map((i) => [i.id, i]));
  const { layout, phases: ph, axis } = metrics;
  const r = metrics.markRadius;
  const textHeight = labelHeight(layout.fontSize);
  const domainEnd = at(model.domain[1]);

  // Captions under the lanes: each segment's density, and where the article's knowledge ends.
  const captions: { key: string; x: number; text: string; anchor: 'start' | 'end' }[] = [];
  for (const segment of scale.segments) {
    const caption =
      segment.id === 'vorgeschichte'
        ? timelineUi.segments.vorgeschichte()
        : segment.id === 'fokus'
          ? timelineUi.segments.fokus(segment.start.getUTCFullYear())
          : '';
    const left = Math.max(0, at(segment.start)) + 4;
    // Only while the segment is in view and wide enough to carry its caption.
    if (
      caption &&
      left + estimateTextWidth(caption, metrics.captionFontSize) < at(segment.end) - 4
    ) {
      captions.push({ key: segment.id, x: left, text: caption, anchor: 'start' });
    }
  }
  if (model.afterArticleFrom) {
    const x = at(model.afterArticleFrom);
    captions.push(
      x - 4 > estimateTextWidth(timelineUi.afterArticle, metrics.captionFontSize)
        ? { key: 'after', x: x - 4, text: `${timelineUi.afterArticle} →`, anchor: 'end' }
        : { key: 'after', x: Math.max(4, x + 4), text: timelineUi.afterArticle, anchor: 'start' },
    );
  }
  const captionBoxes: { key: string; x: number; text: string; anchor: 'start' | 'end' }[] = [];
  let lastRight = -Infinity;
  for (const c of captions
    .map((c) => ({
      ...c,
      left: c.anchor === 'start' ? c.x : c.x - estimateTextWidth(c.text, metrics.captionFontSize),
    }))
    .sort((a, b) => a.left - b.left)) {
    const w = estimateTextWidth(c.text, metrics.captionFontSize);
    if (c.left < lastRight + 8 || c.left + w > width || c.left < 0) continue;
    captionBoxes.push(c);
    lastRight = c.left + w;
  }

  const hit = Math.max(hitSize, layout.rowHeight);
  const half = layout.rowHeight / 2;
  const markBoxes: HitBox[] = placed.map((p) =>
    markHitBox(p.id, { x0: p.x0, x1: p.x1, y0: p.y - half, y1: p.y + half }, hit),
  );
  const labelBoxes: HitBox[] = placed.flatMap((p) =>
    p.label
      ? [
          {
            id: p.id,
            x0: p.label.x0 - 2,
            x1: p.label.x1 + 2,
            y0: p.label.y - half,
            y1: p.label.y + half,
          },
        ]
      : [],
  );
  const { onClick, onKeyDown } = eventHandlers({
    markBoxes,
    labelBoxes,
    onActivate,
    onAmbiguous,
  });

  const peekItem =
    peek && placedById.has(peek) && !placedById.get(peek)?.label ? layoutById.get(peek) : undefined;
  const peekPlaced = peek ? placedById.get(peek) : undefined;

  return (
    <svg
      ref={svgRef}
      className="timeline__svg"
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
            x={at(segment.start)}
            y={axis.top}
            width={Math.max(0, at(segment.end) - at(segment.start))}
            height={metrics.lanesBottom - axis.top}
          />
        ))}
        {model.afterArticleFrom && (
          <rect
            className="timeline__after"
            fill={`url(#${uid}-after)`}
            x={at(model.afterArticleFrom)}
            y={axis.top}
            width={Math.max(0, domainEnd - at(model.afterArticleFrom))}
            height={metrics.lanesBottom - axis.top}
          />
        )}
        {metrics.laneBands.slice(1).map((band) => (
          <line
            key={band.id}
            className="timeline__lane-rule"
            x1={0}
            x2={width}
            y1={band.top}
            y2={band.top}
          />
        ))}
        {ticks.map((tick) => {
          const text = tickLabel(tick.date, tick.level);
          // A label that would run off the right edge is left out; its gridline stays.
          const fits = tick.x + 4 + estimateTextWidth(text, axis.fontSize, tick.boundary) <= width;
          return (
            <g key={`${tick.segment}-${tick.date.getTime()}`}>
              <line
                className={
                  tick.boundary ? 'timeline__grid timeline__grid--boundary' : 'timeline__grid'
                }
                x1={tick.x}
                x2={tick.x}
                y1={axis.top + 2}
                y2={metrics.lanesBottom}
              />
              {fits && (
                <text
                  className={`timeline__tick${tick.boundary ? ' timeline__tick--boundary' : ''}`}
                  x={tick.x + 4}
                  y={axis.bottom - 6}
                  fontSize={axis.fontSize}
                >
                  {text}
                </text>
              )}
            </g>
          );
        })}
        {metrics.laneBands.map((band) => (
          <text
            key={band.id}
            className="timeline__lane-label"
            x={6}
            y={band.captionY}
            fontSize={metrics.laneCaptionSize}
          >
            {band.label.toUpperCase()}
          </text>
        ))}
        {captionBoxes.map((c) => (
          <text
            key={c.key}
            className="timeline__caption"
            x={c.x}
            y={metrics.captionsY}
            textAnchor={c.anchor}
            fontSize={metrics.captionFontSize}
          >
            {c.text}
          </text>
        ))}
      </g>

      <g className="timeline__phases" role="list">
        {model.phases.map((phase, i) => {
          const x0 = at(parseDay(phase.startDate));
          const x1 = phase.endDate ? at(parseDay(phase.endDate)) : domainEnd;
          const left = Math.max(x0, -2);
          const right = Math.min(x1, width + 2);
          const y = ph.top + phase.row * ph.rowHeight;
          const room = right - left - 10;
          const text =
            room > 0
              ? fitText(phase.label, room, ph.fontSize, true) === phase.label
                ? phase.label
                : fitText(phase.shortLabel, room, ph.fontSize, true)
              : '';
          const name = `${phase.label}: ${formatDateRange(phase.startDate, phase.endDate)}`;
          return (
            <g key={phase.id} role="listitem" aria-label={name} data-phase={phase.id}>
              {right > left && (
                <rect
                  className="timeline__phase"
                  fill={phaseTone[i % phaseTone.length]}
                  x={left}
                  y={y}
                  width={right - left}
                  height={ph.rowHeight - 3}
                  rx={2}
                />
              )}
              {text && (
                <text
                  className="timeline__phase-label"
                  x={left + 5}
                  y={y + ph.rowHeight / 2 + ph.fontSize * 0.35 - 1}
                  fontSize={ph.fontSize}
                  aria-hidden="true"
                >
                  {text}
                </text>
              )}
            </g>
          );
        })}
      </g>

      {/* The events arrive together, as one group added to the drawing, not one by one. */}
      {eventsReady && (
        <g className="timeline__events">
          {model.items.map((item) => {
            const spot = layoutById.get(item.id)!;
            const p = placedById.get(item.id);
            const x0 = spot.x;
            const x1 = spot.x2 ?? spot.x;
            const y = p?.y ?? metrics.lanes[spot.lane]!.top + layout.rowHeight / 2;
            const onScreen = x1 + r >= 0 && x0 - r <= width;
            const label = p?.label;
            const isSelected = item.id === selected;
            const markHit = markHitBox(item.id, { x0, x1, y0: y - half, y1: y + half }, hit);
            return (
              <g
                key={item.id}
                className="timeline__event"
                data-event={item.id}
                data-date={item.event.date}
                data-emphasis={spot.emphasis}
                data-highlight={highlighted.has(item.id) ? 'true' : 'false'}
                data-after-article={item.afterArticle ? 'true' : 'false'}
                data-lane={item.lane}
                role="button"
                aria-label={item.name}
                aria-expanded={isSelected}
                // Only what is in view takes a tab stop; the rest is reached by panning (or the list).
                tabIndex={onScreen ? 0 : -1}
                onClick={onClick(item.id)}
                onKeyDown={onKeyDown(item.id)}
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
                    height={layout.rowHeight}
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
                    height={layout.rowHeight - 2}
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
                {(isSelected || highlighted.has(item.id)) && (
                  <rect
                    className={
                      isSelected ? 'timeline__ring timeline__ring--selected' : 'timeline__ring'
                    }
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
                  emphasis={spot.emphasis}
                  afterArticle={item.afterArticle}
                />
                {label && (
                  <text
                    className="timeline__label"
                    x={label.x}
                    y={label.y + layout.fontSize * 0.36}
                    textAnchor={label.anchor}
                    fontSize={layout.fontSize}
                    aria-hidden="true"
                  >
                    {label.text}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      )}

      {eventsReady && peekItem && peekPlaced && (
        <Peek
          x={peekItem.x2 ?? peekItem.x}
          y={peekPlaced.y}
          width={width}
          fontSize={layout.fontSize}
          textHeight={textHeight}
          text={model.items.find((i) => i.id === peekItem.id)?.name ?? ''}
        />
      )}
    </svg>
  );
}

/** The full name of a mark whose label did not fit, while it is pointed at or focused. */
function Peek({
  x,
  y,
  width,
  fontSize,
  textHeight,
  text,
}: {
  x: number;
  y: number;
  width: number;
  fontSize: number;
  textHeight: number;
  text: string;
}) {
  const shown = fitText(text, Math.min(480, width - 16), fontSize);
  const w = estimateTextWidth(shown, fontSize) + 12;
  const h = textHeight + 8;
  const left = Math.min(Math.max(4, x + 10), width - w - 4);
  const top = y - h - 8 < 0 ? y + 10 : y - h - 8;
  return (
    <g className="timeline__peek" aria-hidden="true" pointerEvents="none">
      <rect x={left} y={top} width={w} height={h} rx={4} />
      <text x={left + 6} y={top + h / 2 + fontSize * 0.36} fontSize={fontSize}>
        {shown}
      </text>
    </g>
  );
}
