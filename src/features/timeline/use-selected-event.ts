import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { content } from '../../content';
import { useHydrated } from '../../lib/use-hydrated';
import { routes } from '../../lib/routes';

export const EVENT_PARAM = routes.params.event;
const MAX_SHOWN = 40;

export interface SelectedEventState {
  /** A known event id from the URL. */
  selected?: string;
  /** What the URL named if it is no event, shortened for display. */
  unknown?: string;
}

export function parseSelectedEvent(search: string): SelectedEventState {
  const raw = new URLSearchParams(search).get(EVENT_PARAM)?.trim();
  if (!raw) return {};
  if (content.eventById.has(raw)) return { selected: raw };
  return { unknown: raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw };
}

/** The search string with the selected event replaced; other parameters (the filter) are kept. */
export function withSelectedEvent(search: string, id: string | undefined): string {
  const params = new URLSearchParams(search);
  if (id) params.set(EVENT_PARAM, id);
  else params.delete(EVENT_PARAM);
  // The filter writes its list with plain commas; keep it readable.
  const next = params.toString().replace(/%2C/g, ',');
  return next ? `?${next}` : '';
}

/**
 * The event whose detail is open, kept in the URL (`?ereignis=…`): opening and closing are
 * history entries, so back closes what the reader opened and a link can share it.
 */
export function useSelectedEvent() {
  const location = useLocation();
  const navigate = useNavigate();
  // The prerendered HTML shows no selection: hydrate it as it is, then read the URL.
  const hydrated = useHydrated();
  const search = hydrated ? location.search : '';
  const state = useMemo(() => parseSelectedEvent(search), [search]);

  const select = useCallback(
    (id: string | undefined) => {
      // The hash follows the story's reading position (kept outside the router): keep it.
      const hash = typeof window === 'undefined' ? '' : window.location.hash;
      void navigate(
        { pathname: location.pathname, search: withSelectedEvent(location.search, id), hash },
        { state: { keepScroll: true } },
      );
    },
    [location.pathname, location.search, navigate],
  );

  return { ...state, select };
}
