/**
 * The DOM of the map's markers and labels. Built with DOM calls, never from HTML strings, so a
 * place name can never become markup.
 */
import { DivIcon, type DivIconOptions } from 'leaflet';
import type { Place } from '../../content/schema';
import { shortPlaceName } from './map-model';
import { colouredActorIds } from './coloured';

/**
 * A div icon whose element carries its attributes from the start: written before Leaflet puts the
 * element on the page, they cost the browser no restyle of a live element. Later changes go
 * through `set`, which writes only what differs; an element created anew gets the current values.
 */
export class AttributedIcon extends DivIcon {
  private readonly attributes = new Map<string, string>();
  private element: HTMLElement | undefined;

  constructor(options: DivIconOptions, attributes: Readonly<Record<string, string>>) {
    super(options);
    this.set(attributes);
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const el = super.createIcon(oldIcon);
    for (const [name, value] of this.attributes) el.setAttribute(name, value);
    this.element = el;
    return el;
  }

  set(attributes: Readonly<Record<string, string>>) {
    for (const [name, value] of Object.entries(attributes)) {
      this.attributes.set(name, value);
      if (this.element && this.element.getAttribute(name) !== value) {
        this.element.setAttribute(name, value);
      }
    }
  }
}

function span(className: string, text?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * The icon's box, centred on the place: 24 px square, the minimum target size, or 44 px under a
 * finger (the dot and its label stay as they are; only the target grows).
 */
function box(touch: boolean): Pick<DivIconOptions, 'iconSize' | 'iconAnchor'> {
  const side = touch ? 44 : 24;
  return { iconSize: [side, side], iconAnchor: [side / 2, side / 2] };
}

/**
 * A place's marker: a dot in its actor's colour (split in two for a place of two actors) and its
 * label, in a target box (see `box`).
 */
export function placeIcon(
  place: Pick<Place, 'name' | 'actors'>,
  attributes: Readonly<Record<string, string>>,
  touch = false,
): AttributedIcon {
  const [first, second] = place.actors.filter((a) => colouredActorIds.has(a));
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
  return new AttributedIcon(
    { className: `map-marker${touch ? ' map-marker--touch' : ''}`, html: root, ...box(touch) },
    attributes,
  );
}

/**
 * A cluster's marker: places too close to tell apart at this zoom share one target, a disc with
 * their number, labelled with the name of the one that leads.
 */
export function clusterIcon(
  count: number,
  label: string,
  attributes: Readonly<Record<string, string>>,
  touch = false,
): AttributedIcon {
  // The number is drawn by CSS from the attribute: it is not text of the marker, whose name (all
  // its places) must contain what the marker shows in words (WCAG 2.5.3).
  const disc = span('map-marker__count');
  disc.dataset.count = String(count);
  disc.setAttribute('aria-hidden', 'true');
  const root = span('map-marker__inner');
  root.append(disc, span('map-label-text map-marker__label', label));
  return new AttributedIcon(
    {
      className: `map-marker map-marker--cluster${touch ? ' map-marker--touch' : ''}`,
      html: root,
      ...box(touch),
    },
    attributes,
  );
}

/** A label with no marker (a country, a region, the strait's distance), centred on its point. */
export function areaLabelIcon(
  text: string,
  variant: 'country' | 'region' | 'distance',
  attributes: Readonly<Record<string, string>>,
): AttributedIcon {
  return new AttributedIcon(
    {
      className: `map-area-label map-area-label--${variant}`,
      html: span('map-label-text', text),
      iconSize: [0, 0],
      iconAnchor: [0, 0],
    },
    attributes,
  );
}
