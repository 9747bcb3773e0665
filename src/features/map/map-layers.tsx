/**
 * The map's layers as react-leaflet components. Each Leaflet object is created once (stable data,
 * memoised icons and positions) and updated through its props or its element's attributes.
 * Paths are SVG (never canvas), so the hatching can use an SVG pattern and tests can find them by
 * class.
 */
import { useEffect, useMemo, useRef } from 'react';
import { CircleMarker, GeoJSON, Marker, Pane, Polyline } from 'react-leaflet';
import type {
  LatLngTuple,
  LeafletEvent,
  LeafletEventHandlerFnMap,
  LeafletKeyboardEvent,
  Marker as LeafletMarker,
  PathOptions,
} from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import type { Place } from '../../content/schema';
import type { Emphasis } from '../filter/actor-match';
import type { MapLabel } from './area-labels';
import type { Countries, CountryProperties, RegionProperties, Regions } from './geo';
import { isParty, smallPartyPoints } from './icc';
import { areaLabelIcon, placeIcon } from './icons';
import type { HatchIds } from './legend';

/** Stacking of the vector panes (Leaflet's overlay pane is 400, its markers 600). */
const PANES = { land: 250, icc: 300, regions: 350, annex: 360, strait: 420 } as const;

// Leaflet types a style function's feature loosely; the data passed in is known to be these.
const countryStyle = (feature?: Feature<Geometry, CountryProperties>): PathOptions => ({
  // Colours come from map.css; the class per id lets the frame restyle single countries.
  className: `map-land map-land--${String(feature?.id ?? 'none')}`,
  weight: 0.6,
  fillOpacity: 1,
});

/** The base map: every country, muted; styled by CSS. */
export function CountriesLayer({ countries }: { countries: Countries }) {
  return (
    <Pane name="map-land" style={{ zIndex: PANES.land }}>
      <GeoJSON data={countries} style={countryStyle} interactive={false} />
    </Pane>
  );
}

const iccStyle = (feature?: Feature<Geometry, CountryProperties>): PathOptions => ({
  className: `map-icc map-icc--${String(feature?.id ?? 'none')}`,
  weight: 0.6,
  fillOpacity: 1,
});
// Path components apply `className` only when created: it is passed as a prop, not a style.
const iccPointStyle: PathOptions = { weight: 1, fillOpacity: 1 };
const partyPoints = smallPartyPoints.map((p) => ({ ...p, center: [p.lat, p.lon] as LatLngTuple }));

/** States parties to the Rome Statute: their polygons filled, the smallest as points. */
export function IccLayer({ countries }: { countries: Countries }) {
  const parties = useMemo<Countries>(
    () => ({ ...countries, features: countries.features.filter((f) => isParty(f.id)) }),
    [countries],
  );
  return (
    <Pane name="map-icc" style={{ zIndex: PANES.icc }}>
      <GeoJSON data={parties} style={iccStyle} interactive={false} />
      {partyPoints.map((p) => (
        <CircleMarker
          key={p.iso}
          center={p.center}
          radius={3.5}
          className="map-icc-point"
          pathOptions={iccPointStyle}
          interactive={false}
        />
      ))}
    </Pane>
  );
}

const regionStyle: PathOptions = { className: 'map-region', weight: 0.5, fillOpacity: 0 };

/**
 * The regions Russia claims to have annexed, hatched (one direction per year of the claim), over
 * thin outlines of all of Ukraine's regions. No front line: none is drawn anywhere.
 */
export function AnnexLayer({ regions, patterns }: { regions: Regions; patterns: HatchIds }) {
  const claimed = useMemo<Regions>(
    () => ({ ...regions, features: regions.features.filter((f) => f.properties.claimed) }),
    [regions],
  );
  const claimedStyle = useMemo(
    () =>
      (feature?: Feature<Geometry, RegionProperties>): PathOptions => {
        const year = feature?.properties.claimed ?? '2022';
        return {
          className: `map-annex map-annex--${year}`,
          fillColor: `url(#${year === '2014' ? patterns.y2014 : patterns.y2022})`,
          fillOpacity: 1,
          weight: 1.2,
        };
      },
    [patterns],
  );
  return (
    <>
      <Pane name="map-regions" style={{ zIndex: PANES.regions }}>
        <GeoJSON data={regions} style={regionStyle} interactive={false} />
      </Pane>
      <Pane name="map-annex" style={{ zIndex: PANES.annex }}>
        <GeoJSON data={claimed} style={claimedStyle} interactive={false} />
      </Pane>
    </>
  );
}

const straitStyle: PathOptions = { weight: 2, dashArray: '4 4' };

/** The Diomede Islands joined by a line: the distance across the US–Russian border. */
export function StraitLine({ from, to }: { from: Place; to: Place }) {
  const positions = useMemo<LatLngTuple[]>(
    () => [
      [from.lat, from.lon],
      [to.lat, to.lon],
    ],
    [from.lat, from.lon, to.lat, to.lon],
  );
  return (
    <Pane name="map-strait" style={{ zIndex: PANES.strait }}>
      <Polyline
        positions={positions}
        className="map-bering"
        pathOptions={straitStyle}
        interactive={false}
      />
    </Pane>
  );
}

/** A text on the map (a country, a region, a distance): decorative, hidden from assistive tech. */
export function AreaLabelMarker({ label }: { label: MapLabel }) {
  const icon = useMemo(() => areaLabelIcon(label.text, label.variant), [label.text, label.variant]);
  const position = useMemo<LatLngTuple>(() => [label.lat, label.lon], [label.lat, label.lon]);
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      add: (event: LeafletEvent) => {
        const el = (event.target as LeafletMarker).getElement();
        if (!el) return;
        el.dataset.labelId = label.id;
        // Hidden until the layout has placed it, so labels never flash on top of each other.
        el.dataset.label = 'hidden';
        // The legend and the places' names say it all in text; these words only orient the eye.
        el.setAttribute('aria-hidden', 'true');
      },
    }),
    [label.id],
  );
  return (
    <Marker
      position={position}
      icon={icon}
      interactive={false}
      keyboard={false}
      zIndexOffset={-1000}
      eventHandlers={handlers}
    />
  );
}

/** A place: a keyboard-focusable button on the map, named with the German place name. */
export function PlaceMarker({
  place,
  emphasis,
  highlighted,
  open,
  onActivate,
  onClose,
}: {
  place: Place;
  emphasis: Emphasis;
  highlighted: boolean;
  open: boolean;
  /** Stable callbacks: a new function would re-bind the marker's events. */
  onActivate: (id: string) => void;
  onClose: () => void;
}) {
  const icon = useMemo(() => placeIcon(place), [place]);
  const position = useMemo<LatLngTuple>(() => [place.lat, place.lon], [place.lat, place.lon]);
  const marker = useRef<LeafletMarker>(null);
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      add: (event: LeafletEvent) => {
        const el = (event.target as LeafletMarker).getElement();
        if (!el) return;
        // Leaflet gives the icon role="button" and tabindex="0" (keyboard: true); the name is ours.
        el.setAttribute('aria-label', place.name);
        el.setAttribute('aria-haspopup', 'dialog');
        el.dataset.place = place.id;
        el.dataset.labelId = place.id;
        el.dataset.label = 'hidden';
      },
      click: () => onActivate(place.id),
      keydown: (event: LeafletKeyboardEvent) => {
        const { key } = event.originalEvent;
        if (key === 'Enter' || key === ' ') {
          // A div with role="button" gets no click from the keyboard; Space must not scroll.
          event.originalEvent.preventDefault();
          onActivate(place.id);
        } else if (key === 'Escape') {
          onClose();
        }
      },
    }),
    [place, onActivate, onClose],
  );
  useEffect(() => {
    const el = marker.current?.getElement();
    if (!el) return;
    el.dataset.emphasis = emphasis;
    el.dataset.highlighted = String(highlighted);
    el.setAttribute('aria-expanded', String(open));
  }, [emphasis, highlighted, open]);
  return (
    <Marker
      ref={marker}
      position={position}
      icon={icon}
      keyboard
      riseOnHover
      zIndexOffset={open ? 1000 : highlighted ? 500 : 0}
      eventHandlers={handlers}
    />
  );
}
