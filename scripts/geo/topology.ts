/**
 * Outlines to a small TopoJSON: shared borders found once, simplified for the zoom each area is
 * looked at (Visvalingam, area in Web-Mercator pixels) without letting a ring collapse, quantized
 * on a grid of degrees, rings the grid collapsed dropped.
 */
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { Properties } from 'topojson-specification';
import { zoomAt, mercY, pxPerDeg } from './outlines';
import { MIN_AREA_PX2, type DetailZone } from './settings';

/** A vertex of an arc; after presimplify its third value is its weight. */
type Vertex = number[];
type ArcRing = number[];
interface TopoGeometry {
  type: string | null;
  id?: string | number;
  properties?: Properties;
  arcs?: ArcRing[] | ArcRing[][];
  geometries?: TopoGeometry[];
}
export interface Topo {
  bbox: [number, number, number, number];
  arcs: Vertex[][];
  objects: Record<string, TopoGeometry>;
}

/** The topojson-server, -simplify and -client functions the build uses. */
export interface TopologyTools {
  topology: (
    objects: Record<
      string,
      { type: 'FeatureCollection'; features: Feature<Polygon | MultiPolygon | null>[] }
    >,
    quantization: number,
  ) => Topo;
  presimplify: (topology: Topo, weight: (triangle: Vertex[]) => number) => Topo;
  simplify: (topology: Topo, minWeight: number) => Topo;
  quantize: (topology: Topo, transform: { scale: number[]; translate: number[] }) => Topo;
  filter: (topology: Topo, keepRing: (ring: ArcRing) => boolean) => Topo;
}

/**
 * Visvalingam weight in square pixels: the triangle's area in Web-Mercator units, scaled to the
 * zoom at which this part of the map is looked at most closely.
 */
function pixelWeight(zones: readonly DetailZone[], baseZoom: number) {
  return (t: Vertex[]) => {
    const [a, b, c] = t as [Vertex, Vertex, Vertex];
    const area =
      Math.abs(
        (a[0]! - c[0]!) * (mercY(b[1]!) - mercY(a[1]!)) -
          (a[0]! - b[0]!) * (mercY(c[1]!) - mercY(a[1]!)),
      ) / 2;
    const s = pxPerDeg(zoomAt(b[0]!, b[1]!, zones, baseZoom));
    return area * s * s;
  };
}

/**
 * Keeps every ring a ring: after simplification with minWeight a ring needs at least 3 distinct
 * vertices (small countries such as Andorra or San Marino would otherwise collapse into a line).
 * Promotes the heaviest interior vertices of the ring's arcs until it has them.
 */
function keepShapes(presimplified: Topo, minWeight: number) {
  const arcs = presimplified.arcs;
  const arcPoints = (i: number) => (i < 0 ? arcs[~i]! : arcs[i]!);
  const visitRing = (ring: ArcRing) => {
    const kept = () =>
      ring.reduce(
        (n, i) =>
          n +
          arcPoints(i)
            .slice(0, -1)
            .filter((p) => p[2]! >= minWeight).length,
        0,
      );
    let n = kept();
    if (n >= 3) return;
    const candidates = ring
      .flatMap((i) => arcPoints(i).slice(1, -1))
      .filter((p) => p[2]! < minWeight)
      .sort((p, q) => q[2]! - p[2]!);
    for (const p of candidates) {
      if (n >= 3) break;
      p[2] = Infinity;
      n++;
    }
  };
  const visit = (g: TopoGeometry) => {
    if (g.type === 'GeometryCollection') g.geometries!.forEach(visit);
    else if (g.type === 'Polygon') (g.arcs as ArcRing[]).forEach(visitRing);
    else if (g.type === 'MultiPolygon')
      (g.arcs as ArcRing[][]).forEach((p) => p.forEach(visitRing));
  };
  Object.values(presimplified.objects).forEach(visit);
}

/**
 * Quantized arcs as absolute grid positions, to find rings that the grid collapsed
 * (e.g. the Vatican, 0.4 km², and its hole in Italy).
 */
function collapsedRingFilter(topo: Topo) {
  const absolute = topo.arcs.map((arc) => {
    let x = 0,
      y = 0;
    return arc.map(([dx, dy]) => [(x += dx!), (y += dy!)] as const);
  });
  return (ring: ArcRing) => {
    const distinct = new Set<string>();
    for (const i of ring)
      for (const [x, y] of i < 0 ? absolute[~i]! : absolute[i]!) distinct.add(x + ',' + y);
    return distinct.size >= 3;
  };
}

export function buildTopology(
  tools: TopologyTools,
  objectName: string,
  features: Feature<Polygon | MultiPolygon | null>[],
  { zones, baseZoom, step }: { zones: readonly DetailZone[]; baseZoom: number; step: number },
): Topo {
  const { topology, presimplify, simplify, quantize, filter } = tools;
  // A fine pre-quantization (1e6) only to find shared borders; the final grid is `step` degrees.
  const topo = topology({ [objectName]: { type: 'FeatureCollection', features } }, 1e6);
  const pre = presimplify(topo, pixelWeight(zones, baseZoom));
  keepShapes(pre, MIN_AREA_PX2);
  const simple = simplify(pre, MIN_AREA_PX2);
  // Same step for x and y: Web Mercator is conformal, so a degree of latitude and one of longitude
  // are equally long on screen at any given place.
  const [x0, y0] = simple.bbox;
  const quantized = quantize(simple, { scale: [step, step], translate: [x0, y0] });
  // Drop rings that the grid collapsed; topojson-simplify's filter() keeps only ids, so carry the
  // features' ids and properties through it by index.
  const geometries = quantized.objects[objectName]!.geometries!;
  const originals = geometries.map((g) => ({ id: g.id, properties: g.properties }));
  geometries.forEach((g, i) => (g.id = i));
  const filtered = filter(quantized, collapsedRingFilter(quantized));
  const kept = filtered.objects[objectName]!.geometries!.filter((g) => g.type != null);
  const lost = originals.filter((_, i) => !kept.some((g) => g.id === i));
  if (lost.length)
    console.log(
      `${objectName}: dropped, too small for the grid: ${lost.map((o) => `${String(o.properties?.name)} (${o.id})`).join(', ')}`,
    );
  filtered.objects[objectName] = {
    type: 'GeometryCollection',
    geometries: kept.map((g) => {
      const { id, properties } = originals[g.id as number]!;
      const out: TopoGeometry = { type: g.type };
      if (id != null) out.id = id;
      out.properties = properties;
      out.arcs = g.arcs;
      return out;
    }),
  };
  return filtered;
}
