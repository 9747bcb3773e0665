import { Route, Routes } from 'react-router';
import { ActorsPage } from '../features/actors/actors-page';
import { GlossaryPage } from '../features/glossary/glossary-page';
import { PlacesPage } from '../features/map/places-page';
import { SourcesPage } from '../features/sources/sources-page';
import { StoryPage } from '../features/story/story-page';
import { EventsPage } from '../features/timeline/events-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found';

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<StoryPage />} />
        <Route path="/karte" element={<PlacesPage />} />
        <Route path="/chronik" element={<EventsPage />} />
        <Route path="/akteure" element={<ActorsPage />} />
        <Route path="/glossar" element={<GlossaryPage />} />
        <Route path="/quellen" element={<SourcesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
