import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { App } from './app/app';

export { pageRoutes, notFoundRoute } from './app/site';
export { loadSources } from './content/sources';
export { loadDetailTexts } from './content/detail-texts';
export { headTags, parseSiteUrl, withHeadTags } from './app/head';
/** The byline in the article's language, for the preview image (scripts/social-image.ts). */
export { ui } from '@locale/ui';

/** Renders one route to HTML for the prerender step (scripts/prerender.ts), lazy pages included. */
export async function render(url: string, basename = '/'): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <StaticRouter location={url} basename={basename}>
        <App />
      </StaticRouter>
    </StrictMode>,
    // One static document: never outline a boundary into a later chunk that needs an inline
    // script to reveal it (the Content-Security-Policy allows no inline scripts).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
