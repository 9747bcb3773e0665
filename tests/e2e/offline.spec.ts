import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { notFoundRouteFor, pageRoutesFor, type SiteNames } from '../../src/app/routes';
import { articleData } from './article-data';
import { expect, test } from './fixtures';

// The same tests run against a build below a sub-path (BASE_PATH=/pfad/ for build and tests).
const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');
const at = (path: string) => `${base}${path}`;

/** After the first visit: the service worker has precached the build and controls the page. */
async function readyOffline(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/** The page came as its own prerendered HTML (not another page's, rendered afresh). */
async function servedAs(page: Page, route: string) {
  await expect(page.locator('#root')).toHaveAttribute('data-route', route);
}

/** A link in the masthead changes the page in place: the page is hydrated, not just painted. */
async function navigatesInPlace(page: Page, link: string, heading: RegExp) {
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
}

const site = articleData<SiteNames>('site');

test('the service worker precaches every page and every built file', async ({ request }) => {
  const outDir = new URL(`../../${process.env.OUT_DIR ?? 'dist'}/`, import.meta.url);
  const worker = await (await request.get(at('/sw.js'))).text();
  const files = [
    ...[...pageRoutesFor(site), notFoundRouteFor(site)].map((route) => route.file),
    ...readdirSync(new URL('assets/', outDir)).map((name) => `assets/${name}`),
    ...readdirSync(new URL('druck/', outDir)).map((name) => `druck/${name}`),
    // The story's opening picture, in both its sizes.
    ...readdirSync(new URL('bilder/', outDir)).map((name) => `bilder/${name}`),
    'favicon.svg',
  ];
  const precached = [...worker.matchAll(/\burl"?:\s*"([^"]+)"/g)].map((match) => match[1]);
  expect(precached.sort()).toEqual([...files].sort());
  const bytes = files.map((file) => readFileSync(new URL(file, outDir)));
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  test.info().annotations.push({
    type: 'precache',
    description: `${files.length} files, ${kib(bytes.reduce((sum, b) => sum + b.length, 0))} (gzip ${kib(bytes.reduce((sum, b) => sum + gzipSync(b).length, 0))})`,
  });
});

test.describe('after the first visit, without a network', () => {
  test.setTimeout(90_000);

  test('every page opens from the service worker and works', async ({ page, context }) => {
    await page.goto(at('/'));
    await readyOffline(page);
    // The worker serves the explainer's own path, below the base path of the build.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(
      new URL(at('/'), page.url()).href,
    );
    await context.setOffline(true);
    const fromNetwork: string[] = [];
    page.on('response', (response) => {
      if (/^https?:/.test(response.url()) && !response.fromServiceWorker()) {
        fromNetwork.push(response.url());
      }
    });

    // The story: an annotation opens its popover.
    await page.reload();
    await servedAs(page, '/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Trump und Putin treffen sich in Alaska',
    );
    await page.locator('#anm-yalta-1').click();
    await expect(page.getByRole('dialog')).toContainText('Belegte Tatsache');
    // Printing fetches the story's pictures: they are there too.
    const pictures = await page
      .locator('#druck img')
      .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
    expect(pictures.length).toBeGreaterThan(0);
    for (const src of pictures) {
      expect(await page.evaluate(async (url) => (await fetch(url)).ok, src), src).toBe(true);
    }

    // The map, with a place chosen in the address: its code and geography come from the cache.
    await page.goto(at('/karte?ort=anchorage#karte'));
    await servedAs(page, '/karte');
    await expect(page.getByRole('dialog', { name: /Anchorage/ })).toBeVisible();
    await expect(page.locator('.map[data-geo="ready"]')).toBeVisible();
    await navigatesInPlace(page, 'Chronik', /Chronik/);

    // The chronicle: an event opens into the address.
    await page.goto(at('/chronik?akteur=ukraine'));
    await servedAs(page, '/chronik');
    // By keyboard: on a phone the marks' touch areas overlap, and a tap there opens a chooser.
    await page.getByRole('button', { name: /^18\. März 2014: / }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/chronik\?akteur=ukraine&ereignis=crimea-annexation$/);

    // The actors: a node opens its detail.
    await page.goto(at('/akteure?akteur=ukraine'));
    await servedAs(page, '/akteure');
    const diagram = page.locator('.actors-figure .diagram');
    await diagram.getByRole('link', { name: 'Ukraine', exact: true }).click();
    await expect(page).toHaveURL(/\/akteure\?akteur=ukraine&knoten=ukraine$/);
    await expect(
      page
        .getByRole('region', { name: 'Details zur Auswahl' })
        .getByRole('heading', { name: 'Ukraine', level: 3 }),
    ).toBeVisible();

    await page.goto(at('/glossar'));
    await servedAs(page, '/glossar');
    await expect(page.getByText('Sicherheitsgarantien').first()).toBeVisible();
    await navigatesInPlace(page, 'Quellen', /Quellen/);
    await expect(page.getByRole('heading', { name: 'Korrekturen und Änderungen' })).toBeVisible();

    await page.goto(at('/quellen'));
    await servedAs(page, '/quellen');
    await navigatesInPlace(page, 'Glossar', /Glossar/);

    // An address that is no page: the 404 page, with its way back.
    await page.goto(at('/gibt-es-nicht'));
    await servedAs(page, '/404');
    await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();
    await page.getByRole('link', { name: 'Zum Artikel' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Trump und Putin treffen sich in Alaska',
    );

    expect(fromNetwork).toEqual([]);
  });

  test('a second visit loads every page without a byte from the network', async ({
    page,
    context,
  }) => {
    await page.goto(at('/'));
    await readyOffline(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const notFromWorker: string[] = [];
    let responses = 0;
    let bytes = 0;
    cdp.on('Network.responseReceived', ({ response }) => {
      if (!/^https?:/.test(response.url)) return;
      responses += 1;
      if (!response.fromServiceWorker) notFromWorker.push(response.url);
    });
    cdp.on('Network.loadingFinished', ({ encodedDataLength }) => (bytes += encodedDataLength));

    for (const path of [
      '/',
      '/karte?ort=anchorage',
      '/chronik',
      '/akteure',
      '/glossar',
      '/quellen',
    ]) {
      await page.goto(at(path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    test.info().annotations.push({
      type: 'second visit',
      description: `${responses} responses, all from the service worker; ${bytes} bytes over the network`,
    });
    expect(responses).toBeGreaterThan(10);
    expect(notFromWorker).toEqual([]);
    expect(bytes).toBe(0);
  });
});

/**
 * The site, passed through from the preview server, until a new build is published: from then on
 * its service worker differs by a byte, as after a deployment. A server of its own (its own
 * origin) keeps the other tests' browsers from ever seeing that version.
 */
async function deployment(target: string) {
  let version = '';
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', target);
      const upstream = await fetch(url, { headers: { accept: req.headers.accept ?? '*/*' } });
      let body = Buffer.from(await upstream.arrayBuffer());
      if (url.pathname.endsWith('/sw.js') && version) {
        body = Buffer.concat([body, Buffer.from(`\n// ${version}\n`)]);
      }
      const headers = [...upstream.headers].filter(
        ([name]) => !/^(content-(encoding|length)|transfer-encoding|connection|etag)$/i.test(name),
      );
      res.writeHead(upstream.status, Object.fromEntries(headers));
      res.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    publish: (name: string) => void (version = name),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

test.describe('a new version', () => {
  test.setTimeout(60_000);
  let site: Awaited<ReturnType<typeof deployment>>;
  test.beforeEach(async () => {
    site = await deployment(test.info().project.use.baseURL!);
  });
  test.afterEach(() => site.close());

  /** Publishes a new build and lets the browser look for it, as it does on every visit. */
  async function publishNewVersion(page: Page) {
    site.publish('neue Version');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
  }

  test('is offered politely, and taken only when the reader reloads', async ({ page }) => {
    await page.goto(`${site.origin}${at('/')}`);
    await readyOffline(page);
    const notice = page.getByRole('complementary', { name: 'Aktualisierung' });
    await expect(notice).toHaveCount(0);

    await publishNewVersion(page);
    await expect(notice.getByRole('status')).toHaveText('Neue Version verfügbar');
    // Its stylesheet came with it: it floats above the page instead of pushing it.
    await expect(notice).toHaveCSS('position', 'fixed');
    const axe = await new AxeBuilder({ page }).include('.update-notice').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    // Until then the page stays as it is, under the old worker, and keeps working.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.locator('#anm-yalta-1').click();
    await expect(page.getByRole('dialog')).toContainText('Belegte Tatsache');
    await page.keyboard.press('Escape');
    const waiting = () =>
      page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).waiting));
    expect(await waiting()).toBe(true);

    await notice.getByRole('button', { name: 'Neu laden' }).click();
    await page.waitForFunction(() => !(window as unknown as { stayed?: boolean }).stayed);
    await readyOffline(page);
    expect(await waiting()).toBe(false);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Trump und Putin treffen sich in Alaska',
    );
    await page.waitForLoadState('networkidle');
    await expect(notice).toHaveCount(0);
  });

  test('can be put off: the notice closes and the page stays', async ({ page }) => {
    await page.goto(`${site.origin}${at('/chronik')}`);
    await readyOffline(page);
    await publishNewVersion(page);
    const notice = page.getByRole('complementary', { name: 'Aktualisierung' });
    await notice.getByRole('button', { name: 'Hinweis schließen' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page).toHaveURL(/\/chronik$/);
  });
});

test.describe('without service workers', () => {
  test.use({
    serviceWorkers: 'block',
    // Playwright's stand-in for the blocked registration says so on the console.
    allowedConsole: [/Service Worker registration blocked by Playwright/],
  });

  test('the explainer works as before', async ({ page }) => {
    await page.goto(at('/karte?ort=anchorage'));
    await expect(page.getByRole('dialog', { name: /Anchorage/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await navigatesInPlace(page, 'Akteure', /Akteure/);
  });
});
