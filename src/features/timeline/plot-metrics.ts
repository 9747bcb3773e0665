/**
 * The plot's vertical plan, from its size alone: phase bands, the axis, the lanes (rows shared
 * out by weight) and the captions under them. Pure, so that the print figure uses it too.
 */
import type { LaneSpec, LayoutOptions } from './label-layout';
import type { Phase } from './phases';
import type { Lane, TimelineModel } from './timeline-model';

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
