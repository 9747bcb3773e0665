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
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { MapContainer, ScaleControl } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import { NavigationType, useNavigationType } from 'react-router';
import { content, type Callout } from '../../content';
import type { MapLayer } from '../../content/schema';
import { layerOfKind } from '../../content/map';
import { emphasisFor, filterActorsOf, type Emphasis } from '../../lib/actor-match';
import { useAfterPaint } from '../../lib/use-after-paint';
import { useCoarsePointer } from '../../lib/use-coarse-pointer';
import { useLoadedWhenWanted } from '../../lib/use-loaded';
import { useReducedMotion } from '../../lib/use-reduced-motion';
import { useRevealPerTask } from '../../lib/use-reveal-per-task';
import { AfterCommit } from '../../components/ui/after-commit';
import { mapUi } from '@locale/karte';
import { AreaLabelMarker } from './area-label-marker';
import { BaseTiles, TILE_URL } from './base-tiles';
import { ClusterChooser } from './cluster-chooser';
import { DistanceLine } from './distance-line';
import { FocusInView } from './focus-in-view';
import { loadCountries, loadRegions } from './geo';
import { labelSpecs } from './label-specs';
import { LEAFLET_OPTIONS, motionOptions } from './leaflet-options';
import type { HatchIds } from './legend';
import { MapCallouts } from './map-callouts';
import { LabelLayout } from './label-layout-child';
import { ClaimsLayer, CountriesLayer, PartiesLayer } from './map-layers';
import { visiblePlaceIds, type LatLonBounds } from './map-model';
import { MapSetup } from './map-setup';
import { MapToolbar } from './map-toolbar';
import { PlaceDetail } from './place-detail';
import { PlaceMarkers } from './place-markers';
import { boundsOfPlaces, clustersAt, partsWhenZoomed, shareAMarker } from './place-clusters';
import { SelectionPan } from './selection-pan';
import { useAreaLabels } from './use-area-labels';
import { useClusterChooser } from './use-cluster-chooser';
import { usePlaceFocus } from './use-place-focus';
import { useSelectedPlace } from './use-selected-place';
import { UnknownPlaceNote } from './unknown-place-note';
import { ViewController } from './view-controller';
import { moveTo } from './view-moves';
import { maxZoomFor } from './zoom-limits';

/** The article's layers of each kind that needs its own drawing (data/map.json). */
const claimsLayer = layerOfKind('claims');
const partiesLayer = layerOfKind('parties');
const distanceLayer = layerOfKind('distance');

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
  const { selected, unknown, select } = useSelectedPlace();

  const countries = useLoadedWhenWanted(loadCountries, true);
  const annexOn = claimsLayer !== undefined && layers.has(claimsLayer.id);
  const regions = useLoadedWhenWanted(loadRegions, annexOn);

  const stageRef = useRef<HTMLDivElement>(null);
  // A reader who follows a link to a place (from the text, the chronicle) lands in its detail.
  const arrivedByLink = useNavigationType() === NavigationType.Push && variant === 'page';
  const {
    detailRef,
    open: openPlace,
    close,
  } = usePlaceFocus({
    selected,
    select,
    arrivedByLink,
    stageRef,
  });

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
  const labelContext = useMemo(
    () => ({ selected, highlighted, emphasis }),
    [selected, highlighted, emphasis],
  );

  const chooser = useClusterChooser(map, clusters, stageRef);
  const { dismiss: dismissChooser } = chooser;
  const activate = useCallback(
    (id: string) => {
      dismissChooser();
      openPlace(id);
    },
    [dismissChooser, openPlace],
  );

  const straitOn = distanceLayer !== undefined && layers.has(distanceLayer.id);
  const [littleDiomede, bigDiomede] = (distanceLayer?.places ?? []).map((id) =>
    content.placeById.get(id),
  );
  // While both places share one marker, the line between them is under it: not drawn.
  const islandsApart = !shareAMarker(clusters, distanceLayer?.places ?? []);
  const areaLabels = useAreaLabels({
    regions,
    claimsOn: annexOn,
    strait:
      straitOn && bigDiomede && littleDiomede
        ? { layer: distanceLayer, from: bigDiomede, to: littleDiomede }
        : undefined,
    touch,
  });
  const specs = useMemo(
    () => labelSpecs(clusters, areaLabels, labelContext),
    [clusters, areaLabels, labelContext],
  );

  // On the first load the labels and markers arrive a few per task, once the markers are grouped
  // (and the labels are laid out once all are there).
  const grouped = map !== null && Number.isFinite(zoom.zoom);
  const shown = useRevealPerTask(grouped ? areaLabels.length + clusters.length : 0, 6);
  const shownLabels = areaLabels.slice(0, shown);
  const shownClusters = clusters.slice(0, Math.max(0, shown - areaLabels.length));

  // A new zoom re-groups and redraws the markers: work that may wait for a task of its own.
  const onZoom = useCallback(
    (z: number, min: number, max: number) => startTransition(() => setZoom({ zoom: z, min, max })),
    [],
  );
  // The frame comes first; Leaflet (which measures the frame) starts once the browser has drawn it,
  // with the page's styles and layout done, in a task of its own.
  const leafletWanted = useAfterPaint();
  const open = selected ? content.placeById.get(selected) : undefined;
  const { chosen } = chooser;

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
        <MapToolbar map={map} zoom={zoom} variant={variant} resetTo={target} reduced={reduced} />
      )}
      <UnknownPlaceNote unknown={unknown} />
      <div className="map__stage" ref={stageRef}>
        {leafletWanted && (
          <MapContainer
            ref={mapRef}
            className="map__leaflet"
            bounds={initial}
            {...LEAFLET_OPTIONS}
            maxZoom={maxZoomFor(touch)}
            // In the story the page scrolls under the reader's wheel; the map zooms by its buttons.
            scrollWheelZoom={variant === 'page'}
            {...motionOptions(reduced)}
          >
            <AfterCommit>
              <MapSetup hintId={hintId} home={home} onZoom={onZoom} />
              <FocusInView />
              <BaseTiles />
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
              <PlaceMarkers
                clusters={shownClusters}
                context={labelContext}
                touch={touch}
                chooserOpen={chooser.open}
                onActivate={activate}
                onClose={close}
                onToggleChooser={chooser.toggle}
                onEscapeChooser={chooser.escape}
              />
              <ScaleControl position="bottomleft" imperial={false} />
              <ViewController bounds={target} initial={initial} reduced={reduced} />
              <SelectionPan lat={open?.lat} lon={open?.lon} detail={detailRef} reduced={reduced} />
              {shown === Infinity && <LabelLayout specs={specs} />}
            </AfterCommit>
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
              dismissChooser();
              moveTo(map, boundsOfPlaces(chosen.places), reduced);
            }}
            onClose={chooser.close}
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
