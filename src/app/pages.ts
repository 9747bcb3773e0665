import { lazy } from 'react';

/**
 * Every page but the story is its own chunk: the story's first load carries none of their code.
 * The prerender waits for them; the browser loads a page's chunk before hydrating it.
 */
export const pageModules: Record<string, () => Promise<unknown>> = {
  '/karte': () => import('../features/map/map-page'),
  '/chronik': () => import('../features/timeline/timeline-page'),
  '/akteure': () => import('../features/actors/actors-page'),
  '/glossar': () => import('../features/glossary/glossary-page'),
  '/quellen': () => import('../features/sources/sources-page'),
};

export const MapPage = lazy(() =>
  import('../features/map/map-page').then((m) => ({ default: m.MapPage })),
);
export const TimelinePage = lazy(() =>
  import('../features/timeline/timeline-page').then((m) => ({ default: m.TimelinePage })),
);
export const ActorsPage = lazy(() =>
  import('../features/actors/actors-page').then((m) => ({ default: m.ActorsPage })),
);
export const GlossaryPage = lazy(() =>
  import('../features/glossary/glossary-page').then((m) => ({ default: m.GlossaryPage })),
);
export const SourcesPage = lazy(() =>
  import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage })),
);
