/**
 * What the map's bundled geography must be, in one list: scripts/build-geo.ts runs it on what it
 * built (and writes nothing if a check fails), and the unit tests run it on the committed files
 * (geography.test.ts, tests/unit/articles.test.ts). Planar maths on the files' degrees, enough for
 * points well inside an area.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** The map's longitude domain: points use lon_wrapped = lon < -30 ? lon + 360 : lon (places.json). */
export const LON_MIN = -30;
export const LON_MAX = 330;

export type Point = [number, number];
export type Ring = Point[];
/** A polygon's rings: the outer one first, then its holes. */
export type PolygonRings = Ring[];
export type Area = Polygon | MultiPolygon;

export interface Check {
  ok: boolean;
  message: string;
}

/** A (Multi)Polygon's polygons; none for a feature without geometry. */
export function polygonsOf(geometry: Area | null | undefined): PolygonRings[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonRings];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as PolygonRings[];
  throw new Error(`unexpected geometry ${(geometry as { type: string }).type}`);
}

/** Every ring of a (Multi)Polygon. */
export const rings = (geometry: Area | null | undefined): Ring[] => polygonsOf(geometry).flat();

/** [west, south, east, north] of a ring (or of any list of points). */
export function ringBounds(ring: readonly Point[]): [number, number, number, number] {
  let x0 = Infinity,
    x1 = -Infinity,
    y0 = Infinity,
    y1 = -Infinity;
  for (const [x, y] of ring) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

/** Even-odd point-in-polygon over all rings of a (Multi)Polygon. */
export function contains(geometry: Area | null | undefined, [x, y]: Point): boolean {
  let inside = false;
  for (const ring of rings(geometry)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export type CountryFeature = Feature<Area | null, { name?: string }>;

/** The 27 EU member states (ISO numeric). */
export const EU_MEMBERS = [
  '040',
  '056',
  '100',
  '191',
  '196',
  '203',
  '208',
  '233',
  '246',
  '250',
  '276',
  '300',
  '348',
  '372',
  '380',
  '428',
  '440',
  '442',
  '470',
  '528',
  '616',
  '620',
  '642',
  '703',
  '705',
  '724',
  '752',
];

/** The countries every view relies on, as polygons: the EU's, Canada and small states. */
const MUST_HAVE = [...EU_MEMBERS, '124', '020', '438', '674'];

/** The countries of world.topo.json (ids: ISO numeric codes as 3-digit strings). */
export function worldChecks(countries: readonly CountryFeature[]): Check[] {
  const checks: Check[] = [];
  const check = (ok: boolean, message: string) => checks.push({ ok, message });
  const byId = new Map(countries.map((f) => [String(f.id), f]));
  const geometry = (id: string) => byId.get(id)?.geometry;
  const russia = geometry('643');
  const usa = geometry('840');

  // Russia is continuous across 180°: no ring jumps across the map.
  let maxStep = 0;
  for (const ring of rings(russia)) {
    for (let i = 1; i < ring.length; i++)
      maxStep = Math.max(maxStep, Math.abs(ring[i]![0] - ring[i - 1]![0]));
  }
  check(
    russia !== undefined && maxStep < 30,
    `Russia (643): largest longitude step within a ring ${maxStep.toFixed(2)}° (< 30°)`,
  );

  let lonMin = Infinity,
    lonMax = -Infinity;
  for (const f of countries) {
    for (const ring of rings(f.geometry)) {
      const b = ringBounds(ring);
      lonMin = Math.min(lonMin, b[0]);
      lonMax = Math.max(lonMax, b[2]);
    }
  }
  check(
    lonMin >= LON_MIN && lonMax <= LON_MAX,
    `world longitudes within [${LON_MIN}, ${LON_MAX}]: ${lonMin.toFixed(3)} … ${lonMax.toFixed(3)}`,
  );
  check(!byId.has('010'), 'Antarctica dropped');
  const ruB = ringBounds(rings(russia).flat());
  check(
    ruB[2] > 180 && ruB[2] < 195,
    `Russia reaches east of 180° (Chukotka to ${ruB[2].toFixed(2)})`,
  );
  check(contains(usa, [210.1, 61.2]), 'USA (840) contains Anchorage (lon 210.1, lat 61.2)');
  check(contains(usa, [283.0, 38.9]), 'USA (840) contains Washington, D.C. (lon 283.0, lat 38.9)');
  check(!contains(russia, [210.1, 61.2]), 'Russia does not contain Anchorage');
  // Crimea is drawn as part of Ukraine.
  check(
    contains(geometry('804'), [34.14, 44.47]),
    'Ukraine (804) contains Yalta (lon 34.14, lat 44.47)',
  );
  check(!contains(russia, [34.14, 44.47]), 'Russia (643) does not contain Yalta');
  const sa = geometry('682');
  check(
    contains(sa, [46.72, 24.71]) && contains(sa, [39.2, 21.5]),
    'Saudi Arabia contains Riyadh and Jeddah',
  );
  check(contains(geometry('124'), [284.3, 45.4]), 'Canada contains Ottawa');
  check(contains(geometry('792'), [32.85, 39.93]), 'Turkey contains Ankara');
  const missing = MUST_HAVE.filter(
    (id) => !geometry(id) || rings(geometry(id)).some((r) => r.length < 4),
  );
  check(
    missing.length === 0,
    `27 EU states, Canada, Andorra, Liechtenstein, San Marino present as polygons${missing.length ? `; missing: ${missing.join()}` : ''}`,
  );
  const degenerate = countries
    .filter((f) => rings(f.geometry).some((r) => new Set(r.map(String)).size < 3))
    .map((f) => f.id);
  check(
    degenerate.length === 0,
    `no collapsed rings${degenerate.length ? `: ${degenerate.join()}` : ''}`,
  );
  // Chukotka and Alaska sit side by side across the Bering Strait: between 65° and 67° N, Russia's
  // easternmost vertex (Cape Dezhnev, 190.3°) lies just west of the USA's westernmost mainland
  // vertex (Cape Prince of Wales, 191.9°). (The islands further south lie on either side of 180°.)
  const strait = (area: Area | null | undefined, pick: (...xs: number[]) => number) =>
    pick(
      ...rings(area)
        .flat()
        .filter(([, y]) => y > 65 && y < 67)
        .map(([x]) => x),
    );
  const chukotkaEast = strait(russia, Math.max);
  const alaskaWest = strait(usa, Math.min);
  check(
    chukotkaEast > 185 && alaskaWest > chukotkaEast && alaskaWest - chukotkaEast < 3,
    `Bering Strait: Chukotka to ${chukotkaEast.toFixed(2)}°, Alaska from ${alaskaWest.toFixed(2)}° (gap ${(alaskaWest - chukotkaEast).toFixed(2)}°)`,
  );
  return checks;
}

/** An article's geo/regions.source.json: the regions its claims layer draws. */
export interface RegionsSpec {
  /** The country the regions make up: ISO alpha-3 and the atlas's numeric id. */
  country: { iso: string; id: string };
  /** ISO 3166-2 code → the name the map shows, the claim (if any), the unit's type in the source. */
  regions: Record<string, { name: string; claimed?: string; typeEn?: string }>;
  /** Points that must fall into one region each. */
  checks: { name: string; lon: number; lat: number; region: string }[];
}

export type RegionFeature = Feature<
  Area | null,
  { name: string; iso: string; country: string; claimed?: string }
>;

/** The regions of an article's regions.topo.json, against its spec. */
export function regionChecks(regions: readonly RegionFeature[], spec: RegionsSpec): Check[] {
  const checks: Check[] = [];
  const check = (ok: boolean, message: string) => checks.push({ ok, message });
  const codes = Object.keys(spec.regions);
  check(
    regions.length === codes.length &&
      new Set(regions.map((f) => f.properties.iso)).size === codes.length,
    `${regions.length} regions of ${codes.length} named, distinct ISO codes`,
  );
  const claims = (list: [string, string | undefined][]) =>
    list
      .filter(([, c]) => c)
      .map(([iso, c]) => `${iso}:${c}`)
      .sort()
      .join();
  check(
    claims(regions.map((f) => [f.properties.iso, f.properties.claimed])) ===
      claims(codes.map((iso) => [iso, spec.regions[iso]!.claimed])),
    `claimed: ${claims(regions.map((f) => [f.properties.iso, f.properties.claimed]))}`,
  );
  check(
    regions.every((f) => f.properties.country === spec.country.iso),
    `all regions labelled ${spec.country.iso}`,
  );
  // Each point lies in its region and in no other (a city cut out of the region around it).
  for (const { name, lon, lat, region } of spec.checks) {
    const found = regions.filter((f) => contains(f.geometry, [lon, lat]));
    check(
      found.length === 1 && found[0]!.properties.iso === region,
      `${name} (${lon}, ${lat}) lies in ${found.map((f) => f.properties.name).join(' and ') || 'no region'}`,
    );
  }
  return checks;
}

/** The messages of the checks that failed. */
export const failed = (checks: readonly Check[]): string[] =>
  checks.filter((c) => !c.ok).map((c) => c.message);
