import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, type To } from 'react-router';
import type { Content } from '../../content';
import { content } from '../../content';
import { stakeholders } from '../../content/stakeholders';
import { useHydrated } from '../../lib/use-hydrated';
import { routes } from '../../lib/routes';

export const NODE_PARAM = routes.params.node;
export const RELATION_PARAM = routes.params.relation;
const MAX_SHOWN = 40;

export type DiagramTarget = { type: 'node'; id: string } | { type: 'relation'; id: string };

export interface SelectionState {
  current?: DiagramTarget;
  /** An id in the URL that names nothing, shortened for display. */
  unknown?: { type: DiagramTarget['type']; id: string };
}

const shorten = (id: string) => (id.length > MAX_SHOWN ? `${id.slice(0, MAX_SHOWN)}…` : id);

/** Reads `?knoten=` or `?beziehung=` (a node wins if both are there); unknown ids are reported. */
export function parseSelection(search: string, data: Content = content): SelectionState {
  const params = new URLSearchParams(search);
  const node = params.get(NODE_PARAM)?.trim().toLowerCase();
  const relation = params.get(RELATION_PARAM)?.trim().toLowerCase();
  const state: SelectionState = {};
  if (relation) {
    if (stakeholders.relationById.has(relation)) state.current = { type: 'relation', id: relation };
    else state.unknown = { type: 'relation', id: shorten(relation) };
  }
  if (node) {
    if (data.actorById.has(node)) state.current = { type: 'node', id: node };
    else state.unknown = { type: 'node', id: shorten(node) };
  }
  return state;
}

/** The search string with the selection replaced; every other parameter (the filter) is kept. */
export function withSelection(search: string, target: DiagramTarget | null): string {
  const params = new URLSearchParams(search);
  params.delete(NODE_PARAM);
  params.delete(RELATION_PARAM);
  if (target) params.set(target.type === 'node' ? NODE_PARAM : RELATION_PARAM, target.id);
  const next = params.toString().replace(/%2C/g, ',');
  return next ? `?${next}` : '';
}

export const sameTarget = (a?: DiagramTarget, b?: DiagramTarget) =>
  !!a && !!b && a.type === b.type && a.id === b.id;

/** Choosing in the diagram is a history entry, but the page stays where the reader is. */
export const keepScroll = { keepScroll: true } as const;

/**
 * The diagram's selection, in the URL of the page: shareable, and the back button closes it.
 * Like the filter it waits for hydration, so the prerendered HTML hydrates unchanged.
 */
export function useDiagramSelection() {
  const hydrated = useHydrated();
  const location = useLocation();
  const navigate = useNavigate();
  const search = hydrated ? location.search : '';
  const state = useMemo(() => parseSelection(search), [search]);
  const { current } = state;

  /** Where activating a target leads: to it, or, if it is the current one, back to nothing. */
  const linkTo = useCallback(
    (target: DiagramTarget): To => ({
      pathname: location.pathname,
      search: withSelection(location.search, sameTarget(target, current) ? null : target),
    }),
    [location.pathname, location.search, current],
  );

  const select = useCallback(
    (target: DiagramTarget | null) =>
      void navigate(
        { pathname: location.pathname, search: withSelection(location.search, target) },
        { state: keepScroll },
      ),
    [location.pathname, location.search, navigate],
  );

  return { ...state, linkTo, select };
}
