import { useEffect, useMemo, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { content, type Callout } from '../../content';
import { CalloutLayer, calloutWords, type CalloutSpot } from '../../components/ui/callout-layer';
import type { Box } from '../../lib/callout-placement';

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
 * so a flight costs them no work per frame. Place labels are laid out around them (each box is
 * an obstacle for the label layout), or, laid out first, are left uncovered.
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
      const obstacles = Array.from(frame.querySelectorAll(OBSTACLES), (el): Box => {
        const r = el.getBoundingClientRect();
        return {
          left: r.left - origin.left,
          right: r.right - origin.left,
          top: r.top - origin.top,
          bottom: r.bottom - origin.top,
        };
      }).filter((b) => b.right > b.left && b.bottom > b.top);
      const points = places.map((p) =>
        p ? map.latLngToContainerPoint([p.lat, p.lon]) : undefined,
      );
      setView({ places, size: { width, height }, points, obstacles });
      setMoving(false);
    };
    // A new step on a map that does not move: once the browser has drawn the frame.
    let frame = 0;
    let timer = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(measure);
      });
    };
    const start = () => setMoving(true);
    if (inMotion()) start();
    schedule();
    // When the map comes to rest the callouts are placed at once, so that they stand when the
    // place labels are laid out (a frame later) and the labels make way for them.
    map.on('movestart zoomstart', start);
    map.on('moveend zoomend resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      map.off('movestart zoomstart', start);
      map.off('moveend zoomend resize', measure);
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
      boxAttributes={{ 'data-map-obstacle': '' }}
    />
  );
}
