/**
 * The map's imperative side, each a small child of the map that calls useMap() and reacts to its
 * props: accessibility and zoom reporting, the story's moves, keeping the open place in view, and
 * the label layout. Nothing here renders; nothing here re-creates a Leaflet object.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useMap } from 'react-leaflet';
import { latLngBounds, point, type Map as LeafletMap } from 'leaflet';
import { layoutLabels, type LabelItem, type Rect } from './label-layout';
import type { LatLonBounds } from './map-model';
import { mapSpec } from '../../content/map';

/** Pixels kept free around a fitted area. */
export const FIT_PADDING = 16;
/**
 * Where a fitted area may lie: clear of the controls over the map's top edge (buttons, key) and of
 * the scale bar and credit along its bottom.
 */
export const FIT_OPTIONS = {
  paddingTopLeft: [FIT_PADDING, 56],
  paddingBottomRight: [FIT_PADDING, 28],
} satisfies { paddingTopLeft: [number, number]; paddingBottomRight: [number, number] };

/** The smallest zoom at which the map's extent (368° of longitude) still fills the frame's width. */
export function minZoomForWidth(width: number): number {
  return Math.max(0, Math.ceil(Math.log2((width * 360) / (256 * 368)) * 4) / 4);
}

/** Shows an area: flies there, or jumps when the reader asked for less motion. */
export function moveTo(map: LeafletMap, bounds: LatLonBounds, reduced: boolean) {
  const target = latLngBounds(bounds);
  // A frame without size (a hidden panel, a printed page) has no view to move: Leaflet would
  // compute with NaN.
  const frame = map.getContainer();
  if (frame.clientWidth === 0 || frame.clientHeight === 0) return;
  if (reduced) map.fitBounds(target, { ...FIT_OPTIONS, animate: false });
  else map.flyToBounds(target, { ...FIT_OPTIONS, duration: 1.4, easeLinearity: 0.3 });
}

/**
 * Private to Leaflet 1.9: the field its zoom-end timer checks first, and the method the next frame
 * calls to start a zoom animation begun in this one. Leaving, the map stops, and neither can
 * start or finish an animation any more; shown again, it animates as before.
 */
function settleZoomOnLeave(map: LeafletMap, leaving: boolean) {
  const internals = map as unknown as { _animatingZoom: boolean; _animateZoom?: () => void };
  if (!leaving) {
    delete internals._animateZoom;
    return;
  }
  map.stop();
  internals._animatingZoom = false;
  internals._animateZoom = () => {};
}

/**
 * Names the map area for assistive technology, keeps the zoom the frame reports (`data-zoom` on
 * every animation frame and `data-moving` while it moves, for tests and styles; `onZoom` when a
 * zoom ends, for the buttons) and the minimum zoom that fills the frame.
 */
export function MapSetup({
  hintId,
  home,
  onZoom,
}: {
  hintId: string;
  home: LatLonBounds;
  onZoom: (zoom: number, min: number, max: number) => void;
}) {
  const map = useMap();
  const [[s, w], [n, e]] = home;
  // Leaflet ends a zoom animation in a timer that outlives `map.remove()` and then reads the
  // removed panes (Leaflet issue #9575): a map that leaves in the middle of a move stops it, and
  // the pending end finds no animation to finish. A zoom begun in this very frame starts its
  // animation in the next one (and would set a new timer): that start is made a no-op too. (A
  // layout effect's cleanup runs before the map container's own, which removes the map; it also
  // runs when a Suspense boundary hides the map, which the effect undoes when it is shown again.)
  useLayoutEffect(() => {
    settleZoomOnLeave(map, false);
    return () => settleZoomOnLeave(map, true);
  }, [map]);
  useEffect(() => {
    const el = map.getContainer();
    // Leaflet makes the container focusable (arrow keys pan, +/- zoom); give it a name and a hint.
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', mapSpec.label);
    el.setAttribute('aria-describedby', hintId);
    const report = () => {
      el.dataset.zoom = map.getZoom().toFixed(2);
    };
    // Whether a move (a flight, a zoom, a pan) is under way: styles and tests can wait for rest.
    const moving = () => {
      el.dataset.moving = 'true';
    };
    const still = () => {
      el.dataset.moving = 'false';
    };
    const settle = () => {
      report();
      onZoom(map.getZoom(), map.getMinZoom(), map.getMaxZoom());
    };
    const fitMinZoom = () => {
      const homeZoom = map.getBoundsZoom(
        latLngBounds([s, w], [n, e]),
        false,
        point(
          FIT_OPTIONS.paddingTopLeft[0] + FIT_OPTIONS.paddingBottomRight[0],
          FIT_OPTIONS.paddingTopLeft[1] + FIT_OPTIONS.paddingBottomRight[1],
        ),
      );
      map.setMinZoom(Math.min(minZoomForWidth(map.getSize().x), homeZoom));
      settle();
    };
    fitMinZoom();
    still();
    map.on('zoom', report);
    map.on('zoomend', settle);
    map.on('resize', fitMinZoom);
    map.on('movestart zoomstart', moving);
    map.on('moveend', still);
    return () => {
      map.off('zoom', report);
      map.off('zoomend', settle);
      map.off('resize', fitMinZoom);
      map.off('movestart zoomstart', moving);
      map.off('moveend', still);
    };
  }, [map, hintId, onZoom, s, w, n, e]);
  return null;
}

/**
 * Follows the story: when the area it is given changes (a new section or step), the map flies
 * there (or jumps, with reduced motion). The area the map was created with is not moved to again.
 */
export function ViewController({
  bounds,
  initial,
  reduced,
}: {
  bounds: LatLonBounds;
  initial: LatLonBounds;
  reduced: boolean;
}) {
  const map = useMap();
  const key = JSON.stringify(bounds);
  const shown = useRef(JSON.stringify(initial));
  useEffect(() => {
    if (key === shown.current) return;
    shown.current = key;
    moveTo(map, JSON.parse(key) as LatLonBounds, reduced);
  }, [map, key, reduced]);
  return null;
}

/**
 * A focused marker stays in view. Leaflet pans a marker into view when it gets focus, but a fit or
 * a flight already under way (a new section's area, the first frame) ends elsewhere and leaves it
 * outside: when the map stops with the focused marker out of view, it pans it back in.
 * The check waits for the end of Leaflet's own call: a jump (a pan too far to animate) ends its
 * move before it puts the markers at their new places, and a marker read then is where it was.
 */
export function FocusInView() {
  const map = useMap();
  useEffect(() => {
    // The pan below ends a move of its own: that one must not start another.
    let panning = false;
    let live = true;
    const bringIntoView = () => {
      if (!live) return;
      const marker = document.activeElement?.closest<HTMLElement>('.map-marker');
      const frame = map.getContainer();
      if (!marker || !frame.contains(marker)) return;
      // Focus scrolls the frame itself to show the marker; Leaflet undoes that only on the scroll
      // event that follows. Undone here first, so the marker is measured where the map has it.
      frame.scrollTop = 0;
      frame.scrollLeft = 0;
      const m = frame.getBoundingClientRect();
      const b = marker.getBoundingClientRect();
      if (b.left >= m.left && b.right <= m.right && b.top >= m.top && b.bottom <= m.bottom) return;
      const centre = map.containerPointToLatLng([
        (b.left + b.right) / 2 - m.left,
        (b.top + b.bottom) / 2 - m.top,
      ]);
      const half: [number, number] = [b.width / 2 + 8, b.height / 2 + 8];
      panning = true;
      try {
        map.panInside(centre, { paddingTopLeft: half, paddingBottomRight: half, animate: false });
      } finally {
        panning = false;
      }
    };
    const onMoveEnd = () => {
      if (!panning) queueMicrotask(bringIntoView);
    };
    map.on('moveend', onMoveEnd);
    return () => {
      live = false;
      map.off('moveend', onMoveEnd);
    };
  }, [map]);
  return null;
}

/** The zoom a small map goes to when a place opens over its overview. */
const DETAIL_ZOOM = 3.5;

/**
 * Keeps the open place in view beside its detail: the detail is measured against the map (a
 * column on the right, a sheet at the bottom, or over all of it, when nothing can help) and the
 * map pans only as far as needed.
 */
export function SelectionPan({
  lat,
  lon,
  detail,
  reduced,
}: {
  lat: number | undefined;
  lon: number | undefined;
  detail: RefObject<HTMLElement | null>;
  reduced: boolean;
}) {
  const map = useMap();
  useEffect(() => {
    const el = detail.current;
    if (lat === undefined || lon === undefined || !el) return;
    const d = el.getBoundingClientRect();
    const m = map.getContainer().getBoundingClientRect();
    let right = 0;
    let bottom = 0;
    if (d.left - m.left > m.width * 0.3) right = m.right - d.left;
    else if (d.top - m.top > m.height * 0.25) bottom = m.bottom - d.top;
    else return;
    // At the overview zoom of a small map the whole extent is in view and nothing can pan: zoom
    // in so the place sits in the middle of the part the detail leaves free.
    if (map.getZoom() < DETAIL_ZOOM && Math.min(m.width - right, m.height - bottom) < 320) {
      const centre = map.project([lat, lon], DETAIL_ZOOM).add([right / 2, bottom / 2]);
      map.setView(map.unproject(centre, DETAIL_ZOOM), DETAIL_ZOOM, { animate: !reduced });
      return;
    }
    map.panInside([lat, lon], {
      paddingTopLeft: [56, 24],
      paddingBottomRight: [right + 24, bottom + 24],
      animate: !reduced,
    });
  }, [map, lat, lon, detail, reduced]);
  return null;
}

/** A label the layout places; its element carries `data-label-id` and a `.map-label-text` child. */
export interface LabelSpec {
  id: string;
  lat: number;
  lon: number;
  kind: LabelItem['kind'];
  priority: number;
  minZoom?: number;
  maxZoom?: number;
  dy?: number;
  force?: boolean;
  /** Width to assume when the element cannot be measured (it is not laid out yet). */
  text: string;
}

/** A rough width for 12–13 px UI text, used only before the browser can measure. */
const estimateWidth = (text: string) => text.length * 7 + 4;

function relativeRect(el: Element, origin: DOMRect): Rect {
  const r = el.getBoundingClientRect();
  return {
    left: r.left - origin.left,
    top: r.top - origin.top,
    right: r.right - origin.left,
    bottom: r.bottom - origin.top,
  };
}

/**
 * Places the labels (see label-layout.ts) whenever the view settles or the labels change, and
 * writes the result to each label's element as `data-label` (right, left, center or hidden).
 */
export function LabelLayout({ specs }: { specs: readonly LabelSpec[] }) {
  const map = useMap();
  useEffect(() => {
    const run = () => {
      const container = map.getContainer();
      const origin = container.getBoundingClientRect();
      const size = map.getSize();
      const zoom = map.getZoom();
      const elements = new Map<string, HTMLElement>();
      for (const el of container.querySelectorAll<HTMLElement>('[data-label-id]')) {
        if (el.dataset.labelId) elements.set(el.dataset.labelId, el);
      }
      const items: LabelItem[] = [];
      const dots: { id: string; x: number; y: number }[] = [];
      for (const spec of specs) {
        const el = elements.get(spec.id);
        if (!el) continue;
        const outOfZoom =
          (spec.minZoom !== undefined && zoom < spec.minZoom) ||
          (spec.maxZoom !== undefined && zoom >= spec.maxZoom);
        if (outOfZoom) {
          el.dataset.label = 'hidden';
          continue;
        }
        const point = map.latLngToContainerPoint([spec.lat, spec.lon]);
        const text = el.querySelector<HTMLElement>('.map-label-text');
        const width = text?.offsetWidth || estimateWidth(spec.text);
        const height = text?.offsetHeight || 16;
        items.push({
          id: spec.id,
          x: point.x,
          y: point.y + (spec.dy ?? 0),
          width,
          height,
          kind: spec.kind,
          priority: spec.priority,
          ...(spec.force ? { force: true } : {}),
        });
        if (spec.kind === 'side') dots.push({ id: spec.id, x: point.x, y: point.y });
      }
      const frame = container.closest('[data-map-frame]') ?? container.parentElement;
      const obstacles = frame
        ? Array.from(frame.querySelectorAll('[data-map-obstacle]'), (el) =>
            relativeRect(el, origin),
          )
        : [];
      const placements = layoutLabels(items, dots, { width: size.x, height: size.y }, obstacles);
      for (const [id, placement] of placements) {
        const el = elements.get(id);
        if (el) el.dataset.label = placement;
      }
    };
    // Measuring the labels needs the page laid out: run once the browser has drawn the next frame
    // (its own layout done, so nothing forces another), as a task of its own.
    let frame = 0;
    let timer = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(run);
      });
    };
    schedule();
    map.on('zoomend moveend resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      map.off('zoomend moveend resize', schedule);
    };
  }, [map, specs]);
  return null;
}
