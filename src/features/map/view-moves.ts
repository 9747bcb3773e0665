/**
 * How the map shows an area: where a fitted area may lie in the frame, the smallest zoom that
 * fills it, and the move itself (a flight, or a jump for readers who asked for less motion).
 */
import { latLngBounds, type Map as LeafletMap } from 'leaflet';
import type { LatLonBounds } from './map-model';

/** Pixels kept free around a fitted area. */
export const FIT_PADDING = 16;
/**
 * Where a fitted area may lie: clear of the controls over the map's top edge (buttons, key) and of
 * the scale bar and credit along its bottom.
 */
export const FIT_OPTIONS = {
  paddingTopLeft: [FIT_PADDING, 56],
  paddingBottomRight: [FIT_PADDING, 28],
} satisfies { paddingTopLeft: [number, number]; paddingBottomRight: [number, number] };

/** The smallest zoom at which the map's extent (368° of longitude) still fills the frame's width. */
export function minZoomForWidth(width: number): number {
  return Math.max(0, Math.ceil(Math.log2((width * 360) / (256 * 368)) * 4) / 4);
}

/** Shows an area: flies there, or jumps when the reader asked for less motion. */
export function moveTo(map: LeafletMap, bounds: LatLonBounds, reduced: boolean) {
  const target = latLngBounds(bounds);
  // A frame without size (a hidden panel, a printed page) has no view to move: Leaflet would
  // compute with NaN.
  const frame = map.getContainer();
  if (frame.clientWidth === 0 || frame.clientHeight === 0) return;
  if (reduced) map.fitBounds(target, { ...FIT_OPTIONS, animate: false });
  else map.flyToBounds(target, { ...FIT_OPTIONS, duration: 1.4, easeLinearity: 0.3 });
}
