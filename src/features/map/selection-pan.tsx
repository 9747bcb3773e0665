import { useEffect, type RefObject } from 'react';
import { useMap } from 'react-leaflet';

/** The zoom a small map goes to when a place opens over its overview. */
const DETAIL_ZOOM = 3.5;

/**
 * Keeps the open place in view beside its detail: the detail is measured against the map (a
 * column on the right, a sheet at the bottom, or over all of it, when nothing can help) and the
 * map pans only as far as needed.
 */
export function SelectionPan({
  lat,
  lon,
  detail,
  reduced,
}: {
  lat: number | undefined;
  lon: number | undefined;
  detail: RefObject<HTMLElement | null>;
  reduced: boolean;
}) {
  const map = useMap();
  useEffect(() => {
    const el = detail.current;
    if (lat === undefined || lon === undefined || !el) return;
    const d = el.getBoundingClientRect();
    const m = map.getContainer().getBoundingClientRect();
    let right = 0;
    let bottom = 0;
    if (d.left - m.left > m.width * 0.3) right = m.right - d.left;
    else if (d.top - m.top > m.height * 0.25) bottom = m.bottom - d.top;
    else return;
    // At the overview zoom of a small map the whole extent is in view and nothing can pan: zoom
    // in so the place sits in the middle of the part the detail leaves free.
    if (map.getZoom() < DETAIL_ZOOM && Math.min(m.width - right, m.height - bottom) < 320) {
      const centre = map.project([lat, lon], DETAIL_ZOOM).add([right / 2, bottom / 2]);
      map.setView(map.unproject(centre, DETAIL_ZOOM), DETAIL_ZOOM, { animate: !reduced });
      return;
    }
    map.panInside([lat, lon], {
      paddingTopLeft: [56, 24],
      paddingBottomRight: [right + 24, bottom + 24],
      animate: !reduced,
    });
  }, [map, lat, lon, detail, reduced]);
  return null;
}
