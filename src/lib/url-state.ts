/**
 * The URL is the one shared state of the explainer: the actor filter, the open place, event or
 * diagram selection, the section being read. Every parameter hook (features/…/use-*.ts,
 * actors/selection.ts) is built on this module: it names its parameter and checks the values
 * against the content; reading, writing, the history entries, the scroll and the hash are here.
 *
 * - A change of parameters is a history entry on the same page (back closes what the reader
 *   opened); the page keeps its scroll position (`keepScroll`, read by app/layout.tsx).
 * - Parameters are read only once React has hydrated: the prerendered HTML knows no URL.
 * - Values are written readably: a list keeps its plain commas (`?akteur=ukraine,eu`).
 * - The section being read is in the hash, written outside the router (`readingHash`).
 * - One shadow of the router's state: a choice shown before the router has its address
 *   (`chooseParams`, read by `useUrlParams({ ahead: true })`).
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  NavigationType,
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
  type NavigateFunction,
  type To,
} from 'react-router';
import { afterNextPaint } from './after-paint';
import { useHydrated } from './use-hydrated';

/** New values per parameter name; an empty or missing value removes the parameter. */
export type ParamChanges = Readonly<Record<string, string | null | undefined>>;

/** How much of an unknown value a note repeats back to the reader (a link may hold anything). */
export const MAX_SHOWN = 40;

/** A value from the URL as a note about it shows it: shortened if it is long. */
export const shorten = (value: string) =>
  value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;

/** The parameter's value in a search string, '' if it is not there. */
export function paramOf(search: string, name: string): string {
  return new URLSearchParams(search).get(name) ?? '';
}

/** What a parameter naming one thing names: a known id, or what it said (shortened), or nothing. */
export interface IdParam {
  selected?: string;
  unknown?: string;
}

/** Looks a parameter's value up among the known ids; surrounding white space does not count. */
export function idIn(value: string, known: { has(id: string): boolean }): IdParam {
  const id = value.trim();
  if (!id) return {};
  return known.has(id) ? { selected: id } : { unknown: shorten(id) };
}

/** The search string with the parameters changed and every other one kept ('' if none is left). */
export function withParams(search: string, changes: ParamChanges): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  // URLSearchParams escapes commas; the filter's list reads better with plain ones, and a comma
  // means nothing special in a query, so the address stays the same to the browser.
  const next = params.toString().replace(/%2C/g, ',');
  return next ? `?${next}` : '';
}

/**
 * An internal link ("/karte?ort=kyiv", "/quellen#fakt-…") with the named parameters of `search`
 * added, where `search` has them: the reader's filter goes along to the next page.
 */
export function withParamsOf(to: string, search: string, names: readonly string[]): string {
  const from = new URLSearchParams(search);
  const kept: Record<string, string> = {};
  for (const name of names) {
    const value = from.get(name);
    if (value) kept[name] = value;
  }
  if (Object.keys(kept).length === 0) return to;
  const [path, hash = ''] = to.split('#');
  const [pathname = '', query = ''] = (path ?? '').split('?');
  return `${pathname}${withParams(query ? `?${query}` : '', kept)}${hash ? `#${hash}` : ''}`;
}

/** The state of a history entry that changes parameters: a new entry, not a new page. */
export const keepScroll = { keepScroll: true } as const;

/** Whether an entry's state asks to keep the scroll position (see `keepScroll`). */
export function keepsScroll(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    'keepScroll' in state &&
    (state as { keepScroll?: unknown }).keepScroll === true
  );
}

/**
 * The hash as the browser has it ('' on the server). The story keeps it at the section being read
 * (`replaceReadingHash`) with history.replaceState, behind the router's back: scrolling must add
 * no history entry and render nothing, and a navigation through the router would re-render every
 * reader of the address on each section. So the router's `location.hash` may be behind this one;
 * a change of parameters keeps this one, so the reader stays at their section in the address.
 */
export function readingHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

/** Points the address at the section being read (`#id`, or '' for none) without a history entry. */
export function replaceReadingHash(hash: string) {
  const { pathname, search } = window.location;
  if (readingHash() === hash) return;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
}

/**
 * The one shadow of the router's state: the reader's latest choice (`chooseParams`: the actor
 * filter), ahead of the router. The router applies a new address in a transition (a later task,
 * after the browser may have painted a frame with the old one), and the address itself is written
 * only after the frame that shows the choice (`navigateAfterPaint`); readers that ask for it show
 * the choice at once instead, for as long as the router still shows the address it was made on,
 * or one an earlier choice pushed (its entry may arrive after a later choice was made). Its own
 * address, back, forward or any other new address ends it.
 */
interface Choice {
  /** The search string the choice leads to. */
  search: string;
  madeOn: Location;
  /** Counts the choices: the entry a choice pushes carries it (`choice` in its state). */
  seq: number;
}
let latestChoice: Choice | null = null;
let choices = 0;
const choiceListeners = new Set<() => void>();

/** Whether the router still shows an address from before the choice. */
function isAhead(choice: Choice, location: Location, navigationType: NavigationType) {
  // The state of an entry a choice pushed (see chooseParams below); any other entry has none.
  const pushedBy = (location.state as { choice?: unknown } | null)?.choice;
  return (
    choice.madeOn === location ||
    (navigationType === NavigationType.Push &&
      typeof pushedBy === 'number' &&
      pushedBy < choice.seq)
  );
}

function subscribeToChoice(listener: () => void) {
  choiceListeners.add(listener);
  return () => choiceListeners.delete(listener);
}

function choose(choice: Choice) {
  latestChoice = choice;
  for (const listener of choiceListeners) listener();
}

const followNoChoice = () => () => {};
const noChoice = () => null;
const currentChoice = () => latestChoice;

/**
 * The address follows a choice once the frame that shows it has been painted: writing a history
 * entry and the router's render of the new address (everything that reads it) would otherwise
 * come before that frame. Choices made meanwhile make one entry, with the latest; none is made if
 * the reader has gone to another page in between (a link followed at once).
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

/** A feature's change of the search string (`(search) => withParams(search, …)`). */
export type SearchUpdate = (search: string) => string;

/** Goes to an address on this page as a change of parameters: the scroll position is kept. */
function goTo(navigate: NavigateFunction, to: To, state: object = {}) {
  void navigate(to, { state: { ...keepScroll, ...state } });
}

/**
 * The address's parameters for one reader, and the ways to change them on this page.
 *
 * `ahead: true` reads the reader's latest choice before the router has it (see `Choice`); the
 * others read the router's address, and render with it in its transition, after the frame that
 * answered the click. The fewer follow the choice, the sooner that frame is painted.
 */
export function useUrlParams({ ahead = false }: { ahead?: boolean } = {}) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  // The prerendered HTML shows no parameters: hydrate it as it is, then read the URL.
  const hydrated = useHydrated();
  const choice = useSyncExternalStore(
    ahead ? subscribeToChoice : followNoChoice,
    ahead ? currentChoice : noChoice,
    noChoice,
  );
  const search =
    choice && isAhead(choice, location, navigationType)
      ? choice.search
      : hydrated
        ? location.search
        : '';

  const { pathname, search: address } = location;

  /**
   * Changes the parameters: a history entry on this page. The hash (the section being read, see
   * `readingHash`) is kept unless `keepHash` is false.
   */
  const setParams = useCallback(
    (update: SearchUpdate, { keepHash = true }: { keepHash?: boolean } = {}) =>
      goTo(navigate, { pathname, search: update(address), hash: keepHash ? readingHash() : '' }),
    [pathname, address, navigate],
  );

  /**
   * A choice that must answer in the frame of the click (a filter toggle): shown at once to the
   * readers that follow it (`ahead`), its address written after that frame, hash kept.
   */
  const chooseParams = useCallback(
    (update: SearchUpdate) => {
      const search = update(location.search);
      const seq = ++choices;
      choose({ search, madeOn: location, seq });
      navigateAfterPaint(() =>
        goTo(
          navigate,
          { pathname: location.pathname, search, hash: readingHash() },
          { choice: seq },
        ),
      );
    },
    [location, navigate],
  );

  /** This page with the parameters changed, for a link (give it `keepScroll` as its state). */
  const linkWith = useCallback(
    (update: SearchUpdate): To => ({ pathname, search: update(address) }),
    [pathname, address],
  );

  return { search, setParams, chooseParams, linkWith };
}

/**
 * A parameter that names one thing by id (`?ort=kyiv`), checked against the known ids: the one
 * it names, or what it named if that is unknown (for a visible note); `select` opens one, or
 * closes it with `undefined`.
 */
export function useIdParam(name: string, known: { has(id: string): boolean }) {
  const { search, setParams } = useUrlParams();
  const value = paramOf(search, name);
  const state = useMemo(() => idIn(value, known), [value, known]);
  const select = useCallback(
    (id: string | undefined) => setParams((search) => withParams(search, { [name]: id })),
    [name, setParams],
  );
  return { ...state, select };
}
