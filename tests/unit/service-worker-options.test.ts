import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { notFoundRoute, pageRoutes } from '../../src/app/site';
import { hasDataFile } from '../../scripts/article.mjs';
import { serviceWorkerOptions } from '../../scripts/service-worker-options';

/** The files a build of this article writes that a reader can reach (or print, or see). */
const reachable = [
  ...[...pageRoutes, notFoundRoute].map((route) => route.file),
  'assets/index-Bx1.js',
  'assets/index-Cs2.css',
  'assets/map-visual-Dq3.js',
  'assets/geo/world-Ea4.js',
  'druck/einleitung.svg',
  'druck/ohne-die-ukraine.svg',
  ...(hasDataFile('summit') ? ['bilder/gipfel-640.webp', 'bilder/gipfel-1280.webp'] : []),
  'favicon.svg',
];
/** Files of the build that only crawlers or the browser itself fetch. */
const unreachable = ['social-preview.png', 'robots.txt', 'sw.js'];

const dist = mkdtempSync(join(tmpdir(), 'sw-precache-'));
for (const file of [...reachable, ...unreachable]) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), file);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** What Workbox lists for precaching in that build, from the options sw.js is generated with. */
async function precache() {
  const { globPatterns, globIgnores } = serviceWorkerOptions.workbox!;
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns,
    globIgnores,
  });
  return { urls: (manifestEntries ?? []).map((entry) => entry.url).sort(), warnings };
}

describe('the service worker’s precache, in a build of this article', () => {
  it('holds every page of routes.ts, the 404 page, every asset, the print pictures and the icon, and nothing else', async () => {
    const { urls, warnings } = await precache();
    expect(urls).toEqual([...reachable].sort());
    // A pattern that matches no file of the build (Workbox warns) names a file that is not there.
    expect(warnings).toEqual([]);
  });
});
