import { Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { StoryPage } from '../features/story/story-page';
import { hasView } from '../lib/links';
import { routes } from '../lib/routes';
import { Layout } from './layout';
import {
  ActorsPage,
  EmbedPage,
  GlossaryPage,
  MapPage,
  NotFoundPage,
  SourcesPage,
  TimelinePage,
} from './pages';
import { pageRoutes } from './site';
import { prefetchViews, visualViews } from './visuals';

/**
 * Marks `<html data-hydrated>` once the page below has hydrated (it sits inside the pages'
 * Suspense boundary, so a lazy page counts only when its own content is live). Tests wait for it.
 */
function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}

export function App() {
  return (
    <Layout>
      <Suspense fallback={<div className="page page--loading" aria-busy="true" />}>
        <Routes>
          <Route
            path={routes.story}
            element={<StoryPage views={visualViews} prefetch={prefetchViews} />}
          />
          {hasView('karte') && <Route path={routes.map} element={<MapPage />} />}
          {hasView('chronik') && <Route path={routes.timeline} element={<TimelinePage />} />}
          {hasView('akteure') && <Route path={routes.actors} element={<ActorsPage />} />}
          {pageRoutes.map(
            ({ path, view }) =>
              view && (
                <Route
                  key={path}
                  path={path}
                  element={<EmbedPage view={view} views={visualViews} />}
                />
              ),
          )}
          <Route path={routes.glossary} element={<GlossaryPage />} />
          <Route path={routes.sources} element={<SourcesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
        <HydrationMark />
      </Suspense>
    </Layout>
  );
}
