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
  /**
   * The direction time runs in: 'x' (across, the wide layout) or 'y' (down, the narrow one).
   * ZoomState's `x` is then the translation along that axis.
   */
  axis?: 'x' | 'y';
  /**
   * Whether one finger moving along the time axis pans. In the story's panel it does not (a
   * swipe there scrolls the article); in a vertical view it pans only while there is somewhere
   * to go, so a swipe at either end, or at the whole view, scrolls the page.
   */
  oneFingerPan?: boolean;
}

export interface ZoomControls {
  /** Moves to a zoom; glides there unless `animate` is false. */
  zoomTo: (target: ZoomState, animate: boolean) => void;
  /** Zooms by a factor, keeping the point `about` (along the axis; default: the middle) in place. */
  scaleBy: (factor: number, animate: boolean, about?: number) => void;
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
    axis = 'x',
    oneFingerPan = true,
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

  const vertical = axis === 'y';
  /** The plot's extent along the time axis. */
  const length = vertical ? height : width;
  useEffect(() => {
    const svg = ref.current;
    if (!svg || !enabled) return;
    const along = (t: { x: number; y: number }) => (vertical ? t.y : t.x);
    const toTransform = (z: ZoomState) =>
      (vertical ? zoomIdentity.translate(0, z.x) : zoomIdentity.translate(z.x, 0)).scale(z.k);
    const zoomBehaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, height],
      ])
      .constrain((t) => toTransform(clampZoom({ k: t.k, x: along(t) }, length)))
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
        callbacks.current.onZoom({ k: event.transform.k, x: along(event.transform) }, length);
      });
    const selection = select(svg);
    selection.call(zoomBehaviour);
    behaviour.current = zoomBehaviour;
    // The base scale spans the width: when the width changes, scaling x keeps the same dates in
    // view. Attached the first time, it starts where the view's state already is.
    const before = zoomTransform(svg);
    const ratio = lastWidth.current > 0 ? length / lastWidth.current : 1;
    const startAt =
      lastWidth.current === 0 && callbacks.current.initial
        ? callbacks.current.initial
        : { k: before.k, x: along(before) * ratio };
    lastWidth.current = length;
    zoomBehaviour.transform(
      selection,
      toTransform({ k: Math.min(maxK, Math.max(1, startAt.k)), x: startAt.x }),
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
        if (Math.hypot(dx, dy) >= 8) {
          const alongAxis = vertical ? Math.abs(dy) > Math.abs(dx) : Math.abs(dx) >= Math.abs(dy);
          const t = zoomTransform(svg);
          const at = along(t);
          const moved = vertical ? dy : dx;
          // Somewhere to go: earlier (finger moving forward along the axis) or later.
          const room = moved > 0 ? at < -0.5 : at > length - t.k * length + 0.5;
          mode = alongAxis && oneFingerPan && (!vertical || room) ? 'pan' : 'scroll';
        }
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
  }, [
    ref,
    width,
    height,
    length,
    vertical,
    maxK,
    wheelNeedsModifier,
    stopGlide,
    enabled,
    oneFingerPan,
  ]);

  return useMemo(() => {
    const current = (): ZoomState => {
      const svg = ref.current;
      if (!svg) return { k: 1, x: 0 };
      const t = zoomTransform(svg);
      return { k: t.k, x: vertical ? t.y : t.x };
    };
    const apply = (target: ZoomState) => {
      const svg = ref.current;
      const b = behaviour.current;
      if (!svg || !b) return;
      b.transform(
        select(svg),
        (vertical
          ? zoomIdentity.translate(0, target.x)
          : zoomIdentity.translate(target.x, 0)
        ).scale(target.k),
      );
    };
    const zoomTo = (raw: ZoomState, animate: boolean) => {
      stopGlide();
      const target = clampZoom({ k: Math.min(maxK, Math.max(1, raw.k)), x: raw.x }, length);
      const from = current();
      if (!animate) {
        apply(target);
        return;
      }
      heading.current = target;
      // Glide the centre linearly and the zoom level geometrically: it reads as one movement.
      const centre = (z: ZoomState) => (length / 2 - z.x) / z.k;
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
        apply({ k, x: length / 2 - k * c });
        frame.current = t < 1 ? requestAnimationFrame(step) : 0;
        if (t >= 1) heading.current = null;
      };
      frame.current = requestAnimationFrame(step);
    };
    return {
      zoomTo,
      current,
      scaleBy: (factor: number, animate: boolean, about?: number) => {
        const z = heading.current ?? current();
        const k = Math.min(maxK, Math.max(1, z.k * factor));
        zoomTo(zoomAbout(z, k, about ?? length / 2), animate);
      },
      panBy: (dx: number, animate: boolean) => {
        const z = heading.current ?? current();
        zoomTo({ k: z.k, x: z.x + dx }, animate);
      },
    };
  }, [ref, length, vertical, maxK, stopGlide]);
}

/**
 * The zoom at level `k` that keeps what is at screen position `about` (along the axis) where it
 * is: the selected event, or the middle of the view, stays under the reader's eyes.
 */
export function zoomAbout(z: ZoomState, k: number, about: number): ZoomState {
  const base = (about - z.x) / z.k;
  return { k, x: about - k * base };
}
