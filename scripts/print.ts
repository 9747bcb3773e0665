/**
 * Build step after the prerender: the printed story's additions (see scripts/print/edition.tsx).
 * Writes one picture per section to `<out>/druck/<section>.svg` and puts the print-only block
 * (pictures, context card, sources list) and its reading order into the page of `/`.
 * A service worker that precaches the build must be generated after this step.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { defaultOutDir } from './article.mjs';
import { articleModules } from './vite/article';
import { leanContent } from './vite/lean-content.ts';
import type * as EditionModule from './print/edition';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env.OUT_DIR ?? defaultOutDir();
const dist = `${root}${outDir}/`;
const base = process.env.BASE_PATH ?? '/';

// Vite loads the modules (TypeScript, JSON, `?raw` imports) as the app's build does.
const server = await createServer({
  root,
  configFile: false,
  // The content's lean imports (src/content/index.ts) need their plugin.
  plugins: [articleModules(), leanContent()],
  logLevel: 'warn',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { buildEdition } = (await server.ssrLoadModule(
    '/scripts/print/edition.tsx',
  )) as typeof EditionModule;
  const edition = buildEdition(undefined, base);

  rmSync(`${dist}druck`, { recursive: true, force: true });
  mkdirSync(`${dist}druck`, { recursive: true });
  for (const figure of edition.figures) {
    if (!figure.svg) continue;
    writeFileSync(`${dist}druck/${figure.sectionId}.svg`, figure.svg);
    console.log(
      `print: ${outDir}/druck/${figure.sectionId}.svg (${(figure.svg.length / 1024).toFixed(1)} KB)`,
    );
  }

  const file = `${dist}index.html`;
  const page = readFileSync(file, 'utf8');
  if (page.includes('id="druck"')) throw new Error(`${file} already holds the print block`);
  if (!page.includes('data-route="/"')) throw new Error(`${file} is not the prerendered story`);
  const printed = page
    .replace('</head>', `<style media="print">${edition.css}</style></head>`)
    .replace(/<\/body>(?![\s\S]*<\/body>)/, `${edition.html}</body>`);
  writeFileSync(file, printed);
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  console.log(
    `print: ${outDir}/index.html ${(page.length / 1024).toFixed(1)} → ${(printed.length / 1024).toFixed(1)} KB` +
      ` (gzip ${(gz(page) / 1024).toFixed(1)} → ${(gz(printed) / 1024).toFixed(1)} KB)`,
  );
} finally {
  await server.close();
}
