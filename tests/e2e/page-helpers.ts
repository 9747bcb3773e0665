import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Waits until the map has stopped moving. Leaflet must not be torn down in mid-animation, and a
 * zoom read during the first fit is not the one the map rests at.
 */
export async function mapAtRest(page: Page) {
  const moving = () =>
    page.evaluate(
      () =>
        document.querySelector('.leaflet-container')?.getAttribute('data-moving') !== 'false' ||
        document.querySelector('.leaflet-zoom-anim') !== null,
    );
  await expect.poll(moving).toBe(false);
  await page.waitForTimeout(300);
  await expect.poll(moving).toBe(false);
}

/** Scrolls (instantly) so that the element's top sits at the given share of the viewport. */
export async function scrollElementTo(page: Page, selector: string, share = 0.5) {
  await page.locator(selector).evaluate((el, at) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * at, behavior: 'instant' });
  }, share);
}
