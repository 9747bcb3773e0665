import { ui } from '../content/ui.de.ts';

/**
 * Every page of the explainer: its path, file in the static build and title. Descriptions and the
 * other head tags are build-time only (src/app/head.ts, src/content/ui/meta.de.ts).
 */
export interface PageRoute {
  path: string;
  file: string;
  title: string;
  /** The page's own chunk (a lazy module): its stylesheets are linked in the prerendered HTML. */
  module?: string;
}

const site = ui.siteName;

export const pageRoutes: PageRoute[] = [
  { path: '/', file: 'index.html', title: `${site} – ${ui.siteTagline}` },
  {
    path: '/karte',
    module: 'src/features/map/map-page.tsx',
    file: 'karte.html',
    title: `${ui.places.title} – ${site}`,
  },
  {
    path: '/chronik',
    module: 'src/features/timeline/timeline-page.tsx',
    file: 'chronik.html',
    title: `${ui.timeline.title} – ${site}`,
  },
  {
    path: '/akteure',
    module: 'src/features/actors/actors-page.tsx',
    file: 'akteure.html',
    title: `${ui.actors.title} – ${site}`,
  },
  {
    path: '/glossar',
    module: 'src/features/glossary/glossary-page.tsx',
    file: 'glossar.html',
    title: `${ui.glossary.title} – ${site}`,
  },
  {
    path: '/quellen',
    module: 'src/features/sources/sources-page.tsx',
    file: 'quellen.html',
    title: `${ui.sourcesPage.title} – ${site}`,
  },
];

export const notFoundRoute: PageRoute = {
  path: '/404',
  file: '404.html',
  title: `${ui.notFound.title} – ${site}`,
};

export function routeFor(pathname: string): PageRoute {
  const clean = pathname.replace(/\/+$/, '') || '/';
  return pageRoutes.find((r) => r.path === clean) ?? notFoundRoute;
}
