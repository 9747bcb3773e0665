import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import {
  zoom as d3zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
} from 'd3-zoom';
import { clampZoom, type ZoomState } from './piecewise-scale';

export interface ZoomOptions {
  width: number;
  height: number;
  maxK: number;
  /** In the story panel the wheel scrolls the article; zooming with it needs Ctrl (or a pinch). */
  wheelNeedsModifier: boolean;
  /** Every transform applied, with the width it was applied for. */
  onZoom: (zoom: ZoomState, width: number) => void;
  /** Called when a plain wheel turn was left to the page, to show how to zoom instead. */
  onWheelIgnored?: () => void;
  /** False until the plot's size is known: a zoom applied for a guessed width is redone at once. */
  enabled?: boolean;
  /** Where the zoom starts when it is first attached (the view's state already holds it). */
  initial?: ZoomState;
}

export interface ZoomControls {
  /** Moves to a zoom; glides there unless `animate` is false. */
  zoomTo: (target: ZoomState, animate: boolean) => void;
  scaleBy: (factor: number, animate: boolean) => void;
  panBy: (dx: number, animate: boolean) => void;
  current: () => ZoomState;
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

type Behaviour = ZoomBehavior<SVGSVGElement, unknown>;

/**
 * d3-zoom on the plot, attached in one effect: wheel, drag, pinch and double-click change the
 * transform, which flows back into React state through `onZoom`. Only x is zoomed; y stays put.
 * Glides are our own frames (no d3-transition types here), cancelled when the reader takes over.
 */
export function useTimelineZoom(
  ref: RefObject<SVGSVGElement | null>,
  {
    width,
    height,
    maxK,
    wheelNeedsModifier,
    onZoom,
    onWheelIgnored,
    enabled = true,
    initial,
  }: ZoomOptions,
): ZoomControls {
  const behaviour = useRef<Behaviour | null>(null);
  const frame = useRef(0);
  const lastWidth = useRef(0);
  const callbacks = useRef({ onZoom, onWheelIgnored, initial });
  useEffect(() => {
    callbacks.current = { onZoom, onWheelIgnored, initial };
  });

  /** Where a running glide is heading: quick key presses build on it, not on a frame midway. */
  const heading = useRef<ZoomState | null>(null);

  const stopGlide = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    heading.current = null;
  }, []);

  useEffect(() => {
    const svg = ref.current;
    if (!svg || !enabled) return;
    const zoomBehaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, height],
      ])
      .constrain((t) => {
        const c = clampZoom({ k: t.k, x: t.x }, width);
        return zoomIdentity.translate(c.x, 0).scale(c.k);
      })
      .filter((event: Event) => {
        if (event instanceof WheelEvent) {
          if (!wheelNeedsModifier || event.ctrlKey || event.metaKey) return true;
          callbacks.current.onWheelIgnored?.();
          return false;
        }
        // A drag needs the event's window (d3 blocks native dragging there); synthetic events
        // without one (scripts, test tools) do not start a pan.
        if (event instanceof MouseEvent && event.type === 'mousedown' && !event.view) return false;
        // A double click on an event opens it; it should not zoom as well.
        if (event.type === 'dblclick' && (event.target as Element).closest('[data-event]')) {
          return false;
        }
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      })
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent) stopGlide();
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        callbacks.current.onZoom({ k: event.transform.k, x: event.transform.x }, width);
      });
    const selection = select(svg);
    selection.call(zoomBehaviour);
    behaviour.current = zoomBehaviour;
    // The base scale spans the width: when the width changes, scaling x keeps the same dates in
    // view. Attached the first time, it starts where the view's state already is.
    const before = zoomTransform(svg);
    const ratio = lastWidth.current > 0 ? width / lastWidth.current : 1;
    const startAt =
      lastWidth.current === 0 && callbacks.current.initial
        ? callbacks.current.initial
        : { k: before.k, x: before.x * ratio };
    lastWidth.current = width;
    zoomBehaviour.transform(
      selection,
      zoomIdentity.translate(startAt.x, 0).scale(Math.min(maxK, Math.max(1, startAt.k))),
    );

    // One finger moving mostly up or down scrolls the page (touch-action: pan-y); d3-zoom only
    // sees horizontal drags and pinches, so the timeline never traps a reader's scroll.
    let start: { x: number; y: number } | null = null;
    let mode: 'undecided' | 'pan' | 'scroll' = 'pan';
    const onTouchStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      if (event.touches.length === 1 && touch) {
        start = { x: touch.clientX, y: touch.clientY };
        mode = 'undecided';
      } else mode = 'pan';
    };
    const onTouchMove = (event: TouchEvent) => {
      const touch = event.touches[0];
      if (mode === 'pan' || event.touches.length > 1 || !touch || !start) {
        mode = 'pan';
        return;
      }
      if (mode === 'undecided') {
        const dx = touch.clientX - start.x;
        const dy = touch.clientY - start.y;
        if (Math.hypot(dx, dy) >= 8) mode = Math.abs(dy) > Math.abs(dx) ? 'scroll' : 'pan';
      }
      if (mode !== 'pan') event.stopImmediatePropagation();
    };
    svg.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
    svg.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });

    return () => {
      stopGlide();
      selection.on('.zoom', null);
      svg.removeEventListener('touchstart', onTouchStart, { capture: true });
      svg.removeEventListener('touchmove', onTouchMove, { capture: true });
      behaviour.current = null;
    };
  }, [ref, width, height, maxK, wheelNeedsModifier, stopGlide, enabled]);

  return useMemo(() => {
    const current = (): ZoomState => {
      const svg = ref.current;
      if (!svg) return { k: 1, x: 0 };
      const t = zoomTransform(svg);
      return { k: t.k, x: t.x };
    };
    const apply = (target: ZoomState) => {
      const svg = ref.current;
      const b = behaviour.current;
      if (!svg || !b) return;
      b.transform(select(svg), zoomIdentity.translate(target.x, 0).scale(target.k));
    };
    const zoomTo = (raw: ZoomState, animate: boolean) => {
      stopGlide();
      const target = clampZoom({ k: Math.min(maxK, Math.max(1, raw.k)), x: raw.x }, width);
      const from = current();
      if (!animate) {
        apply(target);
        return;
      }
      heading.current = target;
      // Glide the centre linearly and the zoom level geometrically: it reads as one movement.
      const centre = (z: ZoomState) => (width / 2 - z.x) / z.k;
      const c0 = centre(from);
      const c1 = centre(target);
      const l0 = Math.log(from.k);
      const l1 = Math.log(target.k);
      const duration = 450;
      const began = performance.now();
      const step = (now: number) => {
        const t = ease(Math.min(1, (now - began) / duration));
        const k = Math.exp(l0 + (l1 - l0) * t);
        const c = c0 + (c1 - c0) * t;
        apply({ k, x: width / 2 - k * c });
        frame.current = t < 1 ? requestAnimationFrame(step) : 0;
        if (t >= 1) heading.current = null;
      };
      frame.current = requestAnimationFrame(step);
    };
    return {
      zoomTo,
      current,
      scaleBy: (factor: number, animate: boolean) => {
        const z = heading.current ?? current();
        const k = Math.min(maxK, Math.max(1, z.k * factor));
        // Zoom about the centre of the view.
        const centre = (width / 2 - z.x) / z.k;
        zoomTo({ k, x: width / 2 - k * centre }, animate);
      },
      panBy: (dx: number, animate: boolean) => {
        const z = heading.current ?? current();
        zoomTo({ k: z.k, x: z.x + dx }, animate);
      },
    };
  }, [ref, width, maxK, stopGlide]);
}
