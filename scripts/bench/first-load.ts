/**
 * What `/` costs on first load: every JS and CSS file the page requests until the network is idle
 * (no scrolling, no input), each compressed with gzip -9; and every other script of the build
 * (the lazy chunks) for comparison.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { guardedContext } from './browser.ts';
import type { PreviewServer } from './server.ts';

export interface AssetSize {
  /** Path inside the build folder, e.g. assets/index-abc.js. */
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzip: number;
}

export interface FirstLoad {
  viewport: string;
  js: AssetSize[];
  css: AssetSize[];
  jsGzip: number;
  cssGzip: number;
  /** The served HTML of the page itself, gzip -9. */
  htmlGzip: number;
  requests: number;
}

export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

function kindOf(path: string, resourceType: string): AssetSize['kind'] | null {
  if (/\.(m?js)$/i.test(path) || resourceType === 'script') return 'js';
  if (/\.css$/i.test(path) || resourceType === 'stylesheet') return 'css';
  return null;
}

export async function measureFirstLoad(
  browser: Browser,
  server: PreviewServer,
  outDir: string,
  viewportName: string,
  options: BrowserContextOptions,
  external: string[],
): Promise<FirstLoad> {
  const context = await guardedContext(browser, options, external);
  try {
    const page = await context.newPage();
    const seen = new Map<string, AssetSize['kind']>();
    let requests = 0;
    page.on('request', (request) => {
      requests++;
      const url = new URL(request.url());
      const kind = kindOf(url.pathname, request.resourceType());
      if (kind && url.origin === server.origin) seen.set(url.pathname, kind);
    });
    const response = await page.goto(server.url('/'), { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`GET / answered ${response?.status()}`);
    // Work scheduled for idle time (prefetches) counts too: wait until the network stays quiet.
    for (let before = -1; before !== requests;) {
      before = requests;
      await page.waitForTimeout(1000);
      await page.waitForLoadState('networkidle');
    }
    const htmlGzip = gzipSize(await response.body());

    const assets: AssetSize[] = [];
    for (const [pathname, kind] of seen) {
      const file = decodeURIComponent(pathname.slice(server.base.length));
      const onDisk = join(outDir, file);
      let data: Buffer;
      if (existsSync(onDisk) && statSync(onDisk).isFile()) data = readFileSync(onDisk);
      else {
        const fetched = await fetch(`${server.origin}${pathname}`);
        data = Buffer.from(await fetched.arrayBuffer());
      }
      assets.push({ file, kind, bytes: data.length, gzip: gzipSize(data) });
    }
    const js = assets.filter((a) => a.kind === 'js').sort((a, b) => b.gzip - a.gzip);
    const css = assets.filter((a) => a.kind === 'css').sort((a, b) => b.gzip - a.gzip);
    const sum = (list: AssetSize[]) => list.reduce((total, a) => total + a.gzip, 0);
    return {
      viewport: viewportName,
      js,
      css,
      jsGzip: sum(js),
      cssGzip: sum(css),
      htmlGzip,
      requests,
    };
  } finally {
    await context.close();
  }
}

/** Every JS and CSS file in the build's assets folder, gzip -9. */
export function buildAssets(outDir: string): AssetSize[] {
  const assetsDir = join(outDir, 'assets');
  const out: AssetSize[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const kind = kindOf(name, '');
        if (!kind) continue;
        const data = readFileSync(path);
        out.push({ file: relative(outDir, path), kind, bytes: data.length, gzip: gzipSize(data) });
      }
    }
  };
  if (existsSync(assetsDir)) walk(assetsDir);
  return out.sort((a, b) => b.gzip - a.gzip);
}
