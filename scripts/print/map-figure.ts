/**
 * The map of a section as a still picture, without Leaflet: the section's area in Leaflet's
 * projection (spherical Mercator), the bundled Natural Earth geography, the section's layers, the
 * places as dots in their actors' colours and labels placed by the map's own label layout. Styled
 * by the map's stylesheets, so the colours are the view's.
 */
import { content } from '../../src/content';
import type { MapLayer, Place, VisualState } from '../../src/content/schema';
import { COUNTRY_LABELS, PRIORITY, type MapLabel } from '../../src/features/map/area-labels';
import {
  claimedRegionLabels,
  type Countries,
  type CountryProperties,
  type RegionProperties,
  type Regions,
} from '../../src/features/map/geo';
import worldTopo from '../../src/features/map/geo/world.topo.json';
import regionsTopo from '@article/geo/regions.topo.json';
import { isParty, smallPartyPoints } from '../../src/features/map/icc';
import {
  layoutLabels,
  LABEL_OFFSET,
  type LabelItem,
  type Placement,
} from '../../src/features/map/label-layout';
import {
  HATCH_ANGLES,
  shortPlaceName,
  viewFor,
  visiblePlaceIds,
  type LatLonBounds,
} from '../../src/features/map/map-model';
import { HOME } from '../../src/features/map/home';
import { layerOfKind } from '../../src/content/map';
import { estimateTextWidth } from '../../src/lib/text-width';
import { escapeXml } from '../../src/lib/escape-xml';
import { compactCss, stylesheet, num, tokensStyle } from './svg';
import { areaPath, clipRing, decode, fitFrame, inFrame, mercator, type Frame } from './projection';
import { colouredActorIds } from '../../src/features/map/coloured';

/** The picture's width in CSS pixels; its height follows the area (within MAX_HEIGHT). */
export const MAP_WIDTH = 640;
const MAX_HEIGHT = 420;
/** Room around the area, as the map leaves when it fits a section's bounds. */
const PADDING = 12;
const PLACE_FONT = 12.5;
const COUNTRY_FONT = 11;
const REGION_FONT = 11.5;

const countries: Countries = decode<CountryProperties>(worldTopo, 'countries');
// An article without a claims layer has no regions.
const regions: Regions = regionsTopo
  ? decode<RegionProperties>(regionsTopo, 'regions')
  : { type: 'FeatureCollection', features: [] };

export { clipRing, mercator, type Frame };

/** The picture's frame: the bounds fitted into the width (or the highest height), centred. */
export const frameFor = (bounds: LatLonBounds): Frame =>
  fitFrame(bounds, MAP_WIDTH, MAX_HEIGHT, PADDING);

export interface MapFigure {
  svg: string;
  frame: Frame;
  bounds: LatLonBounds;
  layers: readonly MapLayer[];
  /** The places drawn, in content order. */
  places: Place[];
  /** The countries named on the picture ("Alaska (USA)"). */
  countries: string[];
}

/** The layers that need their own drawing (data/map.json). */
const claimsLayer = layerOfKind('claims');
const partiesLayer = layerOfKind('parties');
const distanceLayer = layerOfKind('distance');

/** A layer in its actor's colour: the tone map.css and legend.css colour it with. */
const tone = (actor: string) =>
  ` style="--tone:var(--actor-${actor});--tone-tint:var(--actor-${actor}-tint)"`;

function hatch(id: string, angle: number) {
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(${angle})"${tone(claimsLayer?.actor ?? '')}>` +
    `<rect width="6" height="6" class="map-hatch__ground"/><line x1="1.5" y1="0" x2="1.5" y2="6" class="map-hatch__line"/></pattern>`
  );
}

export function mapFigure(visual: Pick<VisualState, 'map' | 'places'>): MapFigure {
  const view = viewFor(visual, content.placeById, HOME);
  const layers = new Set(view.layers);
  const frame = frameFor(view.bounds);
  const { width, height } = frame;
  const parts: string[] = [];

  parts.push(`<rect width="${width}" height="${height}" fill="var(--map-sea)"/>`);
  const annexOn = claimsLayer !== undefined && layers.has(claimsLayer.id);
  const land = countries.features
    .map((f) => {
      const d = areaPath(f.geometry, frame);
      // With the regions drawn, their outline is Ukraine's border (as on the map).
      const stroke = annexOn && String(f.id) === '804' ? ' stroke="none"' : '';
      return d ? `<path class="map-land" d="${d}"${stroke}/>` : '';
    })
    .join('');
  parts.push(`<g>${land}</g>`);

  if (partiesLayer && layers.has(partiesLayer.id)) {
    const parties = countries.features
      .filter((f) => isParty(f.id))
      .map((f) => {
        const d = areaPath(f.geometry, frame);
        return d ? `<path class="map-icc" d="${d}"/>` : '';
      })
      .join('');
    const points = smallPartyPoints
      .map((p) => frame.project(p.lon, p.lat))
      .filter((p) => inFrame(p, frame))
      .map(([x, y]) => `<circle class="map-icc-point" cx="${num(x)}" cy="${num(y)}" r="3.5"/>`)
      .join('');
    parts.push(`<g${tone(partiesLayer.actor)}>${parties}${points}</g>`);
  }

  const labels: (MapLabel & { priority: number; font: number })[] = [];
  if (annexOn) {
    const outlines = regions.features
      .map((f) => areaPath(f.geometry, frame))
      .filter(Boolean)
      .map((d) => `<path class="map-region" d="${d}"/>`)
      .join('');
    const claimed = regions.features
      .filter((f) => f.properties.claimed)
      .map((f) => {
        const d = areaPath(f.geometry, frame);
        const claim = f.properties.claimed ?? '';
        return d
          ? `<path class="map-annex map-annex--${claim}" fill="url(#hatch-${claim})" d="${d}"/>`
          : '';
      })
      .join('');
    parts.push(`<g>${outlines}</g><g${tone(claimsLayer.actor)}>${claimed}</g>`);
    for (const l of claimedRegionLabels(regions)) {
      labels.push({
        ...l,
        variant: 'region',
        minZoom: 5,
        priority: PRIORITY.region,
        font: REGION_FONT,
      });
    }
  }

  const [little, big] = (distanceLayer?.places ?? []).map((id) => content.placeById.get(id));
  if (distanceLayer && layers.has(distanceLayer.id) && little && big) {
    const [ax, ay] = frame.project(little.lon, little.lat);
    const [bx, by] = frame.project(big.lon, big.lat);
    parts.push(
      `<line class="map-bering" stroke-dasharray="4 4" x1="${num(ax)}" y1="${num(ay)}" x2="${num(bx)}" y2="${num(by)}"/>`,
    );
    labels.push({
      id: `distance-${distanceLayer.id}`,
      text: distanceLayer.label,
      lat: (little.lat + big.lat) / 2,
      lon: (little.lon + big.lon) / 2,
      variant: 'distance',
      minZoom: 7,
      dy: -30,
      priority: PRIORITY.distance,
      font: COUNTRY_FONT,
    });
  }
  for (const l of COUNTRY_LABELS) {
    labels.push({ ...l, priority: PRIORITY.country, font: COUNTRY_FONT });
  }

  // The places: all of them with the places layer on, as the map draws them, if in the picture.
  const highlighted = new Set(visual.places);
  const shownIds = new Set(visiblePlaceIds(content.places, layers, visual.places, undefined));
  const places = content.places.filter(
    (p) => shownIds.has(p.id) && inFrame(frame.project(p.lon, p.lat), frame, -2),
  );

  // Labels: the map's own layout decides, most important first; places beside their dots.
  const items: LabelItem[] = [];
  const dots: { id: string; x: number; y: number }[] = [];
  const text = new Map<
    string,
    { text: string; name: string; font: number; variant: string; dy: number }
  >();
  for (const p of places) {
    const [x, y] = frame.project(p.lon, p.lat);
    const label = shortPlaceName(p.name);
    text.set(p.id, { text: label, name: label, font: PLACE_FONT, variant: 'place', dy: 0 });
    items.push({
      id: p.id,
      x,
      y,
      width: estimateTextWidth(label, PLACE_FONT, true) + 4,
      height: 16,
      kind: 'side',
      priority: highlighted.has(p.id) ? PRIORITY.highlighted : PRIORITY.neutral,
    });
    dots.push({ id: p.id, x, y });
  }
  for (const l of labels) {
    if (l.minZoom !== undefined && frame.zoom < l.minZoom) continue;
    if (l.maxZoom !== undefined && frame.zoom >= l.maxZoom) continue;
    const [x, y] = frame.project(l.lon, l.lat);
    const shown = l.variant === 'country' ? l.text.toUpperCase() : l.text;
    const spacing = l.variant === 'country' ? 0.14 * l.font * shown.length : 0;
    text.set(l.id, { text: shown, name: l.text, font: l.font, variant: l.variant, dy: l.dy ?? 0 });
    items.push({
      id: l.id,
      x,
      y: y + (l.dy ?? 0),
      width: estimateTextWidth(shown, l.font, true) + spacing + (l.variant === 'distance' ? 12 : 0),
      height: 16,
      kind: 'center',
      priority: l.priority,
    });
  }
  const placements = layoutLabels(items, dots, { width, height });

  // Dots: a place of two actors is split in two halves, like its marker.
  const dotsSvg = places
    .map((p) => {
      const [x, y] = frame.project(p.lon, p.lat);
      const [first, second] = p.actors.filter((a) => colouredActorIds.has(a));
      const r = highlighted.has(p.id) ? 7.5 : 5.5;
      const ring = highlighted.has(p.id)
        ? `<circle cx="${num(x)}" cy="${num(y)}" r="${r + 3.5}" fill="var(--ink)"/>`
        : `<circle cx="${num(x)}" cy="${num(y)}" r="${r + 3}" fill="rgb(var(--shadow-rgb) / 0.28)"/>`;
      const halo = `<circle cx="${num(x)}" cy="${num(y)}" r="${r + 2}" fill="var(--halo)"/>`;
      const fill = (actor: string | undefined) =>
        actor ? `var(--actor-${actor})` : 'var(--ink-soft)';
      const body = second
        ? `<path d="M${num(x)},${num(y - r)}A${r},${r} 0 0 0 ${num(x)},${num(y + r)}Z" fill="${fill(first)}"/>` +
          `<path d="M${num(x)},${num(y - r)}A${r},${r} 0 0 1 ${num(x)},${num(y + r)}Z" fill="${fill(second)}"/>`
        : `<circle cx="${num(x)}" cy="${num(y)}" r="${r}" fill="${fill(first)}"/>`;
      return `<g data-place="${p.id}">${ring}${halo}${body}</g>`;
    })
    .join('');
  parts.push(`<g>${dotsSvg}</g>`);

  const shownLabels: string[] = [];
  const labelSvg = items
    .map((item) => {
      const placement: Placement = placements.get(item.id) ?? 'hidden';
      const t = text.get(item.id);
      if (placement === 'hidden' || !t) return '';
      if (t.variant === 'country') shownLabels.push(t.name);
      const x =
        placement === 'right'
          ? item.x + LABEL_OFFSET
          : placement === 'left'
            ? item.x - LABEL_OFFSET
            : item.x;
      const anchor = placement === 'right' ? 'start' : placement === 'left' ? 'end' : 'middle';
      const bold = highlighted.has(item.id) ? ' font-weight="700"' : '';
      return (
        `<text class="print-map__label print-map__label--${t.variant}" x="${num(x)}" y="${num(item.y + t.font * 0.35)}"` +
        ` text-anchor="${anchor}" font-size="${t.font}"${bold}>${escapeXml(t.text)}</text>`
      );
    })
    .join('');
  parts.push(`<g>${labelSvg}</g>`);
  parts.push(
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="none" stroke="var(--map-border)"/>`,
  );

  // The map's stylesheets, and the labels, which the map sets as HTML, drawn as SVG text.
  const css =
    tokensStyle() +
    compactCss(stylesheet('src/features/map/legend.css')) +
    compactCss(stylesheet('src/features/map/map.css')) +
    'svg{font-family:var(--font-ui)}' +
    '.print-map__label{paint-order:stroke;stroke:var(--halo);stroke-width:3px;stroke-linejoin:round;fill:var(--ink);font-weight:600}' +
    '.print-map__label--country{fill:var(--map-country-label);letter-spacing:.14em}' +
    '.print-map__label--region{fill:var(--map-region-label);font-style:italic}';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-map-frame="">` +
    `<style>${css}</style><defs>${(claimsLayer?.keys ?? []).map((k, i) => hatch(`hatch-${k.claimed}`, HATCH_ANGLES[i] ?? 0)).join('')}</defs>${parts.join('')}</svg>`;
  return {
    svg,
    frame,
    bounds: view.bounds,
    layers: view.layers,
    places,
    countries: shownLabels,
  };
}
