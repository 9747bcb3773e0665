/**
 * What the service worker precaches and how it answers navigations, for vite-plugin-pwa
 * (Workbox's generateSW). The pages come from src/app/routes.ts, so a new route is offline too.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';
import site from '@article/data/site.json';
import { hasDataFile } from './article.mjs';
import { notFoundRouteFor, pageRoutesFor } from '../src/app/routes.ts';

/**
 * The files a reader can reach: every prerendered page, every built asset, the pictures of the
 * printed story, the icon. (Not the link preview image: only preview crawlers fetch it.)
 */
export const precachedFiles = [
  ...[...pageRoutesFor(site), notFoundRouteFor(site)].map((route) => route.file),
  // Hashed JS and CSS, the lazy views and the geography chunks included.
  'assets/**/*',
  // Drawn by scripts/print.ts; printing the story fetches them.
  'druck/**/*',
  // The story's opening picture (scripts/vite/opening-figure.ts), where the article has one.
  ...(hasDataFile('summit') ? ['bilder/**/*'] : []),
  'favicon.svg',
];

export const serviceWorkerOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  filename: 'sw.js',
  // Workbox's production runtime (no logging), whatever NODE_ENV the build step runs with.
  mode: 'production',
  // Registered by src/features/offline/register.ts; no web app manifest (not an installable app).
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: precachedFiles,
    // One file for the worker and its Workbox runtime.
    inlineWorkboxRuntime: true,
    // A reader may keep a tab open for hours: the new version waits until they choose to reload
    // (or close every tab), so a page never loses the lazy chunks it was built with.
    skipWaiting: false,
    // The first visit is controlled at once, so going offline right after it still works.
    clientsClaim: true,
    // /karte and /karte?ort=anchorage#… are answered with karte.html (Workbox tries `.html` for
    // clean URLs). The query only selects state inside the page; the HTML is the same for any.
    ignoreURLParametersMatching: [/./],
    // Only a path that is no page gets the 404 page; never another page's HTML, which would
    // fail to hydrate.
    navigateFallback: notFoundRouteFor(site).file,
  },
};
