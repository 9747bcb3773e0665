import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { articleModules } from './article.ts';
import { hasDataFile } from '../article.mjs';
import { OPENING_FILES } from '../../src/features/story/opening-files.ts';
import type * as Generator from '../figures/opening-figure';

type OpeningSize = keyof typeof OPENING_FILES;
const sizes = Object.keys(OPENING_FILES) as OpeningSize[];
const GENERATOR = '/scripts/figures/opening-figure.ts';

/** The pictures, drawn by the generator as Vite loads it (TypeScript, JSON, the app's modules). */
async function draw(server: ViteDevServer): Promise<Record<OpeningSize, string>> {
  const { openingFigure } = (await server.ssrLoadModule(GENERATOR)) as typeof Generator;
  return Object.fromEntries(sizes.map((size) => [size, openingFigure(size).svg])) as Record<
    OpeningSize,
    string
  >;
}

/** The pictures for a build, from a Vite server of their own (as scripts/print.ts does). */
async function drawForBuild(root: string): Promise<Record<OpeningSize, string>> {
  const server = await createServer({
    root,
    configFile: false,
    plugins: [articleModules()],
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await draw(server);
  } finally {
    await server.close();
  }
}

/**
 * The story's opening picture as files of the site: the client build writes them beside its
 * assets, the dev server draws them on request. Either way the page names them by path, so the
 * prerendered HTML and `npm run dev` show the same picture, and no script carries it.
 */
export function openingFigurePlugin(): Plugin {
  let base = '/';
  let root = process.cwd();
  let drawing: Promise<Record<OpeningSize, string>> | undefined;
  return {
    name: 'opening-figure',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0];
        const size = sizes.find((s) => path === `${base}${OPENING_FILES[s]}`);
        if (!size) return next();
        draw(server).then(
          (svgs) => {
            res.setHeader('Content-Type', 'image/svg+xml');
            res.end(svgs[size]);
          },
          (error: unknown) => next(error),
        );
      });
    },
    buildStart() {
      // Only the site's own build: the server entry's build (the prerender's) serves no files.
      // Drawn while the bundle is built, and written with it.
      if (this.environment.config.consumer !== 'client' || this.meta.watchMode) return;
      // An article without a summit at its centre (no summit.json) has no opening picture.
      if (!hasDataFile('summit')) return;
      drawing = drawForBuild(root);
      drawing.catch(() => {});
    },
    async generateBundle() {
      if (!drawing) return;
      const svgs = await drawing;
      for (const size of sizes) {
        this.emitFile({ type: 'asset', fileName: OPENING_FILES[size], source: svgs[size] });
      }
    },
  };
}
