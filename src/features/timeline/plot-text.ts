/**
 * Which of the plot's texts fit, and where they go: captions under the lanes, tick labels, phase
 * labels and the peek at a mark's full name. Measured with the text width estimate, without a
 * DOM, so the same on the server, in tests and in every browser.
 */
import { timelineUi } from '@locale/chronik';
import { estimateTextWidth, fitText } from '../../lib/text-width';
import type { ScaleSegment } from './piecewise-scale';

/** The caption of a part of the scale ('' for a part without one). */
export function segmentCaption(segment: Pick<ScaleSegment, 'id' | 'start'>): string {
  if (segment.id === 'vorgeschichte') return timelineUi.segments.vorgeschichte();
  if (segment.id === 'fokus') return timelineUi.segments.fokus(segment.start.getUTCFullYear());
  return '';
}

export interface Caption {
  key: string;
  x: number;
  text: string;
  anchor: 'start' | 'end';
}

/**
 * The captions under the lanes: each segment's density while the segment is in view and wide
 * enough to carry it, and where the article's knowledge ends (its arrow pointing into the time
 * after, or the caption beside the boundary when there is no room before it). Of captions that
 * would collide, the leftmost stays; none runs off the plot.
 */
export function plotCaptions({
  segments,
  at,
  afterArticleFrom,
  width,
  fontSize,
}: {
  segments: readonly ScaleSegment[];
  /** Where a date is on screen. */
  at: (date: Date) => number;
  afterArticleFrom?: Date | undefined;
  width: number;
  fontSize: number;
}): Caption[] {
  const widthOf = (text: string) => estimateTextWidth(text, fontSize);
  const captions: Caption[] = [];
  for (const segment of segments) {
    const caption = segmentCaption(segment);
    const left = Math.max(0, at(segment.start)) + 4;
    if (caption && left + widthOf(caption) < at(segment.end) - 4) {
      captions.push({ key: segment.id, x: left, text: caption, anchor: 'start' });
    }
  }
  if (afterArticleFrom) {
    const x = at(afterArticleFrom);
    captions.push(
      x - 4 > widthOf(timelineUi.afterArticle)
        ? { key: 'after', x: x - 4, text: `${timelineUi.afterArticle} →`, anchor: 'end' }
        : { key: 'after', x: Math.max(4, x + 4), text: timelineUi.afterArticle, anchor: 'start' },
    );
  }
  const shown: Caption[] = [];
  let lastRight = -Infinity;
  const byLeft = captions
    .map((c) => ({ caption: c, left: c.anchor === 'start' ? c.x : c.x - widthOf(c.text) }))
    .sort((a, b) => a.left - b.left);
  for (const { caption, left } of byLeft) {
    const w = widthOf(caption.text);
    if (left < lastRight + 8 || left + w > width || left < 0) continue;
    shown.push(caption);
    lastRight = left + w;
  }
  return shown;
}

/** Whether a tick's label fits before the plot's right edge (its gridline stays either way). */
export function tickLabelFits(
  x: number,
  text: string,
  fontSize: number,
  bold: boolean,
  width: number,
): boolean {
  return x + 4 + estimateTextWidth(text, fontSize, bold) <= width;
}

/** A phase's label in its band's room: the full label, else the short one, else nothing. */
export function phaseLabelText(
  phase: { label: string; shortLabel: string },
  room: number,
  fontSize: number,
): string {
  if (room <= 0) return '';
  return fitText(phase.label, room, fontSize, true) === phase.label
    ? phase.label
    : fitText(phase.shortLabel, room, fontSize, true);
}

/**
 * The peek at a mark's full name: right of the mark and above it, kept inside the plot (below
 * the mark when there is no room above).
 */
export function peekBox({
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
  return { shown, left, top, width: w, height: h };
}
