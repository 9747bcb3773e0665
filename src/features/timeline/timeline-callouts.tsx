import { useEffect, useMemo } from 'react';
import type { Callout } from '../../content';
import { CalloutLayer, calloutWords, type CalloutSpot } from '../../components/ui/callout-layer';
import { boxesOverlap, type Box } from '../../lib/callout-placement';
import type { ColumnMetrics, ColumnPlaced } from './column-layout';
import type { LayoutItem, PlacedItem } from './label-layout';
import type { PlotMetrics } from './plot-metrics';

/**
 * The step's callouts on the timeline: each beside its event's mark, where it covers no other
 * mark or label, below the phase bands and the axis. They follow the marks as the view pans.
 */
export function TimelineCallouts({
  callouts,
  layoutItems,
  placed,
  metrics,
  width,
  height,
}: {
  callouts: readonly Callout[];
  layoutItems: readonly LayoutItem[];
  placed: readonly PlacedItem[];
  metrics: PlotMetrics;
  width: number;
  height: number;
}) {
  const placedById = useMemo(() => new Map(placed.map((p) => [p.id, p])), [placed]);
  const spots = useMemo(
    (): CalloutSpot[] =>
      callouts.flatMap((c, i) => {
        if (c.target?.type !== 'event') return [];
        const item = layoutItems.find((l) => l.id === c.target!.id);
        const p = placedById.get(c.target.id);
        if (!item || !p) return [];
        return [
          {
            key: `${i}`,
            text: calloutWords(c),
            x: item.x2 !== undefined ? (item.x + item.x2) / 2 : item.x,
            y: p.y,
            gap: metrics.markRadius + 12,
            start: metrics.markRadius + 3,
          },
        ];
      }),
    [callouts, layoutItems, placedById, metrics.markRadius],
  );
  const obstacles = useMemo((): Box[] => {
    const r = metrics.markRadius + 2;
    // The phase bands and the axis stay readable; so do the marks and their labels.
    const boxes: Box[] = [{ left: 0, top: 0, right: width, bottom: metrics.lanesTop }];
    // The lanes' captions at the left edge (upper case, about 0.8 em a letter).
    for (const band of metrics.laneBands) {
      const size = metrics.laneCaptionSize;
      boxes.push({
        left: 0,
        right: 8 + band.label.length * size * 0.8,
        top: band.captionY - size,
        bottom: band.captionY + 2,
      });
    }
    for (const p of placed) {
      boxes.push({ left: p.x0 - r, right: p.x1 + r, top: p.y - r, bottom: p.y + r });
      if (p.label) {
        boxes.push({ left: p.label.x0, right: p.label.x1, top: p.label.y0, bottom: p.label.y1 });
      }
    }
    return boxes;
  }, [placed, metrics, width]);
  const frame = useMemo(() => ({ width, height }), [width, height]);
  if (spots.length === 0) return null;
  return <CalloutLayer spots={spots} frame={frame} obstacles={obstacles} />;
}

/** A column label's box. */
function labelBox(l: NonNullable<ColumnPlaced['label']>): Box {
  return { left: l.x, right: l.x + l.width, top: l.y - l.height / 2, bottom: l.y + l.height / 2 };
}

/**
 * The same callouts where time runs down a column (narrow boxes): each beside its event's mark,
 * with the phase bands and the marks as obstacles. In a column every row holds a label, so there
 * is rarely a free place: a callout takes its own event's label's place (it says the same, more
 * fully), and the labels it then stands over give way (`onCover` names their events); their marks
 * stay, and the chooser and the list still name them.
 */
export function ColumnCallouts({
  callouts,
  placed,
  metrics,
  onCover,
}: {
  callouts: readonly Callout[];
  placed: readonly ColumnPlaced[];
  metrics: ColumnMetrics;
  onCover: (ids: ReadonlySet<string>) => void;
}) {
  const spots = useMemo(
    (): CalloutSpot[] =>
      callouts.flatMap((c, i) => {
        if (c.target?.type !== 'event') return [];
        const p = placed.find((q) => q.id === c.target!.id);
        if (!p) return [];
        return [
          {
            key: `${i}`,
            text: calloutWords(c),
            x: p.x,
            y: (p.y + p.y2) / 2,
            gap: metrics.markRadius + 12,
            start: metrics.markRadius + 3,
          },
        ];
      }),
    [callouts, placed, metrics.markRadius],
  );
  const obstacles = useMemo((): Box[] => {
    const r = metrics.markRadius + 2;
    const last = metrics.phaseColumns[metrics.phaseColumns.length - 1];
    const boxes: Box[] = [
      // The phase bands and the axis's dates at the left edge.
      { left: 0, right: metrics.axisX, top: 0, bottom: metrics.height },
    ];
    if (last) boxes.push({ left: 0, right: last.x + last.width, top: 0, bottom: metrics.height });
    const named = new Set(
      callouts.flatMap((c) => (c.target?.type === 'event' ? [c.target.id] : [])),
    );
    for (const p of placed) {
      boxes.push({ left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y2 + r });
      // Other events' labels are avoided where there is room; the callout's own event's is not.
      if (p.label && !named.has(p.id)) boxes.push(labelBox(p.label));
    }
    return boxes;
  }, [placed, metrics, callouts]);
  const frame = useMemo(
    () => ({ width: metrics.width, height: metrics.height }),
    [metrics.width, metrics.height],
  );
  const onPlaced = useMemo(
    () => (boxes: readonly Box[]) =>
      onCover(
        new Set(
          placed.flatMap((p) =>
            p.label && boxes.some((b) => boxesOverlap(b, labelBox(p.label!))) ? [p.id] : [],
          ),
        ),
      ),
    [placed, onCover],
  );
  // None to draw, or gone (another step): every label shows again.
  const none = spots.length === 0;
  useEffect(() => {
    if (none) onCover(new Set());
    return () => onCover(new Set());
  }, [none, onCover]);
  if (spots.length === 0) return null;
  return <CalloutLayer spots={spots} frame={frame} obstacles={obstacles} onPlaced={onPlaced} />;
}
