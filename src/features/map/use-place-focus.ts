import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useLatest } from '../../lib/use-latest';

/**
 * Focus follows the reader's actions on the map: into a place's detail when they open it, back to
 * its marker when they close it (or when back in the browser closes it while they were inside),
 * and on to the marker that now stands for the same place when a new zoom re-groups the markers
 * under their focus. `open` and `close` are stable, so markers bind their events once.
 */
export function usePlaceFocus({
  selected,
  select,
  arrivedByLink,
  stageRef,
}: {
  /** The open place. */
  selected: string | undefined;
  select: (id: string | undefined) => void;
  /** A reader who follows a link to a place (from the text, the chronicle) lands in its detail. */
  arrivedByLink: boolean;
  /** The element that holds the markers. */
  stageRef: RefObject<HTMLElement | null>;
}) {
  const detailRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<'detail' | 'marker' | null>(arrivedByLink ? 'detail' : null);
  const lastOpen = useRef<string | undefined>(undefined);
  const latestSelect = useLatest(select);
  const latestSelected = useLatest(selected);

  // The place the focused marker stands for: a cluster stands for several, and focus that must
  // move on (see below) follows the one the reader came from, not the cluster's first.
  const focusedPlace = useRef<string | null>(null);
  // The marker that stands for a place: its own, or the cluster's it is part of at this zoom.
  const focusMarker = useCallback(
    (id: string) => {
      focusedPlace.current = id;
      const el = stageRef.current?.querySelector<HTMLElement>(
        `.map-marker[data-places~="${CSS.escape(id)}"]`,
      );
      (el ?? stageRef.current?.querySelector<HTMLElement>('.leaflet-container'))?.focus();
    },
    [stageRef],
  );

  const open = useCallback(
    (id: string) => {
      focusNext.current = 'detail';
      if (latestSelected.current === id) detailRef.current?.focus();
      else latestSelect.current(id);
    },
    [latestSelect, latestSelected],
  );
  const close = useCallback(() => {
    if (!latestSelected.current) return;
    focusNext.current = 'marker';
    latestSelect.current(undefined);
  }, [latestSelect, latestSelected]);

  useEffect(() => {
    if (selected) {
      lastOpen.current = selected;
      if (focusNext.current === 'detail') detailRef.current?.focus();
      focusNext.current = null;
      return;
    }
    const previous = lastOpen.current;
    lastOpen.current = undefined;
    if (!previous) {
      focusNext.current = null;
      return;
    }
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focusNext.current === 'marker' || lost) focusMarker(previous);
    focusNext.current = null;
  }, [selected, focusMarker]);

  // A new zoom may re-group the markers under the reader's focus, and a marker's look may change
  // (Leaflet then replaces its element): the focused marker is gone, and focus moves to the one
  // that now stands for the same place instead of falling to the page. Watched in the DOM itself,
  // whenever the replacement happens (a re-render, a later batch, a transition).
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    let focused: HTMLElement | null = null;
    const onFocusIn = (event: FocusEvent) => {
      focused =
        event.target instanceof Element ? event.target.closest<HTMLElement>('.map-marker') : null;
      const places = focused?.dataset.places?.split(' ') ?? [];
      if (!places.includes(focusedPlace.current ?? '')) focusedPlace.current = places[0] ?? null;
    };
    const observer = new MutationObserver(() => {
      if (!focused || focused.isConnected) return;
      const id = focusedPlace.current;
      focused = null;
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (id && lost) focusMarker(id);
    });
    stage.addEventListener('focusin', onFocusIn);
    observer.observe(stage, { childList: true, subtree: true });
    return () => {
      stage.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, [stageRef, focusMarker]);

  return { detailRef, open, close };
}
