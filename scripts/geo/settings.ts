/**
 * What scripts/build-geo.ts builds: the map's extent, how much detail each part of the world
 * keeps, the grids and the size budget. (The longitude domain is the map's own:
 * src/features/map/geography-checks.ts.)
 */
export { LON_MIN, LON_MAX } from '../../src/features/map/geography-checks';

/** Southern clip: keeps Riyadh (24.7 N), Jeddah (21.5 N), the Caribbean and the Sahel. */
export const LAT_MIN = 8;
/** Web Mercator's limit (Leaflet). */
export const LAT_MAX = 85.0511;

export interface DetailZone {
  name: string;
  lon: [number, number];
  lat: [number, number];
  zoom: number;
}

/**
 * Level of detail, as the Leaflet zoom for which the outlines are simplified (see MIN_AREA_PX2).
 * Ukraine itself comes from the regions file at zoom REGIONS_ZOOM; the country layer around it
 * gets zoom 6 (Natural Earth 50m has no more detail than that). Europe, the Bering Strait and
 * Alaska, the Middle East (Riyadh, Jeddah, Istanbul) and the US East Coast (Washington) get a bit
 * more than the rest of the world, which is seen at zoom 2-4 only.
 */
export const DETAIL_ZONES: DetailZone[] = [
  { name: 'Ukraine and neighbours', lon: [20, 42.5], lat: [43, 53.5], zoom: 6 },
  { name: 'Europe, Black Sea, Caucasus', lon: [-25, 50], lat: [34, 72], zoom: 4.5 },
  { name: 'Bering Strait and Alaska', lon: [160, 235], lat: [50, 72], zoom: 4.25 },
  { name: 'Middle East', lon: [25, 60], lat: [12, 42], zoom: 4 },
  { name: 'US East Coast', lon: [275, 295], lat: [30, 48], zoom: 4.5 },
];
export const WORLD_BASE_ZOOM = 3;
export const REGIONS_ZOOM = 7.5;
/** Visvalingam threshold: effective triangle area in square pixels at the zone's zoom. */
export const MIN_AREA_PX2 = 10;
/**
 * Islands (polygons other than a country's largest) smaller than this many square pixels at the
 * zone's zoom are dropped. A country's largest polygon, and any polygon with a land border
 * (Gaza, Kaliningrad, Nakhchivan …), is always kept.
 */
export const MIN_ISLAND_PX2 = 20;
/** Quantization grid, in degrees (at zoom 7 one pixel is about 0.011° of longitude). */
export const WORLD_STEP_DEG = 0.02;
export const REGIONS_STEP_DEG = 0.004;
/** Size budget for both files together, gzip -9. */
export const BUDGET_GZIP_BYTES = 35 * 1024;
