/** How far the map zooms in with a mouse. */
export const MAX_ZOOM = 9;

/**
 * Under a finger the targets are larger, so places part later: one zoom level more lets every pair
 * that parts with a mouse part too (Anchorage and the base beside it, 5 km apart, need it).
 */
export const maxZoomFor = (touch: boolean) => (touch ? MAX_ZOOM + 1 : MAX_ZOOM);
