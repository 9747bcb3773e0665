import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { LatLngTuple } from 'leaflet';
import type { MapLabel } from './area-labels';
import { areaLabelIcon } from './icons';

/** A text on the map (a country, a region, a distance): decorative, hidden from assistive tech. */
export function AreaLabelMarker({ label }: { label: MapLabel }) {
  const icon = useMemo(
    () =>
      areaLabelIcon(label.text, label.variant, {
        'data-label-id': label.id,
        // Hidden until the layout has placed it, so labels never flash on top of each other.
        'data-label': 'hidden',
        // The legend and the places' names say it all in text; these words only orient the eye.
        'aria-hidden': 'true',
      }),
    [label.id, label.text, label.variant],
  );
  const position = useMemo<LatLngTuple>(() => [label.lat, label.lon], [label.lat, label.lon]);
  return (
    <Marker
      position={position}
      icon={icon}
      interactive={false}
      keyboard={false}
      zIndexOffset={-1000}
    />
  );
}
