import { Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { StoryPage } from '../features/story/story-page';
import { Layout } from './layout';
import { EmbedPage, NotFoundPage, pageComponents } from './pages';
import type { PageRoute } from './routes';
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

/** What each page of the article renders (./routes.ts lists the pages). */
function elementOf({ kind, view }: PageRoute) {
  if (kind === 'story') return <StoryPage views={visualViews} prefetch={prefetchViews} />;
  if (kind === 'embed') return view && <EmbedPage view={view} views={visualViews} />;
  if (kind === 'notFound') return <NotFoundPage />;
  const Page = pageComponents[kind];
  return <Page />;
}

export function App() {
  return (
    <Layout>
      <Suspense fallback={<div className="page page--loading" aria-busy="true" />}>
        <Routes>
          {pageRoutes.map((route) => (
            <Route key={route.path} path={route.path} element={elementOf(route)} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
        <HydrationMark />
      </Suspense>
    </Layout>
  );
}
