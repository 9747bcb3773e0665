import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { pageModules } from './app/pages';
import { routeFor } from './app/routes';
import { loadSources } from './content/sources';
import { startHistoryPositions } from './lib/history-position';
import './styles/index.css';

/** On the story page, sources are fetched when the reader first reaches for an annotation. */
function prefetchSourcesOnInterest() {
  const load = () => void loadSources();
  for (const type of ['pointerover', 'focusin', 'touchstart'] as const) {
    document.addEventListener(type, load, { once: true, passive: true });
  }
}

// Back and forward restore the reading position themselves, once the page they return to is there.
startHistoryPositions();

const container = document.getElementById('root')!;
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const app = (
  <StrictMode>
    <BrowserRouter basename={basename}>
      <App />
    </BrowserRouter>
  </StrictMode>
);

// Hydrate only HTML that was prerendered for this very route (a static host may answer an unknown
// path with another page's HTML); otherwise render afresh.
const pathname = window.location.pathname.slice(basename === '/' ? 0 : basename.length) || '/';
const prerenderedFor = container.dataset.route;
if (container.firstElementChild && prerenderedFor === routeFor(pathname).path) {
  // Pages other than the story show sources in their HTML: hydrate them with the sources loaded.
  if (prerenderedFor !== '/') await Promise.all([loadSources(), pageModules[prerenderedFor]?.()]);
  else prefetchSourcesOnInterest();
  hydrateRoot(container, app, {
    onRecoverableError: (error) => console.error('Hydration mismatch:', error),
  });
} else {
  void loadSources();
  container.replaceChildren();
  createRoot(container).render(app);
}
