import { lazy } from 'react';
import { withDetailTexts } from '../content/detail-texts';
import { routes } from '../lib/routes';
import { pageRoutes } from './site';

// A view alone, for another site's page (./embed.tsx): not the story, so a chunk of its own.
const embed = () => import('./embed');

/**
 * Every page but the story is its own chunk: the story's first load carries none of their code.
 * The prerender waits for them; the browser loads a page's chunk before hydrating it. Each comes
 * with the content's detail fields, which the story's first load leaves out (../content/lean-fields.ts).
 */
export const pageModules: Record<string, () => Promise<unknown>> = {
  [routes.map]: () => withDetailTexts(import('../features/map/map-page')),
  [routes.timeline]: () => withDetailTexts(import('../features/timeline/timeline-page')),
  [routes.actors]: () => withDetailTexts(import('../features/actors/actors-page')),
  [routes.glossary]: () => withDetailTexts(import('../features/glossary/glossary-page')),
  [routes.sources]: () => withDetailTexts(import('../features/sources/sources-page')),
  '/404': () => import('./not-found'),
  ...Object.fromEntries(pageRoutes.flatMap(({ path, view }) => (view ? [[path, embed]] : []))),
};

export const MapPage = lazy(() =>
  withDetailTexts(import('../features/map/map-page')).then((m) => ({ default: m.MapPage })),
);
export const TimelinePage = lazy(() =>
  withDetailTexts(import('../features/timeline/timeline-page')).then((m) => ({
    default: m.TimelinePage,
  })),
);
export const ActorsPage = lazy(() =>
  withDetailTexts(import('../features/actors/actors-page')).then((m) => ({
    default: m.ActorsPage,
  })),
);
export const GlossaryPage = lazy(() =>
  withDetailTexts(import('../features/glossary/glossary-page')).then((m) => ({
    default: m.GlossaryPage,
  })),
);
export const SourcesPage = lazy(() =>
  withDetailTexts(import('../features/sources/sources-page')).then((m) => ({
    default: m.SourcesPage,
  })),
);
// Rare, and not the story: the page for unknown addresses is a chunk of its own too.
export const NotFoundPage = lazy(() =>
  import('./not-found').then((m) => ({ default: m.NotFoundPage })),
);
export const EmbedPage = lazy(embed);
