/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { defaultOutDir } from './scripts/article.mjs';
import { articleModules } from './scripts/vite/article.ts';
import { actorStyles } from './scripts/vite/actor-styles.ts';
import { leanContent } from './scripts/vite/lean-content.ts';
import { openingFigurePlugin } from './scripts/vite/opening-figure.ts';
import { routerTreeShaking } from './scripts/vite/router-tree-shaking.ts';

// BASE_PATH lets the static build live below a sub-path (e.g. /erklaert/alaska/).
const base = process.env.BASE_PATH ?? '/';
// OUT_DIR lets several builds live side by side (e.g. while comparing two versions); by default
// the default article builds to dist/, any other to dist-<id>/.
const outDir = process.env.OUT_DIR ?? defaultOutDir();

/**
 * `vite preview` answers unknown pages with the prerendered 404 page and status 404, like a static
 * host: a page is known when the build wrote its HTML file (/karte: karte.html).
 */
function previewNotFound(): Plugin {
  const dist = new URL(`./${outDir}/`, import.meta.url);
  return {
    name: 'preview-not-found',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path =
          (req.url ?? '/')
            .split(/[?#]/)[0]!
            .slice(base.length - 1)
            .replace(/\/+$/, '') || '/';
        const page = path === '/' ? 'index.html' : `${path.slice(1)}.html`;
        if (/\.[a-z0-9]+$/i.test(path) || existsSync(new URL(page, dist))) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(new URL('404.html', dist)));
      });
    },
  };
}

export default defineConfig({
  base,
  plugins: [
    react(),
    articleModules(),
    actorStyles(),
    leanContent(),
    openingFigurePlugin(),
    previewNotFound(),
    routerTreeShaking(),
  ],
  build: {
    target: 'es2022',
    outDir,
    // The prerender reads it to link each page's own stylesheets into its HTML.
    manifest: true,
    // Every browser the app supports knows <link rel="modulepreload">: no polyfill in the entry.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the story needs on its first load travels in one chunk (compressed together),
        // while the pages, views, their libraries and the geography stay chunks of their own.
        codeSplitting: {
          groups: [
            // The entry fetches the app (src/app/hydrate.tsx and all it needs) after the first
            // paint through Vite's preload helper; the helper gets a chunk of its own so the
            // entry does not import the app chunk.
            { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 3 },
            // The note for code that could not be loaded: the entry shows it when the app's
            // chunk fails, so it must not travel in that chunk (the app uses it too).
            {
              name: 'load-failure',
              test: /[\\/]src[\\/](load-failure\.ts|locales[\\/][a-z]{2}[\\/]loading\.ts)$/,
              priority: 3,
            },
            // The callouts are drawn only by the views (map, timeline, diagram), which are lazy:
            // their layer and placement travel with the views, not in the first load, and so does
            // the text width estimate the timeline and the diagram lay out their labels with.
            // (Below the app's priority, so that the libraries they use stay in the app's chunk.)
            {
              name: 'callouts',
              test: /[\\/]src[\\/](components[\\/]ui[\\/]callout-layer\.tsx|lib[\\/](callout-placement|text-width)\.ts)$/,
              priority: 1,
            },
            // The app takes all of src/lib and src/components but the helpers only the lazy views
            // use (the map, the timeline): those travel with the views, not in the first load.
            // (useCoarsePointer stays: a line on useMediaQuery, cheaper than a chunk of its own.)
            {
              name: 'app',
              priority: 2,
              test: /^(?!.*[\\/](?:(?:callout-(?:layer|placement)|text-width|print-(?:block|edition)|not-found|embed|use-(?:element-size|after-paint|reveal-per-task|latest|loaded)|after-commit)\.tsx?|embed\.css)$).*(?:node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]|[\\/]src[\\/](app|components(?![\\/]facts[\\/](?:fact-detail|popover-sheet))|lib|features[\\/]story)[\\/]|[\\/]src[\\/]content[\\/](?!detail-data\.ts$|stakeholders\.ts|phases\.ts$|map\.ts$)|[\\/]src[\\/]locales[\\/][a-z]{2}[\\/]ui\.ts$|[\\/]src[\\/]articles[\\/][^\\/]+[\\/](?!data[\\/](sources|relations|positions|phases|diagram|events|places|actors|terms|notes|site|map)\.json$|geo[\\/]|record[\\/](?![^\\/]+\.txt)))/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    // Above the waits' ceiling (src/testing/setup.ts): a busy machine is slow, not wrong.
    testTimeout: 20_000,
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
  },
});
