import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Scrolls so that the element's top sits just above the story's reading line (55 % down). */
async function scrollToReadingLine(page: Page, selector: string) {
  await page.locator(selector).evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.5, behavior: 'instant' });
  });
}

/** A CSS colour (a token's value, say) as the browser computes it: `rgb(…)`. */
function computedColour(page: Page, value: string): Promise<string> {
  return page.evaluate((v) => {
    const probe = document.createElement('span');
    probe.style.color = v.startsWith('--')
      ? getComputedStyle(document.documentElement).getPropertyValue(v)
      : v;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, value);
}

const actorIds = ['usa', 'russland', 'ukraine', 'eu', 'nato', 'istgh'];

/**
 * How the browser shows a mention under the filter, from its computed style: `neutral` (the
 * dotted underline, no tint), `dimmed` (no underline, no tint), or the actor whose tint and
 * underline colour it wears.
 */
async function highlight(mention: Locator): Promise<string> {
  const page = mention.page();
  const style = await mention.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      background: s.backgroundColor,
      shadow: s.boxShadow,
      decoration: s.textDecorationColor,
    };
  });
  for (const id of actorIds) {
    const tint = await computedColour(page, `--actor-${id}-tint`);
    const colour = await computedColour(page, `--actor-${id}`);
    if (style.background === tint && style.shadow.includes(colour)) return id;
  }
  if (style.background !== 'rgba(0, 0, 0, 0)') return `unknown: ${style.background}`;
  // Dimmed mentions keep a lighter underline (still tappable): its colour is see-through.
  return /(\/ 0?\.\d+\)|, 0?\.\d+\))$/.test(style.decoration) ? 'dimmed' : 'neutral';
}

/** Whether a paragraph's text is set in the dimmed ink (after its short colour transition). */
async function paragraphInk(page: Page, id: string): Promise<string> {
  const colour = await page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).color);
  if (colour === (await computedColour(page, '--ink'))) return 'ink';
  if (colour === (await computedColour(page, '--ink-dim'))) return 'dimmed';
  return colour;
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

test('the panel holds still while the keyboard is in it, and follows the text once focus leaves', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  const kicker = panel.locator('.context__kicker');
  await scrollToReadingLine(page, '#europas-sorge');
  await expect(kicker).toHaveText('Abschnitt 3 von 5');
  // The section's view is the actors' diagram: once it is there, the last filter chip is followed
  // in Tab order by its first node.
  await expect(panel).toHaveAttribute('data-view', 'akteure');
  await expect(panel.locator('a.node').first()).toBeVisible();
  await panel
    .getByRole('group', { name: 'Nach Akteur filtern' })
    .getByRole('button')
    .last()
    .focus();
  await page.keyboard.press('Tab');
  const inStage = () =>
    page.evaluate(() => document.activeElement?.closest('.panel__stage') != null);
  expect(await inStage()).toBe(true);
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));

  // The reading position moves on (a scroll by the page, or a jump): the panel stays, and so does
  // the focused element.
  await scrollToReadingLine(page, '#symbolik-und-substanz');
  await expect(page).toHaveURL(/#symbolik-und-substanz$/);
  await page.waitForTimeout(600);
  await expect(kicker).toHaveText('Abschnitt 3 von 5');
  expect(await inStage()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toBe(focused);

  // Back out of the panel: it follows the text.
  await page.keyboard.press('Shift+Tab');
  await expect(kicker).toHaveText('Abschnitt 5 von 5');
});

test('a jump to the end of the story shows its last section, however fast it went', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  // One jump from the top to the bottom: no section was ever under the reading line.
  await page.evaluate(() =>
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
  );
  await expect(
    page
      .getByRole('navigation', { name: 'Inhaltsverzeichnis' })
      .locator('[aria-current="location"]'),
  ).toHaveAttribute('href', '#symbolik-und-substanz');
  await expect(panel.locator('.context__kicker')).toHaveText('Abschnitt 5 von 5');
  await expect(page).toHaveURL(/#symbolik-und-substanz$/);
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
  await expect(page.locator('.story')).toHaveAttribute('data-filter', 'ukraine eu');
  await expect
    .poll(() => highlight(page.getByRole('button', { name: 'Präsident Selenskyj' })))
    .toBe('ukraine');
  await expect
    .poll(() => highlight(page.getByRole('button', { name: 'Wladimir Putin' }).first()))
    .toBe('dimmed');

  await page.reload();
  await expect(panel.getByRole('button', { name: 'EU', pressed: true })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?akteur=ukraine(#[\w-]+)?$/);
  await expect(panel.getByRole('button', { name: 'EU', pressed: false })).toBeVisible();
  await page.goForward();
  await expect(panel.getByRole('button', { name: 'EU', pressed: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Filter aufheben' }).click();
  await expect(page).toHaveURL(/\/(#[\w-]+)?$/);
  await expect(page.locator('.story')).not.toHaveAttribute('data-filter');
  await expect
    .poll(() => highlight(page.getByRole('button', { name: 'Präsident Selenskyj' })))
    .toBe('neutral');
});

test('the filter highlights mentions in the chosen actor’s colour and dims the rest', async ({
  page,
}) => {
  await page.goto('/?akteur=ukraine');
  const mention = (name: string) => page.getByRole('button', { name, exact: true }).first();
  await expect.poll(() => highlight(mention('Präsident Selenskyj'))).toBe('ukraine');
  await expect.poll(() => highlight(mention('Donald Trumps'))).toBe('dimmed');
  // A mention of several actors (the video calls: USA, Ukraine, EU, NATO) wears the chosen one's.
  await expect.poll(() => highlight(mention('in Videokonferenzen konsultiert'))).toBe('ukraine');
  // A paragraph naming no Ukrainian actor is dimmed; one that does keeps its ink.
  await expect.poll(() => paragraphInk(page, 'europas-sorge-2')).toBe('dimmed');
  await expect
    .poll(async () =>
      paragraphInk(
        page,
        await mention('Präsident Selenskyj').evaluate((el) => el.closest('p')!.id),
      ),
    )
    .toBe('ink');

  // Two actors: either makes a mention match; one of both takes the first in the list (USA).
  const group = page.getByRole('group', { name: 'Nach Akteur filtern' }).first();
  await group.getByRole('button', { name: 'Ukraine', pressed: true }).click();
  await group.getByRole('button', { name: 'EU', pressed: false }).click();
  await group.getByRole('button', { name: 'USA', pressed: false }).click();
  await expect(page).toHaveURL(/\?akteur=usa,eu(#[\w-]+)?$/);
  await expect.poll(() => highlight(mention('in Videokonferenzen konsultiert'))).toBe('usa');
  await expect.poll(() => highlight(mention('Donald Trumps'))).toBe('usa');
  await expect.poll(() => highlight(mention('Präsident Selenskyj'))).toBe('dimmed');
  await expect.poll(() => paragraphInk(page, 'europas-sorge-2')).toBe('ink');

  await group.getByRole('button', { name: 'Filter aufheben' }).click();
  await expect.poll(() => highlight(mention('Donald Trumps'))).toBe('neutral');
  await expect.poll(() => paragraphInk(page, 'europas-sorge-2')).toBe('ink');
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
