import { useEffect, useMemo, useState } from 'react';
import { Marker } from 'react-leaflet';
import type { LatLngTuple, LeafletEventHandlerFnMap, LeafletKeyboardEvent } from 'leaflet';
import type { Emphasis } from '../../lib/actor-match';
import { clusterIcon } from './icons';

/** The attributes of a shared marker that follow the page's state. */
const clusterState = (
  emphasis: Emphasis,
  highlighted: boolean,
  open: boolean,
  expanded: boolean,
) => ({
  'data-emphasis': emphasis,
  'data-highlighted': String(highlighted),
  'data-open': String(open),
  'aria-expanded': String(expanded),
});

/**
 * Places too close to tell apart at this zoom, as one keyboard-focusable target: activating it
 * opens a chooser of its places (see cluster-chooser.tsx). `data-places` lists them, so the
 * marker that stands for a place can always be found.
 */
export function ClusterMarker({
  id,
  ids,
  position,
  name,
  label,
  emphasis,
  highlighted,
  open,
  expanded,
  touch,
  onToggle,
  onClose,
}: {
  /** A finger points: the target is a thumb's size. */
  touch: boolean;
  /** The cluster's key (its places' ids). */
  id: string;
  ids: readonly string[];
  position: LatLngTuple;
  /** The accessible name: every place's name. */
  name: string;
  /** The visible label: the leading place's short name. */
  label: string;
  emphasis: Emphasis;
  highlighted: boolean;
  /** One of its places is open. */
  open: boolean;
  /** Its chooser is open. */
  expanded: boolean;
  /** Stable callbacks: a new function would re-bind the marker's events. */
  onToggle: (id: string) => void;
  onClose: () => void;
}) {
  const places = ids.join(' ');
  const [initial] = useState(() => clusterState(emphasis, highlighted, open, expanded));
  const icon = useMemo(
    () =>
      clusterIcon(
        ids.length,
        label,
        {
          'aria-label': name,
          'aria-haspopup': 'dialog',
          'data-cluster': id,
          'data-places': places,
          'data-label-id': id,
          'data-label': 'hidden',
          ...initial,
        },
        touch,
      ),
    [id, ids.length, label, name, places, initial, touch],
  );
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: () => onToggle(id),
      keydown: (event: LeafletKeyboardEvent) => {
        const { key } = event.originalEvent;
        if (key === 'Enter' || key === ' ') {
          event.originalEvent.preventDefault();
          onToggle(id);
        } else if (key === 'Escape') {
          onClose();
        }
      },
    }),
    [id, onToggle, onClose],
  );
  useEffect(() => {
    icon.set(clusterState(emphasis, highlighted, open, expanded));
  }, [icon, emphasis, highlighted, open, expanded]);
  return (
    <Marker
      position={position}
      icon={icon}
      keyboard
      riseOnHover
      zIndexOffset={open ? 1000 : highlighted ? 500 : 0}
      eventHandlers={handlers}
    />
  );
}
