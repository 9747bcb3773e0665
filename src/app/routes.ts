import { ui } from '../content/ui.de.ts';

/** Every page of the explainer: its path, file in the static build, title and description. */
export interface PageRoute {
  path: string;
  file: string;
  title: string;
  description: string;
  /** The page's own chunk (a lazy module): its stylesheets are linked in the prerendered HTML. */
  module?: string;
}

const site = ui.siteName;
const describe =
  'Trump und Putin treffen sich in Alaska: der Artikel von Andreas M. Brucker mit Karte, Chronik, Akteuren und geprüften Fakten.';

export const pageRoutes: PageRoute[] = [
  { path: '/', file: 'index.html', title: `${site} – ${ui.siteTagline}`, description: describe },
  {
    path: '/karte',
    module: 'src/features/map/map-page.tsx',
    file: 'karte.html',
    title: `${ui.places.title} – ${site}`,
    description: 'Alaska, die Ukraine und die Hauptstädte, um die es beim Gipfel in Alaska geht.',
  },
  {
    path: '/chronik',
    module: 'src/features/timeline/timeline-page.tsx',
    file: 'chronik.html',
    title: `${ui.timeline.title} – ${site}`,
    description: 'Der Krieg in der Ukraine und seine Vorgeschichte, von 1867 bis zum Gipfel 2025.',
  },
  {
    path: '/akteure',
    module: 'src/features/actors/actors-page.tsx',
    file: 'akteure.html',
    title: `${ui.actors.title} – ${site}`,
    description: 'USA, Russland, Ukraine, EU, NATO und der Internationale Strafgerichtshof.',
  },
  {
    path: '/glossar',
    module: 'src/features/glossary/glossary-page.tsx',
    file: 'glossar.html',
    title: `${ui.glossary.title} – ${site}`,
    description: 'Die Begriffe des Artikels zum Gipfel in Alaska, erklärt und belegt.',
  },
  {
    path: '/quellen',
    module: 'src/features/sources/sources-page.tsx',
    file: 'quellen.html',
    title: `${ui.sourcesPage.title} – ${site}`,
    description: 'Alle Quellen, der Stand der Inhalte und die Korrekturen.',
  },
];

export const notFoundRoute: PageRoute = {
  path: '/404',
  file: '404.html',
  title: `${ui.notFound.title} – ${site}`,
  description: describe,
};

export function routeFor(pathname: string): PageRoute {
  const clean = pathname.replace(/\/+$/, '') || '/';
  return pageRoutes.find((r) => r.path === clean) ?? notFoundRoute;
}
