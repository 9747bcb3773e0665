import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * A focused marker stays in view. Leaflet pans a marker into view when it gets focus, but a fit or
 * a flight already under way (a new section's area, the first frame) ends elsewhere and leaves it
 * outside: when the map stops with the focused marker out of view, it pans it back in.
 * The check waits for the end of Leaflet's own call: a jump (a pan too far to animate) ends its
 * move before it puts the markers at their new places, and a marker read then is where it was.
 */
export function FocusInView() {
  const map = useMap();
  useEffect(() => {
    // The pan below ends a move of its own: that one must not start another.
    let panning = false;
    let live = true;
    const bringIntoView = () => {
      if (!live) return;
      const marker = document.activeElement?.closest<HTMLElement>('.map-marker');
      const frame = map.getContainer();
      if (!marker || !frame.contains(marker)) return;
      // Focus scrolls the frame itself to show the marker; Leaflet undoes that only on the scroll
      // event that follows. Undone here first, so the marker is measured where the map has it.
      frame.scrollTop = 0;
      frame.scrollLeft = 0;
      const m = frame.getBoundingClientRect();
      const b = marker.getBoundingClientRect();
      if (b.left >= m.left && b.right <= m.right && b.top >= m.top && b.bottom <= m.bottom) return;
      const centre = map.containerPointToLatLng([
        (b.left + b.right) / 2 - m.left,
        (b.top + b.bottom) / 2 - m.top,
      ]);
      const half: [number, number] = [b.width / 2 + 8, b.height / 2 + 8];
      panning = true;
      try {
        map.panInside(centre, { paddingTopLeft: half, paddingBottomRight: half, animate: false });
      } finally {
        panning = false;
      }
    };
    const onMoveEnd = () => {
      if (!panning) queueMicrotask(bringIntoView);
    };
    map.on('moveend', onMoveEnd);
    return () => {
      live = false;
      map.off('moveend', onMoveEnd);
    };
  }, [map]);
  return null;
}
