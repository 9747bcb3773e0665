/**
 * Where each kind of page lives, in the edition's language (@locale/routes), and the links to
 * one fact on its page. Every link in the app is built here: no component writes a path.
 */
import { routes } from '@locale/routes';

export { routes };

/** The kinds of page beside the story. */
export type PageKind = 'map' | 'timeline' | 'actors' | 'glossary' | 'sources';

export const placeLink = (id: string) => `${routes.map}?${routes.params.place}=${id}`;
export const eventLink = (id: string) => `${routes.timeline}?${routes.params.event}=${id}`;
export const nodeLink = (id: string) => `${routes.actors}?${routes.params.node}=${id}`;
export const relationLink = (id: string) => `${routes.actors}?${routes.params.relation}=${id}`;
export const termLink = (id: string) => `${routes.glossary}#${id}`;

/** The kind of page a path leads to ("/karte?ort=kyiv" → "map"), if it is one of them. */
export function pageKindOf(to: string): PageKind | undefined {
  const path = to.split(/[?#]/)[0];
  const kinds: PageKind[] = ['map', 'timeline', 'actors', 'glossary', 'sources'];
  return kinds.find((kind) => routes[kind] === path);
}
