import { describe, expect, it } from 'vitest';
import { timelineUi } from '@locale/chronik';
import { estimateTextWidth } from '../../lib/text-width';
import { plotHitBoxes } from './events-at';
import type { ScaleSegment } from './piecewise-scale';
import { peekBox, phaseLabelText, plotCaptions, tickLabelFits } from './plot-text';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Two parts of the scale on a 1000 px plot: the prehistory squeezed into its first 200 px. */
const segments: ScaleSegment[] = [
  {
    id: 'vorgeschichte',
    start: day('1900-01-01'),
    end: day('2025-01-01'),
    weight: 1,
    x0: 0,
    x1: 200,
  },
  { id: 'fokus', start: day('2025-01-01'), end: day('2026-01-01'), weight: 4, x0: 200, x1: 1000 },
];
const linear = (date: Date) => {
  const s = segments.find((seg) => date < seg.end) ?? segments[segments.length - 1]!;
  const t = (date.getTime() - s.start.getTime()) / (s.end.getTime() - s.start.getTime());
  return s.x0 + t * (s.x1 - s.x0);
};
const captionsAt = (at: (d: Date) => number, afterArticleFrom?: Date, width = 1000) =>
  plotCaptions({ segments, at, afterArticleFrom, width, fontSize: 12 });
const boxOf = (c: { x: number; text: string; anchor: 'start' | 'end' }) => {
  const w = estimateTextWidth(c.text, 12);
  return c.anchor === 'start' ? [c.x, c.x + w] : [c.x - w, c.x];
};

describe('the captions under the lanes', () => {
  it('names each part of the scale that is wide enough, at its start', () => {
    const captions = captionsAt(linear);
    expect(captions.map((c) => [c.key, c.x, c.anchor])).toEqual([
      ['vorgeschichte', 4, 'start'],
      ['fokus', 204, 'start'],
    ]);
    expect(captions[1]!.text).toBe(timelineUi.segments.fokus(2025));
  });

  it('leaves out the caption of a part too narrow to carry it', () => {
    // Zoomed in: the prehistory is 60 px wide, less than its caption.
    const captions = captionsAt((d) => linear(d) * 0.3);
    expect(captions.map((c) => c.key)).toEqual(['fokus']);
  });

  it('points into the time after the article, or stands beside the boundary when there is no room before it', () => {
    const late = captionsAt(linear, day('2025-10-01')).find((c) => c.key === 'after')!;
    expect(late).toMatchObject({ anchor: 'end', text: `${timelineUi.afterArticle} →` });
    // Panned so far that the boundary is 20 px from the left edge (no part's caption in view).
    const early = plotCaptions({
      segments: [],
      at: (d) => linear(d) - linear(day('2025-10-01')) + 20,
      afterArticleFrom: day('2025-10-01'),
      width: 1000,
      fontSize: 12,
    });
    expect(early).toEqual([
      { key: 'after', x: 24, text: timelineUi.afterArticle, anchor: 'start' },
    ]);
  });

  it('never lets two captions collide or one run off the plot: the leftmost stays', () => {
    // The boundary right after the focus caption: its caption would cover the focus one.
    const crowded = captionsAt(linear, day('2025-01-20'));
    expect(crowded.map((c) => c.key)).toEqual(['vorgeschichte', 'fokus']);
    for (const width of [300, 500, 1000]) {
      const shown = captionsAt(linear, day('2025-06-01'), width).map(boxOf);
      shown.forEach(([left, right], i) => {
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(width);
        if (i > 0) expect(left).toBeGreaterThanOrEqual(shown[i - 1]![1]! + 8);
      });
    }
  });
});

describe('the plot’s other texts', () => {
  it('drops a tick label that would run off the right edge', () => {
    expect(tickLabelFits(100, 'Aug.', 12, false, 400)).toBe(true);
    expect(tickLabelFits(390, 'Aug.', 12, false, 400)).toBe(false);
  });

  it('gives a phase its label, its short label where that does not fit, or nothing', () => {
    const phase = {
      label: 'Verhandlungen über einen Waffenstillstand',
      shortLabel: 'Verhandlungen',
    };
    expect(phaseLabelText(phase, 400, 12)).toBe(phase.label);
    expect(phaseLabelText(phase, 120, 12)).toBe('Verhandlungen');
    expect(phaseLabelText(phase, 20, 12)).toBe('');
    expect(phaseLabelText(phase, -5, 12)).toBe('');
  });

  it('keeps the peek at a full name inside the plot, below the mark when there is no room above', () => {
    const text = 'Gipfeltreffen in Anchorage';
    const above = peekBox({ x: 100, y: 200, width: 600, fontSize: 12, textHeight: 15, text });
    expect(above.shown).toBe(text);
    expect(above.top + above.height).toBeLessThan(200);
    const atEdge = peekBox({ x: 590, y: 10, width: 600, fontSize: 12, textHeight: 15, text });
    expect(atEdge.top).toBeGreaterThan(10);
    expect(atEdge.left + atEdge.width).toBeLessThanOrEqual(596);
  });
});

describe('the plot’s hit areas', () => {
  it('gives every mark a finger-sized area and a shown label its own, a row high', () => {
    const { markBoxes, labelBoxes } = plotHitBoxes(
      [
        { id: 'a', lane: 0, x0: 100, x1: 100, y: 50 },
        {
          id: 'b',
          lane: 0,
          x0: 300,
          x1: 300,
          y: 50,
          label: {
            ...{ x: 310, y: 50, x0: 310, x1: 380, y0: 43, y1: 57 },
            ...{ text: 'B', row: 0, anchor: 'start' },
          },
        },
      ],
      20,
      44,
    );
    expect(markBoxes[0]).toEqual({ id: 'a', x0: 78, x1: 122, y0: 28, y1: 72 });
    expect(labelBoxes).toEqual([{ id: 'b', x0: 308, x1: 382, y0: 40, y1: 60 }]);
  });
});
