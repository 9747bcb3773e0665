/**
 * The map's layers as react-leaflet components. Each Leaflet object is created once (stable data,
 * memoised icons and positions) and updated through its props or its element's attributes.
 * Paths are SVG (never canvas), so the hatching can use an SVG pattern and tests can find them by
 * class.
 */
import { useEffect, useMemo, useState } from 'react';
import { CircleMarker, Marker, Pane, Polyline, useMap } from 'react-leaflet';
import { geoJSON, type StyleFunction } from 'leaflet';
import type {
  LatLngTuple,
  LeafletEventHandlerFnMap,
  LeafletKeyboardEvent,
  PathOptions,
} from 'leaflet';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Place } from '../../content/schema';
import type { Emphasis } from '../../lib/actor-match';
import type { MapLabel } from './area-labels';
import type { Countries, CountryProperties, RegionProperties, Regions } from './geo';
import { isParty, smallPartyPoints } from './icc';
import { areaLabelIcon, clusterIcon, placeIcon } from './icons';
import { gapBetween } from './map-model';
import type { LayerOfKind } from '../../content/map';
import { toneClass } from './legend';
import type { HatchIds } from './legend';

/** Stacking of the vector panes (Leaflet's overlay pane is 400, its markers 600). */
const PANES = { land: 250, icc: 300, regions: 350, annex: 360, strait: 420 } as const;

/** How long one batch of shapes may take (ms): several batches, none of them a long task. */
const BATCH_MS = 5;

/**
 * A GeoJSON layer whose shapes are added in batches, each a task of its own: turning a world of
 * coordinates into SVG paths in one go would block the page for a long task on a slow phone.
 * Created once per data and style; removed with the component.
 */
function BatchedGeoJSON<P>({
  data,
  style,
  pane,
}: {
  data: FeatureCollection<Geometry, P>;
  style: PathOptions | StyleFunction<P>;
  pane: string;
}) {
  const map = useMap();
  useEffect(() => {
    const layer = geoJSON<P>(undefined, { style, pane, interactive: false }).addTo(map);
    const features = data.features;
    let next = 0;
    let timer = 0;
    const batch = () => {
      const started = performance.now();
      do layer.addData(features[next++]!);
      while (next < features.length && performance.now() - started < BATCH_MS);
      if (next < features.length) timer = window.setTimeout(batch);
    };
    // The first batch (which also creates the pane's SVG) waits for a task of its own too, out of
    // the commit that mounted the layer.
    if (features.length) timer = window.setTimeout(batch);
    return () => {
      window.clearTimeout(timer);
      layer.remove();
    };
  }, [map, data, style, pane]);
  return null;
}

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
      <BatchedGeoJSON data={countries} style={countryStyle} pane="map-land" />
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

/**
 * A parties layer: the states parties of the article's record filled in its actor's colour (the
 * tone), the smallest as points.
 */
export function PartiesLayer({
  countries,
  layer,
}: {
  countries: Countries;
  layer: LayerOfKind<'parties'>;
}) {
  const parties = useMemo<Countries>(
    () => ({ ...countries, features: countries.features.filter((f) => isParty(f.id)) }),
    [countries],
  );
  return (
    <Pane name="map-icc" className={toneClass(layer.actor)} style={{ zIndex: PANES.icc }}>
      <BatchedGeoJSON data={parties} style={iccStyle} pane="map-icc" />
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
 * A claims layer: the claimed regions hatched in its actor's colour, one direction per value of
 * their `claimed` property (the layer's keys, so they differ without relying on colour), over
 * thin outlines of all the regions. No front line: none is drawn anywhere.
 */
export function ClaimsLayer({
  regions,
  patterns,
  layer,
}: {
  regions: Regions;
  patterns: HatchIds;
  layer: LayerOfKind<'claims'>;
}) {
  const claimed = useMemo<Regions>(
    () => ({ ...regions, features: regions.features.filter((f) => f.properties.claimed) }),
    [regions],
  );
  const claimedStyle = useMemo(
    () =>
      (feature?: Feature<Geometry, RegionProperties>): PathOptions => {
        const key = layer.keys.findIndex((k) => k.claimed === feature?.properties.claimed);
        return {
          className: `map-annex map-annex--${feature?.properties.claimed ?? 'none'}`,
          fillColor: `url(#${patterns[Math.max(key, 0)] ?? ''})`,
          fillOpacity: 1,
          weight: 1.2,
        };
      },
    [patterns, layer.keys],
  );
  return (
    <>
      <Pane name="map-regions" style={{ zIndex: PANES.regions }}>
        <BatchedGeoJSON data={regions} style={regionStyle} pane="map-regions" />
      </Pane>
      <Pane name="map-annex" className={toneClass(layer.actor)} style={{ zIndex: PANES.annex }}>
        <BatchedGeoJSON data={claimed} style={claimedStyle} pane="map-annex" />
      </Pane>
    </>
  );
}

const straitStyle: PathOptions = { weight: 2, lineCap: 'butt' };

/**
 * A distance layer's line (the strait between the Diomede Islands, across the US–Russian border):
 * as long as the layer's `km`, centred between the two places' points, which mark their centres.
 */
export function DistanceLine({ from, to, km }: { from: Place; to: Place; km: number }) {
  const positions = useMemo<LatLngTuple[]>(
    () => gapBetween({ lat: from.lat, lon: from.lon }, { lat: to.lat, lon: to.lon }, km),
    [from.lat, from.lon, to.lat, to.lon, km],
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
  const icon = useMemo(
    () =>
      areaLabelIcon(label.text, label.variant, {
        'data-label-id': label.id,
        // Hidden until the layout has placed it, so labels never flash on top of each other.
        'data-label': 'hidden',
        // The legend and the places' names say it all in text; these words only orient the eye.
        'aria-hidden': 'true',
      }),
    [label.id, label.text, label.variant],
  );
  const position = useMemo<LatLngTuple>(() => [label.lat, label.lon], [label.lat, label.lon]);
  return (
    <Marker
      position={position}
      icon={icon}
      interactive={false}
      keyboard={false}
      zIndexOffset={-1000}
    />
  );
}

/** The attributes of a place's marker that follow the page's state. */
const placeState = (emphasis: Emphasis, highlighted: boolean, open: boolean) => ({
  'data-emphasis': emphasis,
  'data-highlighted': String(highlighted),
  'aria-expanded': String(open),
});

/** The attributes of a shared marker that follow the page's state. */
const clusterState = (
  emphasis: Emphasis,
  highlighted: boolean,
  open: boolean,
  expanded: boolean,
) => ({
  'data-emphasis': emphasis,
  'data-highlighted': String(highlighted),
  'data-open': String(open),
  'aria-expanded': String(expanded),
});

/** A place: a keyboard-focusable button on the map, named with the German place name. */
export function PlaceMarker({
  place,
  emphasis,
  highlighted,
  open,
  touch,
  onActivate,
  onClose,
}: {
  place: Place;
  /** A finger points: the target is a thumb's size. */
  touch: boolean;
  emphasis: Emphasis;
  highlighted: boolean;
  open: boolean;
  /** Stable callbacks: a new function would re-bind the marker's events. */
  onActivate: (id: string) => void;
  onClose: () => void;
}) {
  // The state the marker is created with; changes reach its element through the effect below.
  const [initial] = useState(() => placeState(emphasis, highlighted, open));
  const icon = useMemo(
    () =>
      placeIcon(
        place,
        {
          // Leaflet gives the icon role="button" and tabindex="0" (keyboard: true); the name is ours.
          'aria-label': place.name,
          'aria-haspopup': 'dialog',
          'data-place': place.id,
          'data-places': place.id,
          'data-label-id': place.id,
          'data-label': 'hidden',
          ...initial,
        },
        touch,
      ),
    [place, initial, touch],
  );
  const position = useMemo<LatLngTuple>(() => [place.lat, place.lon], [place.lat, place.lon]);
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
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
    icon.set(placeState(emphasis, highlighted, open));
  }, [icon, emphasis, highlighted, open]);
  return (
    <Marker
      position={position}
      icon={icon}
      keyboard
      riseOnHover
      zIndexOffset={open ? 1000 : highlighted ? 500 : 0}
      eventHandlers={handlers}
    />
  );
}

/**
 * Places too close to tell apart at this zoom, as one keyboard-focusable target: activating it
 * opens a chooser of its places (see cluster-chooser.tsx). `data-places` lists them, so the
 * marker that stands for a place can always be found.
 */
export function ClusterMarker({
  id,
  ids,
  position,
  name,
  label,
  emphasis,
  highlighted,
  open,
  expanded,
  touch,
  onToggle,
  onClose,
}: {
  /** A finger points: the target is a thumb's size. */
  touch: boolean;
  /** The cluster's key (its places' ids). */
  id: string;
  ids: readonly string[];
  position: LatLngTuple;
  /** The accessible name: every place's name. */
  name: string;
  /** The visible label: the leading place's short name. */
  label: string;
  emphasis: Emphasis;
  highlighted: boolean;
  /** One of its places is open. */
  open: boolean;
  /** Its chooser is open. */
  expanded: boolean;
  /** Stable callbacks: a new function would re-bind the marker's events. */
  onToggle: (id: string) => void;
  onClose: () => void;
}) {
  const places = ids.join(' ');
  const [initial] = useState(() => clusterState(emphasis, highlighted, open, expanded));
  const icon = useMemo(
    () =>
      clusterIcon(
        ids.length,
        label,
        {
          'aria-label': name,
          'aria-haspopup': 'dialog',
          'data-cluster': id,
          'data-places': places,
          'data-label-id': id,
          'data-label': 'hidden',
          ...initial,
        },
        touch,
      ),
    [id, ids.length, label, name, places, initial, touch],
  );
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: () => onToggle(id),
      keydown: (event: LeafletKeyboardEvent) => {
        const { key } = event.originalEvent;
        if (key === 'Enter' || key === ' ') {
          event.originalEvent.preventDefault();
          onToggle(id);
        } else if (key === 'Escape') {
          onClose();
        }
      },
    }),
    [id, onToggle, onClose],
  );
  useEffect(() => {
    icon.set(clusterState(emphasis, highlighted, open, expanded));
  }, [icon, emphasis, highlighted, open, expanded]);
  return (
    <Marker
      position={position}
      icon={icon}
      keyboard
      riseOnHover
      zIndexOffset={open ? 1000 : highlighted ? 500 : 0}
      eventHandlers={handlers}
    />
  );
}
