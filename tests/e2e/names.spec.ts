import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from './fixtures';
import { scrollElementTo } from './page-helpers';

/**
 * Names a screen reader can trust: a reader who lists the links or buttons of a page hears each
 * name once for each thing it names. Two controls may share a name only if they lead to the same
 * place (links), open the same fact (detail buttons) or toggle the same state (a chip that appears
 * in two places); "Beleg" 23 times for 23 table cells, or "Auf der Karte zeigen" for every place,
 * is what this guards against.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

interface Control {
  /** What a screen reader calls it: link, button, toggle button, button opening a dialog, … */
  kind: string;
  name: string;
  /** What it names: equal for two controls that do the same thing. */
  thing: string;
}

/** Every control a screen reader lists on the page, with its accessible name (computed by axe). */
async function controls(page: Page): Promise<Control[]> {
  await page.evaluate(axeSource);
  return page.evaluate(() => {
    type Axe = {
      setup: (node: Node) => void;
      teardown: () => void;
      commons: {
        text: { accessibleText: (el: Element) => string };
        dom: { isVisibleToScreenReaders: (el: Element) => boolean };
      };
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    axe.setup(document);
    const selector =
      'a[href], button, summary, [role=button], [role=link], [tabindex]:not([tabindex="-1"]), input, select, textarea';
    const found = [...document.querySelectorAll(selector)].flatMap((el, index) => {
      if (!axe.commons.dom.isVisibleToScreenReaders(el)) return [];
      const name = axe.commons.text.accessibleText(el).replace(/\s+/g, ' ').trim();
      let kind: string;
      let thing: string;
      if (el.matches('a[href]')) {
        kind = 'link';
        // The actor filter travels on every internal link; it does not change what is named.
        const url = new URL(el.getAttribute('href')!, document.baseURI);
        url.searchParams.delete('akteur');
        thing = url.href;
      } else if (el.hasAttribute('aria-pressed')) {
        kind = 'toggle';
        const group = el.closest('[role=group]');
        const label = group?.getAttribute('aria-labelledby');
        thing = `${label ? document.getElementById(label)?.textContent : group?.getAttribute('aria-label')}`;
      } else if (el.matches('.filter__clear')) {
        // The filter's own clear button: on phones the filter shows twice (text and stage), and
        // both clear the same filter.
        kind = 'button';
        const label = el.closest('[role=group]')?.getAttribute('aria-labelledby');
        thing = `clear ${label ? document.getElementById(label)?.textContent : ''}`;
      } else if (el.getAttribute('aria-haspopup') === 'dialog' && el.hasAttribute('data-target')) {
        kind = 'detail';
        thing = el.getAttribute('data-target')!;
      } else {
        kind = el.tagName === 'SUMMARY' ? 'summary' : (el.getAttribute('role') ?? el.tagName);
        thing = `element ${index}`;
      }
      return [{ kind: kind.toLowerCase(), name, thing }];
    });
    axe.teardown();
    return found;
  });
}

/** Names shared by controls of one kind that name different things. */
function ambiguous(found: Control[]): string[] {
  const things = new Map<string, Set<string>>();
  for (const c of found) {
    const key = `${c.kind}: "${c.name}"`;
    things.set(key, (things.get(key) ?? new Set()).add(c.thing));
  }
  return [...things].filter(([, set]) => set.size > 1).map(([key, set]) => `${set.size}× ${key}`);
}

const states: { path: string; before?: (page: Page) => Promise<void> }[] = [
  { path: '/' },
  { path: '/?akteur=ukraine,eu' },
  {
    path: '/',
    // Every section's view in the panel (map, timeline, diagram) beside its text.
    before: async (page) => {
      for (const id of ['naehe-und-misstrauen', 'ohne-die-ukraine', 'symbolik-und-substanz']) {
        await scrollElementTo(page, `#${id} h2`, 0.2);
        await expect(page.locator('.panel__view')).toBeVisible();
      }
    },
  },
  { path: '/karte' },
  { path: '/karte?ort=anchorage' },
  { path: '/chronik' },
  { path: '/chronik?ereignis=alaska-summit' },
  { path: '/akteure' },
  { path: '/akteure?knoten=usa' },
  { path: '/akteure?beziehung=russland-krieg-ukraine' },
  { path: '/glossar' },
  { path: '/quellen' },
];

for (const { path, before } of states) {
  test(`every name on ${path}${before ? ' (story scrolled through)' : ''} names one thing`, async ({
    page,
  }) => {
    test.slow(path === '/quellen');
    await page.goto(path);
    await before?.(page);
    const found = await controls(page);
    expect(found.length).toBeGreaterThan(10);
    expect(ambiguous(found)).toEqual([]);
  });
}

test('an open detail names its actions by the fact they act on', async ({ page }) => {
  await page.goto('/');
  await page.locator('.anno--place').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(ambiguous(await controls(page))).toEqual([]);
  await expect(dialog.getByRole('link', { name: /^Auf der Karte zeigen: \S/ })).toBeVisible();
});

test('a pressed chip is named by its actor alone; its state is aria-pressed', async ({ page }) => {
  await page.goto('/?akteur=ukraine');
  const chip = page
    .getByRole('group', { name: 'Nach Akteur filtern' })
    .first()
    .getByRole('button', { name: 'Ukraine', exact: true });
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(chip).toHaveAccessibleName('Ukraine');
  await expect(chip.locator('.chip__check')).toBeVisible();
});

test('fact checks say so in their name; a provenance badge explains itself once', async ({
  page,
}) => {
  await page.goto('/');
  const checks = page.locator('.anno--note');
  expect(await checks.count()).toBeGreaterThan(0);
  for (const check of await checks.all()) {
    await expect(check).toHaveAccessibleName(/ \(Faktencheck\)$/);
  }
  // Words that open two different facts say which one each opens.
  await expect(page.getByRole('button', { name: 'Moskau (Ort)' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Moskau (Akteur)' })).toHaveCount(1);

  const badge = page.locator('.epilogue .badge').first();
  const snapshot = await badge.ariaSnapshot();
  const help = 'An den genannten Quellen geprüft';
  expect(snapshot.split(help).length - 1, snapshot).toBeLessThanOrEqual(1);
  expect(await badge.locator('[title]').getAttribute('aria-hidden')).toBe('true');
});

test('the chosen node’s detail follows it in focus order, and leads back to the diagram', async ({
  page,
}) => {
  await page.goto('/akteure?knoten=ukraine');
  const figure = page.locator('.actors-figure');
  const ukraine = figure.getByRole('link', { name: 'Ukraine', exact: true });
  await expect(ukraine).toHaveAttribute('aria-current', 'true');
  const card = page.locator('.actors-detail__card');
  await ukraine.focus();
  await page.keyboard.press('Tab');
  await expect(card).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(ukraine).toBeFocused();
  // Past the detail's last link, the diagram goes on after the chosen node.
  await card.locator('a').last().focus();
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.closest('.diagram') !== null);
  expect(next).toBe(true);
  await expect(ukraine).not.toBeFocused();

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
