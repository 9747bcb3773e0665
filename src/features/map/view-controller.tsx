import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLonBounds } from './map-model';
import { moveTo } from './view-moves';

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
