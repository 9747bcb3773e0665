import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { useLatest } from '../../lib/use-latest';
import type { PlaceCluster } from './place-clusters';

/**
 * Which shared marker's chooser is open (see cluster-chooser.tsx). It closes when its cluster is
 * gone (another zoom, a layer switched off) or the map moves away under it; closed from the
 * keyboard, focus goes back to the marker it opened from. The callbacks are stable.
 */
export function useClusterChooser(
  map: LeafletMap | null,
  clusters: readonly PlaceCluster[],
  stageRef: RefObject<HTMLElement | null>,
) {
  const [open, setOpen] = useState<string | null>(null);
  const chosen = open ? clusters.find((c) => c.key === open) : undefined;
  useEffect(() => {
    if (!map) return;
    const closeChooser = () => setOpen(null);
    map.on('movestart zoomstart', closeChooser);
    return () => {
      map.off('movestart zoomstart', closeChooser);
    };
  }, [map]);
  const toggle = useCallback((key: string) => setOpen((old) => (old === key ? null : key)), []);
  const dismiss = useCallback(() => setOpen(null), []);
  const latestOpen = useLatest(open);
  const close = useCallback(
    (refocus: boolean) => {
      const key = latestOpen.current;
      setOpen(null);
      if (key && refocus) {
        stageRef.current
          ?.querySelector<HTMLElement>(`.map-marker[data-cluster="${CSS.escape(key)}"]`)
          ?.focus();
      }
    },
    [latestOpen, stageRef],
  );
  const escape = useCallback(() => close(true), [close]);
  return { open, chosen, toggle, dismiss, close, escape };
}
