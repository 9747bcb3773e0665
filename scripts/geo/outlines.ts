/**
 * The source outlines made fit for the map: Web-Mercator measures, rings unwrapped across the
 * antimeridian, polygons moved into the map's longitudes and clipped to its extent.
 */
import { geoMercatorRaw } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import {
  ringBounds,
  type Point,
  type PolygonRings,
  type Ring,
} from '../../src/features/map/geography-checks';
import { LAT_MAX, LAT_MIN, LON_MAX, LON_MIN, type DetailZone } from './settings';

/** polygon-clipping's intersection (robust clipping of polygons to the map's extent). */
export type Intersection = (a: PolygonRings, b: PolygonRings) => PolygonRings[];

const DEG = Math.PI / 180;
/**
 * Web Mercator y, in degree units (so x and y share a scale): d3's raw Mercator, latitudes cut at
 * Leaflet's limit (x needs no projecting: a degree of longitude is a degree).
 */
export const mercY = (lat: number) =>
  geoMercatorRaw(0, Math.max(-85.0511, Math.min(85.0511, lat)) * DEG)[1] / DEG;
/** Pixels per degree of longitude at a Leaflet zoom (256-px tiles). */
export const pxPerDeg = (zoom: number) => (256 * 2 ** zoom) / 360;

export function geometryOf(polygons: PolygonRings[]): Polygon | MultiPolygon | null {
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0]! };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Signed area of a ring in Web-Mercator degree units. */
export function mercRingArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    a += x0 * mercY(y1) - x1 * mercY(y0);
  }
  return a / 2;
}

/** The zoom at which a point is looked at most closely: its detail zone's, else the base zoom. */
export function zoomAt(x: number, y: number, zones: readonly DetailZone[], baseZoom: number) {
  let z = baseZoom;
  for (const zone of zones) {
    if (x >= zone.lon[0] && x <= zone.lon[1] && y >= zone.lat[0] && y <= zone.lat[1])
      z = Math.max(z, zone.zoom);
  }
  return z;
}

/**
 * Unwraps a ring: wherever consecutive longitudes jump by more than 180°, add or subtract 360 from
 * the rest of the ring, so that rings crossing the antimeridian become continuous.
 */
function unwrapRing(ring: Ring): Ring {
  let offset = 0;
  const out: Ring = [[ring[0]![0], ring[0]![1]]];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i]![0] - ring[i - 1]![0];
    if (step > 180) offset -= 360;
    else if (step < -180) offset += 360;
    out.push([ring[i]![0] + offset, ring[i]![1]]);
  }
  if (offset !== 0) throw new Error('ring winds around a pole (Antarctica?): cannot unwrap');
  return out;
}

const clipBox: PolygonRings = [
  [
    [LON_MIN, LAT_MIN],
    [LON_MAX, LAT_MIN],
    [LON_MAX, LAT_MAX],
    [LON_MIN, LAT_MAX],
    [LON_MIN, LAT_MIN],
  ],
];

/**
 * Unwraps a polygon, moves it by multiples of 360° into the map's domain and clips it to
 * [LON_MIN, LON_MAX] x [LAT_MIN, LAT_MAX]. A polygon straddling the domain's edge (Greenland, at
 * -30°) is cut there and its western part moved by +360°, like the points' lon_wrapped rule.
 */
export function placePolygon(polygon: PolygonRings, intersection: Intersection): PolygonRings[] {
  const [outer, ...holes] = polygon.map(unwrapRing) as [Ring, ...Ring[]];
  const ob = ringBounds(outer);
  const centre = (ob[0] + ob[2]) / 2;
  // Each hole moves with its outer ring.
  const aligned: PolygonRings = [
    outer,
    ...holes.map((h) => {
      const hb = ringBounds(h);
      const k = Math.round((centre - (hb[0] + hb[2]) / 2) / 360) * 360;
      return k ? h.map(([x, y]): Point => [x + k, y]) : h;
    }),
  ];
  const out: PolygonRings[] = [];
  for (let k = -720; k <= 720; k += 360) {
    const x0 = ob[0] + k,
      x1 = ob[2] + k;
    if (x1 <= LON_MIN || x0 >= LON_MAX || ob[3] <= LAT_MIN || ob[1] >= LAT_MAX) continue; // outside
    const shifted = k ? aligned.map((r) => r.map(([x, y]): Point => [x + k, y])) : aligned;
    if (x0 >= LON_MIN && x1 <= LON_MAX && ob[1] >= LAT_MIN && ob[3] <= LAT_MAX) {
      out.push(shifted); // wholly inside: keep the vertices untouched
    } else {
      out.push(...intersection(shifted, clipBox));
    }
  }
  return out;
}
