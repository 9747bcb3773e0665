import { useCallback, useMemo } from 'react';
import { content } from '../content';
import { routes } from './routes';
import { paramOf, shorten, useUrlParams, withParams, withParamsOf } from './url-state';

export const FILTER_PARAM = routes.params.filter;

export interface FilterState {
  /** Known, filterable actor ids in the order of the actor list. */
  selected: string[];
  /** Ids in the URL that name no actor, shortened for display. */
  unknown: string[];
}

export function parseActorFilter(search: string): FilterState {
  return parseFilterValue(paramOf(search, FILTER_PARAM));
}

/** The filter from the parameter's value (actor ids with commas between). */
function parseFilterValue(raw: string): FilterState {
  const requested = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const filterable = content.actors.filter((a) => a.filterable).map((a) => a.id);
  const selected = filterable.filter((id) => requested.includes(id));
  const unknown = [...new Set(requested.filter((id) => !filterable.includes(id)))].map(shorten);
  return { selected, unknown };
}

/** The search string for a location with the filter replaced (other parameters kept). */
export function withActorFilter(search: string, selected: readonly string[]): string {
  return withParams(search, { [FILTER_PARAM]: selected.join(',') });
}

/** An internal link ("/karte?ort=kyiv", "/quellen#fakt-…") with the filter of `search` added. */
export function withFilterOf(to: string, search: string): string {
  return withParamsOf(to, search, [FILTER_PARAM]);
}

/**
 * The actor filter, read from and written to the URL: the one shared state every view reads.
 * Every change is a history entry, so back and forward step through the reader's choices.
 *
 * A choice is shown at once, ahead of the router (lib/url-state.ts), by every reader that follows
 * it. `ahead: false` reads the address alone: for what may follow a toggle a moment later (the
 * panel's view, the live region, the masthead's links). The fewer follow the choice, the sooner
 * the frame that answers the click is painted.
 */
export function useActorFilter({ ahead = true }: { ahead?: boolean } = {}) {
  const { search, chooseParams } = useUrlParams({ ahead });
  const raw = paramOf(search, FILTER_PARAM);
  // Parsed per value of the parameter, not per address: `selected` stays the same array while
  // other parameters change (a place opened on the map), so the views keyed on it do not redraw.
  const state = useMemo(() => parseFilterValue(raw), [raw]);

  const setSelected = useCallback(
    (selected: readonly string[]) => {
      const order = content.actors.map((a) => a.id);
      const sorted = [...selected].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      chooseParams((search) => withActorFilter(search, sorted));
    },
    [chooseParams],
  );

  const toggle = useCallback(
    (id: string) =>
      setSelected(
        state.selected.includes(id)
          ? state.selected.filter((s) => s !== id)
          : [...state.selected, id],
      ),
    [setSelected, state.selected],
  );

  const clear = useCallback(() => setSelected([]), [setSelected]);

  return { ...state, toggle, clear };
}
