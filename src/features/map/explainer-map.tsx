/**
 * The explainer's map, shared by the map page and the story's panel: the bundled vector geography
 * (no tiles unless a build switches them on), the places as keyboard-reachable markers with their
 * detail, and the layers that explain the summit. This module and Leaflet form one lazy chunk;
 * the geography files are chunks of their own, fetched when needed.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { MapContainer, ScaleControl, TileLayer, AttributionControl } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import { NavigationType, useNavigationType } from 'react-router';
import { content } from '../../content';
import type { MapLayer } from '../../content/schema';
import { emphasisFor, filterActorsOf, type Emphasis } from '../filter/actor-match';
import { COUNTRY_LABELS, PRIORITY, type MapLabel } from './area-labels';
import { claimedRegionLabels, loadCountries, loadRegions } from './geo';
import type { HatchIds } from './legend';
import {
  FIT_OPTIONS,
  LabelLayout,
  MapSetup,
  moveTo,
  SelectionPan,
  ViewController,
  type LabelSpec,
} from './map-controllers';
import {
  AnnexLayer,
  AreaLabelMarker,
  CountriesLayer,
  IccLayer,
  PlaceMarker,
  StraitLine,
} from './map-layers';
import { DIOMEDE, MAX_BOUNDS, THEATRES, visiblePlaceIds, type LatLonBounds } from './map-model';
import { PlaceDetail } from './place-detail';
import { mapUi } from '../../content/ui/karte.de';
import { useReducedMotion } from '../../lib/use-reduced-motion';
import { useSelectedPlace } from './use-selected-place';

/** An optional raster base map for online deployments, set at build time; off by default. */
const env = import.meta.env as unknown as Record<string, string | undefined>;
const TILE_URL = env.VITE_TILE_URL;
const TILE_ATTRIBUTION = env.VITE_TILE_ATTRIBUTION ?? '';

const MAX_ZOOM = 9;

/** Loads a piece of geography once it is wanted; a failed load reaches the error boundary. */
function useLoaded<T>(load: () => Promise<T>, wanted: boolean): T | undefined {
  const [state, setState] = useState<{ data?: T; error?: Error }>({});
  useEffect(() => {
    if (!wanted || state.data !== undefined) return;
    let live = true;
    load().then(
      (data) => live && setState({ data }),
      (error: unknown) =>
        live && setState({ error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [load, wanted, state.data]);
  if (state.error !== undefined) throw state.error;
  return state.data;
}

export interface ExplainerMapProps {
  variant: 'page' | 'panel';
  layers: ReadonlySet<MapLayer>;
  /** Places the current section or step highlights. */
  highlighted: readonly string[];
  /** The actor filter: places of these actors stand out, the rest dims. */
  selectedActors: readonly string[];
  /** The area to show; when it changes the map flies there. */
  target: LatLonBounds;
  /** The area the map starts from (the panel flies in from the whole frame). */
  initial: LatLonBounds;
  /** Where "reset" goes and what the minimum zoom must still show. */
  home: LatLonBounds;
  patterns: HatchIds;
  /** Extra controls over the map (the panel's legend). */
  children?: ReactNode;
}

export default function ExplainerMap({
  variant,
  layers,
  highlighted,
  selectedActors,
  target,
  initial,
  home,
  patterns,
  children,
}: ExplainerMapProps) {
  const reduced = useReducedMotion();
  const hintId = useId();
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [zoom, setZoom] = useState({ zoom: 0, min: 0, max: MAX_ZOOM });
  const { selected, unknown, select } = useSelectedPlace();
  const [dismissed, setDismissed] = useState<string>();

  const countries = useLoaded(loadCountries, true);
  const annexOn = layers.has('annexion');
  const regions = useLoaded(loadRegions, annexOn);

  // Focus follows the reader's actions: into the detail when they open a place, back to its
  // marker when they close it (or when back in the browser closes it while they were inside).
  const detailRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  // A reader who follows a link to a place (from the text, the chronicle) lands in its detail.
  const arrivedByLink = useNavigationType() === NavigationType.Push && variant === 'page';
  const focusNext = useRef<'detail' | 'marker' | null>(arrivedByLink ? 'detail' : null);
  const lastOpen = useRef<string | undefined>(undefined);
  const selectRef = useRef(select);
  const selectedRef = useRef(selected);
  useEffect(() => {
    selectRef.current = select;
    selectedRef.current = selected;
  }, [select, selected]);

  const focusMarker = useCallback((id: string) => {
    const el = stageRef.current?.querySelector<HTMLElement>(
      `.map-marker[data-place="${CSS.escape(id)}"]`,
    );
    (el ?? stageRef.current?.querySelector<HTMLElement>('.leaflet-container'))?.focus();
  }, []);

  const activate = useCallback((id: string) => {
    focusNext.current = 'detail';
    if (selectedRef.current === id) detailRef.current?.focus();
    else selectRef.current(id);
  }, []);
  const close = useCallback(() => {
    if (!selectedRef.current) return;
    focusNext.current = 'marker';
    selectRef.current(undefined);
  }, []);

  useEffect(() => {
    if (selected) {
      lastOpen.current = selected;
      if (focusNext.current === 'detail') detailRef.current?.focus();
      focusNext.current = null;
      return;
    }
    const previous = lastOpen.current;
    lastOpen.current = undefined;
    if (!previous) {
      focusNext.current = null;
      return;
    }
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focusNext.current === 'marker' || lost) focusMarker(previous);
    focusNext.current = null;
  }, [selected, focusMarker]);

  const visible = useMemo(
    () => new Set(visiblePlaceIds(content.places, layers, highlighted, selected)),
    [layers, highlighted, selected],
  );
  const emphasis = useMemo(() => {
    const result = new Map<string, Emphasis>();
    for (const place of content.places) {
      result.set(place.id, emphasisFor(selectedActors, filterActorsOf(content, place.actors)));
    }
    return result;
  }, [selectedActors]);

  const straitOn = layers.has('beringstrasse');
  const [littleDiomede, bigDiomede] = DIOMEDE.map((id) => content.placeById.get(id));
  const distanceLabel = useMemo<MapLabel | undefined>(
    () =>
      bigDiomede && littleDiomede
        ? {
            id: 'distance-diomede',
            text: mapUi.layers.beringstrasse.distance,
            lat: (bigDiomede.lat + littleDiomede.lat) / 2,
            lon: (bigDiomede.lon + littleDiomede.lon) / 2,
            variant: 'distance',
            // Only once the line between the islands is long enough to carry its label.
            minZoom: 7,
            // Above both islands' dots at every zoom it shows at (they sit up to 12 px off the middle).
            dy: -30,
          }
        : undefined,
    [bigDiomede, littleDiomede],
  );
  const regionLabels = useMemo<MapLabel[]>(
    () =>
      regions
        ? claimedRegionLabels(regions).map((l) => ({ ...l, variant: 'region', minZoom: 5 }))
        : [],
    [regions],
  );
  const areaLabels = useMemo<MapLabel[]>(
    () => [
      ...COUNTRY_LABELS,
      ...(annexOn ? regionLabels : []),
      ...(straitOn && distanceLabel ? [distanceLabel] : []),
    ],
    [annexOn, regionLabels, straitOn, distanceLabel],
  );

  const labelSpecs = useMemo<LabelSpec[]>(() => {
    const places = content.places
      .filter((p) => visible.has(p.id))
      .map((p): LabelSpec => {
        const e = emphasis.get(p.id) ?? 'neutral';
        const priority =
          p.id === selected
            ? PRIORITY.selected
            : highlighted.includes(p.id)
              ? PRIORITY.highlighted
              : PRIORITY[e];
        return {
          id: p.id,
          lat: p.lat,
          lon: p.lon,
          kind: 'side',
          priority,
          text: p.name,
          force: p.id === selected,
        };
      });
    const areas = areaLabels.map((l): LabelSpec => ({
      id: l.id,
      lat: l.lat,
      lon: l.lon,
      kind: 'center',
      priority: PRIORITY[l.variant],
      text: l.text,
      ...(l.minZoom !== undefined ? { minZoom: l.minZoom } : {}),
      ...(l.maxZoom !== undefined ? { maxZoom: l.maxZoom } : {}),
      ...(l.dy !== undefined ? { dy: l.dy } : {}),
    }));
    return [...places, ...areas];
  }, [visible, emphasis, selected, highlighted, areaLabels]);

  const onZoom = useCallback(
    (z: number, min: number, max: number) => setZoom({ zoom: z, min, max }),
    [],
  );
  const openPlace = selected ? content.placeById.get(selected) : undefined;
  const showNote = unknown !== undefined && dismissed !== unknown;

  return (
    <div
      className={`map map--${variant}`}
      data-annex={annexOn ? 'on' : 'off'}
      data-tiles={TILE_URL ? 'on' : 'off'}
      data-geo={countries ? 'ready' : 'loading'}
    >
      <p id={hintId} className="visually-hidden">
        {mapUi.keyboardHint}
      </p>
      <div className="map__toolbar" data-map-obstacle>
        <div className="map__buttons" role="group" aria-label={mapUi.controls}>
          <button
            type="button"
            className="map__button"
            aria-label={mapUi.zoomIn}
            title={mapUi.zoomIn}
            disabled={!map || zoom.zoom >= zoom.max}
            onClick={() => map?.zoomIn(1, { animate: !reduced })}
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            className="map__button"
            aria-label={mapUi.zoomOut}
            title={mapUi.zoomOut}
            disabled={!map || zoom.zoom <= zoom.min}
            onClick={() => map?.zoomOut(1, { animate: !reduced })}
          >
            <span aria-hidden="true">−</span>
          </button>
          <button
            type="button"
            className="map__button"
            aria-label={variant === 'page' ? mapUi.reset : mapUi.resetSection}
            title={variant === 'page' ? mapUi.reset : mapUi.resetSection}
            disabled={!map}
            onClick={() => map && moveTo(map, variant === 'page' ? home : target, reduced)}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path d="M4 8V4h4M4 4l4.5 4.5M16 12v4h-4m4 0-4.5-4.5M12 4h4v4m0-4-4.5 4.5M8 16H4v-4m0 4 4.5-4.5" />
            </svg>
          </button>
        </div>
        {variant === 'page' && (
          <div className="map__jumps" role="group" aria-label={mapUi.jumpTo}>
            {(Object.keys(THEATRES) as (keyof typeof THEATRES)[]).map((key) => (
              <button
                key={key}
                type="button"
                className="map__jump"
                aria-label={mapUi.jumpLabel(mapUi.jumps[key])}
                disabled={!map}
                onClick={() => map && moveTo(map, THEATRES[key], reduced)}
              >
                {mapUi.jumps[key]}
              </button>
            ))}
          </div>
        )}
      </div>
      {showNote && (
        <p className="notice map__notice" role="status" data-map-obstacle>
          {mapUi.unknownPlace(unknown)}{' '}
          <button type="button" className="notice__dismiss" onClick={() => setDismissed(unknown)}>
            {mapUi.dismiss}
          </button>
        </p>
      )}
      <div className="map__stage" ref={stageRef}>
        <MapContainer
          ref={setMap}
          className="map__leaflet"
          bounds={initial}
          boundsOptions={FIT_OPTIONS}
          maxBounds={MAX_BOUNDS}
          maxBoundsViscosity={1}
          worldCopyJump={false}
          minZoom={0}
          maxZoom={MAX_ZOOM}
          zoomSnap={0.25}
          zoomDelta={1}
          wheelPxPerZoomLevel={120}
          // In the story the page scrolls under the reader's wheel; the map zooms by its buttons.
          scrollWheelZoom={variant === 'page'}
          zoomControl={false}
          attributionControl={false}
          zoomAnimation={!reduced}
          fadeAnimation={!reduced}
          markerZoomAnimation={!reduced}
          inertia={!reduced}
        >
          <MapSetup hintId={hintId} home={home} onZoom={onZoom} />
          {TILE_URL && (
            <>
              <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
              <AttributionControl position="bottomright" prefix={false} />
            </>
          )}
          {countries && <CountriesLayer countries={countries} />}
          {countries && layers.has('istgh') && <IccLayer countries={countries} />}
          {regions && annexOn && <AnnexLayer regions={regions} patterns={patterns} />}
          {straitOn && bigDiomede && littleDiomede && (
            <StraitLine from={bigDiomede} to={littleDiomede} />
          )}
          {areaLabels.map((label) => (
            <AreaLabelMarker key={label.id} label={label} />
          ))}
          {content.places
            .filter((p) => visible.has(p.id))
            .map((place) => (
              <PlaceMarker
                key={place.id}
                place={place}
                emphasis={emphasis.get(place.id) ?? 'neutral'}
                highlighted={highlighted.includes(place.id)}
                open={place.id === selected}
                onActivate={activate}
                onClose={close}
              />
            ))}
          <ScaleControl position="bottomleft" imperial={false} />
          <ViewController bounds={target} initial={initial} reduced={reduced} />
          <SelectionPan
            lat={openPlace?.lat}
            lon={openPlace?.lon}
            detail={detailRef}
            reduced={reduced}
          />
          <LabelLayout specs={labelSpecs} />
        </MapContainer>
        {selected && (
          <PlaceDetail
            ref={detailRef}
            placeId={selected}
            onClose={close}
            headingLevel={variant === 'page' ? 2 : 3}
            showMapLink={variant === 'panel'}
          />
        )}
        {!TILE_URL && <p className="map__credit">{mapUi.credit}</p>}
      </div>
      {children}
    </div>
  );
}
