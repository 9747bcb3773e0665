import { lazy } from 'react';
import { withEventTexts } from '../content/event-texts';

/**
 * Every page but the story is its own chunk: the story's first load carries none of their code.
 * The prerender waits for them; the browser loads a page's chunk before hydrating it. Each comes
 * with the events' texts, which the story's first load leaves out (../content/event-texts.ts).
 */
export const pageModules: Record<string, () => Promise<unknown>> = {
  '/karte': () => withEventTexts(import('../features/map/map-page')),
  '/chronik': () => withEventTexts(import('../features/timeline/timeline-page')),
  '/akteure': () => withEventTexts(import('../features/actors/actors-page')),
  '/glossar': () => withEventTexts(import('../features/glossary/glossary-page')),
  '/quellen': () => withEventTexts(import('../features/sources/sources-page')),
};

export const MapPage = lazy(() =>
  withEventTexts(import('../features/map/map-page')).then((m) => ({ default: m.MapPage })),
);
export const TimelinePage = lazy(() =>
  withEventTexts(import('../features/timeline/timeline-page')).then((m) => ({
    default: m.TimelinePage,
  })),
);
export const ActorsPage = lazy(() =>
  withEventTexts(import('../features/actors/actors-page')).then((m) => ({ default: m.ActorsPage })),
);
export const GlossaryPage = lazy(() =>
  withEventTexts(import('../features/glossary/glossary-page')).then((m) => ({
    default: m.GlossaryPage,
  })),
);
export const SourcesPage = lazy(() =>
  withEventTexts(import('../features/sources/sources-page')).then((m) => ({
    default: m.SourcesPage,
  })),
);
