/**
 * Orientation labels: a few area names where the story happens, each shown only at the zooms
 * where it helps (a name may move when the reader looks elsewhere). Positions are where the words
 * sit on the map, in map coordinates (longitudes shifted like the data), not facts.
 */
import { mapSpec } from '../../content/map';

export interface MapLabel {
  id: string;
  text: string;
  lat: number;
  lon: number;
  variant: 'country' | 'region' | 'distance';
  /** Shown from this zoom on (inclusive) … */
  minZoom?: number;
  /** … up to below this zoom. */
  maxZoom?: number;
  /** Vertical shift of the label from its point, in pixels (the distance sits above its line). */
  dy?: number;
}

/** The article's area names where the map writes them (data/map.json: labels). */
export const COUNTRY_LABELS: readonly MapLabel[] = mapSpec.labels.map((label, i, all) => {
  // An area named twice gets a second id ("country-russland-2").
  const nth = all.slice(0, i).filter((l) => l.area === label.area).length;
  return {
    id: `country-${label.area}${nth ? `-${nth + 1}` : ''}`,
    text: mapSpec.areas[label.area] ?? label.area,
    lat: label.lat,
    lon: label.lon,
    variant: 'country',
    ...(label.minZoom !== undefined && { minZoom: label.minZoom }),
    ...(label.maxZoom !== undefined && { maxZoom: label.maxZoom }),
  };
});

/**
 * Label priorities: the open place first, then the summit's place (named in every view that shows
 * Alaska), the strait's distance before other places' names.
 */
export const PRIORITY = {
  selected: 100,
  summit: 95,
  distance: 90,
  highlighted: 60,
  match: 50,
  neutral: 40,
  dimmed: 30,
  region: 20,
  country: 10,
} as const;
