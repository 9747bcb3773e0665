import { useId, type RefObject } from 'react';
import { eventHandlers } from './event-handlers';
import { plotHitBoxes } from './events-at';
import { PlotEvent } from './plot-event';
import { formatDateRange } from '../../lib/dates';
import type { Emphasis } from '../../lib/actor-match';
import { labelHeight, type LayoutItem, type PlacedItem } from './label-layout';
import type { PiecewiseScale, Tick, ZoomState } from './piecewise-scale';
import type { PlotMetrics } from './plot-metrics';
import { peekBox, phaseLabelText, plotCaptions, tickLabelFits } from './plot-text';
import { AfterArticlePattern, phaseTone } from './timeline-mark';
import { parseDay, tickLabel, type TimelineModel } from './timeline-model';

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

/**
 * The timeline across: phases, axis, lanes and their captions, and the events with the labels
 * the label layout placed. Computes nothing it could be given: the layouts come in as props.
 */
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

  const captions = plotCaptions({
    segments: scale.segments,
    at,
    afterArticleFrom: model.afterArticleFrom,
    width,
    fontSize: metrics.captionFontSize,
  });

  const hit = Math.max(hitSize, layout.rowHeight);
  const { markBoxes, labelBoxes } = plotHitBoxes(placed, layout.rowHeight, hit);
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
          const fits = tickLabelFits(tick.x, text, axis.fontSize, tick.boundary, width);
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
        {captions.map((c) => (
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
          const text = phaseLabelText(phase, right - left - 10, ph.fontSize);
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
            return (
              <PlotEvent
                key={item.id}
                item={item}
                emphasis={spot.emphasis}
                x0={x0}
                x1={x1}
                y={y}
                label={p?.label}
                r={r}
                rowHeight={layout.rowHeight}
                fontSize={layout.fontSize}
                textHeight={textHeight}
                hit={hit}
                onScreen={x1 + r >= 0 && x0 - r <= width}
                highlighted={highlighted.has(item.id)}
                isSelected={item.id === selected}
                onClick={onClick(item.id)}
                onKeyDown={onKeyDown(item.id)}
                onFocusEvent={onFocusEvent}
                onPeek={onPeek}
              />
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
function Peek(props: Parameters<typeof peekBox>[0]) {
  const { fontSize } = props;
  const box = peekBox(props);
  return (
    <g className="timeline__peek" aria-hidden="true" pointerEvents="none">
      <rect x={box.left} y={box.top} width={box.width} height={box.height} rx={4} />
      <text x={box.left + 6} y={box.top + box.height / 2 + fontSize * 0.36} fontSize={fontSize}>
        {box.shown}
      </text>
    </g>
  );
}
