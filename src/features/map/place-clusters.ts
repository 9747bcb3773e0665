/**
 * The places grouped into markers at a zoom of the live map: Leaflet projects them to that zoom's
 * pixels, and places whose targets would overlap share one marker (see marker-clusters.ts).
 */
import type { Map as LeafletMap } from 'leaflet';
import type { Place } from '../../content/schema';
import type { LatLonBounds } from './map-model';
import { clusterKey, clusterPoints, GAP, TARGET, TOUCH_TARGET } from './marker-clusters';
import { summit } from './summit';
import { maxZoomFor } from './zoom-limits';

/** The places that share one marker at the map's zoom (a lone place is a cluster of one). */
export interface PlaceCluster {
  key: string;
  places: Place[];
  lat: number;
  lon: number;
}

/** The summit's place: a group holding it sits on it and is named after it (summit.json). */
const ANCHORS: ReadonlySet<string> = new Set([summit.place]);

/**
 * The markers at a zoom: the places projected to that zoom's pixels and grouped where their
 * targets (a thumb's size under a finger) would overlap.
 */
export function clustersAt(
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
export function partsWhenZoomed(
  map: LeafletMap,
  places: readonly Place[],
  touch: boolean,
): boolean {
  return clustersAt(map, places, maxZoomFor(touch), touch).length > 1;
}

/** Whether one marker holds all of these places (the line between them is then under it). */
export function shareAMarker(clusters: readonly PlaceCluster[], ids: readonly string[]): boolean {
  return clusters.some((c) => ids.every((id) => c.places.some((p) => p.id === id)));
}

/** The smallest area that holds all of these places. */
export function boundsOfPlaces(places: readonly Place[]): LatLonBounds {
  return [
    [Math.min(...places.map((p) => p.lat)), Math.min(...places.map((p) => p.lon))],
    [Math.max(...places.map((p) => p.lat)), Math.max(...places.map((p) => p.lon))],
  ];
}
