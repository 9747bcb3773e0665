import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { articleText } from './article-data';

const text = articleText();
const paragraphs = text
  .replace(/\n\s*\n\s*\n\s*\n/g, ' ')
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter(Boolean);

test.describe('an unknown address', () => {
  // Chromium logs the 404 status of the page itself to the console.
  test.use({ allowedConsole: [/status of 404/] });
  test('answers 404 with a way back to the article', async ({ page }) => {
    const response = await page.goto('/gibt-es-nicht');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();
    await page.getByRole('link', { name: 'Zum Artikel' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Trump und Putin treffen sich in Alaska',
    );
  });
  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/gibt-es-nicht');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});

test('every route answers with its content in the served HTML', async ({ request }) => {
  const expectations: [string, string][] = [
    ['/', 'Autor: Andreas M. Brucker'],
    ['/karte', 'Anchorage'],
    ['/chronik', '1867'],
    ['/akteure', 'Internationaler Strafgerichtshof'],
    ['/glossar', 'Sicherheitsgarantien'],
    ['/quellen', 'Korrekturen und Änderungen'],
  ];
  for (const [path, text] of expectations) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).toContain('<html lang="de">');
    expect(html.replace(/<[^>]+>/g, ''), path).toContain(text);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the article reads completely, with its byline and table of contents', async ({ page }) => {
    await page.goto('/');
    const text = (await page.locator('article').innerText()).replace(/\s+/g, ' ');
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    await expect(
      page.getByRole('navigation', { name: 'Inhaltsverzeichnis' }).getByRole('link'),
    ).toHaveCount(6);
  });
});

for (const path of ['/', '/glossar', '/karte', '/chronik', '/akteure', '/quellen']) {
  test(`axe finds no accessibility violations on ${path}`, async ({ page }) => {
    // Every page is thousands of nodes for axe to check (the sources page most); on a phone's
    // pixel ratio of 3 on a busy machine a check can take half a minute.
    test.slow();
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test('no page is wider than the screen', async ({ page }) => {
  for (const path of ['/', '/karte', '/chronik', '/akteure', '/glossar', '/quellen']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the story hydrates without a mismatch at every width', async ({ page }) => {
  for (const width of [320, 390, 800, 1100, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await expect(page.locator('.story')).toBeVisible();
  }
});

test('the epilogue opens the sources of its events on demand', async ({ page }) => {
  await page.goto('/');
  const epilogue = page.getByRole('region', { name: 'Was danach geschah' });
  await epilogue.getByRole('button', { name: 'Quellen und Einzelheiten' }).first().click();
  await expect(
    page.getByRole('dialog').getByRole('link', { name: /Trump–Putin summit breaks up/ }),
  ).toBeVisible();
});

test('axe finds no violations with a filter on and a popover open', async ({ page }) => {
  await page.goto('/?akteur=russland');
  await page
    .getByRole('button', { name: 'Die juristische Sondersituation dieses US-Bundesstaats' })
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test.describe('at 320 px (or 200 % zoom of a 640 px window)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page loses content sideways', async ({ page }) => {
    for (const path of ['/', '/glossar', '/quellen']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test('a page that is its own chunk links its stylesheets in its HTML, so it paints styled', async ({
  request,
}) => {
  const html = await (await request.get('/chronik')).text();
  expect(html.match(/<link rel="stylesheet"[^>]*timeline-page-[\w-]+\.css/g)).toHaveLength(1);
  const story = await (await request.get('/')).text();
  expect(story.match(/<link rel="stylesheet"/g)).toHaveLength(1);
});

test('no prerendered page carries an inline script (the CSP forbids them)', async ({ request }) => {
  for (const path of [
    '/',
    '/karte',
    '/chronik',
    '/akteure',
    '/glossar',
    '/quellen',
    '/gibt-es-nicht',
  ]) {
    const html = await (await request.get(path)).text();
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], path).toEqual([]);
  }
});
