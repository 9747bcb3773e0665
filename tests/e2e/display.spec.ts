import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tabThroughPage } from './focus-check';
import { scrollElementTo, uncovered } from './page-helpers';

/**
 * How the pages hold up when the reader changes the display: 200 % zoom (a 1440 × 900 window
 * zoomed to 200 % lays out at 720 × 450 CSS pixels), a 320 px wide screen, and the request for
 * reduced motion.
 */

const routes = ['/', '/karte', '/chronik', '/akteure', '/glossar', '/quellen'];
const sectionIds = [
  'naehe-und-misstrauen',
  'ohne-die-ukraine',
  'europas-sorge',
  'putin-auf-augenhoehe',
  'symbolik-und-substanz',
];

/**
 * Text that sticks out past the edges of the screen (and is cut off there), unless it sits in
 * something that scrolls sideways on purpose (a table, a row of buttons), is shortened with an
 * ellipsis on purpose, or belongs to a picture that draws itself (map, SVG).
 */
function textCutOff(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const ownText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      );
      if (!ownText || el.closest('svg, .leaflet-container, .visually-hidden')) continue;
      // Text in a sideways scroller is reachable; text shortened with an ellipsis is shortened
      // on purpose (a label whose full wording is given elsewhere).
      let exempt = false;
      for (let up: HTMLElement | null = el; up && !exempt; up = up.parentElement) {
        const style = getComputedStyle(up);
        exempt =
          (up !== el && (style.overflowX === 'auto' || style.overflowX === 'scroll')) ||
          style.textOverflow === 'ellipsis';
      }
      if (exempt) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1 || box.left < -1) {
        found.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`,
        );
      }
    }
    return found;
  });
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('at 200 % zoom (720 × 450)', () => {
  test.use({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });

  for (const path of routes) {
    test(`${path} has no sideways scrolling and no text cut off`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1, main .story__title').first()).toBeVisible();
      // Lazy views measure themselves once they arrive: give them a moment to settle.
      await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
      await expect.poll(() => textCutOff(page)).toEqual([]);
    });
  }

  test('every section heading can be reached and is not hidden under the visual band', async ({
    page,
  }) => {
    await page.goto('/');
    const toc = page.getByRole('navigation', { name: 'Inhaltsverzeichnis' });
    for (const id of sectionIds) {
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await toc.locator(`a[href="#${id}"]`).click();
      const heading = page.locator(`#${id}-titel`);
      await expect(heading).toBeInViewport();
      // Nothing lies over the heading once the jump has ended.
      await expect
        .poll(() =>
          heading.evaluate((el) => {
            const box = el.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
            return hit === el || el.contains(hit);
          }),
        )
        .toBe(true);
    }
  });

  test('every Tab stop of the story shows its focus clear of the visual band', async ({ page }) => {
    test.slow();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const { problems } = await tabThroughPage(page, { max: 400 });
    expect(problems).toEqual([]);
  });

  test('the visual fills the screen behind the text, which it never covers', async ({ page }) => {
    await page.goto('/');
    for (const id of ['europas-sorge-1', 'naehe-und-misstrauen-2']) {
      await scrollElementTo(page, `#${id}`, 0.3);
      const panel = page.locator('.panel');
      await expect(panel).not.toHaveAttribute('data-view', 'kontext');
      // The whole screen, full width.
      const box = (await panel.boundingBox())!;
      expect(box).toMatchObject({ x: 0, y: 0, width: 720, height: 450 });
      // The paragraph on the screen is in front of it, every line of it.
      expect(await uncovered(page, `#${id}`)).toBe(true);
      // The timeline stays inside the visual rather than spilling over the page.
      if (id === 'naehe-und-misstrauen-2') {
        const timeline = (await page.locator('.panel .timeline').boundingBox())!;
        expect(timeline.y + timeline.height).toBeLessThanOrEqual(box.y + box.height + 1);
      }
    }
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of routes) {
    test(`${path} has no sideways scrolling and no text cut off`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1, main .story__title').first()).toBeVisible();
      // Lazy views measure themselves once they arrive: give them a moment to settle.
      await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
      await expect.poll(() => textCutOff(page)).toEqual([]);
    });
  }
});

/** Records every value the map's `data-zoom` takes (Leaflet updates it on every frame). */
async function recordZooms(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { zooms: string[] }).zooms = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const value = (r.target as HTMLElement).dataset.zoom;
        if (value && seen.at(-1) !== value) seen.push(value);
      }
    }).observe(document.querySelector('.leaflet-container')!, {
      attributes: true,
      attributeFilter: ['data-zoom'],
    });
  });
  return () => page.evaluate(() => (window as unknown as { zooms: string[] }).zooms);
}

/** Scroll positions over the frames right after a jump in the table of contents. */
async function jumpAndTrace(page: Page, id: string) {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const link = page
    .getByRole('navigation', { name: 'Inhaltsverzeichnis' })
    .locator(`a[href="#${id}"]`);
  await link.evaluate((el) => {
    const trace: number[] = [];
    (window as unknown as { trace: number[] }).trace = trace;
    (el as HTMLAnchorElement).click();
    const frame = () => {
      trace.push(window.scrollY);
      if (trace.length < 30) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { trace: number[] }).trace.length))
    .toBe(30);
  return page.evaluate(() => (window as unknown as { trace: number[] }).trace);
}

async function mapSettled(page: Page) {
  await expect(page.locator('.map[data-geo="ready"]')).toBeVisible();
  await expect(page.locator('.leaflet-container')).toHaveAttribute('data-moving', 'false');
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a jump in the table of contents lands at once; nothing glides', async ({ page }) => {
    await page.goto('/');
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe('auto');
    const trace = await jumpAndTrace(page, 'putin-auf-augenhoehe');
    // From the first frame on the page is where the jump goes.
    expect(new Set(trace).size).toBe(1);
    expect(trace[0]).toBeGreaterThan(1000);
    // Transitions are off too (the band sliding in, the paragraphs dimming).
    expect(
      await page.locator('.panel').evaluate((el) => getComputedStyle(el).transitionDuration),
    ).toMatch(/^0s(, 0s)*$/);
  });

  test('the map jumps: no fading, no zoom animation, no steps in between', async ({ page }) => {
    await page.goto('/karte');
    await mapSettled(page);
    const container = page.locator('.leaflet-container');
    await expect(container).not.toHaveClass(/leaflet-fade-anim/);
    const zooms = await recordZooms(page);
    await page.getByRole('button', { name: 'Ausschnitt Ukraine zeigen' }).press('Enter');
    await mapSettled(page);
    expect(await zooms()).toHaveLength(1);
    await page.getByRole('button', { name: 'Hineinzoomen' }).press('Enter');
    // A zoom without animation never puts the map pane into its animating state.
    expect(await page.locator('.leaflet-zoom-anim').count()).toBe(0);
    await expect.poll(async () => (await zooms()).length).toBe(2);
  });
});

test.describe('without a request for reduced motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('the same jump and the same map move glide (the control for the tests above)', async ({
    page,
  }) => {
    await page.goto('/');
    const trace = await jumpAndTrace(page, 'putin-auf-augenhoehe');
    expect(new Set(trace).size).toBeGreaterThan(3);

    await page.goto('/karte');
    await mapSettled(page);
    await expect(page.locator('.leaflet-container')).toHaveClass(/leaflet-fade-anim/);
    const zooms = await recordZooms(page);
    await page.getByRole('button', { name: 'Ausschnitt Ukraine zeigen' }).press('Enter');
    await expect.poll(async () => (await zooms()).length).toBeGreaterThan(3);
  });
});
