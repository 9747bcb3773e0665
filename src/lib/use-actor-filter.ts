import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  NavigationType,
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
} from 'react-router';
import { content } from '../content';
import { afterNextPaint } from './after-paint';
import { useHydrated } from './use-hydrated';
import { routes } from './routes';

export const FILTER_PARAM = routes.params.filter;
const MAX_SHOWN = 40;

export interface FilterState {
  /** Known, filterable actor ids in the order of the actor list. */
  selected: string[];
  /** Ids in the URL that name no actor, shortened for display. */
  unknown: string[];
}

/** The parameter's raw value; every filter reader asks on every render, so the last is kept. */
let lastSearch = '';
let lastValue = '';
function filterParam(search: string): string {
  if (search !== lastSearch) {
    lastSearch = search;
    lastValue = new URLSearchParams(search).get(FILTER_PARAM) ?? '';
  }
  return lastValue;
}

export function parseActorFilter(search: string): FilterState {
  return parseFilterValue(new URLSearchParams(search).get(FILTER_PARAM) ?? '');
}

/** The filter from the parameter's value (actor ids with commas between). */
function parseFilterValue(raw: string): FilterState {
  const requested = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const filterable = content.actors.filter((a) => a.filterable).map((a) => a.id);
  const selected = filterable.filter((id) => requested.includes(id));
  const unknown = [...new Set(requested.filter((id) => !filterable.includes(id)))].map((id) =>
    id.length > MAX_SHOWN ? `${id.slice(0, MAX_SHOWN)}…` : id,
  );
  return { selected, unknown };
}

/** The search string for a location with the filter replaced (other parameters kept). */
export function withActorFilter(search: string, selected: readonly string[]): string {
  const params = new URLSearchParams(search);
  if (selected.length) params.set(FILTER_PARAM, selected.join(','));
  else params.delete(FILTER_PARAM);
  const next = params.toString().replace(/%2C/g, ',');
  return next ? `?${next}` : '';
}

/**
 * The reader's latest choice, ahead of the router. The router applies a new address in a
 * transition (a later task, after the browser may have painted a frame with the old filter);
 * the choice is shown at once instead, for as long as the router still shows the address it
 * was made on, or one an earlier choice pushed (its entry may arrive after a later choice was
 * made). Its own address, back, forward or any other new address ends it.
 */
interface Choice {
  raw: string;
  madeOn: Location;
  /** Counts the choices: the entry a choice pushes carries it (`filterChoice` in its state). */
  seq: number;
}
let latestChoice: Choice | null = null;
let choices = 0;

/** Whether the router still shows an address from before the choice. */
function isAhead(choice: Choice, location: Location, navigationType: NavigationType) {
  // The state of an entry the filter pushed (see setSelected below); any other entry has none.
  const pushedBy = (location.state as { filterChoice?: unknown } | null)?.filterChoice;
  return (
    choice.madeOn === location ||
    (navigationType === NavigationType.Push &&
      typeof pushedBy === 'number' &&
      pushedBy < choice.seq)
  );
}
const choiceListeners = new Set<() => void>();

function subscribeToChoice(listener: () => void) {
  choiceListeners.add(listener);
  return () => choiceListeners.delete(listener);
}

function choose(choice: Choice) {
  latestChoice = choice;
  for (const listener of choiceListeners) listener();
}

/**
 * The address follows the reader's choice once the frame that shows it has been painted: writing
 * a history entry and the router's render of the new address (everything that reads it) would
 * otherwise come before that frame. Choices made meanwhile make one entry, with the latest; none
 * is made if the reader has gone to another page in between (a link followed at once).
 */
let pendingAddress: (() => void) | null = null;
function navigateAfterPaint(go: () => void) {
  const scheduled = pendingAddress;
  pendingAddress = go;
  if (scheduled) return;
  const page = window.location.pathname;
  afterNextPaint(() => {
    const latest = pendingAddress;
    pendingAddress = null;
    if (window.location.pathname === page) latest?.();
  });
}

const followNoChoice = () => () => {};
const noChoice = () => null;
const currentChoice = () => latestChoice;

/**
 * The actor filter, read from and written to the URL: the one shared state every view reads.
 * Every change is a history entry, so back and forward step through the reader's choices.
 *
 * `ahead: false` reads the address alone, not the reader's choice ahead of it: for what may follow
 * a toggle a moment later (the panel's view, the live region, the masthead's links). A choice is
 * rendered synchronously in the click's own task, by every reader that follows it; the fewer they
 * are, the sooner the frame that answers the click is painted. The others render with the router's
 * new address, in its transition, after that frame.
 */
export function useActorFilter({ ahead = true }: { ahead?: boolean } = {}) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  // The prerendered HTML is unfiltered: hydrate it as it is, then apply the URL's filter.
  const hydrated = useHydrated();
  const choice = useSyncExternalStore(
    ahead ? subscribeToChoice : followNoChoice,
    ahead ? currentChoice : noChoice,
    noChoice,
  );
  const search = hydrated ? location.search : '';
  const raw =
    choice && isAhead(choice, location, navigationType) ? choice.raw : filterParam(search);
  // Parsed per value of the parameter, not per address: `selected` stays the same array while
  // other parameters change (a place opened on the map), so the views keyed on it do not redraw.
  const state = useMemo(() => parseFilterValue(raw), [raw]);

  const setSelected = useCallback(
    (selected: readonly string[]) => {
      const order = content.actors.map((a) => a.id);
      const sorted = [...selected].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      const search = withActorFilter(location.search, sorted);
      const seq = ++choices;
      choose({ raw: sorted.join(','), madeOn: location, seq });
      navigateAfterPaint(
        () =>
          void navigate(
            // The hash follows the reading position (kept outside the router): keep it.
            { pathname: location.pathname, search, hash: window.location.hash },
            // A filter change is a history entry but not a new page: the reader stays where they are.
            { state: { keepScroll: true, filterChoice: seq } },
          ),
      );
    },
    [location, navigate],
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
