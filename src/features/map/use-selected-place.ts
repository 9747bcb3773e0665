import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { content } from '../../content';
import { useHydrated } from '../../lib/use-hydrated';
import { routes } from '../../lib/routes';

export const PLACE_PARAM = routes.params.place;
const MAX_SHOWN = 40;

export interface SelectedPlaceState {
  /** A known place id from the URL. */
  selected?: string;
  /** What the URL named if it is no place, shortened for display. */
  unknown?: string;
}

export function parseSelectedPlace(
  search: string,
  known: ReadonlyMap<string, unknown> = content.placeById,
): SelectedPlaceState {
  const raw = new URLSearchParams(search).get(PLACE_PARAM)?.trim();
  if (!raw) return {};
  if (known.has(raw)) return { selected: raw };
  return { unknown: raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw };
}

/** The search string with the open place replaced; other parameters (the filter) are kept. */
export function withSelectedPlace(search: string, id: string | undefined): string {
  const params = new URLSearchParams(search);
  if (id) params.set(PLACE_PARAM, id);
  else params.delete(PLACE_PARAM);
  // The filter writes its list with plain commas; keep it readable.
  const next = params.toString().replace(/%2C/g, ',');
  return next ? `?${next}` : '';
}

/**
 * The place whose detail is open, kept in the URL (`?ort=…`): opening and closing are history
 * entries, so back closes what the reader opened, a reload reopens it and a link can share it.
 */
export function useSelectedPlace() {
  const location = useLocation();
  const navigate = useNavigate();
  // The prerendered HTML shows no selection: hydrate it as it is, then read the URL.
  const hydrated = useHydrated();
  const search = hydrated ? location.search : '';
  const state = useMemo(() => parseSelectedPlace(search), [search]);

  const select = useCallback(
    (id: string | undefined) => {
      // The hash follows the story's reading position (kept outside the router): keep it.
      const hash = typeof window === 'undefined' ? '' : window.location.hash;
      void navigate(
        { pathname: location.pathname, search: withSelectedPlace(location.search, id), hash },
        // Opening a place is a history entry but not a new page: the reader stays where they are.
        { state: { keepScroll: true } },
      );
    },
    [location.pathname, location.search, navigate],
  );

  return { ...state, select };
}
