import { lazy, type ComponentType } from 'react';
import { withDetailTexts } from '../content/detail-texts';
import type { PageKind } from '../lib/routes';
import type { PageRoute } from './routes';
import { pageRoutes, notFoundRoute } from './site';

/**
 * Every page but the story is its own chunk: the story's first load carries none of their code.
 * The prerender waits for them; the browser loads a page's chunk before hydrating it. Each comes
 * with the content's detail fields, which the story's first load leaves out (../content/lean-fields.ts).
 * One entry per kind of page: which pages an article has is ./routes.ts's matter.
 */
const pageChunks: Record<PageKind, () => Promise<ComponentType>> = {
  map: () => withDetailTexts(import('../features/map/map-page')).then((m) => m.MapPage),
  timeline: () =>
    withDetailTexts(import('../features/timeline/timeline-page')).then((m) => m.TimelinePage),
  actors: () => withDetailTexts(import('../features/actors/actors-page')).then((m) => m.ActorsPage),
  glossary: () =>
    withDetailTexts(import('../features/glossary/glossary-page')).then((m) => m.GlossaryPage),
  sources: () =>
    withDetailTexts(import('../features/sources/sources-page')).then((m) => m.SourcesPage),
};

// A view alone, for another site's page (./embed.tsx), and the page for unknown addresses: rare,
// and not the story, so chunks of their own too.
const embed = () => import('./embed');
const notFound = () => import('./not-found').then((m) => m.NotFoundPage);

type Load = () => Promise<unknown>;
const loadOf = ({ kind }: PageRoute): Load | undefined =>
  kind === 'embed' ? embed : kind === 'story' || kind === 'notFound' ? undefined : pageChunks[kind];

/** The chunk of each prerendered page but the story, by path: loaded before it hydrates. */
export const pageModules: Record<string, Load> = Object.fromEntries([
  ...pageRoutes.flatMap((route): [string, Load][] => {
    const load = loadOf(route);
    return load ? [[route.path, load]] : [];
  }),
  [notFoundRoute.path, notFound],
]);

const lazyPage = (load: () => Promise<ComponentType>) =>
  lazy(() => load().then((Page) => ({ default: Page })));

/** The page components, each a lazy chunk. */
export const pageComponents: Record<PageKind, ComponentType> = {
  map: lazyPage(pageChunks.map),
  timeline: lazyPage(pageChunks.timeline),
  actors: lazyPage(pageChunks.actors),
  glossary: lazyPage(pageChunks.glossary),
  sources: lazyPage(pageChunks.sources),
};
export const NotFoundPage = lazyPage(notFound);
export const EmbedPage = lazy(embed);
