import { content } from '../content';
import { notFoundRouteFor, pageRoutesFor, type PageRoute } from './routes';

/** This article's pages (src/app/routes.ts), for the app and the prerender. */
export const pageRoutes = pageRoutesFor(content.site);
export const notFoundRoute = notFoundRouteFor(content.site);

/** The page at a path, or the page for unknown addresses. */
export function routeFor(pathname: string): PageRoute {
  const clean = pathname.replace(/\/+$/, '') || '/';
  return pageRoutes.find((r) => r.path === clean) ?? notFoundRoute;
}
