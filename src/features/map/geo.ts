/**
 * The bundled geography, loaded on demand: each TopoJSON file is its own chunk (dynamic import),
 * decoded once and shared by every map on the page. See ./geo/README.md for what the files hold.
 */
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Area = Polygon | MultiPolygon;

export interface CountryProperties {
  name: string;
}

export interface RegionProperties {
  name: string;
  iso: string;
  country: string;
  /** The year of the annexation Russia claims; absent for the other regions. */
  claimed?: '2014' | '2022';
}

export type Countries = FeatureCollection<Area, CountryProperties>;
export type Regions = FeatureCollection<Area, RegionProperties>;

function decode<P extends GeoJsonProperties>(
  topology: Topology,
  name: string,
): FeatureCollection<Area, P> {
  const object = topology.objects[name] as GeometryCollection<P>;
  // Both files hold only polygons and multipolygons (checked by scripts/build-geo.ts).
  return feature<P>(topology, object) as FeatureCollection<Area, P>;
}

/** Caches a load; a failed load is forgotten so the next attempt can retry. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The countries (ids: ISO numeric codes as 3-digit strings). */
export const loadCountries = once(async () => {
  const { default: topology } = await import('./geo/world.topo.json');
  return decode<CountryProperties>(topology as unknown as Topology, 'countries');
});

/**
 * The regions of the article's claims layer (its geo/regions.topo.json, made by
 * scripts/build-geo.ts), the claimed ones flagged. Loaded only when that layer is on.
 */
export const loadRegions = once(async () => {
  const { default: topology } = await import('@article/geo/regions.topo.json');
  if (!topology) throw new Error('the map has a claims layer, but the article has no regions');
  return decode<RegionProperties>(topology, 'regions');
});

export interface AreaLabel {
  id: string;
  text: string;
  lat: number;
  lon: number;
}

function outerRings(geometry: Area): Position[][] {
  return geometry.type === 'Polygon'
    ? [geometry.coordinates[0] ?? []]
    : geometry.coordinates.map((polygon) => polygon[0] ?? []);
}

function boxArea(ring: Position[]): number {
  if (ring.length === 0) return 0;
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
}

/** Regions smaller than this (square degrees of their box) get no label: it would not fit. */
const MIN_LABEL_AREA = 0.3;

/**
 * Label points for the regions Russia claims: the mean of the largest ring's points (close enough
 * to the middle for these compact shapes), named without "Gebiet" / "Autonome Republik".
 */
export function claimedRegionLabels(regions: Regions): AreaLabel[] {
  return regions.features.flatMap((region: Feature<Area, RegionProperties>) => {
    if (!region.properties.claimed) return [];
    const rings = outerRings(region.geometry);
    const ring = rings.reduce((best, r) => (boxArea(r) > boxArea(best) ? r : best), rings[0] ?? []);
    if (ring.length === 0 || boxArea(ring) < MIN_LABEL_AREA) return [];
    const lon = ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) / ring.length;
    const lat = ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length;
    const text = region.properties.name.replace(/^(Gebiet|Autonome Republik)\s+/, '');
    return [{ id: `region-${region.properties.iso}`, text, lat, lon }];
  });
}
