import { ui } from '@locale/ui';
import { routes, type PageKind } from '../lib/routes';

/**
 * Every page of the explainer: its path, file in the static build and title. Descriptions and the
 * other head tags are build-time only (src/app/head.ts, src/locales/<lang>/meta.ts).
 */
export interface PageRoute {
  path: string;
  file: string;
  title: string;
  /** The page's own chunk (a lazy module): its stylesheets are linked in the prerendered HTML. */
  module?: string;
  /** What the page is (the story has none). */
  kind?: PageKind;
}

const site = ui.siteName;

/** The file of a page in the static build: its path's name (/karte: karte.html). */
const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

const pages: { kind: PageKind; module: string; title: string }[] = [
  { kind: 'map', module: 'src/features/map/map-page.tsx', title: ui.places.title },
  { kind: 'timeline', module: 'src/features/timeline/timeline-page.tsx', title: ui.timeline.title },
  { kind: 'actors', module: 'src/features/actors/actors-page.tsx', title: ui.actors.title },
  { kind: 'glossary', module: 'src/features/glossary/glossary-page.tsx', title: ui.glossary.title },
  { kind: 'sources', module: 'src/features/sources/sources-page.tsx', title: ui.sourcesPage.title },
];

export const pageRoutes: PageRoute[] = [
  { path: routes.story, file: fileOf(routes.story), title: `${site} – ${ui.siteTagline}` },
  ...pages.map(({ kind, module, title }) => ({
    path: routes[kind],
    kind,
    module,
    file: fileOf(routes[kind]),
    title: `${title} – ${site}`,
  })),
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
