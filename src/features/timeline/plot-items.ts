/**
 * What the label layouts are given: every event at its place on screen, with the emphasis the
 * actor filter and the story give it and the priority its label has when room runs out; for the
 * column, the scale's captions as items too. Pure, so that it is tested without a browser.
 */
import { emphasisFor, type Emphasis } from '../../lib/actor-match';
import type { ColumnItem } from './column-layout';
import type { LayoutItem } from './label-layout';
import type { PiecewiseScale, ZoomState } from './piecewise-scale';
import { segmentCaption } from './plot-text';
import type { Lane, TimelineItem } from './timeline-model';
import { timelineUi } from '@locale/chronik';

/** Items of the column layout that are captions of the scale, not events. */
export const CAPTION_PREFIX = 'caption:';

export type PlotItem = LayoutItem & { emphasis: Emphasis };

/**
 * The events across the plot. A selected event's label wins over a highlighted one's, which wins
 * over the filter's matches; those are set bold.
 */
export function plotItems({
  items,
  laneIndex,
  scale,
  zoom,
  selectedActors,
  highlighted,
  selected,
}: {
  items: readonly TimelineItem[];
  laneIndex: ReadonlyMap<Lane, number>;
  scale: PiecewiseScale;
  zoom: ZoomState;
  selectedActors: readonly string[];
  highlighted: ReadonlySet<string>;
  selected: string | undefined;
}): PlotItem[] {
  return items.map((item) => {
    const emphasis = emphasisFor(selectedActors, item.actors);
    const isHighlighted = highlighted.has(item.id);
    const isSelected = item.id === selected;
    return {
      id: item.id,
      lane: laneIndex.get(item.lane) ?? 0,
      x: zoom.k * scale(item.start) + zoom.x,
      ...(item.end ? { x2: zoom.k * scale(item.end) + zoom.x } : {}),
      label: item.event.title,
      bold: isHighlighted || isSelected || emphasis === 'match',
      priority:
        (isSelected ? 8 : 0) +
        (isHighlighted ? 4 : 0) +
        (emphasis === 'match' ? 2 : emphasis === 'neutral' ? 1 : 0),
      emphasis,
    };
  });
}

/**
 * The events down the column, and the scale's captions where their part of the column begins
 * (before any event's label: they take a label's place, with the highest priority), as long as
 * that beginning is in view with room for the caption below it.
 */
export function columnItems({
  plotItems: events,
  items,
  at,
  segments,
  afterArticleFrom,
  height,
  slot,
}: {
  plotItems: readonly PlotItem[];
  items: readonly TimelineItem[];
  /** Where a date is on screen. */
  at: (date: Date) => number;
  segments: PiecewiseScale['segments'];
  afterArticleFrom?: Date | undefined;
  height: number;
  /** The height a label takes, with its gap. */
  slot: number;
}): ColumnItem[] {
  const itemById = new Map(items.map((i) => [i.id, i]));
  const result: ColumnItem[] = events.map((li) => {
    const item = itemById.get(li.id)!;
    return {
      id: li.id,
      y: at(item.start),
      ...(item.end ? { y2: at(item.end) } : {}),
      label: li.label,
      ...(li.bold ? { bold: true } : {}),
      priority: li.priority,
    };
  });
  const caption = (id: string, from: Date, text: string) => {
    const y = at(from);
    if (y < 0 || y > height - slot) return;
    result.push({ id: `${CAPTION_PREFIX}${id}`, y: y + slot / 2, label: text, priority: 100 });
  };
  for (const segment of segments) {
    const text = segmentCaption(segment);
    if (text) caption(segment.id, segment.start, text);
  }
  if (afterArticleFrom) caption('after', afterArticleFrom, timelineUi.afterArticle);
  return result;
}
