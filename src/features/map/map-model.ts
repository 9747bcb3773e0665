/**
 * The map's model, free of Leaflet: which layers exist and which are on, which places are drawn,
 * and which area a view shows. Pure, so the story, the page and the tests share one definition.
 */
import type { MapLayer, Place, VisualState } from '../../content/schema';
import { DEFAULT_LAYERS, layerOfKind, MAP_LAYERS } from '../../content/map';

/** [[south, west], [north, east]] in degrees; longitudes shifted into −30…330 like the data. */
export type LatLonBounds = [[number, number], [number, number]];

/** The claims layer's hatchings, one direction per key, so they differ without relying on colour. */
export const HATCH_ANGLES: readonly number[] = [-45, 45];

const EARTH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

/** The great-circle distance between two points, in km. */
export function distanceKm(a: Pick<Place, 'lat' | 'lon'>, b: Pick<Place, 'lat' | 'lon'>): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/**
 * The part of the line from `a` to `b` that is `km` long and centred between them: the gap
 * between two islands drawn as points at their centres. Over a few km the line between two
 * coordinates is straight on the map, so the points are interpolated in latitude and longitude.
 * Points closer than `km` are joined whole.
 */
export function gapBetween(
  a: Pick<Place, 'lat' | 'lon'>,
  b: Pick<Place, 'lat' | 'lon'>,
  km: number,
): [[number, number], [number, number]] {
  const d = distanceKm(a, b);
  const t = d > km ? (1 - km / d) / 2 : 0;
  const at = (f: number): [number, number] => [
    a.lat + (b.lat - a.lat) * f,
    a.lon + (b.lon - a.lon) * f,
  ];
  return [at(t), at(1 - t)];
}

/**
 * How far the reader can pan: the extent of the bundled geography (cut at 8° N and at −30°/330°),
 * with a little sea around it so markers near the edge are not glued to the frame.
 */
export const MAX_BOUNDS: LatLonBounds = [
  [2, -34],
  [84, 334],
];

/** Degrees added around a lone place so that fitting it does not zoom into a single point. */
const SINGLE_PLACE_MARGIN = 2.5;

/** The smallest box holding these places (a lone place gets a margin). */
export function boundsOfPlaces(
  places: readonly Pick<Place, 'lat' | 'lon'>[],
): LatLonBounds | undefined {
  if (places.length === 0) return undefined;
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const { lat, lon } of places) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  if (north - south < 0.5 && east - west < 0.5) {
    return [
      [south - SINGLE_PLACE_MARGIN, west - SINGLE_PLACE_MARGIN],
      [north + SINGLE_PLACE_MARGIN, east + SINGLE_PLACE_MARGIN],
    ];
  }
  return [
    [south, west],
    [north, east],
  ];
}

/** What a visual state asks the map to show: its area and its layers. */
export interface MapView {
  bounds: LatLonBounds;
  layers: readonly MapLayer[];
}

/**
 * The section's map state; a section without one fits its highlighted places (or shows the whole
 * frame if it has none), with the places layer on.
 */
export function viewFor(
  visual: Pick<VisualState, 'map' | 'places'>,
  placeById: ReadonlyMap<string, Place>,
  home: LatLonBounds,
): MapView {
  if (visual.map) return { bounds: visual.map.bounds, layers: visual.map.layers };
  const places = visual.places.flatMap((id) => {
    const place = placeById.get(id);
    return place ? [place] : [];
  });
  return { bounds: boundsOfPlaces(places) ?? home, layers: DEFAULT_LAYERS };
}

/**
 * The places drawn as markers, in content order: all of them with the places layer on; without
 * it only those the section highlights, the two ends of a distance layer that is on, and the
 * open one (a place the reader opened never vanishes under them).
 */
export function visiblePlaceIds(
  places: readonly Pick<Place, 'id'>[],
  layers: ReadonlySet<MapLayer>,
  highlighted: readonly string[],
  selected: string | undefined,
): string[] {
  const placesLayer = layerOfKind('places');
  if (placesLayer && layers.has(placesLayer.id)) return places.map((p) => p.id);
  const wanted = new Set<string>(highlighted);
  const distance = layerOfKind('distance');
  if (distance && layers.has(distance.id)) for (const id of distance.places) wanted.add(id);
  if (selected) wanted.add(selected);
  return places.filter((p) => wanted.has(p.id)).map((p) => p.id);
}

/** The layers as a set, in a stable key for effects and state resets. */
export function layerKey(layers: Iterable<MapLayer>): string {
  const on = new Set(layers);
  return MAP_LAYERS.filter((l) => on.has(l)).join(',');
}

/** A layer switched on or off; returns a new set (state stays immutable). */
export function toggleLayer(
  layers: ReadonlySet<MapLayer>,
  layer: MapLayer,
  on: boolean,
): Set<MapLayer> {
  const next = new Set(layers);
  if (on) next.add(layer);
  else next.delete(layer);
  return next;
}

/** Shifts a WGS84 longitude into the map's −30…330 range (the rule of `lon_wrapped`). */
export function shiftLon(lon: number): number {
  return lon < -30 ? lon + 360 : lon;
}

/** The label shown beside a marker: the place name without its parenthesis (the full name stays
 * the marker's accessible name, and contains this label, so speech input finds it). */
export function shortPlaceName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}
