import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { scrollElementTo } from './page-helpers';

/**
 * A flaky connection: a chunk of the app's code does not arrive. The prerendered article stays,
 * a polite note says the interactive parts could not be loaded, and trying again works.
 *
 * The browser itself reports a request that failed on the console ("Failed to load resource:
 * net::ERR_FAILED"), whoever made it. That one message is expected here, and only for the
 * request the test aborts: the console guard lets it through, and each test checks that every
 * such message names the aborted chunk. Anything else on the console (an uncaught rejection, an
 * error logged by the app) still fails the test.
 */
test.use({
  // One pattern: a list of two would be read as a fixture's value and options. Besides the
  // failed request: no service worker, which would fetch the chunks itself, past the route.
  allowedConsole: [
    /^Failed to load resource: net::ERR_FAILED$|Service Worker registration blocked by Playwright/,
  ],
  serviceWorkers: 'block',
});

/** Aborts every request for a matching chunk until `allow()`: the connection is back. */
async function failUntilAllowed(page: Page, chunk: RegExp) {
  const failed = new Set<string>();
  let blocked = true;
  let attempts = 0;
  await page.route(chunk, async (route) => {
    if (!blocked) return route.continue();
    attempts++;
    failed.add(route.request().url());
    await route.abort('failed');
  });
  const messages: ConsoleMessage[] = [];
  page.on('console', (message) => {
    if (/net::ERR_FAILED/.test(message.text())) messages.push(message);
  });
  return {
    allow: () => {
      blocked = false;
    },
    /** How often the page asked for the chunk while it could not come. */
    attempts: () => attempts,
    /** Every network failure the browser reported was the aborted chunk's. */
    onlyTheAbortedChunk: () => {
      expect(failed.size).toBe(1);
      for (const message of messages) expect(failed).toContain(message.location().url);
    },
  };
}

test('when the app’s code cannot be loaded, the article stays and a retry brings the app', async ({
  page,
}) => {
  const chunk = await failUntilAllowed(page, /\/assets\/app-[\w-]+\.js$/);
  // Not the fixture's goto: that waits for the app, which is what does not come.
  await page.mainFrame().goto('/');
  const note = page.getByRole('status').filter({ hasText: 'interaktiven Teile' });
  await expect(note).toContainText(
    'Die interaktiven Teile konnten nicht geladen werden. Der Artikel bleibt vollständig lesbar.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#europas-sorge-1')).toContainText('Brüssel');
  await expect(page.locator('html[data-hydrated]')).toHaveCount(0);

  chunk.allow();
  await note.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
  await expect(note).toHaveCount(0);
  // The app works: a filter chip filters.
  await page
    .getByRole('group', { name: 'Nach Akteur filtern' })
    .first()
    .getByRole('button', { name: 'Ukraine', exact: true })
    .click();
  await expect(page.locator('.story')).toHaveAttribute('data-filter', 'ukraine');
  chunk.onlyTheAbortedChunk();
});

test('when a view’s code cannot be loaded, the panel says so and a retry shows the view', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'the panel beside the text: desktop');
  const chunk = await failUntilAllowed(page, /\/assets\/map-visual-[\w-]+\.js$/);
  await page.goto('/');
  // The first step with the map: its paragraph at the reading line.
  await scrollElementTo(page, '[data-step="europas-sorge-1"]', 0.5);
  await page.mouse.wheel(0, 10);
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  const note = panel.getByRole('status');
  await expect(note).toContainText('Diese Grafik konnte nicht angezeigt werden');
  await expect(panel).toHaveAttribute('data-shown-step', 'europas-sorge-1');
  // Asked for once ahead of need and once to show it, maybe once more: not again and again.
  expect(chunk.attempts()).toBeLessThanOrEqual(3);
  chunk.allow();
  await note.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(panel.locator('.leaflet-container')).toBeVisible();
  await expect(note).toHaveCount(0);
  chunk.onlyTheAbortedChunk();
});

test('when a detail’s code cannot be loaded, a note offers to retry, which opens it', async ({
  page,
}) => {
  const chunk = await failUntilAllowed(page, /\/assets\/fact-detail-[\w-]+\.js$/);
  await page.goto('/');
  await page.locator('#anm-anchorage-1').click();
  const note = page.getByRole('status').filter({ hasText: 'interaktiven Teile' });
  await expect(note).toBeVisible();
  chunk.allow();
  await note.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(page.getByRole('dialog', { name: 'Anchorage' })).toBeVisible();
  await expect(note).toHaveCount(0);
  chunk.onlyTheAbortedChunk();
});
