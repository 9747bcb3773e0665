import type { MapOptions } from 'leaflet';
import { MAX_BOUNDS } from './map-model';
import { FIT_OPTIONS } from './view-moves';

/**
 * The Leaflet map's options that never change: the frame it may show, quarter steps of zoom, and
 * no controls of Leaflet's own (the map has its own buttons and credit).
 */
export const LEAFLET_OPTIONS = {
  boundsOptions: FIT_OPTIONS,
  maxBounds: MAX_BOUNDS,
  maxBoundsViscosity: 1,
  worldCopyJump: false,
  minZoom: 0,
  zoomSnap: 0.25,
  zoomDelta: 1,
  wheelPxPerZoomLevel: 120,
  zoomControl: false,
  attributionControl: false,
} satisfies MapOptions & { boundsOptions: typeof FIT_OPTIONS };

/** Every animation Leaflet has, off for readers who asked for less motion. */
export const motionOptions = (reduced: boolean) =>
  ({
    zoomAnimation: !reduced,
    fadeAnimation: !reduced,
    markerZoomAnimation: !reduced,
    inertia: !reduced,
  }) satisfies MapOptions;
