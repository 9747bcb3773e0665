import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './app/app';

export { pageRoutes, notFoundRoute } from './app/routes';
export { loadSources } from './content/sources';

/** Renders one route to HTML for the prerender step (scripts/prerender.ts). */
export function render(url: string, basename = '/'): string {
  return renderToString(
    <StrictMode>
      <StaticRouter location={url} basename={basename}>
        <App />
      </StaticRouter>
    </StrictMode>,
  );
}
