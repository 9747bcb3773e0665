import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { NavigationType, useNavigationType } from 'react-router';
import { content, type Callout } from '../../content';
import { columnMetrics, layoutColumn } from './column-layout';
import { EventCard } from './event-card';
import { EventChooser } from './event-chooser';
import { layoutLabels } from './label-layout';
import { OverviewStrip } from './overview-strip';
import {
  fitZoom,
  piecewiseScale,
  segmentTicks,
  visibleDomain,
  type ZoomState,
} from './piecewise-scale';
import { timelineUi } from '@locale/chronik';
import { columnItems, plotItems } from './plot-items';
import { buildTimelineModel, shortDate } from './timeline-model';
import { TimelineColumn } from './timeline-column';
import { ColumnCallouts, TimelineCallouts } from './timeline-callouts';
import { homeZoom, laneWeights, maxZoom } from './timeline-home';
import { keyAction } from './timeline-keys';
import { plotMetrics } from './plot-metrics';
import { TimelinePlot } from './timeline-plot';
import { TimelineToolbar } from './timeline-toolbar';
import { useCoarsePointer } from '../../lib/use-coarse-pointer';
import { useElementSize } from '../../lib/use-element-size';
import { useReducedMotion } from '../../lib/use-reduced-motion';
import { useAfterCommit } from '../../lib/use-after-commit';
import { useSelectedEvent } from './use-selected-event';
import { useTimelineZoom } from './use-timeline-zoom';
import './timeline.css';

const NO_EVENTS: ReadonlySet<string> = new Set();

export interface TimelineFocus {
  /** The period to show, as ISO dates. */
  period?: readonly [string, string];
  /** Events to highlight (and to fit when there is no period). */
  events: readonly string[];
}

export interface TimelineProps {
  variant: 'panel' | 'page';
  /** The actor filter's selection: these actors' events stand out, the rest is dimmed. */
  selectedActors: readonly string[];
  focus?: TimelineFocus;
  /** The level of the event detail's heading in the surrounding document. */
  headingLevel?: 2 | 3;
  /** The story step's callouts, drawn beside their events. */
  callouts?: readonly Callout[];
}

const model = buildTimelineModel(content);
const DAY = 86_400_000;

/** How close a mark may come to the edge before focusing it pans it into view. */
const EDGE = 24;
/**
 * Below this width (of the timeline's own box, not the window: the story's panel and the
 * chronicle page differ) time runs down a column instead of across.
 */
export const COLUMN_BELOW = 560;
const summitItem = model.items.find((i) => i.id === model.summit);

export function Timeline({
  variant,
  selectedActors,
  focus,
  headingLevel = 2,
  callouts,
}: TimelineProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const hintId = useId();
  const [plotRef, { width, height }, plotMeasured] = useElementSize<HTMLDivElement>({
    width: 800,
    height: 360,
  });
  // In the phone's panel band there is little height: the toolbar folds into one slim row.
  const [rootSizeRef, rootSize, rootMeasured] = useElementSize<HTMLDivElement>({
    width: 800,
    height: 480,
  });
  const mini = rootSize.height < 330;
  const [overviewRef, overviewSize] = useElementSize<HTMLDivElement>({ width, height: 20 });
  const overviewWidth = overviewSize.width;
  const reducedMotion = useReducedMotion();
  const coarse = useCoarsePointer();
  const hitSize = coarse ? 44 : 24;
  const column = width < COLUMN_BELOW;
  /** The plot's extent along the time axis. */
  const length = column ? height : width;
  const { selected, unknown, select } = useSelectedEvent();
  const [chooser, setChooser] = useState<{
    ids: string[];
    at: { x: number; y: number };
    from: string;
  } | null>(null);
  // The zoom and the width it was applied for (d3-zoom rescales it when the width changes).
  const [zoomState, setZoomState] = useState<ZoomState & { width: number }>({
    k: 1,
    x: 0,
    width: 0,
  });
  // d3-zoom reports every transform it applies, also one that changes nothing (attaching it,
  // resting where the view already is): those must not draw the plot again.
  const onZoom = useCallback(
    (next: ZoomState, forWidth: number) =>
      setZoomState((old) =>
        old.k === next.k && old.x === next.x && old.width === forWidth
          ? old
          : { ...next, width: forWidth },
      ),
    [],
  );
  // The plot is drawn once, at its measured size and at its home zoom (set below, in the same
  // render): drawn at a guess first, every element would change when the real size arrives.
  const [frameReady, setFrameReady] = useState(false);
  // The frame and its buttons come first; the events (hundreds of SVG elements) are drawn in a
  // render of their own that React may interrupt, so mounting never blocks the page.
  const eventsReady = useAfterCommit(frameReady);
  const [peek, setPeek] = useState<string | null>(null);
  // Events whose labels give way to a callout drawn over them (the column only).
  const [covered, setCovered] = useState<ReadonlySet<string>>(NO_EVENTS);
  const onCover = useCallback(
    (ids: ReadonlySet<string>) =>
      setCovered((old) =>
        old.size === ids.size && [...ids].every((id) => old.has(id)) ? old : ids,
      ),
    [],
  );
  const [wheelHint, setWheelHint] = useState(false);
  const [dismissedUnknown, setDismissedUnknown] = useState<string | undefined>();

  const scale = useMemo(() => piecewiseScale(model.segments, [0, length]), [length]);
  const maxK = useMemo(() => maxZoom(scale), [scale]);

  const wheelTimer = useRef(0);
  const zoom = useTimelineZoom(svgRef, {
    width,
    height,
    maxK,
    wheelNeedsModifier: variant === 'panel',
    enabled: plotMeasured,
    axis: column ? 'y' : 'x',
    // In the panel a swipe down the column scrolls the story; buttons and pinch zoom it.
    oneFingerPan: !column || variant === 'page',
    initial: zoomState,
    onZoom,
    onWheelIgnored: () => {
      setWheelHint(true);
      window.clearTimeout(wheelTimer.current);
      wheelTimer.current = window.setTimeout(() => setWheelHint(false), 1600);
    },
  });
  useEffect(() => () => window.clearTimeout(wheelTimer.current), []);

  const highlighted = useMemo(() => new Set(focus?.events ?? []), [focus?.events]);

  // Where the view rests for this context: the section's period, else its events, else everything.
  const periodFrom = focus?.period?.[0];
  const periodTo = focus?.period?.[1];
  const focusEventsKey = (focus?.events ?? []).join(',');
  const home = useMemo(
    () =>
      homeZoom({
        scale,
        length,
        maxK,
        period: periodFrom && periodTo ? [periodFrom, periodTo] : undefined,
        events: focusEventsKey.split(','),
        items: model.items,
      }),
    [scale, length, maxK, periodFrom, periodTo, focusEventsKey],
  );

  // The first measured size: the zoom starts at home, drawn in this very render (d3-zoom takes it
  // up when it is attached, below).
  // (fitZoom keeps home within the zoom's limits, as the zoom would.)
  if (!frameReady && plotMeasured) {
    if (zoomState.width !== length || zoomState.k !== home.k || zoomState.x !== home.x) {
      setZoomState({ ...home, width: length });
    }
    setFrameReady(true);
  }

  // Follow the story: a new section's focus glides into view (or jumps, with reduced motion).
  const homeKey = `${periodFrom}|${periodTo}|${focusEventsKey}`;
  const shownHome = useRef<string | null>(null);
  useEffect(() => {
    if (!plotMeasured || shownHome.current === homeKey) return;
    const first = shownHome.current === null;
    shownHome.current = homeKey;
    zoom.zoomTo(home, !first && !reducedMotion);
  }, [homeKey, home, zoom, reducedMotion, plotMeasured]);

  // Lanes get their rows by how many events they hold where the view rests.
  const weightedLanes = useMemo(
    () => laneWeights(model, scale, home, length),
    [scale, home, length],
  );
  const metrics = useMemo(
    () => plotMetrics(width, height, weightedLanes, model.phases),
    [width, height, weightedLanes],
  );
  const layoutItems = useMemo(
    () =>
      plotItems({
        items: model.items,
        laneIndex: metrics.laneIndex,
        scale,
        zoom: zoomState,
        selectedActors,
        highlighted,
        selected,
      }),
    [metrics.laneIndex, zoomState, scale, selectedActors, highlighted, selected],
  );
  const placed = useMemo(
    () => (eventsReady && !column ? layoutLabels(layoutItems, metrics.lanes, metrics.layout) : []),
    [eventsReady, column, layoutItems, metrics.lanes, metrics.layout],
  );
  const emphasisById = useMemo(
    () => new Map(layoutItems.map((i) => [i.id, i.emphasis])),
    [layoutItems],
  );

  // The narrow layout: the same scale, down a column.
  const phaseRows = Math.max(1, ...model.phases.map((p) => p.row + 1));
  const colMetrics = useMemo(
    () => columnMetrics(width, height, phaseRows),
    [width, height, phaseRows],
  );
  const columnPlaced = useMemo(() => {
    if (!column || !eventsReady) return [];
    const items = columnItems({
      plotItems: layoutItems,
      items: model.items,
      at: (date) => zoomState.k * scale(date) + zoomState.x,
      segments: scale.segments,
      afterArticleFrom: model.afterArticleFrom,
      height,
      slot: colMetrics.slot,
    });
    return layoutColumn(items, colMetrics);
  }, [column, eventsReady, layoutItems, zoomState, scale, height, colMetrics]);

  const ticks = useMemo(
    () =>
      segmentTicks(scale, zoomState, length, column ? colMetrics.tickSpacing : metrics.tickSpacing),
    [scale, zoomState, length, column, colMetrics.tickSpacing, metrics.tickSpacing],
  );
  const [visibleFrom, visibleTo] = visibleDomain(scale, zoomState, length);
  const showDays = visibleTo.getTime() - visibleFrom.getTime() < 120 * DAY;

  // Opening by the reader moves focus into the detail; closing returns it to the event. A reader
  // who follows a link to an event (from the text, the map) lands in its detail too.
  const arrivedByLink = useNavigationType() === NavigationType.Push && variant === 'page';
  const focusCard = useRef(arrivedByLink);
  const lastSelected = useRef<string | undefined>(undefined);
  const focusEvent = useCallback((id: string) => {
    svgRef.current?.querySelector<SVGGElement>(`[data-event="${id}"]`)?.focus({
      preventScroll: true,
    });
  }, []);
  // Until its sizes are known (and its plot drawn) the view is hidden, and nothing in it can take
  // focus: wait.
  const shown = frameReady && rootMeasured;
  useEffect(() => {
    if (!shown) return;
    const previous = lastSelected.current;
    lastSelected.current = selected;
    if (selected && focusCard.current) {
      focusCard.current = false;
      cardRef.current?.focus({ preventScroll: variant === 'panel' });
    } else if (!selected && previous) {
      // Back (or close) removed the detail: if focus was in it, put it back on the event.
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) focusEvent(previous);
    }
    focusCard.current = false;
  }, [selected, variant, focusEvent, shown]);

  /** Where an event is along the time axis, on screen. */
  const positionOf = (id: string) => {
    const item = model.items.find((i) => i.id === id);
    return item ? zoomState.k * scale(item.start) + zoomState.x : undefined;
  };

  const activate = (id: string) => {
    setChooser(null);
    if (id === selected) {
      select(undefined);
      return;
    }
    focusCard.current = true;
    select(id);
    // On the page the detail covers the right of the plot: keep the chosen event clear of it.
    const card = variant === 'page' && !column && width >= 720 ? Math.min(384, width * 0.4) : 0;
    const x = layoutItems.find((i) => i.id === id)?.x ?? 0;
    if (card && x > width - card - EDGE) zoom.panBy((width - card) / 2 - x, !reducedMotion);
  };

  /** Zoom about the selected event while it is in view, else about the middle of the view. */
  const zoomBy = (factor: number) => {
    const at = selected ? positionOf(selected) : undefined;
    zoom.scaleBy(
      factor,
      !reducedMotion,
      at !== undefined && at >= 0 && at <= length ? at : undefined,
    );
  };

  /** "Zum Gipfel": the summit selected, and in the middle of a view of the weeks around it. */
  const toSummit = () => {
    if (!summitItem) return;
    const around = fitZoom(
      scale,
      new Date(summitItem.start.getTime() - 24 * DAY),
      new Date(summitItem.start.getTime() + 10 * DAY),
      length,
      { maxK },
    );
    const k = Math.max(around.k, zoom.current().k);
    zoom.zoomTo({ k, x: length / 2 - k * scale(summitItem.start) }, !reducedMotion);
    if (selected !== summitItem.id) activate(summitItem.id);
    else cardRef.current?.focus({ preventScroll: variant === 'panel' });
  };

  const close = () => {
    const id = selected;
    select(undefined);
    if (id) focusEvent(id);
  };

  const ensureVisible = (id: string) => {
    const x = positionOf(id);
    if (x === undefined) return;
    if (x < EDGE || x > length - EDGE) zoom.panBy(length / 2 - x, !reducedMotion);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.metaKey || event.ctrlKey || event.defaultPrevented) return;
    // Escape closes the detail from anywhere in the timeline.
    if (event.key === 'Escape' && selected) {
      event.preventDefault();
      close();
      return;
    }
    // Inside the open detail, the other keys belong to it (scrolling, links).
    if ((event.target as Element).closest('.timeline__card')) return;
    const action = keyAction(event.key, { shift: event.shiftKey, column, length });
    if (!action) return;
    if ('pan' in action) zoom.panBy(action.pan, !reducedMotion);
    else zoomBy(action.zoomBy);
    event.preventDefault();
  };

  // Arrow keys pan and +/- zoom while focus is anywhere in the timeline (plot, events, buttons).
  const keyHandler = useRef(onKeyDown);
  useEffect(() => {
    keyHandler.current = onKeyDown;
  });
  const rootRef = useCallback(
    (root: HTMLDivElement | null) => {
      const stopMeasuring = rootSizeRef(root);
      if (!root) return;
      const onKey = (event: KeyboardEvent) => keyHandler.current(event);
      root.addEventListener('keydown', onKey);
      return () => {
        root.removeEventListener('keydown', onKey);
        stopMeasuring?.();
      };
    },
    [rootSizeRef],
  );

  const compact = width < 560;
  // A narrow toolbar keeps its words for "Zum Gipfel".
  const iconReset = mini || column;
  const fromLabel = shortDate(visibleFrom, showDays);
  const toLabel = shortDate(visibleTo, showDays);
  const overview = (
    <div className="timeline__overview-box" ref={overviewRef}>
      {/* Drawn once its width is known, like the plot. */}
      {shown && (
        <OverviewStrip
          scale={scale}
          zoom={zoomState}
          plotWidth={length}
          width={overviewWidth}
          height={overviewSize.height}
          items={model.items}
          phases={model.phases}
          highlighted={highlighted}
          onCentre={(x) => zoom.zoomTo({ k: zoomState.k, x: length / 2 - zoomState.k * x }, false)}
        />
      )}
    </div>
  );
  return (
    <div
      ref={rootRef}
      className={`timeline timeline--${variant}`}
      // Until both sizes are known the layout (compact, mini) is a guess: never shown, so that
      // nothing visibly moves when the real sizes arrive.
      style={shown ? undefined : { visibility: 'hidden' }}
      data-compact={compact ? 'true' : 'false'}
      data-layout={column ? 'column' : 'row'}
      data-mini={mini ? 'true' : 'false'}
      data-visible-from={visibleFrom.toISOString().slice(0, 10)}
      data-visible-to={visibleTo.toISOString().slice(0, 10)}
    >
      <TimelineToolbar
        mini={mini}
        iconReset={iconReset}
        canZoomIn={zoomState.k < maxK - 1e-6}
        canZoomOut={zoomState.k > 1 + 1e-6}
        onZoomBy={zoomBy}
        onReset={() => zoom.zoomTo(home, !reducedMotion)}
        summit={summitItem}
        onSummit={toSummit}
        fromLabel={fromLabel}
        toLabel={toLabel}
        overview={overview}
      />
      <div
        className="timeline__region"
        role="region"
        aria-label={timelineUi.label}
        aria-describedby={hintId}
        // A map-like region: it takes focus so that arrow keys pan and +/- zoom, as maps do.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        {!mini && overview}
        <div className="timeline__plot" ref={plotRef}>
          {column ? (
            <TimelineColumn
              svgRef={svgRef}
              model={model}
              scale={scale}
              zoom={zoomState}
              width={width}
              height={height}
              metrics={colMetrics}
              ticks={ticks}
              placed={columnPlaced}
              covered={callouts ? covered : NO_EVENTS}
              emphasis={emphasisById}
              highlighted={highlighted}
              selected={selected}
              hitSize={hitSize}
              onActivate={activate}
              onAmbiguous={(ids, at, from) => setChooser({ ids, at, from })}
              onFocusEvent={ensureVisible}
              frameReady={frameReady}
              eventsReady={eventsReady}
            />
          ) : (
            <TimelinePlot
              svgRef={svgRef}
              model={model}
              scale={scale}
              zoom={zoomState}
              width={width}
              height={height}
              metrics={metrics}
              ticks={ticks}
              placed={placed}
              layoutItems={layoutItems}
              highlighted={highlighted}
              selected={selected}
              peek={peek}
              onPeek={setPeek}
              onActivate={activate}
              onFocusEvent={ensureVisible}
              frameReady={frameReady}
              eventsReady={eventsReady}
              hitSize={hitSize}
              onAmbiguous={(ids, at, from) => setChooser({ ids, at, from })}
            />
          )}
          {chooser && (
            <EventChooser
              events={chooser.ids.map((id) => {
                const item = model.items.find((i) => i.id === id)!;
                return {
                  id,
                  dateLabel: item.dateLabel,
                  title: item.event.title,
                  emphasis: emphasisById.get(id) ?? 'neutral',
                };
              })}
              anchor={chooser.at}
              stageWidth={width}
              stageHeight={height}
              initial={chooser.from}
              onChoose={activate}
              onZoom={
                zoomState.k < maxK - 1e-6
                  ? () => {
                      const about = column ? chooser.at.y : chooser.at.x;
                      setChooser(null);
                      zoom.scaleBy(4, !reducedMotion, about);
                      focusEvent(chooser.from);
                    }
                  : undefined
              }
              onClose={(refocus) => {
                const from = chooser.from;
                setChooser(null);
                if (refocus) focusEvent(from);
              }}
            />
          )}
          {callouts &&
            eventsReady &&
            (column ? (
              <ColumnCallouts
                callouts={callouts}
                placed={columnPlaced}
                metrics={colMetrics}
                onCover={onCover}
              />
            ) : (
              <TimelineCallouts
                callouts={callouts}
                layoutItems={layoutItems}
                placed={placed}
                metrics={metrics}
                width={width}
                height={height}
              />
            ))}
          {wheelHint && (
            <p className="timeline__wheel-hint" aria-hidden="true">
              {timelineUi.wheelHint}
            </p>
          )}
        </div>
      </div>
      <p id={hintId} className={variant === 'page' ? 'timeline__hint' : 'visually-hidden'}>
        {coarse
          ? column
            ? variant === 'page'
              ? timelineUi.hintTouchColumn
              : timelineUi.hintTouchPanel
            : timelineUi.hintTouch
          : variant === 'page'
            ? timelineUi.hint
            : timelineUi.hintPanel}
      </p>
      {unknown && dismissedUnknown !== unknown && (
        <p className="notice timeline__notice" role="status">
          {timelineUi.unknownEvent(unknown)}{' '}
          <button
            type="button"
            className="notice__dismiss"
            onClick={() => setDismissedUnknown(unknown)}
          >
            {timelineUi.dismiss}
          </button>
        </p>
      )}
      {selected && (
        <EventCard
          key={selected}
          ref={cardRef}
          id={selected}
          headingLevel={headingLevel}
          onClose={close}
        />
      )}
    </div>
  );
}

export default Timeline;
