import { AttributionControl, TileLayer } from 'react-leaflet';

/** An optional raster base map for online deployments, set at build time; off by default. */
const env = import.meta.env as unknown as Record<string, string | undefined>;
export const TILE_URL = env.VITE_TILE_URL;
const TILE_ATTRIBUTION = env.VITE_TILE_ATTRIBUTION ?? '';

/** The raster tiles under the vector geography, with their attribution, if a build has them. */
export function BaseTiles() {
  if (!TILE_URL) return null;
  return (
    <>
      <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
      <AttributionControl position="bottomright" prefix={false} />
    </>
  );
}
