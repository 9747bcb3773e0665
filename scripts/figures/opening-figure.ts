/**
 * The story's opening picture, drawn when the site is built (and on request by the dev server):
 * one frame with Alaska and Ukraine in Leaflet's projection, from the bundled Natural Earth
 * geography, the summit's place named and dated, a few further places and the countries named.
 * What it shows is data (the article's data/summit.json, places.json, events.json); labels are
 * placed by the map's own label layout. A static SVG: it costs the first load no script.
 *
 * Imports no module that needs Vite's loaders, so vite.config.ts can use it (see
 * scripts/vite/opening-figure.ts).
 */
import summitJson from '@article/data/summit.json';
import placesJson from '@article/data/places.json';
import eventsJson from '@article/data/events.json';
import actorsJson from '@article/data/actors.json';
import worldTopo from '../../src/features/map/geo/world.topo.json';
import mapJson from '@article/data/map.json';
import { mapSchema, summitSchema, type Summit } from '../../src/content/schema';
import type { CountryProperties } from '../../src/features/map/geo';
import {
  labelRect,
  layoutLabels,
  type LabelItem,
  type Placement,
} from '../../src/features/map/label-layout';
import { shortPlaceName } from '../../src/features/map/map-model';
import { estimateTextWidth } from '../../src/lib/text-width';
import { formatDate } from '../../src/lib/dates';
import { escapeXml } from '../../src/lib/escape-xml';
import { tokenReader } from '../css-tokens';
import { areaPath, decode, fitFrame, inFrame, type Frame } from '../print/projection';

export type OpeningSize = keyof Summit['opening']['sizes'];

interface PlaceRecord {
  id: string;
  name: string;
  lat: number;
  lon: number;
  actors: string[];
}

/** The picture's colours: design tokens (src/styles/tokens.css), read when it is drawn. */
function openingColours() {
  const token = tokenReader();
  return {
    sea: token('--map-sea'),
    land: token('--map-land'),
    border: token('--map-border'),
    ink: token('--ink'),
    country: token('--opening-country-label'),
    halo: token('--halo'),
    ring: `rgb(${token('--shadow-rgb')} / 0.3)`,
  };
}
type Colours = ReturnType<typeof openingColours>;
const actorById = new Map(actorsJson.map((a) => [a.id, a]));

/**
 * The summit's tints in colours: countries by ISO number (summit.json: opening.tints), and a
 * place's dot in the colour of the first of its actors that tints a country.
 */
function tintColours(summit: Summit, COLOURS: Colours) {
  const tints = summit.opening.tints;
  return {
    country: Object.fromEntries(
      Object.entries(tints).map(([iso, actor]) => [
        iso,
        actorById.get(actor)?.tint ?? COLOURS.land,
      ]),
    ) as Record<string, string>,
    dot: Object.fromEntries(
      Object.values(tints).map((actor) => [actor, actorById.get(actor)?.colour ?? COLOURS.ink]),
    ) as Record<string, string>,
  };
}

/** Type sizes per picture: never under 12 px where the picture is shown (see opening-figure.tsx). */
const FONTS: Record<OpeningSize, { summit: number; place: number; country: number }> = {
  narrow: { summit: 14, place: 13, country: 12.5 },
  wide: { summit: 16, place: 14.5, country: 13.5 },
};

export interface OpeningLabel {
  id: string;
  text: string;
  variant: 'summit' | 'place' | 'country';
  placement: Placement;
  /** The label's box in the picture (absent when hidden). */
  box?: { left: number; top: number; right: number; bottom: number };
}

export interface OpeningFigure {
  svg: string;
  width: number;
  height: number;
  frame: Frame;
  labels: OpeningLabel[];
}

/** Line height of a label, in ems. */
const LINE = 1.2;

/** Whole pixels for coordinates: finer is invisible at this size and costs bytes. */
const px = (n: number) => String(Math.round(n));
const half = (n: number) => String(Math.round(n * 2) / 2);

let world: ReturnType<typeof decode<CountryProperties>> | undefined;

/** The summit's data, checked against its schema and the facts it names. */
export function summitData(): Summit {
  const summit = summitSchema.parse(summitJson);
  const placeIds = new Set((placesJson as PlaceRecord[]).map((p) => p.id));
  const { narrow, wide } = summit.opening.sizes;
  for (const id of [summit.place, ...narrow.places, ...wide.places]) {
    if (!placeIds.has(id)) throw new Error(`summit.json: unknown place "${id}"`);
  }
  const event = (eventsJson as { id: string; places: string[] }[]).find(
    (e) => e.id === summit.event,
  );
  if (!event) throw new Error(`summit.json: unknown event "${summit.event}"`);
  if (!event.places.includes(summit.place)) {
    throw new Error(
      `summit.json: event "${summit.event}" does not take place at "${summit.place}"`,
    );
  }
  return summit;
}

/** ["Anchorage", "15. August 2025"]: the summit's place and date, from the data. */
export function summitLabel(summit: Summit = summitData()): [string, string] {
  const place = (placesJson as PlaceRecord[]).find((p) => p.id === summit.place)!;
  const event = (eventsJson as { id: string; date: string }[]).find((e) => e.id === summit.event)!;
  return [shortPlaceName(place.name), formatDate(event.date)];
}

export function openingFigure(size: OpeningSize, summit: Summit = summitData()): OpeningFigure {
  const COLOURS = openingColours();
  const { country: countryTint, dot: dotColour } = tintColours(summit, COLOURS);
  const [width, height] = summit.opening.sizes[size].size;
  const further = summit.opening.sizes[size].places;
  const fonts = FONTS[size];
  const frame = fitFrame(summit.opening.bounds, width, height, 4, true);
  world ??= decode<CountryProperties>(worldTopo, 'countries');
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="${COLOURS.sea}"/>`);

  // Land: every country muted, the three of the story tinted; their borders thin.
  const land = world.features
    .map((f) => {
      const d = areaPath(f.geometry, frame, 0.8, px);
      const tint = countryTint[String(f.id)];
      return d ? `<path d="${d}"${tint ? ` fill="${tint}"` : ''}/>` : '';
    })
    .join('');
  parts.push(
    `<g fill="${COLOURS.land}" stroke="${COLOURS.border}" stroke-width="0.6" stroke-linejoin="round">${land}</g>`,
  );

  const places = placesJson as PlaceRecord[];
  const byId = new Map(places.map((p) => [p.id, p]));
  const shown = [summit.place, ...further]
    .map((id) => byId.get(id)!)
    .filter((p) => inFrame(frame.project(p.lon, p.lat), frame));

  // Labels: the summit's first, then the places, then the countries; the map's layout places them.
  const items: LabelItem[] = [];
  const text = new Map<
    string,
    { lines: string[]; variant: OpeningLabel['variant']; font: number; spacing: number }
  >();
  const dots: { id: string; x: number; y: number }[] = [];
  for (const p of shown) {
    const [x, y] = frame.project(p.lon, p.lat);
    const isSummit = p.id === summit.place;
    // The summit's name over its date, two lines: compact enough to stay beside its dot.
    const lines = isSummit ? summitLabel(summit) : [shortPlaceName(p.name)];
    const font = isSummit ? fonts.summit : fonts.place;
    text.set(p.id, { lines, variant: isSummit ? 'summit' : 'place', font, spacing: 0 });
    items.push({
      id: p.id,
      x,
      y,
      width: Math.max(...lines.map((l) => estimateTextWidth(l, font, true))) + 4,
      height: lines.length * LINE * font + 4,
      kind: 'around',
      // The further places in the order the data lists them.
      priority: isSummit ? 100 : 50 - further.indexOf(p.id),
      // The summit is named whatever else has to give way.
      ...(isSummit ? { force: true } : {}),
    });
    dots.push({ id: p.id, x, y });
  }
  const { areas } = mapSchema.parse(mapJson);
  for (const c of summit.opening.countries) {
    const l = { id: `country-${c.id}`, text: areas[c.id] ?? c.id };
    const [x, y] = frame.project(c.lon, c.lat);
    const shownText = l.text.toUpperCase();
    // On the narrow picture a name with a parenthesis ("Alaska (USA)") takes two lines.
    const lines = size === 'narrow' ? shownText.split(/ (?=\()/) : [shownText];
    const spacing = size === 'wide' ? 0.1 : 0.04;
    text.set(l.id, { lines, variant: 'country', font: fonts.country, spacing });
    items.push({
      id: l.id,
      x,
      y,
      width: Math.max(
        ...lines.map(
          (line) =>
            estimateTextWidth(line, fonts.country, true) + spacing * fonts.country * line.length,
        ),
      ),
      height: lines.length * LINE * fonts.country + 4,
      kind: 'center',
      // The story's countries are part of the picture's message: before the further places.
      priority: 70,
    });
  }
  const placements = layoutLabels(items, dots, { width, height });
  // A dot without its name says nothing in a picture: every place the data lists must be named.
  const unnamed = items.filter((i) => placements.get(i.id) === 'hidden').map((i) => i.id);
  if (unnamed.length) {
    throw new Error(
      `summit.json: no room on the ${size} opening picture for the labels of ${unnamed.join(', ')}`,
    );
  }

  // Dots: the summit's ringed in ink and larger, like a highlighted marker on the map.
  for (const p of shown) {
    const [x, y] = frame.project(p.lon, p.lat);
    const isSummit = p.id === summit.place;
    const r = isSummit ? 6 : 4.5;
    const fill = dotColour[p.actors.find((a) => a in dotColour) ?? ''] ?? COLOURS.ink;
    parts.push(
      `<circle cx="${half(x)}" cy="${half(y)}" r="${r + 3.5}" fill="${isSummit ? COLOURS.ink : COLOURS.ring}"/>` +
        `<circle cx="${half(x)}" cy="${half(y)}" r="${r + 2}" fill="${COLOURS.halo}"/>` +
        `<circle cx="${half(x)}" cy="${half(y)}" r="${r}" fill="${fill}" data-place="${p.id}"/>`,
    );
  }

  const labels: OpeningLabel[] = [];
  const labelSvg: string[] = [];
  for (const item of items) {
    const t = text.get(item.id)!;
    const placement = placements.get(item.id) ?? 'hidden';
    const joined = t.lines.join(' ');
    if (placement === 'hidden') {
      labels.push({ id: item.id, text: joined, variant: t.variant, placement });
      continue;
    }
    const box = labelRect(item, placement);
    labels.push({ id: item.id, text: joined, variant: t.variant, placement, box });
    const anchor = placement === 'right' ? 'start' : placement === 'left' ? 'end' : 'middle';
    const x = placement === 'right' ? box.left + 2 : placement === 'left' ? box.right - 2 : item.x;
    const first = (box.top + box.bottom) / 2 - ((t.lines.length - 1) * LINE * t.font) / 2;
    const style =
      t.variant === 'country'
        ? ` fill="${COLOURS.country}" font-weight="600" letter-spacing="${t.spacing}em"`
        : ` fill="${COLOURS.ink}" font-weight="600"`;
    const spans = t.lines
      .map(
        (line, i) =>
          `<tspan x="${half(x)}" y="${half(first + i * LINE * t.font + t.font * 0.35)}"${t.variant === 'summit' && i === 0 ? ' font-weight="700"' : ''}>${escapeXml(line)}</tspan>`,
      )
      .join('');
    labelSvg.push(
      `<text text-anchor="${anchor}" font-size="${t.font}"${style} data-label="${item.id}">${spans}</text>`,
    );
  }
  parts.push(
    `<g font-family="system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif" paint-order="stroke" stroke="${COLOURS.halo}" stroke-width="3.5" stroke-linejoin="round">${labelSvg.join('')}</g>`,
  );

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `${parts.join('')}</svg>`;
  return { svg, width, height, frame, labels };
}
