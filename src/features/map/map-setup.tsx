import { useEffect, useLayoutEffect } from 'react';
import { useMap } from 'react-leaflet';
import { latLngBounds, point, type Map as LeafletMap } from 'leaflet';
import type { LatLonBounds } from './map-model';
import { mapSpec } from '../../content/map';
import { FIT_OPTIONS, minZoomForWidth } from './view-moves';

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
