import type { Map as LeafletMap } from 'leaflet';
import { mapUi } from '@locale/karte';
import { mapSpec } from '../../content/map';
import type { LatLonBounds } from './map-model';
import { moveTo } from './view-moves';

/**
 * The buttons over the map: zoom in and out, back to the view it opened on, and (on the map page)
 * jumps to the article's areas. Each group is an obstacle for the labels of its own, not the
 * toolbar's whole box: under the short row of jumps beside the tall column of buttons the map
 * stays free for labels.
 */
export function MapToolbar({
  map,
  zoom,
  variant,
  resetTo,
  reduced,
}: {
  map: LeafletMap;
  /** The map's zoom and its limits, as the last finished zoom left them. */
  zoom: { zoom: number; min: number; max: number };
  variant: 'page' | 'panel';
  /** Where "reset" goes: the page's start, the section's area. */
  resetTo: LatLonBounds;
  reduced: boolean;
}) {
  const reset = variant === 'page' ? mapUi.reset : mapUi.resetSection;
  return (
    <div className="map__toolbar">
      <div className="map__buttons" role="group" aria-label={mapUi.controls} data-map-obstacle>
        <button
          type="button"
          className="map__button"
          aria-label={mapUi.zoomIn}
          title={mapUi.zoomIn}
          disabled={zoom.zoom >= zoom.max}
          onClick={() => map.zoomIn(1, { animate: !reduced })}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className="map__button"
          aria-label={mapUi.zoomOut}
          title={mapUi.zoomOut}
          disabled={zoom.zoom <= zoom.min}
          onClick={() => map.zoomOut(1, { animate: !reduced })}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          className="map__button"
          aria-label={reset}
          title={reset}
          onClick={() => moveTo(map, resetTo, reduced)}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M4 8V4h4M4 4l4.5 4.5M16 12v4h-4m4 0-4.5-4.5M12 4h4v4m0-4-4.5 4.5M8 16H4v-4m0 4 4.5-4.5" />
          </svg>
        </button>
      </div>
      {variant === 'page' && (
        <div className="map__jumps" role="group" aria-label={mapUi.jumpTo} data-map-obstacle>
          {mapSpec.jumps.map((jump) => (
            <button
              key={jump.id}
              type="button"
              className="map__jump"
              aria-label={mapUi.jumpLabel(jump.name)}
              onClick={() => moveTo(map, jump.bounds, reduced)}
            >
              {jump.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
