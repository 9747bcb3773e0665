import { useEffect, useMemo, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { content, type Callout } from '../../content';
import { CalloutLayer, calloutWords, type CalloutSpot } from '../../components/ui/callout-layer';
import type { Box } from '../../lib/callout-placement';
import { relativeRect } from './label-layout-child';
import { afterNextPaint } from '../../lib/after-paint';

/** What the callouts must leave free: the markers and the controls over the map. */
const OBSTACLES =
  '.map-marker, [data-map-obstacle]:not(.callout), .leaflet-control-scale, .map__credit';

interface View {
  /** The places the points were measured for. */
  places: readonly unknown[];
  size: { width: number; height: number };
  points: ({ x: number; y: number } | undefined)[];
  obstacles: Box[];
}

/**
 * The step's callouts on the map: each beside its place, where it covers no marker and no
 * control. They are placed when the map rests and wait while it flies (fading in when it lands),
 * so a flight costs them no work per frame. They are placed after the place labels, around them.
 */
export function MapCallouts({ map, callouts }: { map: LeafletMap; callouts: readonly Callout[] }) {
  const places = useMemo(
    () =>
      callouts.map((c) =>
        c.target?.type === 'place' ? content.placeById.get(c.target.id) : undefined,
      ),
    [callouts],
  );
  const [view, setView] = useState<View | null>(null);
  const [moving, setMoving] = useState(false);
  useEffect(() => {
    const container = map.getContainer();
    // A flight that began in this very commit (a new step) has announced itself already.
    const inMotion = () => container.dataset.moving === 'true';
    const measure = () => {
      if (inMotion()) return;
      const { x: width, y: height } = map.getSize();
      const origin = container.getBoundingClientRect();
      const frame = container.closest('[data-map-frame]') ?? container.parentElement ?? container;
      // The marker a callout names gives its label up to the callout (which says more).
      const named = new Set(places.flatMap((p) => (p ? [p.id] : [])));
      for (const marker of container.querySelectorAll<HTMLElement>('.map-marker')) {
        const ids = marker.dataset.places?.split(' ') ?? [];
        const own = ids.some((id) => named.has(id));
        if (own !== (marker.dataset.callout === 'true')) marker.dataset.callout = String(own);
      }
      const freed = (el: Element) =>
        el.classList.contains('map-label-text') &&
        el.closest<HTMLElement>('.map-marker')?.dataset.callout === 'true';
      const obstacles = Array.from(
        [...frame.querySelectorAll(OBSTACLES)].filter((el) => !freed(el)),
        (el): Box => relativeRect(el, origin),
      ).filter((b) => b.right > b.left && b.bottom > b.top);
      const points = places.map((p) =>
        p ? map.latLngToContainerPoint([p.lat, p.lon]) : undefined,
      );
      setView({ places, size: { width, height }, points, obstacles });
      setMoving(false);
    };
    let cancel = () => {};
    let timer = 0;
    const schedule = () => {
      cancel();
      window.clearTimeout(timer);
      // After the label layout's own frame and task (see label-layout-child.tsx): a task later.
      cancel = afterNextPaint(() => {
        timer = window.setTimeout(measure);
      });
    };
    const start = () => setMoving(true);
    if (inMotion()) start();
    schedule();
    // The place labels are laid out when the map rests (a frame later) and whenever its markers
    // change: each time they have been, the callouts find their spots around them.
    const labelsLaidOut = new MutationObserver(schedule);
    labelsLaidOut.observe(container, { subtree: true, attributeFilter: ['data-label'] });
    map.on('movestart zoomstart', start);
    map.on('moveend zoomend resize', schedule);
    return () => {
      cancel();
      window.clearTimeout(timer);
      labelsLaidOut.disconnect();
      map.off('movestart zoomstart', start);
      map.off('moveend zoomend resize', schedule);
    };
  }, [map, places]);

  const current = view?.places === places;
  const spots = useMemo(
    (): CalloutSpot[] =>
      callouts.map((c, i) => {
        const point = current ? view?.points[i] : undefined;
        return {
          key: `${i}`,
          text: calloutWords(c),
          ...(point ? { x: point.x, y: point.y } : {}),
          // Clear of the marker (24 px), with a leader to it.
          gap: 26,
          start: 8,
        };
      }),
    [callouts, view, current],
  );
  if (!view) return null;
  return (
    <CalloutLayer
      spots={spots}
      frame={view.size}
      obstacles={view.obstacles}
      hidden={moving || !current}
    />
  );
}
