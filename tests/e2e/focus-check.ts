import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export interface FocusState {
  /** What has focus, for messages. */
  name: string;
  /** How the focus shows: an outline, a shadow, or a ring an SVG mark draws; empty if it does not. */
  indicator: string;
  /** Whether the focused element is on screen and not covered by something else. */
  inView: boolean;
  /** Where it is: its box in the viewport and the viewport's size, for messages. */
  where: string;
  coveredBy: string;
}

/** Reads, in the page, what has focus and whether a sighted keyboard user can see it. */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) {
      return { name: 'nothing', indicator: '', inView: false, coveredBy: '', where: '' };
    }
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(
      el.getAttribute('aria-label') ??
      el.textContent ??
      ''
    )
      .trim()
      .slice(0, 50)}”`;
    const probe = document.createElement('i');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const seen = (colour: string) => colour !== 'transparent' && !/, 0\)$/.test(colour);

    const style = getComputedStyle(el);
    let indicator = '';
    if (
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) >= 2 &&
      seen(style.outlineColor)
    ) {
      indicator = 'outline';
    } else if (style.boxShadow !== 'none') {
      indicator = 'box-shadow';
    } else {
      // SVG marks (timeline events, diagram nodes and edges) draw a ring in the focus colour.
      const parts = [el, ...Array.from(el.querySelectorAll('*'))];
      if (el.matches('.edge-link'))
        parts.push(...Array.from(document.querySelectorAll('.edge[data-hot] .edge__line')));
      const ring = parts.some((part) => {
        const s = getComputedStyle(part);
        return (
          s.display !== 'none' &&
          s.visibility === 'visible' &&
          s.stroke === focusColour &&
          parseFloat(s.strokeWidth) >= 2
        );
      });
      if (ring) indicator = 'ring';
    }

    const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
    // On screen, and not cut off by a box that clips its content (the map's frame, a scroller):
    // enough of it shows to see its focus (24 px each way, or at least half of a smaller box).
    let visible = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    const clipTo = (clip: { left: number; top: number; right: number; bottom: number }) => {
      visible = {
        left: Math.max(visible.left, clip.left),
        top: Math.max(visible.top, clip.top),
        right: Math.min(visible.right, clip.right),
        bottom: Math.min(visible.bottom, clip.bottom),
      };
    };
    clipTo({ left: 0, top: 0, right: innerWidth, bottom: innerHeight });
    for (let up = el.parentElement; up; up = up.parentElement) {
      const s = getComputedStyle(up);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible')
        clipTo(up.getBoundingClientRect());
    }
    const inView =
      visible.right - visible.left >= Math.min(24, box.width / 2) - 0.5 &&
      visible.bottom - visible.top >= Math.min(24, box.height / 2) - 0.5;
    const cx = (visible.left + visible.right) / 2;
    const cy = (visible.top + visible.bottom) / 2;
    // Whether something else lies over it (a sticky band, say). SVG marks and map markers may
    // overlap their neighbours by design; they are left out.
    let coveredBy = '';
    const layered = el instanceof SVGElement || el.closest('.leaflet-marker-pane');
    if (inView && !layered) {
      const hit = document.elementFromPoint(cx, cy);
      if (hit && hit !== el && !el.contains(hit)) {
        coveredBy = `${hit.tagName.toLowerCase()}.${hit.getAttribute('class') ?? ''}`;
      }
    }
    const where = `box ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} in ${innerWidth}×${innerHeight}`;
    return { name, indicator, inView, coveredBy, where };
  });
}

const describe = (state: FocusState) =>
  state.indicator && state.inView && !state.coveredBy
    ? ''
    : `${state.name}: indicator “${state.indicator}”, in view ${state.inView} (${state.where}), covered by “${state.coveredBy}”`;

/**
 * What is wrong with the focus a sighted keyboard user sees, or '' if nothing. Focus may start a
 * smooth scroll or a map's pan: it is given `timeout` ms to arrive.
 */
export async function focusProblem(page: Page, timeout = 3000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const problem = describe(await focusState(page));
    if (!problem || Date.now() > deadline) return problem;
    await page.waitForTimeout(100);
  }
}

/** Fails unless the focused element shows its focus and is in view, uncovered. */
export async function expectVisibleFocus(page: Page) {
  expect(await focusProblem(page)).toBe('');
}

/**
 * Waits until the page has stopped scrolling: focus may start a smooth scroll that goes on after
 * the target is in view, and a key pressed meanwhile would act on a page still moving.
 */
export async function scrollSettled(page: Page) {
  let last = await page.evaluate(() => window.scrollY);
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(100);
    const now = await page.evaluate(() => window.scrollY);
    if (now === last) return;
    last = now;
  }
}

const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement, undefined, { timeout: 5000 });

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking at every stop that the focus is
 * visible. Returns the number of presses; fails if the target is not reached within `max`.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 150, back = false }: { max?: number; back?: boolean } = {},
): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectVisibleFocus(page);
    if (await isFocused(target)) {
      await scrollSettled(page);
      return presses;
    }
  }
  throw new Error(
    `${back ? 'Shift+Tab' : 'Tab'} did not reach ${String(target)} in ${max} presses`,
  );
}

/** Presses a key and checks that focus is then on `target`, visibly. */
export async function pressAndExpectFocus(page: Page, key: string, target: Locator) {
  await page.keyboard.press(key);
  await expect(target).toBeFocused();
  await expectVisibleFocus(page);
}

/**
 * Tabs through the whole page from the top, once round, and returns the number of stops and what
 * is wrong with the focus at each (see `focusProblem`). Focus lost while the page settles after a
 * stop is named by where it was.
 */
export async function tabThroughPage(
  page: Page,
  { max = 600, timeout = 1500 }: { max?: number; timeout?: number } = {},
): Promise<{ stops: number; problems: string[] }> {
  const problems: string[] = [];
  let stops = 0;
  for (; stops < max; stops++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    // Past the last stop the focus leaves the page (then starts again at the top).
    if (state.name === 'nothing') break;
    if (stops > 0 && state.name.startsWith('a “Zum Inhalt springen')) break;
    const problem = await focusProblem(page, timeout);
    if (problem)
      problems.push(problem.startsWith('nothing') ? `${state.name} → ${problem}` : problem);
  }
  return { stops, problems };
}
