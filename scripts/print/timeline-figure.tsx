/**
 * The timeline of a section as a still picture: the view's own plot (TimelinePlot), drawn with the
 * view's maths — the piecewise scale, the zoom that fits the section's period, the ticks, the
 * lanes and the label layout — at one fixed size, and styled by the view's own stylesheet.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { content } from '../../src/content';
import type { VisualState } from '../../src/content/schema';
import { emphasisFor } from '../../src/lib/actor-match';
import { layoutLabels } from '../../src/features/timeline/label-layout';
import {
  fitZoom,
  piecewiseScale,
  segmentTicks,
  visibleDomain,
  type ZoomState,
} from '../../src/features/timeline/piecewise-scale';
import {
  buildTimelineModel,
  parseDay,
  type TimelineItem,
} from '../../src/features/timeline/timeline-model';
import { plotMetrics } from '../../src/features/timeline/plot-metrics';
import { TimelinePlot } from '../../src/features/timeline/timeline-plot';
import { compactCss, stylesheet, standaloneSvg, tokensStyle } from './svg';

/** The picture's size in CSS pixels: about the width of the printed text column. */
export const TIMELINE_SIZE = { width: 640, height: 340 } as const;

const DAY = 86_400_000;
const model = buildTimelineModel(content);

export interface TimelineFigure {
  svg: string;
  /** The first and last day in the picture. */
  from: Date;
  to: Date;
  /** The events whose marks are in the picture, in date order. */
  visible: TimelineItem[];
  /** The section's events among them. */
  highlighted: TimelineItem[];
  /** The events whose names the picture shows (its labels). */
  labelled: TimelineItem[];
}

/** The zoom the timeline rests at for a section: as `Timeline` computes its `home`. */
function homeZoom(visual: Pick<VisualState, 'period' | 'events'>, width: number) {
  const scale = piecewiseScale(model.segments, [0, width]);
  const densest = Math.max(
    ...scale.segments.map((s) => (s.x1 - s.x0) / (s.end.getTime() - s.start.getTime())),
  );
  const maxK = Math.max(2, 48 / (densest * DAY));
  const padding = Math.min(48, width * 0.06);
  let zoom: ZoomState = { k: 1, x: 0 };
  if (visual.period) {
    const to = new Date(parseDay(visual.period[1]).getTime() + DAY);
    zoom = fitZoom(scale, parseDay(visual.period[0]), to, width, { padding, maxK });
  } else {
    const items = model.items.filter((i) => visual.events.includes(i.id));
    if (items.length > 0) {
      const from = Math.min(...items.map((i) => i.start.getTime()));
      const to = Math.max(...items.map((i) => (i.end ?? i.start).getTime()));
      const margin = Math.max(21 * DAY, (to - from) * 0.08);
      zoom = fitZoom(scale, new Date(from - margin), new Date(to + margin), width, {
        padding,
        maxK,
      });
    }
  }
  return { scale, zoom };
}

export function timelineFigure(visual: Pick<VisualState, 'period' | 'events'>): TimelineFigure {
  const { width, height } = TIMELINE_SIZE;
  const { scale, zoom } = homeZoom(visual, width);
  const [from, to] = visibleDomain(scale, zoom, width);
  const highlighted = new Set(visual.events);

  // Lanes get their rows by how many events they hold in view, as in the view.
  const lanes = model.lanes.map((lane) => {
    const count = model.items.filter(
      (i) => i.lane === lane.id && (i.end ?? i.start) >= from && i.start <= to,
    ).length;
    return { ...lane, weight: Math.sqrt(Math.max(1, count)) };
  });
  const plan = plotMetrics(width, height, lanes, model.phases);
  // On paper there is no hover to show a cut label in full: labels may take half the width.
  const metrics = { ...plan, layout: { ...plan.layout, maxLabelWidth: width / 2 } };
  const r = metrics.markRadius;
  const inView = (item: TimelineItem) => {
    const x0 = zoom.k * scale(item.start) + zoom.x;
    const x1 = item.end ? zoom.k * scale(item.end) + zoom.x : x0;
    return x1 + r >= 0 && x0 - r <= width;
  };
  const visible = model.items.filter(inView);
  const layoutItems = visible.map((item) => {
    const emphasis = emphasisFor([], item.actors);
    const isHighlighted = highlighted.has(item.id);
    return {
      id: item.id,
      lane: metrics.laneIndex.get(item.lane) ?? 0,
      x: zoom.k * scale(item.start) + zoom.x,
      ...(item.end ? { x2: zoom.k * scale(item.end) + zoom.x } : {}),
      label: item.event.title,
      bold: isHighlighted,
      priority: (isHighlighted ? 4 : 0) + 1,
      emphasis,
    };
  });
  const placed = layoutLabels(layoutItems, metrics.lanes, metrics.layout);
  const ticks = segmentTicks(scale, zoom, width, metrics.tickSpacing);
  const markup = renderToStaticMarkup(
    <TimelinePlot
      svgRef={{ current: null }}
      model={{ ...model, items: visible }}
      scale={scale}
      zoom={zoom}
      width={width}
      height={height}
      metrics={metrics}
      ticks={ticks}
      placed={placed}
      layoutItems={layoutItems}
      highlighted={highlighted}
      peek={null}
      onPeek={() => {}}
      onActivate={() => {}}
      onFocusEvent={() => {}}
    />,
  );
  // The view's stylesheet, and what a still picture needs instead of its interactive frame.
  const css = `${tokensStyle()}${compactCss(stylesheet('src/features/timeline/timeline.css'))}.timeline__svg{position:static;background:var(--surface)}`;
  return {
    svg: standaloneSvg(markup, width, height, css),
    from,
    to,
    visible,
    highlighted: visible.filter((item) => highlighted.has(item.id)),
    labelled: visible.filter((item) => placed.some((p) => p.id === item.id && p.label)),
  };
}
