import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { geoJSON, type PathOptions, type StyleFunction } from 'leaflet';
import type { FeatureCollection, Geometry } from 'geojson';

/** How long one batch of shapes may take (ms): several batches, none of them a long task. */
const BATCH_MS = 5;

/**
 * A GeoJSON layer whose shapes are added in batches, each a task of its own: turning a world of
 * coordinates into SVG paths in one go would block the page for a long task on a slow phone.
 * Created once per data and style; removed with the component.
 */
export function BatchedGeoJSON<P>({
  data,
  style,
  pane,
}: {
  data: FeatureCollection<Geometry, P>;
  style: PathOptions | StyleFunction<P>;
  pane: string;
}) {
  const map = useMap();
  useEffect(() => {
    const layer = geoJSON<P>(undefined, { style, pane, interactive: false }).addTo(map);
    const features = data.features;
    let next = 0;
    let timer = 0;
    const batch = () => {
      const started = performance.now();
      do layer.addData(features[next++]!);
      while (next < features.length && performance.now() - started < BATCH_MS);
      if (next < features.length) timer = window.setTimeout(batch);
    };
    // The first batch (which also creates the pane's SVG) waits for a task of its own too, out of
    // the commit that mounted the layer.
    if (features.length) timer = window.setTimeout(batch);
    return () => {
      window.clearTimeout(timer);
      layer.remove();
    };
  }, [map, data, style, pane]);
  return null;
}
