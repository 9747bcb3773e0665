import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mapAtRest, scrollElementTo } from './page-helpers';

/**
 * The views link to each other: from an annotation to the map, the chronicle or the diagram and
 * back to the paragraph; from a place to its events and paragraphs; from an event to its place and
 * actors. Every link keeps the actor filter, and the browser's back button returns the reader to
 * where they were on the page they left.
 */

const topOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Waits until the page has stopped scrolling (a smooth scroll may be under way). */
async function scrollSettled(page: Page): Promise<number> {
  let last = await scrollY(page);
  for (;;) {
    await page.waitForTimeout(150);
    const now = await scrollY(page);
    if (now === last) return now;
    last = now;
  }
}

/** “Where they were”: within 3 px (a phone's device pixels round scroll positions). */
const NEAR = 3;
const near = async (read: () => Promise<number>, expected: number) =>
  expect.poll(async () => Math.abs((await read()) - expected)).toBeLessThanOrEqual(NEAR);

test.describe('every link between the views keeps the filter', () => {
  test('an annotation links to the map, the chronicle, the diagram and to its paragraphs', async ({
    page,
  }) => {
    await page.goto('/?akteur=eu');
    const dialog = page.getByRole('dialog');

    await page.locator('#anm-brussels-1').click();
    await expect(dialog.getByRole('link', { name: 'Auf der Karte zeigen' })).toHaveAttribute(
      'href',
      '/karte?ort=brussels&akteur=eu',
    );
    await expect(dialog.getByRole('link', { name: 'Europas Sorge' })).toHaveAttribute(
      'href',
      '/?akteur=eu#europas-sorge-1',
    );
    await page.keyboard.press('Escape');

    await page.locator('#anm-yalta-1').click();
    await expect(dialog.getByRole('link', { name: 'In der Chronik zeigen' })).toHaveAttribute(
      'href',
      '/chronik?ereignis=yalta&akteur=eu',
    );
    // An event names its actors, each a way into the diagram.
    await expect(dialog.getByRole('link', { name: 'Russland' })).toHaveAttribute(
      'href',
      '/akteure?knoten=russland&akteur=eu',
    );
    await page.keyboard.press('Escape');

    await page.locator('#anm-nato-1').click();
    await expect(dialog.getByRole('link', { name: 'Im Diagramm zeigen' })).toHaveAttribute(
      'href',
      '/akteure?knoten=nato&akteur=eu',
    );
    await page.keyboard.press('Escape');

    // A fact-check note lists its events as links into the chronicle.
    await page.locator('#anm-patt-1').click();
    await expect(
      dialog.getByRole('link', { name: 'Ukrainische Truppen rücken in Cherson ein' }),
    ).toHaveAttribute('href', '/chronik?ereignis=kherson-liberated&akteur=eu');
  });

  test('a place on the map links to its events and its paragraphs', async ({ page }) => {
    await page.goto('/karte?akteur=ukraine&ort=kyiv');
    const detail = page.getByRole('dialog', { name: 'Kiew' });
    await expect(
      detail.getByRole('link', { name: 'Russlands großangelegte Invasion der Ukraine' }),
    ).toHaveAttribute('href', '/chronik?ereignis=full-scale-invasion&akteur=ukraine');
    await expect(detail.getByRole('link', { name: 'Ohne die Ukraine' })).toHaveAttribute(
      'href',
      '/?akteur=ukraine#ohne-die-ukraine-1',
    );
  });

  test('an event in the chronicle links to its place, its actors and its paragraphs', async ({
    page,
  }) => {
    await page.goto('/chronik?akteur=ukraine&ereignis=full-scale-invasion');
    const card = page.locator('.timeline__card[data-event-detail="full-scale-invasion"]');
    await expect(card.getByRole('link', { name: 'Auf der Karte zeigen' })).toHaveAttribute(
      'href',
      '/karte?ort=kyiv&akteur=ukraine',
    );
    for (const [name, id] of [
      ['Russland', 'russland'],
      ['Ukraine', 'ukraine'],
    ]) {
      await expect(card.getByRole('link', { name, exact: true })).toHaveAttribute(
        'href',
        `/akteure?knoten=${id}&akteur=ukraine`,
      );
    }
    await expect(card.getByRole('link', { name: 'Nähe und Misstrauen' })).toHaveAttribute(
      'href',
      '/?akteur=ukraine#naehe-und-misstrauen-1',
    );
  });

  test('an actor in the diagram links to its paragraphs', async ({ page }) => {
    await page.goto('/akteure?akteur=eu&knoten=ukraine');
    const detail = page.getByRole('region', { name: 'Details zur Auswahl' });
    await expect(detail.getByRole('link', { name: 'Ohne die Ukraine' }).first()).toHaveAttribute(
      'href',
      '/?akteur=eu#ohne-die-ukraine-1',
    );
    // The node is already shown: its detail does not link to itself.
    await expect(detail.getByRole('link', { name: 'Im Diagramm zeigen' })).toHaveCount(0);
  });
});

test.describe('back returns the reader to where they were', () => {
  test('from an annotation in section 3 to the map and back: the same paragraph in view, the filter kept', async ({
    page,
  }) => {
    await page.goto('/?akteur=eu');
    await scrollElementTo(page, '#europas-sorge-1', 0.4);
    await expect(page).toHaveURL(/\/\?akteur=eu#europas-sorge$/);

    const mention = page.locator('#anm-brussels-1');
    await mention.click();
    // Where the reader leaves from: with the link in view (the page may have scrolled to show the
    // detail's lower part, the more so while its sources are still loading).
    const link = page.getByRole('dialog').getByRole('link', { name: 'Auf der Karte zeigen' });
    await link.scrollIntoViewIfNeeded();
    const before = await topOf(page, '#europas-sorge-1');
    await link.click();
    await expect(page).toHaveURL(/\/karte\?ort=brussels&akteur=eu$/);
    await expect(page.locator('.map-detail')).toBeVisible();
    await expect(page.getByRole('button', { name: 'EU', pressed: true })).toBeVisible();
    await mapAtRest(page);

    await page.goBack();
    await expect(page).toHaveURL(/\/\?akteur=eu#europas-sorge$/);
    await near(() => topOf(page, '#europas-sorge-1'), before);
    await expect(
      page
        .getByRole('group', { name: 'Nach Akteur filtern' })
        .first()
        .getByRole('button', { name: 'EU', pressed: true }),
    ).toBeAttached();
    await expect(page.locator('.story')).toHaveAttribute('data-filter', 'eu');
    await expect(mention).toHaveAttribute('data-actors', /\beu\b/);
    // Focus is back on the mention the reader had opened, its popover closed.
    await expect(mention).toBeFocused();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Forward goes to the map again, back once more to the same place.
    await page.goForward();
    await expect(page.locator('.map-detail')).toBeVisible();
    await mapAtRest(page);
    await page.goBack();
    await near(() => topOf(page, '#europas-sorge-1'), before);
  });

  test('from an event’s detail in the chronicle to the map and back: the detail open, the page where it was', async ({
    page,
  }) => {
    await page.goto('/chronik?akteur=ukraine&ereignis=kherson-liberated');
    const card = page.locator('.timeline__card[data-event-detail="kherson-liberated"]');
    await expect(card).toBeVisible();
    await page.evaluate(() => window.scrollTo({ top: 160, behavior: 'instant' }));
    await near(() => scrollY(page), 160);

    await card.getByRole('link', { name: 'Auf der Karte zeigen' }).click();
    await expect(page).toHaveURL(/\/karte\?ort=kherson&akteur=ukraine$/);
    await expect(page.getByRole('dialog', { name: 'Cherson' })).toBeVisible();
    await mapAtRest(page);

    await page.goBack();
    await expect(page).toHaveURL(/\/chronik\?akteur=ukraine&ereignis=kherson-liberated$/);
    await expect(card).toBeVisible();
    await near(() => scrollY(page), 160);
    await expect(page.getByRole('button', { name: 'Ukraine', pressed: true })).toBeVisible();
  });

  test('from deep in the chronicle’s list to the map and back: the same card in view', async ({
    page,
  }) => {
    await page.goto('/chronik?akteur=ukraine');
    await scrollElementTo(page, '#bakhmut', 0.3);
    const link = page.locator('#bakhmut').getByRole('link', { name: 'Auf der Karte zeigen' });
    await link.scrollIntoViewIfNeeded();
    expect(await scrollSettled(page)).toBeGreaterThan(1500);
    const before = await topOf(page, '#bakhmut');

    await link.click();
    await expect(page).toHaveURL(/\/karte\?ort=bakhmut&akteur=ukraine$/);
    // The new page starts at its top.
    await expect.poll(() => scrollY(page)).toBeLessThan(400);
    await mapAtRest(page);

    await page.goBack();
    await expect(page).toHaveURL(/\/chronik\?akteur=ukraine$/);
    await near(() => topOf(page, '#bakhmut'), before);
  });

  test('a paragraph link from the map lands at the paragraph; back returns to the open place', async ({
    page,
  }) => {
    await page.goto('/karte?akteur=eu&ort=brussels');
    const detail = page.getByRole('dialog', { name: 'Brüssel' });
    await mapAtRest(page);
    await detail.getByRole('link', { name: 'Europas Sorge' }).click();
    await expect(page).toHaveURL(/\/\?akteur=eu#europas-sorge(-1)?$/);
    await expect(page.locator('#europas-sorge-1')).toBeInViewport();
    await expect(page.locator('.story')).toHaveAttribute('data-filter', 'eu');
    await expect(page.locator('#anm-brussels-1')).toHaveAttribute('data-actors', /\beu\b/);

    await page.goBack();
    await expect(page).toHaveURL(/\/karte\?akteur=eu&ort=brussels$/);
    await expect(detail).toBeVisible();
  });

  test('a jump in the table of contents is an entry of its own: back returns to the text before it', async ({
    page,
  }) => {
    await page.goto('/');
    await scrollElementTo(page, '#naehe-und-misstrauen-2', 0.4);
    const link = page
      .getByRole('navigation', { name: 'Inhaltsverzeichnis' })
      .getByRole('link', { name: 'Symbolik und Substanz' });
    // Where the reader is when they reach for the link (on a phone the list is at the top).
    await link.scrollIntoViewIfNeeded();
    const before = await scrollSettled(page);
    await link.click();
    await expect(page).toHaveURL(/#symbolik-und-substanz$/);
    expect(await scrollSettled(page)).toBeGreaterThan(before + 300);

    await page.goBack();
    await near(() => scrollY(page), before);
  });

  test('a reload keeps the reading position', async ({ page }) => {
    await page.goto('/quellen');
    await page.evaluate(() => window.scrollTo({ top: 700, behavior: 'instant' }));
    await near(() => scrollY(page), 700);
    await page.reload();
    await near(() => scrollY(page), 700);
  });

  test('a new page opens at its top and takes focus at its content', async ({ page }) => {
    await page.goto('/glossar');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Karte' })
      .click();
    await expect(page).toHaveURL(/\/karte$/);
    await expect(page.locator('main')).toBeFocused();
    await near(() => scrollY(page), 0);
  });
});
