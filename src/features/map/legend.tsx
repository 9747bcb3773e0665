/**
 * The map's legend with its layer switches, and the SVG patterns the hatching uses. It is plain
 * React without Leaflet: on the map page it is part of the prerendered HTML (its texts are part of
 * the text alternative) and works before the map's chunk arrives.
 */
import { useId, useMemo } from 'react';
import { content } from '../../content';
import type { MapLayer } from '../../content/schema';
import { MAP_LAYERS } from './map-model';
import { mapUi } from '@locale/karte';
import './legend.css';

export interface HatchIds {
  y2014: string;
  y2022: string;
}

/** Ids for the hatch patterns, unique on the page and safe inside `url(#…)`. */
export function useHatchIds(): HatchIds {
  const base = `map-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return useMemo(() => ({ y2014: `${base}-2014`, y2022: `${base}-2022` }), [base]);
}

/**
 * The hatching of the claimed regions: diagonal lines in Russia's colour over its tint, one
 * direction per year of the claim, so 2014 and 2022 differ without relying on colour.
 */
export function HatchDefs({ ids }: { ids: HatchIds }) {
  const pattern = (id: string, angle: number) => (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width="6"
      height="6"
      patternTransform={`rotate(${angle})`}
    >
      <rect width="6" height="6" className="map-hatch__ground" />
      <line x1="1.5" y1="0" x2="1.5" y2="6" className="map-hatch__line" />
    </pattern>
  );
  return (
    <svg className="map-defs" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        {pattern(ids.y2014, -45)}
        {pattern(ids.y2022, 45)}
      </defs>
    </svg>
  );
}

/** The actors whose colours the place markers use, in the order of the actor list. */
const MARKER_ACTORS = ['usa', 'russland', 'ukraine', 'eu', 'istgh'];

function Swatch({ className, fill }: { className: string; fill?: string }) {
  return (
    <svg
      className={`map-swatch ${className}`}
      viewBox="0 0 24 16"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="1" y="1" width="22" height="14" rx="2" style={fill ? { fill } : undefined} />
    </svg>
  );
}

function LayerKey({ layer, patterns }: { layer: MapLayer; patterns: HatchIds }) {
  switch (layer) {
    case 'orte':
      return (
        <ul className="map-legend__keys">
          {MARKER_ACTORS.map((id) => (
            <li key={id}>
              <span className={`map-legend__dot map-actor--${id}`} aria-hidden="true" />
              {content.actorById.get(id)?.name ?? id}
            </li>
          ))}
          <li>
            <span className="map-legend__count" aria-hidden="true">
              2
            </span>
            {mapUi.cluster.short}
          </li>
        </ul>
      );
    case 'annexion':
      return (
        <ul className="map-legend__keys">
          <li>
            <Swatch className="map-swatch--hatch" fill={`url(#${patterns.y2014})`} />
            {mapUi.layers.annexion.y2014}
          </li>
          <li>
            <Swatch className="map-swatch--hatch" fill={`url(#${patterns.y2022})`} />
            {mapUi.layers.annexion.y2022}
          </li>
        </ul>
      );
    case 'istgh':
      return (
        <ul className="map-legend__keys">
          <li>
            <Swatch className="map-swatch--party" />
            {mapUi.layers.istgh.party}
          </li>
          <li>
            <Swatch className="map-swatch--land" />
            {mapUi.layers.istgh.nonParty}
          </li>
        </ul>
      );
    case 'beringstrasse':
      return (
        <ul className="map-legend__keys">
          <li>
            <svg className="map-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
              <line x1="7.5" y1="8" x2="16.5" y2="8" className="map-swatch__strait" />
              <circle cx="3" cy="8" r="2.5" className="map-swatch__island" />
              <circle cx="21" cy="8" r="2.5" className="map-swatch__island" />
            </svg>
            {mapUi.layers.beringstrasse.distance}
          </li>
        </ul>
      );
  }
}

function LayerText({ layer, compact }: { layer: MapLayer; compact: boolean }) {
  switch (layer) {
    case 'annexion':
      return (
        <>
          <p className="map-legend__text">{mapUi.layers.annexion.text}</p>
          <p className="map-legend__text map-legend__text--note">
            {mapUi.layers.annexion.noFrontLine}
          </p>
        </>
      );
    case 'istgh':
      return (
        <>
          <p className="map-legend__text">{mapUi.layers.istgh.text}</p>
          <p className="map-legend__text">
            {mapUi.layers.istgh.smallParties} {mapUi.layers.istgh.hungary}
          </p>
          <p className="map-legend__text map-legend__text--note">{mapUi.layers.istgh.caveat}</p>
        </>
      );
    case 'orte':
      return (
        <p className="map-legend__text">
          {mapUi.layers.orte.text} {mapUi.cluster.legend} {compact && mapUi.layers.orte.highlighted}
        </p>
      );
    default:
      return <p className="map-legend__text">{mapUi.layers[layer].text}</p>;
  }
}

/**
 * Every layer with its switch (a checkbox), its key and its explanation. The switches are
 * disabled until the page is interactive, so the prerendered HTML offers nothing that does nothing.
 */
export function MapLegend({
  layers,
  onToggle,
  patterns,
  interactive = true,
  headingLevel = 2,
  compact = false,
}: {
  layers: ReadonlySet<MapLayer>;
  onToggle: (layer: MapLayer, on: boolean) => void;
  patterns: HatchIds;
  interactive?: boolean;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = useId();
  return (
    <section
      className={`map-legend${compact ? ' map-legend--compact' : ''}`}
      aria-labelledby={headingId}
    >
      <Heading className={compact ? 'visually-hidden' : 'map-legend__title'} id={headingId}>
        {mapUi.legend.title}
      </Heading>
      <ul className="map-legend__layers" aria-label={mapUi.legend.layersLabel}>
        {MAP_LAYERS.map((layer) => (
          <li key={layer} className="map-legend__layer" data-layer={layer}>
            <label className="map-legend__switch">
              <input
                type="checkbox"
                checked={layers.has(layer)}
                disabled={!interactive}
                onChange={(event) => onToggle(layer, event.currentTarget.checked)}
              />
              <span className="map-legend__name">{mapUi.layers[layer].title}</span>
            </label>
            <LayerKey layer={layer} patterns={patterns} />
            <LayerText layer={layer} compact={compact} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One line under a small map: what its active layers mean, in short. */
export function MapKey({
  layers,
  patterns,
}: {
  layers: ReadonlySet<MapLayer>;
  patterns: HatchIds;
}) {
  return (
    <ul className="map-key" data-map-obstacle>
      {layers.has('annexion') && (
        <li>
          <Swatch className="map-swatch--hatch" fill={`url(#${patterns.y2022})`} />
          {mapUi.layers.annexion.short}
        </li>
      )}
      {layers.has('istgh') && (
        <li>
          <Swatch className="map-swatch--party" />
          {mapUi.layers.istgh.short}
        </li>
      )}
      {layers.has('beringstrasse') && (
        <li>
          <svg className="map-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
            <line x1="3" y1="8" x2="21" y2="8" className="map-swatch__strait" />
          </svg>
          {mapUi.layers.beringstrasse.short}
        </li>
      )}
    </ul>
  );
}
