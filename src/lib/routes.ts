/**
 * Where each kind of page lives, in the edition's language (@locale/routes), and which view each
 * shows. Pure: the build's scripts use it too. The links to one fact are in ./links.ts.
 */
import { routes } from '@locale/routes';
import type { View } from '../content/schema';

export { routes };

/** The kinds of page beside the story. */
export type PageKind = 'map' | 'timeline' | 'actors' | 'glossary' | 'sources';

/** The view a page shows (the glossary and the sources page belong to every article). */
export const viewOfPage: Partial<Record<PageKind, View>> = {
  map: 'karte',
  timeline: 'chronik',
  actors: 'akteure',
};

/** The kind of page a path leads to ("/karte?ort=kyiv" → "map"), if it is one of them. */
export function pageKindOf(to: string): PageKind | undefined {
  const path = to.split(/[?#]/)[0];
  const kinds: PageKind[] = ['map', 'timeline', 'actors', 'glossary', 'sources'];
  return kinds.find((kind) => routes[kind] === path);
}
