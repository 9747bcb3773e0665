/**
 * The map's geography layers as react-leaflet components: the countries, the states parties of a
 * record, the claimed regions. Each is created once per data and style (memoised below) and drawn
 * in batches (batched-geojson.tsx). Paths are SVG (never canvas), so the hatching can use an SVG
 * pattern and tests can find them by class.
 */
import { useMemo } from 'react';
import { CircleMarker, Pane } from 'react-leaflet';
import type { LatLngTuple, PathOptions } from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import type { Countries, CountryProperties, RegionProperties, Regions } from './geo';
import { isParty, smallPartyPoints } from './icc';
import type { LayerOfKind } from '../../content/map';
import { toneClass } from './legend';
import type { HatchIds } from './legend';
import { BatchedGeoJSON } from './batched-geojson';
import { PANES } from './panes';

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
