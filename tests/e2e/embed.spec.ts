import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Each view alone, for another site's page (/einbetten/karte, …): it fills whatever box it is
 * given, carries no masthead, navigation or footer, and links back to the whole explainer, which
 * opens in the reader's page, not in the frame.
 */

const embeds = [
  { path: '/einbetten/karte', view: '.leaflet-container' },
  { path: '/einbetten/chronik', view: '.timeline' },
  { path: '/einbetten/akteure', view: '.diagram svg' },
];
const more = 'Gipfel in Alaska: der ganze Erklärtext';

/** The box of an element, in the viewport of its own document. */
const box = (locator: Locator) =>
  locator.evaluate((el) => {
    const { left, top, right, bottom } = el.getBoundingClientRect();
    return { left, top, right, bottom };
  });

/** What an embedded view must be, in a page of its own or in a frame of `size`. */
async function expectEmbed(
  scope: Page | FrameLocator,
  view: string,
  size: { width: number; height: number },
) {
  await expect(scope.locator(view).first()).toBeVisible();
  for (const chrome of ['header', 'nav', 'footer', '.masthead', '.skip-link', '.panel']) {
    await expect(scope.locator(chrome), chrome).toHaveCount(0);
  }
  // The embed fills the box, no more, no less; the view takes what the link leaves.
  const frame = await box(scope.locator('.embed'));
  expect(frame.left).toBeCloseTo(0, 0);
  expect(frame.top).toBeCloseTo(0, 0);
  expect(Math.abs(frame.right - size.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(frame.bottom - size.height)).toBeLessThanOrEqual(1);
  const shown = await box(scope.locator('.embed__view'));
  expect(shown.bottom - shown.top).toBeGreaterThan(size.height * 0.6);
  const link = await box(scope.getByRole('link', { name: more }));
  expect(link.bottom).toBeLessThanOrEqual(size.height);
  const overflow = await scope
    .locator('html')
    .evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
}

for (const { path, view } of embeds) {
  test(`${path} shows its view alone, and links back to the explainer`, async ({ page }) => {
    await page.goto(path);
    await expectEmbed(page, view, page.viewportSize()!);
    await expect(page).toHaveTitle(/ – Gipfel in Alaska$/);
    await page.getByRole('link', { name: more }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Trump und Putin treffen sich in Alaska',
    );
  });
}

test('the served HTML of an embed has its link and no site chrome', async ({ request }) => {
  for (const { path } of embeds) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(more);
    expect(html, path).not.toMatch(/<header|<nav|class="masthead/);
  }
});

test('an embed keeps the actor filter of its address, and gives it to the link back', async ({
  page,
}) => {
  await page.goto('/einbetten/akteure?akteur=ukraine');
  await expect(page.locator('.diagram svg')).toBeVisible();
  await expect(page.getByRole('link', { name: more })).toHaveAttribute('href', '/?akteur=ukraine');
});

test.describe('an address below /einbetten/ that is no view', () => {
  test.use({ allowedConsole: [/status of 404/] });
  test('answers 404', async ({ page }) => {
    const response = await page.goto('/einbetten/gibt-es-nicht');
    expect(response?.status()).toBe(404);
  });
});

test.describe('in another site’s page', () => {
  /**
   * A small host page with the snippet of docs/EDITING.md. Written into the blank first page
   * (setContent): a page the test would serve under another address counts as a public site for
   * Chromium, which then refuses the frame from this machine's server.
   */
  const hostPage = (src: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8">
    <title>Gastseite</title></head><body style="margin:2rem;font-family:sans-serif">
    <h1>Ein Artikel einer anderen Redaktion</h1>
    <iframe src="${src}" title="Grafik" width="100%" height="480" style="border:0;display:block"></iframe>
    <p>Weiter im Text der Gastseite.</p></body></html>`;

  /** The host page with the embed at `path`; its frame once the embed has hydrated. */
  async function embedded(page: Page, src: string): Promise<FrameLocator> {
    // Not page.goto: the host page is not the app, and never marks itself hydrated.
    await page.setContent(hostPage(src));
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 15_000 });
    return frame;
  }

  for (const { path, view } of embeds) {
    test(`${path} fills its frame, and its link opens the explainer in the page`, async ({
      page,
      baseURL,
    }) => {
      const frame = await embedded(page, `${baseURL}${path}`);
      const size = await page.locator('iframe').evaluate((el) => ({
        width: el.clientWidth,
        height: el.clientHeight,
      }));
      await expectEmbed(frame, view, size);
      await frame.getByRole('link', { name: more }).click();
      await page.waitForURL(`${baseURL}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        'Trump und Putin treffen sich in Alaska',
      );
    });
  }

  test('a diagram node opens the actors page in the page, not in the frame', async ({
    page,
    baseURL,
  }) => {
    const frame = await embedded(page, `${baseURL}/einbetten/akteure`);
    await frame
      .getByRole('link', { name: /^Russland/ })
      .first()
      .click();
    await page.waitForURL(/\/akteure\?knoten=russland/);
    await expect(page.locator('.masthead')).toBeVisible();
  });
});
