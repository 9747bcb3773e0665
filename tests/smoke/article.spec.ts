/**
 * The journey every article of the engine must carry, on its own build, with nothing but its
 * data to go on: scroll the story's steps, open an annotation, filter by an actor, and get the
 * 404 page at an unknown address. Runs once per article besides the default one (whose full
 * suite is tests/e2e/), in the projects playwright.config.ts makes for it.
 */
import type { Page } from '@playwright/test';
import { articleData } from '../e2e/article-data';
import { scrollToReadingLine } from '../e2e/page-helpers';
import { expect, test } from './article-fixtures';
import { routes as deRoutes } from '../../src/locales/de/routes';
import { routes as enRoutes } from '../../src/locales/en/routes';

interface Site {
  title: string;
  views: string[];
}
interface Article {
  sections: { id: string; steps: unknown[] }[];
}
interface Actor {
  id: string;
  name: string;
  filterable: boolean;
}

/** Scrolls a step's text to the reading line, and waits until the panel shows its picture. */
async function readStep(page: Page, id: string) {
  await scrollToReadingLine(page, `[data-step="${id}"]`);
  await expect(page.locator('.panel')).toHaveAttribute('data-shown-step', id);
}

test('the story reads step by step, each step showing its own picture', async ({
  page,
  article,
}) => {
  const site = articleData<Site>('site', article);
  await page.goto('/');
  await expect(page).toHaveTitle(new RegExp(`^${site.title}`));
  const steps = await page
    .locator('[data-step]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-step')!));
  const { sections } = articleData<Article>('article', article);
  expect(steps.length).toBeGreaterThanOrEqual(sections.length);
  for (const step of steps) await readStep(page, step);
});

test('an annotation opens its fact, and Escape closes it', async ({ page }) => {
  await page.goto('/');
  const mention = page.locator('.story__paragraph .anno').first();
  await mention.click();
  const detail = page.getByRole('dialog');
  await expect(detail).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(mention).toBeFocused();
});

test('the actor filter marks what names the actor, and the address keeps it', async ({
  page,
  article,
}) => {
  const actor = articleData<Actor[]>('actors', article).find((a) => a.filterable)!;
  await page.goto('/');
  const chip = page.locator('.filter:visible').first().getByRole('button', { name: actor.name });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.story')).toHaveAttribute('data-filter', actor.id);
  await expect(page).toHaveURL(new RegExp(`[?&][a-z]+=${actor.id}(&|$)`));
});

test('the navigation leads to the views the article has, and to no other', async ({
  page,
  article,
}) => {
  const site = articleData<Site>('site', article);
  await page.goto('/');
  const nav = page.getByRole('navigation').first();
  // The story, each view, the glossary and the sources.
  await expect(nav.getByRole('link')).toHaveCount(site.views.length + 3);
  for (const link of await nav.getByRole('link').all()) {
    await link.click();
    await expect(page.locator('h1').first()).toBeVisible();
  }
});

test.describe('an unknown address', () => {
  // The browser reports the 404 answer itself.
  test.use({ allowedConsole: [/status of 404/] });

  test('answers 404 with a way back to the story', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toBeVisible();
    await page.locator('main a[href="/"]').first().click();
    await expect(page.locator('[data-step]').first()).toBeVisible();
  });
});

/** The article's addresses, in its language (src/locales/<language>/routes.ts). */
function routesOf(article: string) {
  const { language } = articleData<{ language: string }>('article', article);
  const routes = language === 'en' ? enRoutes : deRoutes;
  const pageOf: Record<string, string> = {
    karte: routes.map,
    chronik: routes.timeline,
    akteure: routes.actors,
  };
  return { routes, pageOf };
}

test('each view the article has embeds alone, and links back to the whole explainer', async ({
  page,
  article,
}) => {
  const site = articleData<Site>('site', article);
  const { routes, pageOf } = routesOf(article);
  for (const view of site.views) {
    await page.goto(`${routes.embed}${pageOf[view]}`);
    await expect(page.locator('.embed__view')).toBeVisible();
    for (const chrome of ['header', 'nav', 'footer']) {
      await expect(page.locator(chrome), `${view}: ${chrome}`).toHaveCount(0);
    }
  }
  await page.getByRole('link', { name: new RegExp(`^${site.title}`) }).click();
  await expect(page.locator('[data-step]').first()).toBeVisible();
});

test('the sources page says how this article was checked, and speaks of a map only if it has one', async ({
  page,
  article,
}) => {
  const site = articleData<Site & { method: string[] }>('site', article);
  const { routes } = routesOf(article);
  await page.goto(routes.sources);
  for (const text of site.method) await expect(page.getByText(text)).toBeVisible();
  // An article with a map has data/map.json, whose method the page lists too.
  const hasMap = site.views.includes('karte');
  const mapMethod = hasMap ? articleData<{ method: string[] }>('map', article).method : [];
  await expect(page.locator('.sources-page__method li')).toHaveCount(
    site.method.length + mapMethod.length,
  );
});
