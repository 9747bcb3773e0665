/**
 * Leaflet's projection without Leaflet, for pictures drawn at build time: an area fitted into a
 * frame, rings cut to it and written as SVG paths. Pure and free of the app's content module, so
 * the build's Vite plugins can use it too.
 */
import { geoMercatorRaw } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, GeoJsonProperties, Position } from 'geojson';
import type { Area } from '../../src/features/map/geo';
import type { LatLonBounds } from '../../src/features/map/map-model';

/** A number for an SVG attribute: one decimal is finer than a printer's dot at this size. */
export const num = (n: number) => String(Math.round(n * 10) / 10);

/** A TopoJSON object as GeoJSON features (the bundled files hold only polygons). */
export function decode<P extends GeoJsonProperties>(
  topology: unknown,
  name: string,
): FeatureCollection<Area, P> {
  const topo = topology as Topology;
  return feature<P>(topo, topo.objects[name] as GeometryCollection<P>) as FeatureCollection<
    Area,
    P
  >;
}

/**
 * Leaflet's spherical Mercator at zoom 0: the world is 256 px wide, latitudes cut at Leaflet's
 * limit. The y is d3's raw Mercator, scaled as Leaflet scales it (`geoMercator()` itself would
 * wrap longitudes beyond ±180°, and ours run to 330°, shifted so that Alaska sits east of
 * Chukotka); the x is the longitude itself.
 */
export function mercator(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [(256 * (lon + 180)) / 360, 256 * (0.5 - geoMercatorRaw(0, phi)[1] / (2 * Math.PI))];
}

export interface Frame {
  width: number;
  height: number;
  /** Leaflet's zoom level of the picture (fractional). */
  zoom: number;
  project: (lon: number, lat: number) => [number, number];
}

/**
 * The area fitted into `width` × `maxHeight` (less `padding` on every side) and centred. With
 * `fixedHeight` the picture is that high whatever the area; otherwise its height follows the area.
 */
export function fitFrame(
  bounds: LatLonBounds,
  width: number,
  maxHeight: number,
  padding: number,
  fixedHeight = false,
): Frame {
  const [[south, west], [north, east]] = bounds;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const k = Math.min(
    (width - 2 * padding) / (x1 - x0),
    (maxHeight - 2 * padding) / Math.max(y1 - y0, 1e-9),
  );
  const height = fixedHeight
    ? maxHeight
    : Math.round(Math.min(maxHeight, (y1 - y0) * k + 2 * padding));
  const dx = (width - (x1 - x0) * k) / 2 - x0 * k;
  const dy = (height - (y1 - y0) * k) / 2 - y0 * k;
  return {
    width,
    height,
    zoom: Math.log2(k),
    project: (lon, lat) => {
      const [x, y] = mercator(lon, lat);
      return [x * k + dx, y * k + dy];
    },
  };
}

export type Point = [number, number];

/** Sutherland–Hodgman: a ring cut to a rectangle (its edges along the rectangle lie outside the picture). */
export function clipRing(ring: Point[], left: number, top: number, right: number, bottom: number) {
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= left, (a, b) => at(a, b, (left - a[0]) / (b[0] - a[0]))],
    [(p) => p[0] <= right, (a, b) => at(a, b, (right - a[0]) / (b[0] - a[0]))],
    [(p) => p[1] >= top, (a, b) => at(a, b, (top - a[1]) / (b[1] - a[1]))],
    [(p) => p[1] <= bottom, (a, b) => at(a, b, (bottom - a[1]) / (b[1] - a[1]))],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cross(previous, current));
      }
    });
    if (out.length === 0) break;
  }
  return out;
}
const at = (a: Point, b: Point, t: number): Point => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

/**
 * An area as an SVG path in the frame, cut a little outside the picture; empty if out of view.
 * `minStep` drops points closer than that to the last one kept (a smaller file for a small picture).
 */
export function areaPath(geometry: Area, frame: Frame, minStep = 0, round = num): string {
  const m = 4;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const projected = ring.map((p: Position) => frame.project(p[0]!, p[1]!));
      let cut = clipRing(projected, -m, -m, frame.width + m, frame.height + m);
      if (minStep > 0) {
        cut = cut.filter(
          (p, i) => i === 0 || Math.hypot(p[0] - cut[i - 1]![0], p[1] - cut[i - 1]![1]) >= minStep,
        );
      }
      if (cut.length < 3) continue;
      d += `M${cut.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
    }
  }
  return d;
}

export const inFrame = ([x, y]: Point, frame: Frame, margin = 0) =>
  x >= -margin && y >= -margin && x <= frame.width + margin && y <= frame.height + margin;
