/**
 * The explainer's map, shared by the map page and the story's panel: the bundled vector geography
 * (no tiles unless a build switches them on), the places as keyboard-reachable markers with their
 * detail, and the layers that explain the summit. This module and Leaflet form one lazy chunk;
 * the geography files are chunks of their own, fetched when needed.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import {
  startTransition,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { MapContainer, ScaleControl, TileLayer, AttributionControl } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import { NavigationType, useNavigationType } from 'react-router';
import { content, type Callout } from '../../content';
import type { MapLayer, Place } from '../../content/schema';
import { emphasisFor, filterActorsOf, type Emphasis } from '../../lib/actor-match';
import { COUNTRY_LABELS, PRIORITY, type MapLabel } from './area-labels';
import { claimedRegionLabels, loadCountries, loadRegions } from './geo';
import type { HatchIds } from './legend';
import {
  FIT_OPTIONS,
  FocusInView,
  LabelLayout,
  MapSetup,
  moveTo,
  SelectionPan,
  ViewController,
  type LabelSpec,
} from './map-controllers';
import { ClusterChooser } from './cluster-chooser';
import { MapCallouts } from './map-callouts';
import {
  AreaLabelMarker,
  ClaimsLayer,
  ClusterMarker,
  CountriesLayer,
  DistanceLine,
  PartiesLayer,
  PlaceMarker,
} from './map-layers';
import { MAX_BOUNDS, shortPlaceName, visiblePlaceIds, type LatLonBounds } from './map-model';
import { layerOfKind, mapSpec } from '../../content/map';
import { clusterKey, clusterPoints, GAP, TARGET, TOUCH_TARGET } from './marker-clusters';
import { useCoarsePointer } from '../../lib/use-coarse-pointer';
import { summit } from './summit';
import { PlaceDetail } from './place-detail';
import { mapUi } from '@locale/karte';
import { useReducedMotion } from '../../lib/use-reduced-motion';
import { useRenderAfter } from '../../lib/use-render-after';
import { useSelectedPlace } from './use-selected-place';

/** An optional raster base map for online deployments, set at build time; off by default. */
const env = import.meta.env as unknown as Record<string, string | undefined>;
const TILE_URL = env.VITE_TILE_URL;
const TILE_ATTRIBUTION = env.VITE_TILE_ATTRIBUTION ?? '';

const MAX_ZOOM = 9;
/**
 * Under a finger the targets are larger, so places part later: one zoom level more lets every pair
 * that parts with a mouse part too (Anchorage and the base beside it, 5 km apart, need it).
 */
const maxZoomFor = (touch: boolean) => (touch ? MAX_ZOOM + 1 : MAX_ZOOM);

/** Renders its children in a render of their own after the first, which React may interrupt. */
function Later({ children }: { children: ReactNode }) {
  return useRenderAfter() ? children : null;
}

/**
 * False until the browser has drawn a frame after the first render, then true (in a task of its
 * own, as a transition): work that measures the page then finds its layout done.
 */
function useAfterFrame(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setAfter(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return after;
}

/**
 * How many of `total` items to draw: none while there are none, then `step` more in each task
 * until all are drawn (returned as Infinity), and from then on all of them at once. Adding every
 * Leaflet marker in one commit would block the page for a long task while it loads.
 */
function useStepwise(total: number, step: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown === Infinity || total === 0) return;
    const timer = window.setTimeout(() =>
      startTransition(() => setShown(shown + step >= total ? Infinity : shown + step)),
    );
    return () => window.clearTimeout(timer);
  }, [shown, step, total]);
  return shown;
}

/** The places that share one marker at the map's zoom (a lone place is a cluster of one). */
interface PlaceCluster {
  key: string;
  places: Place[];
  lat: number;
  lon: number;
}

/** The article's layers of each kind that needs its own drawing (data/map.json). */
const claimsLayer = layerOfKind('claims');
const partiesLayer = layerOfKind('parties');
const distanceLayer = layerOfKind('distance');

/** The summit's place: a group holding it sits on it and is named after it (summit.json). */
const SUMMIT_PLACE = summit.place;
const ANCHORS: ReadonlySet<string> = new Set([SUMMIT_PLACE]);

/**
 * The markers at a zoom: the places projected to that zoom's pixels and grouped where their
 * targets (a thumb's size under a finger) would overlap (see marker-clusters.ts).
 */
function clustersAt(
  map: LeafletMap,
  places: readonly Place[],
  zoom: number,
  touch = false,
): PlaceCluster[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const points = places.map((p) => {
    const { x, y } = map.project([p.lat, p.lon], zoom);
    return { id: p.id, x, y };
  });
  return clusterPoints(points, (touch ? TOUCH_TARGET : TARGET) + GAP, ANCHORS).map((c) => {
    const { lat, lng } = map.unproject([c.x, c.y], zoom);
    return { key: clusterKey(c.ids), places: c.ids.map((id) => byId.get(id)!), lat, lon: lng };
  });
}

/** Whether zooming in as far as the map goes would part a cluster's places. */
function partsWhenZoomed(map: LeafletMap, places: readonly Place[], touch: boolean): boolean {
  return clustersAt(map, places, maxZoomFor(touch), touch).length > 1;
}

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
  /** The story step's callouts, drawn beside their places. */
  callouts?: readonly Callout[];
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
  callouts,
}: ExplainerMapProps) {
  const reduced = useReducedMotion();
  const touch = useCoarsePointer();
  const hintId = useId();
  const [map, setMap] = useState<LeafletMap | null>(null);
  // Leaflet is created in the commit; what needs it (buttons, markers) renders in a task after.
  const mapRef = useCallback(
    (instance: LeafletMap | null) => startTransition(() => setMap(instance)),
    [],
  );
  // NaN until the map reports its zoom: markers are grouped for the zoom they are drawn at.
  const [zoom, setZoom] = useState({ zoom: Number.NaN, min: 0, max: maxZoomFor(touch) });
  const [chooser, setChooser] = useState<string | null>(null);
  const { selected, unknown, select } = useSelectedPlace();
  const [dismissed, setDismissed] = useState<string>();

  const countries = useLoaded(loadCountries, true);
  const annexOn = claimsLayer !== undefined && layers.has(claimsLayer.id);
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

  // The place the focused marker stands for: a cluster stands for several, and focus that must
  // move on (see below) follows the one the reader came from, not the cluster's first.
  const focusedPlace = useRef<string | null>(null);
  // The marker that stands for a place: its own, or the cluster's it is part of at this zoom.
  const focusMarker = useCallback((id: string) => {
    focusedPlace.current = id;
    const el = stageRef.current?.querySelector<HTMLElement>(
      `.map-marker[data-places~="${CSS.escape(id)}"]`,
    );
    (el ?? stageRef.current?.querySelector<HTMLElement>('.leaflet-container'))?.focus();
  }, []);

  const activate = useCallback((id: string) => {
    setChooser(null);
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

  const clusters = useMemo(
    () =>
      map && Number.isFinite(zoom.zoom)
        ? clustersAt(
            map,
            content.places.filter((p) => visible.has(p.id)),
            zoom.zoom,
            touch,
          )
        : [],
    [map, zoom.zoom, visible, touch],
  );
  const clusterEmphasis = (places: readonly Place[]): Emphasis => {
    const all = places.map((p) => emphasis.get(p.id) ?? 'neutral');
    return all.includes('match')
      ? 'match'
      : all.every((e) => e === 'dimmed')
        ? 'dimmed'
        : 'neutral';
  };
  /**
   * How much a place's label matters: the open place first, then the summit's (named in every view
   * that shows Alaska, never folded into an unnamed number), the section's, the filter's.
   */
  const placePriority = useCallback(
    (id: string) =>
      id === selected
        ? PRIORITY.selected
        : id === SUMMIT_PLACE
          ? PRIORITY.summit
          : highlighted.includes(id)
            ? PRIORITY.highlighted
            : PRIORITY[emphasis.get(id) ?? 'neutral'],
    [selected, highlighted, emphasis],
  );
  /** A cluster is labelled with the name of its most important place (the first, if equal). */
  const leadOf = useCallback(
    (places: readonly Place[]) =>
      places.reduce((lead, p) => (placePriority(p.id) > placePriority(lead.id) ? p : lead)),
    [placePriority],
  );

  // The chooser closes when its cluster is gone (another zoom, a layer switched off) or the map
  // moves away under it.
  const chosen = chooser ? clusters.find((c) => c.key === chooser) : undefined;
  useEffect(() => {
    if (!map) return;
    const closeChooser = () => setChooser(null);
    map.on('movestart zoomstart', closeChooser);
    return () => {
      map.off('movestart zoomstart', closeChooser);
    };
  }, [map]);
  const toggleChooser = useCallback(
    (key: string) => setChooser((open) => (open === key ? null : key)),
    [],
  );
  const openChooser = useRef(chooser);
  useEffect(() => {
    openChooser.current = chooser;
  }, [chooser]);
  const closeChooser = useCallback((refocus: boolean) => {
    const open = openChooser.current;
    setChooser(null);
    if (open && refocus) {
      stageRef.current
        ?.querySelector<HTMLElement>(`.map-marker[data-cluster="${CSS.escape(open)}"]`)
        ?.focus();
    }
  }, []);
  const escapeFromCluster = useCallback(() => closeChooser(true), [closeChooser]);

  // A new zoom may re-group the markers under the reader's focus, and a marker's look may change
  // (Leaflet then replaces its element): the focused marker is gone, and focus moves to the one
  // that now stands for the same place instead of falling to the page. Watched in the DOM itself,
  // whenever the replacement happens (a re-render, a later batch, a transition).
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    let focused: HTMLElement | null = null;
    const onFocusIn = (event: FocusEvent) => {
      focused =
        event.target instanceof Element ? event.target.closest<HTMLElement>('.map-marker') : null;
      const places = focused?.dataset.places?.split(' ') ?? [];
      if (!places.includes(focusedPlace.current ?? '')) focusedPlace.current = places[0] ?? null;
    };
    const observer = new MutationObserver(() => {
      if (!focused || focused.isConnected) return;
      const id = focusedPlace.current;
      focused = null;
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (id && lost) focusMarker(id);
    });
    stage.addEventListener('focusin', onFocusIn);
    observer.observe(stage, { childList: true, subtree: true });
    return () => {
      stage.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, [focusMarker]);

  const straitOn = distanceLayer !== undefined && layers.has(distanceLayer.id);
  const [littleDiomede, bigDiomede] = (distanceLayer?.places ?? []).map((id) =>
    content.placeById.get(id),
  );
  // While both places share one marker, the line between them is under it: not drawn.
  const islandsApart = !clusters.some((c) =>
    distanceLayer?.places.every((id) => c.places.some((p) => p.id === id)),
  );
  const distanceLabel = useMemo<MapLabel | undefined>(
    () =>
      bigDiomede && littleDiomede && distanceLayer
        ? {
            id: `distance-${distanceLayer.id}`,
            text: distanceLayer.label,
            lat: (bigDiomede.lat + littleDiomede.lat) / 2,
            lon: (bigDiomede.lon + littleDiomede.lon) / 2,
            variant: 'distance',
            // Only once the islands have markers of their own and the line between them is long
            // enough to carry its label.
            minZoom: touch ? 9 : 8.5,
            // Above both islands' dots at every zoom it shows at (they sit up to 12 px off the middle).
            dy: -30,
          }
        : undefined,
    [bigDiomede, littleDiomede, touch],
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
    const places = clusters.map((c): LabelSpec => {
      const lead = leadOf(c.places);
      const lone = c.places.length === 1;
      return {
        id: lone ? lead.id : c.key,
        lat: c.lat,
        lon: c.lon,
        kind: 'side',
        priority: Math.max(...c.places.map((p) => placePriority(p.id))),
        text: lone ? lead.name : shortPlaceName(lead.name),
        // The open place's label, and the summit's, show whatever else must give way.
        force: c.places.some((p) => p.id === selected || p.id === SUMMIT_PLACE),
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
  }, [clusters, leadOf, placePriority, selected, areaLabels]);

  // On the first load the labels and markers arrive a few per task, once the markers are grouped
  // (and the labels are laid out once all are there).
  const grouped = map !== null && Number.isFinite(zoom.zoom);
  const shown = useStepwise(grouped ? areaLabels.length + clusters.length : 0, 6);
  const shownLabels = areaLabels.slice(0, shown);
  const shownClusters = clusters.slice(0, Math.max(0, shown - areaLabels.length));

  // A new zoom re-groups and redraws the markers: work that may wait for a task of its own.
  const onZoom = useCallback(
    (z: number, min: number, max: number) => startTransition(() => setZoom({ zoom: z, min, max })),
    [],
  );
  // The frame comes first; Leaflet (which measures the frame) starts once the browser has drawn it,
  // with the page's styles and layout done, in a task of its own.
  const leafletWanted = useAfterFrame();
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
      {/* The controls arrive with the map they move: buttons that would first be disabled and then
          enabled cost the page a restyle of each one while it loads. */}
      {map && (
        // Each group is an obstacle for the labels of its own, not the toolbar's whole box: under
        // the short row of jumps beside the tall column of buttons the map stays free for labels.
        <div className="map__toolbar">
          <div className="map__buttons" role="group" aria-label={mapUi.controls} data-map-obstacle>
            <button
              type="button"
              className="map__button"
              aria-label={mapUi.zoomIn}
              title={mapUi.zoomIn}
              disabled={zoom.zoom >= zoom.max}
              onClick={() => map.zoomIn(1, { animate: !reduced })}
            >
              <span aria-hidden="true">+</span>
            </button>
            <button
              type="button"
              className="map__button"
              aria-label={mapUi.zoomOut}
              title={mapUi.zoomOut}
              disabled={zoom.zoom <= zoom.min}
              onClick={() => map.zoomOut(1, { animate: !reduced })}
            >
              <span aria-hidden="true">−</span>
            </button>
            <button
              type="button"
              className="map__button"
              aria-label={variant === 'page' ? mapUi.reset : mapUi.resetSection}
              title={variant === 'page' ? mapUi.reset : mapUi.resetSection}
              // Back to the view the map opened on: the page's start, the section's area.
              onClick={() => moveTo(map, target, reduced)}
            >
              <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <path d="M4 8V4h4M4 4l4.5 4.5M16 12v4h-4m4 0-4.5-4.5M12 4h4v4m0-4-4.5 4.5M8 16H4v-4m0 4 4.5-4.5" />
              </svg>
            </button>
          </div>
          {variant === 'page' && (
            <div className="map__jumps" role="group" aria-label={mapUi.jumpTo} data-map-obstacle>
              {mapSpec.jumps.map((jump) => (
                <button
                  key={jump.id}
                  type="button"
                  className="map__jump"
                  aria-label={mapUi.jumpLabel(jump.name)}
                  onClick={() => moveTo(map, jump.bounds, reduced)}
                >
                  {jump.name}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
      {showNote && (
        <p className="notice map__notice" role="status" data-map-obstacle>
          {mapUi.unknownPlace(unknown)}{' '}
          <button type="button" className="notice__dismiss" onClick={() => setDismissed(unknown)}>
            {mapUi.dismiss}
          </button>
        </p>
      )}
      <div className="map__stage" ref={stageRef}>
        {leafletWanted && (
          <MapContainer
            ref={mapRef}
            className="map__leaflet"
            bounds={initial}
            boundsOptions={FIT_OPTIONS}
            maxBounds={MAX_BOUNDS}
            maxBoundsViscosity={1}
            worldCopyJump={false}
            minZoom={0}
            maxZoom={maxZoomFor(touch)}
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
            <Later>
              <MapSetup hintId={hintId} home={home} onZoom={onZoom} />
              <FocusInView />
              {TILE_URL && (
                <>
                  <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
                  <AttributionControl position="bottomright" prefix={false} />
                </>
              )}
              {countries && <CountriesLayer countries={countries} />}
              {countries && partiesLayer && layers.has(partiesLayer.id) && (
                <PartiesLayer countries={countries} layer={partiesLayer} />
              )}
              {regions && annexOn && (
                <ClaimsLayer regions={regions} patterns={patterns} layer={claimsLayer} />
              )}
              {straitOn && islandsApart && bigDiomede && littleDiomede && (
                <DistanceLine from={bigDiomede} to={littleDiomede} km={distanceLayer.km} />
              )}
              {shownLabels.map((label) => (
                <AreaLabelMarker key={label.id} label={label} />
              ))}
              {shownClusters.map(({ key, places, lat, lon }) =>
                places.length === 1 ? (
                  <PlaceMarker
                    key={key}
                    place={places[0]!}
                    emphasis={emphasis.get(places[0]!.id) ?? 'neutral'}
                    highlighted={highlighted.includes(places[0]!.id)}
                    open={places[0]!.id === selected}
                    touch={touch}
                    onActivate={activate}
                    onClose={close}
                  />
                ) : (
                  <ClusterMarker
                    key={key}
                    id={key}
                    ids={places.map((p) => p.id)}
                    position={[lat, lon]}
                    name={mapUi.cluster.name(places.map((p) => p.name))}
                    label={shortPlaceName(leadOf(places).name)}
                    emphasis={clusterEmphasis(places)}
                    highlighted={places.some((p) => highlighted.includes(p.id))}
                    open={places.some((p) => p.id === selected)}
                    expanded={key === chooser}
                    touch={touch}
                    onToggle={toggleChooser}
                    onClose={escapeFromCluster}
                  />
                ),
              )}
              <ScaleControl position="bottomleft" imperial={false} />
              <ViewController bounds={target} initial={initial} reduced={reduced} />
              <SelectionPan
                lat={openPlace?.lat}
                lon={openPlace?.lon}
                detail={detailRef}
                reduced={reduced}
              />
              {shown === Infinity && <LabelLayout specs={labelSpecs} />}
            </Later>
          </MapContainer>
        )}
        {map && callouts && callouts.length > 0 && <MapCallouts map={map} callouts={callouts} />}
        {chosen && map && (
          <ClusterChooser
            key={chosen.key}
            clusterKey={chosen.key}
            places={chosen.places}
            emphasis={emphasis}
            anchor={map.latLngToContainerPoint([chosen.lat, chosen.lon])}
            stageWidth={map.getSize().x}
            stageHeight={map.getSize().y}
            canZoom={partsWhenZoomed(map, chosen.places, touch)}
            onChoose={activate}
            onZoom={() => {
              setChooser(null);
              moveTo(
                map,
                [
                  [
                    Math.min(...chosen.places.map((p) => p.lat)),
                    Math.min(...chosen.places.map((p) => p.lon)),
                  ],
                  [
                    Math.max(...chosen.places.map((p) => p.lat)),
                    Math.max(...chosen.places.map((p) => p.lon)),
                  ],
                ],
                reduced,
              );
            }}
            onClose={closeChooser}
          />
        )}
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
