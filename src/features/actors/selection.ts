import { useCallback, useMemo } from 'react';
import type { To } from 'react-router';
import type { Content } from '../../content';
import { content } from '../../content';
import { stakeholders } from '../../content/stakeholders';
import { routes } from '../../lib/routes';
import { idIn, paramOf, useUrlParams, withParams } from '../../lib/url-state';

export const NODE_PARAM = routes.params.node;
export const RELATION_PARAM = routes.params.relation;

export type DiagramTarget = { type: 'node'; id: string } | { type: 'relation'; id: string };

export interface SelectionState {
  current?: DiagramTarget;
  /** An id in the URL that names nothing, shortened for display. */
  unknown?: { type: DiagramTarget['type']; id: string };
}

/** Reads `?knoten=` or `?beziehung=` (a node wins if both are there); unknown ids are reported. */
export function parseSelection(search: string, data: Content = content): SelectionState {
  const state: SelectionState = {};
  const lookUps = [
    ['relation', RELATION_PARAM, stakeholders.relationById],
    ['node', NODE_PARAM, data.actorById],
  ] as const;
  for (const [type, name, known] of lookUps) {
    const { selected, unknown } = idIn(paramOf(search, name).toLowerCase(), known);
    if (selected) state.current = { type, id: selected };
    if (unknown) state.unknown = { type, id: unknown };
  }
  return state;
}

/** The search string with the selection replaced; every other parameter (the filter) is kept. */
export function withSelection(search: string, target: DiagramTarget | null): string {
  const cleared = withParams(search, { [NODE_PARAM]: undefined, [RELATION_PARAM]: undefined });
  // A new selection is written last, after the parameters that stay.
  if (!target) return cleared;
  return withParams(cleared, { [target.type === 'node' ? NODE_PARAM : RELATION_PARAM]: target.id });
}

export const sameTarget = (a?: DiagramTarget, b?: DiagramTarget) =>
  !!a && !!b && a.type === b.type && a.id === b.id;

/**
 * The diagram's selection, in the URL of the page: shareable, and the back button closes it.
 * Like the filter it waits for hydration, so the prerendered HTML hydrates unchanged.
 */
export function useDiagramSelection() {
  const { search, setParams, linkWith } = useUrlParams();
  const state = useMemo(() => parseSelection(search), [search]);
  const { current } = state;

  /** Where activating a target leads: to it, or, if it is the current one, back to nothing. */
  const linkTo = useCallback(
    (target: DiagramTarget): To =>
      linkWith((search) => withSelection(search, sameTarget(target, current) ? null : target)),
    [linkWith, current],
  );

  // The diagram's links (rendered, so they cannot know the browser's hash) lead to no hash:
  // choosing from elsewhere on the page leads to the same address as the link would.
  const select = useCallback(
    (target: DiagramTarget | null) =>
      setParams((search) => withSelection(search, target), { keepHash: false }),
    [setParams],
  );

  return { ...state, linkTo, select };
}
