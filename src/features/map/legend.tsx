/**
 * The map's legend with its layer switches, and the SVG patterns the hatching uses. It is plain
 * React without Leaflet: on the map page it is part of the prerendered HTML (its texts are part of
 * the text alternative) and works before the map's chunk arrives.
 */
import { useId, useMemo } from 'react';
import { content } from '../../content';
import type { MapLayer } from '../../content/schema';
import type { MapLayerSpec } from '../../content/schema';
import { colouredActorIds } from './coloured';
import { HATCH_ANGLES } from './map-model';
import { layerOfKind, mapSpec } from '../../content/map';
import { mapUi } from '@locale/karte';
import './legend.css';

/**
 * The class that gives a layer drawn in an actor's colour its tone (`--tone`, `--tone-tint`;
 * written from the content by src/styles/actor-styles.ts): map.css and legend.css colour with it.
 */
export function toneClass(actor: string): string {
  return `tone--${actor}`;
}

/** The hatch patterns' ids, one per key of the claims layer, in its order. */
export type HatchIds = readonly string[];

/** Ids for the hatch patterns, unique on the page and safe inside `url(#…)`. */
export function useHatchIds(): HatchIds {
  const base = `map-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return useMemo(() => (claims?.keys ?? []).map((k) => `${base}-${k.claimed}`), [base]);
}

/** The claims layer, if the article's map has one. */
const claims = layerOfKind('claims');

/**
 * The hatching of the claimed regions: diagonal lines in the claiming actor's colour over its
 * tint, one direction per key of the layer.
 */
export function HatchDefs({ ids }: { ids: HatchIds }) {
  if (!claims) return null;
  return (
    <svg
      className={`map-defs ${toneClass(claims.actor)}`}
      aria-hidden="true"
      focusable="false"
      width="0"
      height="0"
    >
      <defs>
        {ids.map((id, i) => (
          <pattern
            key={id}
            id={id}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform={`rotate(${HATCH_ANGLES[i] ?? 0})`}
          >
            <rect width="6" height="6" className="map-hatch__ground" />
            <line x1="1.5" y1="0" x2="1.5" y2="6" className="map-hatch__line" />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** The actors whose colours the place markers use: those of the places, in the actor list's order. */
const MARKER_ACTORS = content.actors
  .map((a) => a.id)
  .filter((id) => colouredActorIds.has(id) && content.places.some((p) => p.actors.includes(id)));

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

function LayerKey({ layer, patterns }: { layer: MapLayerSpec; patterns: HatchIds }) {
  switch (layer.kind) {
    case 'places':
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
    case 'claims':
      return (
        <ul className={`map-legend__keys ${toneClass(layer.actor)}`}>
          {layer.keys.map((key, i) => (
            <li key={key.claimed}>
              <Swatch className="map-swatch--hatch" fill={`url(#${patterns[i] ?? ''})`} />
              {key.label}
            </li>
          ))}
        </ul>
      );
    case 'parties':
      return (
        <ul className={`map-legend__keys ${toneClass(layer.actor)}`}>
          <li>
            <Swatch className="map-swatch--party" />
            {layer.party}
          </li>
          <li>
            <Swatch className="map-swatch--land" />
            {layer.nonParty}
          </li>
        </ul>
      );
    case 'distance':
      return (
        <ul className="map-legend__keys">
          <li>
            <svg className="map-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
              <line x1="7.5" y1="8" x2="16.5" y2="8" className="map-swatch__strait" />
              <circle cx="3" cy="8" r="2.5" className="map-swatch__island" />
              <circle cx="21" cy="8" r="2.5" className="map-swatch__island" />
            </svg>
            {layer.label}
          </li>
        </ul>
      );
  }
}

function LayerText({ layer, compact }: { layer: MapLayerSpec; compact: boolean }) {
  const [first, ...more] = layer.text;
  return (
    <>
      <p className="map-legend__text">
        {layer.kind === 'places'
          ? // Under a small map, the places of the section being read are the larger dots.
            [first, mapUi.cluster.legend, compact ? layer.highlighted : ''].join(' ').trim()
          : first}
      </p>
      {more.map((text) => (
        <p key={text} className="map-legend__text">
          {text}
        </p>
      ))}
      {layer.note && <p className="map-legend__text map-legend__text--note">{layer.note}</p>}
    </>
  );
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
        {mapSpec.layers.map((layer) => (
          <li key={layer.id} className="map-legend__layer" data-layer={layer.id}>
            <label className="map-legend__switch">
              <input
                type="checkbox"
                checked={layers.has(layer.id)}
                disabled={!interactive}
                onChange={(event) => onToggle(layer.id, event.currentTarget.checked)}
              />
              <span className="map-legend__name">{layer.title}</span>
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
      {mapSpec.layers.map((layer) => {
        if (!layers.has(layer.id) || !layer.short) return null;
        return (
          <li key={layer.id} className={'actor' in layer ? toneClass(layer.actor) : undefined}>
            {layer.kind === 'claims' ? (
              // The newest claim's hatching stands for the layer.
              <Swatch className="map-swatch--hatch" fill={`url(#${patterns.at(-1) ?? ''})`} />
            ) : layer.kind === 'parties' ? (
              <Swatch className="map-swatch--party" />
            ) : (
              <svg className="map-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
                <line x1="3" y1="8" x2="21" y2="8" className="map-swatch__strait" />
              </svg>
            )}
            {layer.short}
          </li>
        );
      })}
    </ul>
  );
}
