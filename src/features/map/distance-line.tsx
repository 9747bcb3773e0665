import { useMemo } from 'react';
import { Pane, Polyline } from 'react-leaflet';
import type { LatLngTuple, PathOptions } from 'leaflet';
import type { Place } from '../../content/schema';
import { gapBetween } from './map-model';
import { PANES } from './panes';

const straitStyle: PathOptions = { weight: 2, lineCap: 'butt' };

/**
 * A distance layer's line (the strait between the Diomede Islands, across the US–Russian border):
 * as long as the layer's `km`, centred between the two places' points, which mark their centres.
 */
export function DistanceLine({ from, to, km }: { from: Place; to: Place; km: number }) {
  const positions = useMemo<LatLngTuple[]>(
    () => gapBetween({ lat: from.lat, lon: from.lon }, { lat: to.lat, lon: to.lon }, km),
    [from.lat, from.lon, to.lat, to.lon, km],
  );
  return (
    <Pane name="map-strait" style={{ zIndex: PANES.strait }}>
      <Polyline
        positions={positions}
        className="map-bering"
        pathOptions={straitStyle}
        interactive={false}
      />
    </Pane>
  );
}
