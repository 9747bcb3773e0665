/**
 * The preview image that link previews show (Open Graph, Twitter card): 1200 × 630 PNG, made at
 * build time from the app itself — the bundled geography, the places, the actors' colours from
 * the design tokens, the title and byline from the content — as SVG, rendered by resvg (a
 * renderer shipped inside its npm package: no browser, no network, no external service).
 *
 *   tsx scripts/social-image.ts [OUT.png] [--svg OUT.svg]    (the prerender calls writeSocialImage)
 *
 * Text is set in the machine's system fonts, like the page itself (it loads no font files).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { geoMercatorRaw } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { articleDir } from './article.mjs';
import { cssTokens, tokenReader } from './css-tokens.ts';
import { escapeXml } from '../src/lib/escape-xml.ts';
import { estimateTextWidth } from '../src/lib/text-width.ts';

export const SOCIAL_IMAGE = { file: 'social-preview.png', width: 1200, height: 630 } as const;

const root = fileURLToPath(new URL('..', import.meta.url));
const articleData = `${articleDir()}data/`;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

interface Actor {
  colour?: string;
  tint?: string;
  id: string;
  name: string;
  filterable: boolean;
}
interface Place {
  id: string;
  name: string;
  lat: number;
  lon: number;
  actors: string[];
}
interface Article {
  author: string;
  sections: { heading: string }[];
}

/** Greedy line breaking by an estimated glyph width (the renderer does not wrap). */
function wrap(text: string, maxWidth: number, fontSize: number, widthPerEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && next.length * fontSize * widthPerEm > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface Summit {
  place: string;
  opening: {
    bounds: [[number, number], [number, number]];
    countries: { id: string; lat: number; lon: number }[];
    tints: Record<string, string>;
  };
}

/** Degrees of longitude added on either side of the opening picture's frame. */
const MARGIN = 4;

/**
 * The frame: Web Mercator over the opening picture's longitudes (summit.json; shifted like the
 * map's, so Alaska sits east of Chukotka) and a little more, top edge a degree above its north,
 * full width of the image.
 */
function projection([[, west], [north, east]]: Summit['opening']['bounds']) {
  const w = west - MARGIN;
  const scale = SOCIAL_IMAGE.width / (((east + MARGIN - w) * Math.PI) / 180);
  // d3's raw Mercator, in radians: `geoMercator()` would wrap our longitudes beyond 180°.
  const mercator = (lon: number, lat: number) =>
    geoMercatorRaw(((lon - w) * Math.PI) / 180, (lat * Math.PI) / 180);
  const top = mercator(w, north + 1)[1];
  return ([lon, lat]: Position): [number, number] => {
    const [x, y] = mercator(lon ?? 0, lat ?? 0);
    return [x * scale, (top - y) * scale];
  };
}

function pathOf(geometry: Polygon | MultiPolygon, project: (p: Position) => [number, number]) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flatMap((rings) =>
      rings.map(
        (ring) =>
          `M${ring
            .map((p) => project(p))
            .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
            .join('L')}Z`,
      ),
    )
    .join('');
}

const sans = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
const serif = "'DejaVu Serif', 'Liberation Serif', Georgia, serif";

/** The opening picture's map as the preview's upper part: countries, places, names. */
function mapPicture(
  summit: Summit,
  places: Place[],
  colour: (token: string) => string,
  coloured: (token: string) => boolean,
  font: string,
): string {
  const { width, height } = SOCIAL_IMAGE;
  const project = projection(summit.opening.bounds);
  const [west] = project([summit.opening.bounds[0][1] - MARGIN, 0]);
  const [east] = project([summit.opening.bounds[1][1] + MARGIN, 0]);
  const world = readJson<Topology>(`${root}src/features/map/geo/world.topo.json`);
  const countries = feature(
    world,
    world.objects.countries as GeometryCollection,
  ) as FeatureCollection<Polygon | MultiPolygon>;
  const tints = summit.opening.tints;
  const land = countries.features
    .map((f) => {
      const actor = tints[String(f.id)];
      const fill = colour(actor ? `--actor-${actor}-tint` : '--social-land');
      const stroke = colour(actor ? `--actor-${actor}` : '--social-border');
      const strokeWidth = actor ? 1.4 : 0.6;
      return `<path d="${pathOf(f.geometry, project)}" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}" stroke-linejoin="round"/>`;
    })
    .join('');
  const dots = places
    .map((p) => ({ p, at: project([p.lon, p.lat]) }))
    .filter(({ at: [x] }) => x >= west && x <= east)
    .map(({ p, at: [x, y] }) => {
      const actor = p.actors.find((a) => coloured(`--actor-${a}`));
      const fill = colour(actor ? `--actor-${actor}` : '--ink-soft');
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" fill="${fill}" stroke="${colour('--halo')}" stroke-width="1.5"/>`;
    })
    .join('');
  const label = (lon: number, lat: number, text: string, fill: string, anchor = 'middle') => {
    const [x, y] = project([lon, lat]);
    return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" font-family="${font}" font-size="20" font-weight="bold" fill="${fill}" stroke="${colour('--paper')}" stroke-width="4" paint-order="stroke">${escapeXml(text)}</text>`;
  };
  const areas = readJson<{ areas: Record<string, string> }>(`${articleData}map.json`).areas;
  const place = places.find((p) => p.id === summit.place);
  const labels = [
    ...summit.opening.countries.map((c) =>
      label(c.lon, c.lat, areas[c.id] ?? c.id, colour('--map-country-label')),
    ),
    place ? label(place.lon - 1.5, place.lat - 1.6, place.name, colour('--ink'), 'end') : '',
  ].join('');
  return `<rect width="${width}" height="${height}" fill="${colour('--social-sea')}"/>\n${land}\n${dots}\n${labels}`;
}

/** The preview as SVG source. */
export function socialImageSvg(bylineOf: (author: string) => string): string {
  const { width, height } = SOCIAL_IMAGE;
  const allActors = readJson<Actor[]>(`${articleData}actors.json`);
  // The page's tokens, and the actors' colours (content: actors.json).
  const tokens = new Map([
    ...cssTokens(),
    ...allActors.flatMap((a): [string, string][] =>
      a.colour && a.tint
        ? [
            [`--actor-${a.id}`, a.colour],
            [`--actor-${a.id}-tint`, a.tint],
          ]
        : [],
    ),
  ]);
  const colour = tokenReader(tokens);
  const coloured = (name: string) => tokens.has(name);
  const actors = allActors.filter((a) => a.filterable);
  const places = readJson<Place[]>(`${articleData}places.json`);
  const article = readJson<Article>(`${articleData}article.json`);
  const site = readJson<{ title: string; tagline: string; imageAlt: string }>(
    `${articleData}site.json`,
  );
  // The map of the summit's opening picture (summit.json), if the article has one: the countries
  // it tints in their actors' colours, every other in paper grey, the names it shows.
  const summitFile = `${articleData}summit.json`;
  const summit = existsSync(summitFile) ? readJson<Summit>(summitFile) : undefined;
  const picture = summit ? mapPicture(summit, places, colour, coloured, sans) : '';

  // The band with the title: the site, the article's title, its author, the actors' colours.
  // Without a map the band is the whole picture, its title in the middle.
  const bandTop = picture ? 346 : 0;
  const titleTop = picture ? bandTop + 100 : 250;
  const left = 56;
  const title = article.sections[0]?.heading ?? site.title;
  // The kicker (site and tagline) on one line, or two if it is long.
  const kicker = wrap(`${site.title.toUpperCase()} · ${site.tagline}`, width - 2 * left, 22, 0.68);
  const kickerText = kicker
    .slice(0, 2)
    .map((line, i) => `<tspan x="${left}" y="${bandTop + 44 + i * 30}">${escapeXml(line)}</tspan>`)
    .join('');
  const titleSize = 40;
  const titleLines = wrap(title, width - 2 * left, titleSize, 0.6).slice(0, 3);
  const titleText = titleLines
    .map(
      (line, i) =>
        `<tspan x="${left}" y="${titleTop + (Math.min(kicker.length, 2) - 1) * 30 + i * titleSize * 1.22}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  let chipX = left;
  const chipY = height - 56;
  const chips = actors
    .map((a) => {
      const chipWidth = Math.round(estimateTextWidth(a.name, 17, true) + 38);
      const chip = `<g><rect x="${chipX}" y="${chipY}" width="${chipWidth}" height="30" rx="15" fill="${colour(`--actor-${a.id}-tint`)}" stroke="${colour(`--actor-${a.id}`)}" stroke-width="2"/><circle cx="${chipX + 15}" cy="${chipY + 15}" r="6" fill="${colour(`--actor-${a.id}`)}"/><text x="${chipX + 26}" y="${chipY + 21}" font-family="${sans}" font-size="17" font-weight="bold" fill="${colour('--ink')}">${escapeXml(a.name)}</text></g>`;
      chipX += chipWidth + 10;
      return chip;
    })
    .join('');
  const byline = `<text x="${width - left}" y="${chipY + 21}" text-anchor="end" font-family="${sans}" font-size="20" fill="${colour('--ink-soft')}">${escapeXml(bylineOf(article.author))}</text>`;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<title>${escapeXml(site.imageAlt)}</title>
${picture}
<rect y="${bandTop}" width="${width}" height="${height - bandTop}" fill="${colour('--paper')}"/>
<rect y="${bandTop}" width="${width}" height="6" fill="${colour('--ink')}"/>
<text font-family="${sans}" font-size="22" font-weight="bold" letter-spacing="1.5" fill="${colour('--accent')}">${kickerText}</text>
<text font-family="${serif}" font-size="${titleSize}" font-weight="bold" fill="${colour('--ink')}">${titleText}</text>
${chips}
${byline}
</svg>`;
}

/** Renders the preview and writes it as PNG; returns its size. */
export function writeSocialImage(
  file: string,
  byline: (author: string) => string,
): { width: number; height: number } {
  const svg = socialImageSvg(byline);
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: SOCIAL_IMAGE.width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  writeFileSync(file, rendered.asPng());
  if (rendered.width !== SOCIAL_IMAGE.width || rendered.height !== SOCIAL_IMAGE.height) {
    throw new Error(`preview image is ${rendered.width}×${rendered.height}, not 1200×630`);
  }
  return { width: rendered.width, height: rendered.height };
}
