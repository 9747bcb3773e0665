/**
 * The links to one fact on the page that shows it, in the edition's language, and only to views
 * the article has. Every link in the app is built here or from ./routes.ts: no component writes
 * a path.
 */
import { content } from '../content';
import type { View } from '../content/schema';
import { routes } from './routes';

/** Whether the article has this view (site.json: views): no link leads to a view it lacks. */
export const hasView = (view: View) => content.site.views.includes(view);

/** The link to one fact on its view's page; none where the article does not have that view. */
const viewLink = (view: View, path: string) => (hasView(view) ? path : undefined);
export const placeLink = (id: string) =>
  viewLink('karte', `${routes.map}?${routes.params.place}=${id}`);
export const eventLink = (id: string) =>
  viewLink('chronik', `${routes.timeline}?${routes.params.event}=${id}`);
export const nodeLink = (id: string) =>
  viewLink('akteure', `${routes.actors}?${routes.params.node}=${id}`);
export const relationLink = (id: string) =>
  viewLink('akteure', `${routes.actors}?${routes.params.relation}=${id}`);
export const termLink = (id: string) => `${routes.glossary}#${id}`;
