import { ui } from '@locale/ui';
import { routes, viewOfPage, type PageKind } from '../lib/routes';
import type { View } from '../content/schema';

/**
 * Every page of the explainer: its path, file in the static build and title. Descriptions and the
 * other head tags are build-time only (src/app/head.ts). Pure, so that the build's scripts can
 * ask for an article's pages without loading the app (scripts/service-worker-options.ts).
 */
export interface PageRoute {
  path: string;
  file: string;
  title: string;
  /**
   * What the page is: the story, one of the pages beside it, a view alone for embedding, or the
   * page for unknown addresses.
   */
  kind: PageKind | 'story' | 'embed' | 'notFound';
  /** The view an embedded page shows (only an embedded page has one). */
  view?: View;
}

/** What an article's pages are named after, and which views it has (its site.json). */
export interface SiteNames {
  title: string;
  tagline: string;
  views: readonly View[];
}

/** The file of a page in the static build: its path's name (/karte: karte.html). */
const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

const pages: { kind: PageKind; title: string }[] = [
  { kind: 'map', title: ui.places.title },
  { kind: 'timeline', title: ui.timeline.title },
  { kind: 'actors', title: ui.actors.title },
  { kind: 'glossary', title: ui.glossary.title },
  { kind: 'sources', title: ui.sourcesPage.title },
];

/** The pages of an article: the story, a page per view it has, the glossary and the sources. */
export function pageRoutesFor(site: SiteNames): PageRoute[] {
  const shown = pages.filter(({ kind }) => {
    const view = viewOfPage[kind];
    return !view || site.views.includes(view);
  });
  return [
    {
      kind: 'story',
      path: routes.story,
      file: fileOf(routes.story),
      title: `${site.title} – ${site.tagline}`,
    },
    ...shown.map(({ kind, title }) => ({
      path: routes[kind],
      kind,
      file: fileOf(routes[kind]),
      title: `${title} – ${site.title}`,
    })),
    // Each view alone, for another site to embed (/einbetten/karte): only the views it has.
    ...shown.flatMap(({ kind, title }) => {
      const view = viewOfPage[kind];
      const path = `${routes.embed}${routes[kind]}`;
      return view
        ? [
            {
              kind: 'embed' as const,
              view,
              path,
              file: fileOf(path),
              title: `${title} – ${site.title}`,
            },
          ]
        : [];
    }),
  ];
}

/** The page for unknown addresses. */
export function notFoundRouteFor(site: SiteNames): PageRoute {
  return {
    kind: 'notFound',
    path: '/404',
    file: '404.html',
    title: `${ui.notFound.title} – ${site.title}`,
  };
}
