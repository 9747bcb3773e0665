import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Targets a finger can hit (WCAG 2.5.8): on a phone, no control outside running text is smaller
 * than 24 × 24 CSS pixels, and the ones a reader uses most — the filter chips, the main
 * navigation, the contents strip, "Dort weiterlesen", the links in a fact's detail — aim at the
 * 44 × 44 of a thumb. Controls inside a sentence (the article's annotations, a link in a
 * paragraph) are sized by the line they stand in, as the guideline allows.
 */

test.use({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  reducedMotion: 'reduce',
});

interface Target {
  name: string;
  width: number;
  height: number;
  /** Inside the map or the timeline (their own controls and marks). */
  inside: 'map' | 'timeline' | '';
}

const CONTROLS = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="checkbox"]',
].join(', ');

/** Every control the page shows (not hidden, not clipped away), outside running text. */
function measure(page: Page): Promise<Target[]> {
  return page.evaluate((selector) => {
    const hiddenAway = (el: Element) =>
      el.closest('.visually-hidden, [hidden], template') !== null ||
      (el as HTMLElement).closest('.skip-link') !== null;
    /** A control inside a sentence: the block it stands in has words of its own around it. */
    const inRunningText = (el: Element) => {
      if (el.closest('svg, .leaflet-container')) return false;
      if (!getComputedStyle(el).display.startsWith('inline')) return false;
      const block = el.parentElement?.closest('p, li, dd, dt, td, th, figcaption, blockquote');
      if (!block) return false;
      const words = (block.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      return words - own > 12;
    };
    const found: Target[] = [];
    for (const el of document.querySelectorAll(selector)) {
      if (hiddenAway(el) || inRunningText(el)) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || style.display === 'none') continue;
      // A checkbox's target is its label too.
      const label = el instanceof HTMLInputElement ? el.closest('label') : null;
      const rect = (label ?? el).getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      let box = { width: rect.width, height: rect.height };
      // A line in a diagram is hit along its stroke: as long as the line, as thick as the stroke.
      const stroke = el.querySelector<SVGGraphicsElement>('[class$="__hit"]');
      if (stroke) {
        const s = getComputedStyle(stroke);
        const scale = s.vectorEffect === 'non-scaling-stroke' ? 1 : (stroke.getScreenCTM()?.a ?? 1);
        const thickness = parseFloat(s.strokeWidth) * scale;
        box = {
          width: Math.max(rect.width, rect.height),
          height: Math.max(thickness, Math.min(rect.width, rect.height)),
        };
      }
      // Clipped away entirely by a box that hides its overflow (a closed disclosure, say).
      let clipped = false;
      for (let up = el.parentElement; up && !clipped; up = up.parentElement) {
        const s = getComputedStyle(up);
        if (s.display === 'none') clipped = true;
        if (s.overflowX === 'hidden' && s.overflowY === 'hidden') {
          const b = up.getBoundingClientRect();
          clipped = b.width < 1 || b.height < 1;
        }
      }
      if (clipped) continue;
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 40);
      const classed = el.closest('[class]');
      const cls = (classed?.getAttribute('class') ?? '').split(' ')[0] ?? '';
      found.push({
        name: `${el.tagName.toLowerCase()}${classed === el ? '' : ' in'}.${cls} “${text}”`,
        width: Math.round(box.width * 10) / 10,
        height: Math.round(box.height * 10) / 10,
        inside: el.closest('.leaflet-container, .map')
          ? 'map'
          : el.closest('.timeline')
            ? 'timeline'
            : '',
      });
    }
    return found;
  }, CONTROLS);
}

const tooSmall = (targets: Target[], floor: number) =>
  targets
    .filter((t) => t.width < floor || t.height < floor)
    .map((t) => `${t.name} ${t.width}×${t.height}${t.inside ? ` (${t.inside})` : ''}`);

/** What a route shows: the story once per section (each shows its own view in the panel). */
async function everyState(page: Page, path: string): Promise<Target[]> {
  await page.goto(path);
  if (path !== '/') {
    if (path === '/karte') await expect(page.locator('.map[data-geo="ready"]')).toBeVisible();
    if (path === '/chronik') await expect(page.locator('.timeline svg').first()).toBeVisible();
    return measure(page);
  }
  const all = await measure(page);
  const sections = await page
    .locator('.story__sections > section')
    .evaluateAll((els) => els.map((el) => el.id));
  const panel = page.locator('.panel');
  for (const id of sections) {
    await page.locator(`#${id}`).evaluate((el) => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight * 0.4, behavior: 'instant' });
    });
    await expect(panel).not.toHaveAttribute('data-view', 'kontext');
    await expect(panel.locator('.panel__view > *:not(.panel__loading)').first()).toBeVisible();
    all.push(...(await measure(page)));
  }
  // A fact's detail (the bottom sheet) and its links.
  await page.locator('#anm-yalta-1').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').locator('.fact__sources a').first()).toBeVisible();
  all.push(...(await measure(page)));
  return all;
}

const routes = ['/', '/karte', '/chronik', '/akteure', '/glossar', '/quellen'];

for (const path of routes) {
  test(`${path}: no control outside running text is under 24 × 24 px on a phone`, async ({
    page,
  }) => {
    test.slow();
    const targets = await everyState(page, path);
    expect(targets.length).toBeGreaterThan(5);
    const smallest = [...targets]
      .sort((a, b) => Math.min(a.width, a.height) - Math.min(b.width, b.height))
      .slice(0, 6)
      .map((t) => `${t.name} ${t.width}×${t.height}${t.inside ? ` (${t.inside})` : ''}`);
    test.info().annotations.push({ type: 'smallest', description: smallest.join('; ') });
    // The page's own controls, and (separately, below) those inside the map and the timeline.
    expect(
      tooSmall(
        targets.filter((t) => !t.inside),
        24,
      ),
    ).toEqual([]);
    expect(
      tooSmall(
        targets.filter((t) => t.inside),
        24,
      ),
    ).toEqual([]);
  });
}

test('the controls a reader uses most are thumb-sized (44 px) on a phone', async ({ page }) => {
  // A returning reader: the offer to continue.
  await page.addInitScript(() => localStorage.setItem('alaska-gipfel:abschnitt', 'europas-sorge'));
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Weiterlesen' })).toBeVisible();
  const aims = [
    '.masthead__nav a',
    '.toc__link',
    '.chip',
    '.resume__go',
    '.resume__close',
    '.story__to-visual-link',
  ];
  const targets = await measure(page);
  const sized = await page.evaluate((selectors) => {
    const rows: string[] = [];
    for (const selector of selectors) {
      const els = [...document.querySelectorAll(selector)].filter(
        (el) => el.getBoundingClientRect().width > 0,
      );
      if (els.length === 0) rows.push(`${selector}: none shown`);
      for (const el of els) {
        const box = el.getBoundingClientRect();
        if (box.height < 44 - 0.5 || box.width < 44 - 0.5)
          rows.push(`${selector} “${el.textContent?.trim()}” ${box.width}×${box.height}`);
      }
    }
    return rows;
  }, aims);
  expect(sized).toEqual([]);
  expect(targets.length).toBeGreaterThan(5);

  // The links and buttons in a fact's detail.
  await page.getByRole('region', { name: 'Weiterlesen' }).getByRole('button').click();
  await page.locator('#anm-yalta-1').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.fact__sources a').first()).toBeVisible();
  const inDialog = await dialog.evaluate((el) =>
    [...el.querySelectorAll('a[href], button')]
      .map((c) => ({ text: c.textContent?.trim() ?? '', box: c.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 43.5 || box.width < 43.5))
      .map(({ text, box }) => `“${text.slice(0, 40)}” ${box.width}×${box.height}`),
  );
  expect(inDialog).toEqual([]);
});
