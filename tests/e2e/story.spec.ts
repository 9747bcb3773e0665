import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Scrolls so that the element's top sits just above the story's reading line (55 % down). */
async function scrollToReadingLine(page: Page, selector: string) {
  await page.locator(selector).evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.5, behavior: 'instant' });
  });
}

const sectionIds = [
  'naehe-und-misstrauen',
  'ohne-die-ukraine',
  'europas-sorge',
  'putin-auf-augenhoehe',
  'symbolik-und-substanz',
];

test('scrolling the story switches the panel and the address per section, without history entries', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  const historyLength = await page.evaluate(() => history.length);
  for (const [index, id] of sectionIds.entries()) {
    await scrollToReadingLine(page, `#${id}`);
    await expect(panel.locator('.context__kicker')).toHaveText(`Abschnitt ${index + 1} von 5`);
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(
      page
        .getByRole('navigation', { name: 'Inhaltsverzeichnis' })
        .locator('[aria-current="location"]'),
    ).toHaveAttribute('href', `#${id}`);
  }
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('a step paragraph changes the panel further', async ({ page }) => {
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  await scrollToReadingLine(page, '#ohne-die-ukraine-1');
  await expect(panel.locator('.context__events')).toContainText('1945');
  await scrollToReadingLine(page, '#ohne-die-ukraine-2');
  await expect(panel.locator('.context__events')).toContainText('2014');
  await expect(panel.locator('.context__events')).not.toContainText('1945');
});

test('an annotation opens and closes by keyboard alone, and focus returns to it', async ({
  page,
}) => {
  await page.goto('/');
  const mention = page.locator('#anm-yalta-1');
  await mention.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();
  await expect(dialog).toContainText('Belegte Tatsache');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Schließen' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(mention).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('the actor filter survives reload and follows back and forward', async ({ page }) => {
  await page.goto('/');
  const panel = page.getByRole('group', { name: 'Nach Akteur filtern' }).first();
  await panel.getByRole('button', { name: 'Ukraine', pressed: false }).click();
  await expect(page).toHaveURL(/\?akteur=ukraine(#[\w-]+)?$/);
  await panel.getByRole('button', { name: 'EU', pressed: false }).click();
  await expect(page).toHaveURL(/\?akteur=ukraine,eu(#[\w-]+)?$/);
  await expect(page.getByRole('button', { name: 'Präsident Selenskyj' })).toHaveAttribute(
    'data-emphasis',
    'match',
  );
  await expect(page.getByRole('button', { name: 'Wladimir Putin' }).first()).toHaveAttribute(
    'data-emphasis',
    'dimmed',
  );

  await page.reload();
  await expect(panel.getByRole('button', { name: 'EU', pressed: true })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?akteur=ukraine(#[\w-]+)?$/);
  await expect(panel.getByRole('button', { name: 'EU', pressed: false })).toBeVisible();
  await page.goForward();
  await expect(panel.getByRole('button', { name: 'EU', pressed: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Filter aufheben' }).click();
  await expect(page).toHaveURL(/\/(#[\w-]+)?$/);
  await expect(page.getByRole('button', { name: 'Präsident Selenskyj' })).toHaveAttribute(
    'data-emphasis',
    'neutral',
  );
});

test('an unknown actor in a link is ignored with a visible note', async ({ page }) => {
  await page.goto('/?akteur=ukraine,%3Cscript%3Ealert(1)%3C/script%3E');
  await expect(page.getByRole('status')).toContainText(
    'unbekannten Akteur (<script>alert(1)</script>)',
  );
  await expect(page.getByRole('button', { name: 'Ukraine', pressed: true })).toBeVisible();
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});

test('with reduced motion the page does not scroll smoothly', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'auto',
  );
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'smooth',
  );
});

test('the reading progress bar grows as the reader scrolls', async ({ page }) => {
  await page.goto('/');
  const scale = () =>
    page
      .locator('.story__progress')
      .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(await scale()).toBeLessThan(0.05);
  await page.evaluate(() =>
    window.scrollTo({
      top: (document.documentElement.scrollHeight - innerHeight) / 2,
      behavior: 'instant',
    }),
  );
  await expect.poll(scale).toBeGreaterThan(0.4);
  expect(await scale()).toBeLessThan(0.6);
});

test('a returning reader is offered to continue where they stopped', async ({ page }) => {
  await page.goto('/');
  await scrollToReadingLine(page, '#europas-sorge');
  await expect(page).toHaveURL(/#europas-sorge$/);
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Weiterlesen' });
  await expect(offer).toContainText('Europas Sorge');
  await offer.getByRole('link', { name: 'Dort weiterlesen' }).click();
  await expect(offer).toBeHidden();
  await expect(page).toHaveURL(/#europas-sorge$/);
  expect(await page.evaluate(() => localStorage.length)).toBe(1);
});
