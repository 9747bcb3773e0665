/**
 * Orientation labels: a few country names where the story happens, each shown only at the zooms
 * where it helps (Russia's name moves west when the reader looks at Ukraine). Positions are where
 * the words sit on the map, in map coordinates (longitudes shifted like the data), not facts.
 */
import { mapUi } from '@locale/karte';

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

export const COUNTRY_LABELS: readonly MapLabel[] = [
  {
    id: 'country-russland',
    text: mapUi.countries.russland,
    lat: 63,
    lon: 100,
    variant: 'country',
    maxZoom: 4,
  },
  {
    id: 'country-russland-west',
    text: mapUi.countries.russland,
    lat: 52.3,
    lon: 39.6,
    variant: 'country',
    minZoom: 4,
  },
  {
    id: 'country-ukraine',
    text: mapUi.countries.ukraine,
    lat: 49.3,
    lon: 28.6,
    variant: 'country',
    minZoom: 3.5,
  },
  {
    id: 'country-alaska',
    text: mapUi.countries.alaska,
    lat: 63.2,
    lon: 208,
    variant: 'country',
    minZoom: 2,
  },
  {
    id: 'country-kanada',
    text: mapUi.countries.kanada,
    lat: 59,
    lon: 252,
    variant: 'country',
    maxZoom: 6,
  },
  {
    id: 'country-usa',
    text: mapUi.countries.usa,
    lat: 43,
    lon: 257,
    variant: 'country',
    maxZoom: 6,
  },
];

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
