import { useEffect, useMemo, useState } from 'react';
import { Marker } from 'react-leaflet';
import type { LatLngTuple, LeafletEventHandlerFnMap, LeafletKeyboardEvent } from 'leaflet';
import type { Place } from '../../content/schema';
import type { Emphasis } from '../../lib/actor-match';
import { placeIcon } from './icons';

/** The attributes of a place's marker that follow the page's state. */
const placeState = (emphasis: Emphasis, highlighted: boolean, open: boolean) => ({
  'data-emphasis': emphasis,
  'data-highlighted': String(highlighted),
  'aria-expanded': String(open),
});

/** A place: a keyboard-focusable button on the map, named with the German place name. */
export function PlaceMarker({
  place,
  emphasis,
  highlighted,
  open,
  touch,
  onActivate,
  onClose,
}: {
  place: Place;
  /** A finger points: the target is a thumb's size. */
  touch: boolean;
  emphasis: Emphasis;
  highlighted: boolean;
  open: boolean;
  /** Stable callbacks: a new function would re-bind the marker's events. */
  onActivate: (id: string) => void;
  onClose: () => void;
}) {
  // The state the marker is created with; changes reach its element through the effect below.
  const [initial] = useState(() => placeState(emphasis, highlighted, open));
  const icon = useMemo(
    () =>
      placeIcon(
        place,
        {
          // Leaflet gives the icon role="button" and tabindex="0" (keyboard: true); the name is ours.
          'aria-label': place.name,
          'aria-haspopup': 'dialog',
          'data-place': place.id,
          'data-places': place.id,
          'data-label-id': place.id,
          'data-label': 'hidden',
          ...initial,
        },
        touch,
      ),
    [place, initial, touch],
  );
  const position = useMemo<LatLngTuple>(() => [place.lat, place.lon], [place.lat, place.lon]);
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: () => onActivate(place.id),
      keydown: (event: LeafletKeyboardEvent) => {
        const { key } = event.originalEvent;
        if (key === 'Enter' || key === ' ') {
          // A div with role="button" gets no click from the keyboard; Space must not scroll.
          event.originalEvent.preventDefault();
          onActivate(place.id);
        } else if (key === 'Escape') {
          onClose();
        }
      },
    }),
    [place, onActivate, onClose],
  );
  useEffect(() => {
    icon.set(placeState(emphasis, highlighted, open));
  }, [icon, emphasis, highlighted, open]);
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
