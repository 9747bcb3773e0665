/**
 * The DOM of the map's markers and labels. Built with DOM calls, never from HTML strings, so a
 * place name can never become markup.
 */
import { divIcon, type DivIcon } from 'leaflet';
import type { Place } from '../../content/schema';
import { shortPlaceName } from './map-model';

/** Actors with a colour of their own in tokens.css. */
export const COLOURED = new Set(['usa', 'russland', 'ukraine', 'eu', 'nato', 'istgh']);

function span(className: string, text?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * A place's marker: a dot in its actor's colour (split in two for a place of two actors) and its
 * label. The icon box is 24 px square, the minimum target size, centred on the place.
 */
export function placeIcon(place: Pick<Place, 'name' | 'actors'>): DivIcon {
  const [first, second] = place.actors.filter((a) => COLOURED.has(a));
  const dot = span(
    [
      'map-marker__dot',
      `map-actor--${first ?? 'none'}`,
      ...(second ? [`map-actor2--${second}`, 'map-marker__dot--split'] : []),
    ].join(' '),
  );
  dot.setAttribute('aria-hidden', 'true');
  const root = span('map-marker__inner');
  root.append(dot, span('map-label-text map-marker__label', shortPlaceName(place.name)));
  return divIcon({
    className: 'map-marker',
    html: root,
    iconSize: [24, 24],
    iconAnchor: [12, 12],
  });
}

/**
 * A cluster's marker: places too close to tell apart at this zoom share one 24 px target, a disc
 * with their number, labelled with the name of the one that leads.
 */
export function clusterIcon(count: number, label: string): DivIcon {
  // The number is drawn by CSS from the attribute: it is not text of the marker, whose name (all
  // its places) must contain what the marker shows in words (WCAG 2.5.3).
  const disc = span('map-marker__count');
  disc.dataset.count = String(count);
  disc.setAttribute('aria-hidden', 'true');
  const root = span('map-marker__inner');
  root.append(disc, span('map-label-text map-marker__label', label));
  return divIcon({
    className: 'map-marker map-marker--cluster',
    html: root,
    iconSize: [24, 24],
    iconAnchor: [12, 12],
  });
}

/** A label with no marker (a country, a region, the strait's distance), centred on its point. */
export function areaLabelIcon(text: string, variant: 'country' | 'region' | 'distance'): DivIcon {
  return divIcon({
    className: `map-area-label map-area-label--${variant}`,
    html: span('map-label-text', text),
    iconSize: [0, 0],
    iconAnchor: [0, 0],
  });
}
