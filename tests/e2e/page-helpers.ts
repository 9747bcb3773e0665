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

/** Scrolls (instantly) so that the element's top or bottom edge sits at the given share of the viewport. */
export async function scrollEdgeTo(
  page: Page,
  selector: string,
  edge: 'top' | 'bottom',
  share: number,
) {
  await page.locator(selector).evaluate(
    (el, [which, at]) => {
      const box = el.getBoundingClientRect();
      const y = (which === 'top' ? box.top : box.bottom) + window.scrollY;
      window.scrollTo({ top: y - window.innerHeight * Number(at), behavior: 'instant' });
    },
    [edge, share] as const,
  );
}

/** Scrolls (instantly) so that the element's top sits at the given share of the viewport. */
export async function scrollElementTo(page: Page, selector: string, share = 0.5) {
  await scrollEdgeTo(page, selector, 'top', share);
}

/**
 * Brings a step's picture into reach, as a reader would before touching it. Beside the text (a
 * wide screen) the step's paragraph sits at the reading line; on a phone the text card scrolls
 * over the full-screen visual, so the reader reads on into the gap after the paragraph, where the
 * visual shows alone and takes a touch.
 */
export async function showStepVisual(page: Page, stepId: string, phone: boolean) {
  if (phone) await scrollEdgeTo(page, `[data-step="${stepId}"]`, 'bottom', 0.02);
  else await scrollEdgeTo(page, `[data-step="${stepId}"]`, 'top', 0.5);
}

/** Whether every line of the element that is on screen shows the element itself, nothing over it. */
export function uncovered(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = [...range.getClientRects()].filter(
      (r) => r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight,
    );
    return (
      lines.length > 0 &&
      lines.every((r) => {
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && (hit === el || el.contains(hit));
      })
    );
  });
}

/** Scrolls an element's top to the story's reading line (mid-screen), where its step begins. */
export async function scrollToReadingLine(page: Page, selector: string) {
  await page.locator(selector).evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.5, behavior: 'instant' });
  });
}
