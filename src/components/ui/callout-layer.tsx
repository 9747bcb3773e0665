import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  placeCallouts,
  type Box,
  type CalloutSide,
  type PlacedCallout,
} from '../../lib/callout-placement';

export { calloutWords } from './callout-words';

export interface CalloutSpot {
  key: string;
  /** The words as drawn. */
  text: string;
  /** The point it names, in the frame's pixels; none: not in view (the callout waits). */
  x?: number;
  y?: number;
  /** Distance kept from the point (the mark's radius and some air). */
  gap?: number;
  /** Where the leader starts, from the point: the edge of its mark. */
  start?: number;
  /** It may stand over the point, in place of the view's own label there. */
  over?: boolean;
}

interface Size {
  width: number;
  height: number;
}

/** The end of a callout's leader on its box: the edge that faces the point. */
function leaderEnd(box: Box, side: CalloutSide, x: number, y: number): [number, number] {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  switch (side) {
    case 'over':
      return [x, y];
    case 'above':
      return [clamp(x, box.left + 6, box.right - 6), box.bottom];
    case 'below':
      return [clamp(x, box.left + 6, box.right - 6), box.top];
    case 'right':
      return [box.left, clamp(y, box.top + 6, box.bottom - 6)];
    case 'left':
      return [box.right, clamp(y, box.top + 6, box.bottom - 6)];
  }
}

/**
 * A view's callouts, drawn over it like a newspaper graphic's own labels: a box beside the point
 * each names, with a short leader to it, on the side where it covers nothing the view reports
 * (see lib/callout-placement.ts). The boxes are measured once per set of words (they wrap at a
 * readable width), then placed on every change of the points. Hidden from screen readers: the
 * panel's card lists the same callouts as text, with their sources.
 */
export function CalloutLayer({
  spots,
  frame,
  obstacles,
  hidden = false,
  boxAttributes,
  onPlaced,
}: {
  spots: readonly CalloutSpot[];
  frame: Size;
  obstacles: readonly Box[];
  /** While the view moves, the callouts wait (and fade in when it rests). */
  hidden?: boolean;
  /** Extra attributes for every box (the map marks them as areas its labels avoid). */
  boxAttributes?: Record<string, string>;
  /** Told where the boxes stand once placed (a view may give up its own labels under them). */
  onPlaced?: (boxes: readonly Box[]) => void;
}) {
  const boxes = useRef(new Map<string, HTMLElement>());
  const textKey = spots.map((s) => `${s.key}\u0000${s.text}`).join('\u0001');
  const [sizes, setSizes] = useState<{ key: string; sizes: Map<string, Size> } | null>(null);
  // Measured once laid out, before the browser paints them (an observer reports every box's size
  // when it starts observing it, and again if it changes, as when the reader's font size does).
  useLayoutEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const measured = new Map<string, Size>();
      for (const [key, el] of boxes.current) {
        measured.set(key, { width: el.offsetWidth, height: el.offsetHeight });
      }
      setSizes({ key: textKey, sizes: measured });
    });
    for (const el of boxes.current.values()) observer.observe(el);
    return () => observer.disconnect();
  }, [textKey]);
  const known = sizes?.key === textKey ? sizes.sizes : null;

  const placed = useMemo(() => {
    if (!known) return new Map<string, PlacedCallout>();
    const inView = spots.filter(
      (s) =>
        s.x !== undefined &&
        s.y !== undefined &&
        s.x >= 0 &&
        s.x <= frame.width &&
        s.y >= 0 &&
        s.y <= frame.height &&
        known.get(s.key)?.width,
    );
    const result = placeCallouts(
      inView.map((s) => ({
        x: s.x!,
        y: s.y!,
        gap: s.gap ?? 10,
        ...(s.over ? { over: true } : {}),
        ...known.get(s.key)!,
      })),
      frame,
      obstacles,
    );
    return new Map(inView.flatMap((s, i) => (result[i] ? [[s.key, result[i]] as const] : [])));
  }, [known, spots, frame, obstacles]);
  useEffect(() => {
    onPlaced?.([...placed.values()].map((p) => p.box));
  }, [placed, onPlaced]);

  return (
    <div className="callouts-layer" aria-hidden="true" data-hidden={hidden ? 'true' : 'false'}>
      <svg className="callouts-layer__leaders" width={frame.width} height={frame.height}>
        {spots.map((s) => {
          const p = placed.get(s.key);
          if (!p || s.x === undefined || s.y === undefined) return null;
          const [x2, y2] = leaderEnd(p.box, p.side, s.x, s.y);
          const length = Math.hypot(x2 - s.x, y2 - s.y);
          const from = Math.min(s.start ?? 0, length);
          const x1 = length ? s.x + ((x2 - s.x) * from) / length : s.x;
          const y1 = length ? s.y + ((y2 - s.y) * from) / length : s.y;
          return <line key={s.key} x1={x1} y1={y1} x2={x2} y2={y2} />;
        })}
      </svg>
      {spots.map((s) => {
        const p = placed.get(s.key);
        return (
          <div
            key={s.key}
            ref={(el) => {
              if (el) boxes.current.set(s.key, el);
              else boxes.current.delete(s.key);
            }}
            className="callout"
            data-callout={s.key}
            data-side={p?.side}
            data-placed={p ? 'true' : 'false'}
            style={p ? { left: p.box.left, top: p.box.top } : undefined}
            {...(p ? boxAttributes : undefined)}
          >
            {s.text}
          </div>
        );
      })}
    </div>
  );
}
