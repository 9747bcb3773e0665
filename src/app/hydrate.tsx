/**
 * Hydrates the prerendered page (or renders it afresh where no HTML was prerendered for this
 * route). Loaded by src/entry-client.ts once the page has painted.
 */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { pageModules } from './pages';
import { routeFor } from './site';
import { loadDetailTexts } from '../content/detail-texts';
import { loadSources } from '../content/sources';
import { loadFactDetail } from '../components/facts/popover';
import { startHistoryPositions } from '../lib/history-position';
import { afterLoadWhenIdle } from '../lib/when-idle';

/**
 * On the story page, the facts' detail and their sources are fetched when the reader first
 * reaches for an annotation (a pointer moving over one, focus, a touch), once the browser is
 * idle: never in the way of the click or the key press that follows. Not on other pointer moves
 * (a click on the filter would pay for it), nor when the text scrolls under a resting pointer.
 */
function prefetchDetailsOnInterest() {
  const types = ['pointermove', 'focusin', 'touchstart'] as const;
  const onInterest = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element) || !target.closest('[aria-haspopup="dialog"]')) return;
    for (const type of types) document.removeEventListener(type, onInterest);
    // Fetched ahead of need: a failure here is tried again when the reader opens a detail.
    afterLoadWhenIdle(() => {
      loadFactDetail().catch(() => {});
      loadSources().catch(() => {});
    }, 1000);
  };
  for (const type of types) document.addEventListener(type, onInterest, { passive: true });
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

/**
 * An error an error boundary caught (a visual that failed, its code that could not be loaded) is
 * handled: the boundary shows its fallback and reports it itself (components/ui/error-boundary).
 * React would log it as a console error besides.
 */
const onCaughtError = () => {};

// Hydrate only HTML that was prerendered for this very route (a static host may answer an unknown
// path with another page's HTML); otherwise render afresh.
async function render() {
  const pathname = window.location.pathname.slice(basename === '/' ? 0 : basename.length) || '/';
  const prerenderedFor = container.dataset.route;
  if (container.firstElementChild && prerenderedFor === routeFor(pathname).path) {
    // Pages other than the story show sources and event texts in their HTML: hydrate them with
    // both loaded.
    if (prerenderedFor !== '/') {
      await Promise.all([loadSources(), loadDetailTexts(), pageModules[prerenderedFor ?? '']?.()]);
    } else prefetchDetailsOnInterest();
    // As a transition, hydration yields to the browser every few milliseconds instead of blocking
    // the main thread for the whole article at once; the page is readable meanwhile.
    startTransition(() => {
      hydrateRoot(container, app, {
        onRecoverableError: (error) => console.error('Hydration mismatch:', error),
        onCaughtError,
      });
    });
  } else {
    // Ahead of need; whoever needs them asks again (and reports a failure).
    loadSources().catch(() => {});
    loadDetailTexts().catch(() => {});
    container.replaceChildren();
    createRoot(container, { onCaughtError }).render(app);
  }
}

let started = false;

/**
 * Starts the app: called by src/entry-client.ts once this module has arrived, and again should
 * the page's code have failed to load (it rejects then, and nothing has been rendered yet).
 * This module and the app's were just evaluated, in one task: starting (fetching the page's code,
 * hydrating) waits for the next, so that neither task is long.
 */
export async function start() {
  await new Promise((resolve) => setTimeout(resolve));
  await render();
  if (started) return;
  started = true;
  // Reading offline: a production build registers its service worker once the page has loaded and
  // the main thread is idle; its code stays out of the first load. Where it fails, everything
  // else works as before.
  if (import.meta.env.PROD) {
    afterLoadWhenIdle(() => {
      import('../features/offline/register').then((m) => m.registerServiceWorker()).catch(() => {});
    });
  }
}
