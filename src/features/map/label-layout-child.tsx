/**
 * The map's label layout, a small child of the map that calls useMap(): it measures the labels the
 * markers and area names carry and writes where each goes. It renders nothing and re-creates no
 * Leaflet object. (The map's other imperative children sit in files of their own: map-setup.tsx,
 * view-controller.tsx, focus-in-view.tsx, selection-pan.tsx.)
 */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { layoutLabels, type LabelItem, type Rect } from './label-layout';
import { afterNextPaint } from '../../lib/after-paint';

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

/** An element's box relative to the map's frame. */
export function relativeRect(el: Element, origin: DOMRect): Rect {
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
    let cancel = () => {};
    const schedule = () => {
      cancel();
      cancel = afterNextPaint(run);
    };
    schedule();
    map.on('zoomend moveend resize', schedule);
    return () => {
      cancel();
      map.off('zoomend moveend resize', schedule);
    };
  }, [map, specs]);
  return null;
}
