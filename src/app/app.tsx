import { Route, Routes } from 'react-router';
import { ActorsPage } from '../features/actors/actors-page';
import { GlossaryPage } from '../features/glossary/glossary-page';
import { MapPage } from '../features/map/map-page';
import { SourcesPage } from '../features/sources/sources-page';
import { StoryPage } from '../features/story/story-page';
import { TimelinePage } from '../features/timeline/timeline-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found';
import { prefetchViews, visualViews } from './visuals';

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<StoryPage views={visualViews} prefetch={prefetchViews} />} />
        <Route path="/karte" element={<MapPage />} />
        <Route path="/chronik" element={<TimelinePage />} />
        <Route path="/akteure" element={<ActorsPage />} />
        <Route path="/glossar" element={<GlossaryPage />} />
        <Route path="/quellen" element={<SourcesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
