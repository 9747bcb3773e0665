/**
 * Writes one HTML file per route into dist/: the built index.html with the route's rendered page,
 * its title and description. `vite preview` (and most static hosts) serve /karte from karte.html.
 */
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { defaultOutDir } from './article.mjs';
import type * as ServerModule from '../src/entry-server';
import type { PageRoute } from '../src/app/routes';
import { SOCIAL_IMAGE, writeSocialImage } from './social-image';

type ServerEntry = typeof ServerModule;

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env.OUT_DIR ?? defaultOutDir();
const dist = `${root}${outDir}/`;
const ssrDir = `${root}${outDir}-ssr/`;

// The server entry is built by Vite's SSR build into a temporary folder, then removed.
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true },
});
const server = (await import(pathToFileURL(`${ssrDir}entry-server.js`).href)) as ServerEntry;

await Promise.all([server.loadSources(), server.loadDetailTexts()]);
const base = process.env.BASE_PATH ?? '/';
const template = readFileSync(`${dist}index.html`, 'utf8');
interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8')) as Record<
  string,
  ManifestChunk
>;

/** Each page's own chunk (a lazy module): its stylesheets are linked in its prerendered HTML. */
const pageModules: Partial<Record<PageRoute['kind'], string>> = {
  map: 'src/features/map/map-page.tsx',
  timeline: 'src/features/timeline/timeline-page.tsx',
  actors: 'src/features/actors/actors-page.tsx',
  glossary: 'src/features/glossary/glossary-page.tsx',
  sources: 'src/features/sources/sources-page.tsx',
  embed: 'src/app/embed.tsx',
};

/**
 * The stylesheets a lazy page needs, so its HTML paints styled before any script runs. Its scripts
 * are not preloaded: they are fetched after the first paint (src/entry-client.ts), and a preload
 * would compete with the HTML and the stylesheet for the first paint.
 */
function stylesheetsOf(module: string | undefined): string[] {
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    chunk.css?.forEach((file) => css.add(file));
    chunk.imports?.forEach(visit);
  };
  if (module) visit(module);
  return [...css];
}
const linked = new Set(template.match(/(?<=(?:href|src)="[^"]*)assets\/[^"]+/g) ?? []);

// The head of every page: title, description, canonical address (with SITE_URL), Open Graph and
// Twitter card, and the preview image they name, drawn from the app's own data (src/app/head.ts).
const siteUrl = server.parseSiteUrl(process.env.SITE_URL, base);
const image = {
  ...SOCIAL_IMAGE,
  ...writeSocialImage(`${dist}${SOCIAL_IMAGE.file}`, server.ui.byline),
};
console.log(
  `preview image → ${outDir}/${image.file} (${image.width}×${image.height}); ` +
    (siteUrl ? `site ${siteUrl}` : 'no SITE_URL: no canonical or og:url, relative og:image'),
);

for (const route of [...server.pageRoutes, server.notFoundRoute]) {
  // Rendered at the address the browser shows (below the base path), with the client's basename.
  const html = await server.render(`${base}${route.path.slice(1)}`, base.replace(/\/$/, '') || '/');
  const links = stylesheetsOf(pageModules[route.kind])
    .filter((f) => !linked.has(f))
    .map((f) => `<link rel="stylesheet" href="${base}${f}">`)
    .join('');
  const head = server.headTags(route, { base, ...(siteUrl ? { siteUrl } : {}), image });
  const page = server
    .withHeadTags(template, head)
    .replace('</head>', `${links}</head>`)
    .replace('<div id="root"></div>', `<div id="root" data-route="${route.path}">${html}</div>`);
  if (!page.includes(`data-route="${route.path}"`))
    throw new Error('index.html has no empty #root');
  mkdirSync(dirname(`${dist}${route.file}`), { recursive: true });
  writeFileSync(`${dist}${route.file}`, page);
  console.log(
    `prerendered ${route.path} → ${outDir}/${route.file} (${(page.length / 1024).toFixed(1)} KB)`,
  );
}
rmSync(ssrDir, { recursive: true, force: true });
// The manifest served its purpose here; it is not part of the site.
rmSync(`${dist}.vite`, { recursive: true, force: true });
