import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectVisibleFocus, pressAndExpectFocus, tabThroughPage, tabTo } from './focus-check';
import { mapAtRest, scrollElementTo } from './page-helpers';

/**
 * Every journey of the product, by keyboard alone: Tab, Shift+Tab, Enter, Space, Escape and the
 * keys the widgets name. No clicks, no focusing by script; each test starts at the top of a page
 * and checks at every stop that the focus is where it should be and can be seen. The browser's
 * back button is the browser's, not the page's.
 */

const toc = (page: Page) => page.getByRole('navigation', { name: 'Inhaltsverzeichnis' });
const mapReady = (page: Page) => expect(page.locator('.map[data-geo="ready"]')).toBeVisible();

/** From the top of the story, through the table of contents, to the first mention of a section. */
async function toSection(page: Page, shortTitle: string) {
  await tabTo(page, toc(page).getByRole('link', { name: shortTitle, exact: true }));
  await page.keyboard.press('Enter');
}

test.describe('journey 1 and 2: the story and its annotations', () => {
  test('the skip link, the table of contents and a section, then an annotation opens, closes and gives focus back', async ({
    page,
  }) => {
    await page.goto('/');
    await pressAndExpectFocus(page, 'Tab', page.getByRole('link', { name: 'Zum Inhalt springen' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    await toSection(page, 'Europas Sorge');
    await expect(page).toHaveURL(/\/#europas-sorge$/);
    // The link moves the focus to the section's heading.
    const heading = page.getByRole('heading', { name: 'Europas Sorge: Ein Deal ohne Garantien' });
    await expect(heading).toBeFocused();
    await expectVisibleFocus(page);
    await expect(heading).toBeInViewport();
    await expect(
      page
        .getByRole('complementary', { name: 'Kontext zum Abschnitt' })
        .locator('.context__kicker'),
    ).toHaveText('Abschnitt 3 von 5');

    // The next Tab goes into the section: its first mention.
    const brussels = page.locator('#anm-brussels-1');
    await pressAndExpectFocus(page, 'Tab', brussels);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Brüssel' });
    await expect(dialog).toBeFocused();
    await expectVisibleFocus(page);
    await expect(brussels).toHaveAttribute('aria-expanded', 'true');
    await pressAndExpectFocus(page, 'Tab', dialog.getByRole('button', { name: 'Schließen' }));

    // Shift+Tab from the start of the popover goes back to the mention and closes it.
    await pressAndExpectFocus(page, 'Shift+Tab', brussels);
    await expect(dialog).toBeHidden();

    // Space opens it too; Tab past its last link continues in the text after the mention.
    await page.keyboard.press('Space');
    await expect(dialog).toBeFocused();
    await tabTo(page, dialog.getByRole('link', { name: 'Auf der Karte zeigen' }), { max: 12 });
    await pressAndExpectFocus(page, 'Tab', page.locator('#anm-paris-1'));
    await expect(dialog).toBeHidden();

    // Escape closes from anywhere inside and returns focus to the mention.
    await pressAndExpectFocus(page, 'Shift+Tab', brussels);
    await page.keyboard.press('Enter');
    await pressAndExpectFocus(page, 'Tab', dialog.getByRole('button', { name: 'Schließen' }));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(brussels).toBeFocused();
    await expectVisibleFocus(page);
    // The close button closes as well.
    await page.keyboard.press('Enter');
    await pressAndExpectFocus(page, 'Tab', dialog.getByRole('button', { name: 'Schließen' }));
    await pressAndExpectFocus(page, 'Enter', brussels);
    await expect(dialog).toBeHidden();
  });

  test('“Auf der Karte zeigen” lands in the place’s detail on the map; back returns to the mention', async ({
    page,
  }) => {
    await page.goto('/');
    await toSection(page, 'Europas Sorge');
    const brussels = page.locator('#anm-brussels-1');
    await pressAndExpectFocus(page, 'Tab', brussels);
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: 'Brüssel' });
    await tabTo(page, popover.getByRole('link', { name: 'Auf der Karte zeigen' }), { max: 12 });
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/karte\?ort=brussels$/);
    const detail = page.getByRole('dialog', { name: 'Brüssel' });
    await expect(detail).toBeFocused();
    await expectVisibleFocus(page);
    await expect(detail).toContainText('Nervosität spürbar');
    await mapAtRest(page);
    // Escape closes the detail; focus goes to the place's marker.
    await page.keyboard.press('Escape');
    await expect(page.locator('.map-marker[data-places~="brussels"]')).toBeFocused();
    await expectVisibleFocus(page);
    await mapAtRest(page);

    await page.goBack();
    await expect(page).toHaveURL(/\/karte\?ort=brussels$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/(#europas-sorge)?$/);
    await expect(brussels).toBeFocused();
    await expect(brussels).toBeInViewport();
  });

  test('“In der Chronik zeigen” lands in the event’s detail in the chronicle', async ({ page }) => {
    await page.goto('/');
    await toSection(page, 'Ohne die Ukraine');
    const yalta = page.locator('#anm-yalta-1');
    await tabTo(page, yalta, { max: 10 });
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: 'Konferenz von Jalta' });
    await tabTo(page, popover.getByRole('link', { name: 'In der Chronik zeigen' }), { max: 15 });
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/chronik\?ereignis=yalta$/);
    const card = page.locator('.timeline__card[data-event-detail="yalta"]');
    await expect(card).toBeFocused();
    await expectVisibleFocus(page);
    // Escape closes it; focus goes to the event in the graphic.
    await page.keyboard.press('Escape');
    await expect(page.locator('.timeline__event[data-event="yalta"]')).toBeFocused();
    await expectVisibleFocus(page);
  });

  test('an actor’s annotation leads to its node in the diagram', async ({ page }) => {
    await page.goto('/');
    await toSection(page, 'Europas Sorge');
    const nato = page.locator('#anm-nato-1');
    await tabTo(page, nato, { max: 10 });
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: /NATO|Nordatlantik/ });
    await tabTo(page, popover.getByRole('link', { name: 'Im Diagramm zeigen' }), { max: 15 });
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/akteure\?knoten=nato$/);
    await expect(
      page.locator('.actors-figure').getByRole('link', { name: /^NATO/ }),
    ).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('region', { name: 'Details zur Auswahl' })).toContainText(
      'Positionen',
    );
  });
});

test.describe('the visual of a section, by keyboard', () => {
  test('“Grafik zu diesem Abschnitt” takes the keyboard from a section into its visual, without the rest of the article', async ({
    page,
  }) => {
    await page.goto('/');
    await toSection(page, 'Putin auf Augenhöhe?');
    await expect(page.locator('#putin-auf-augenhoehe-titel')).toBeFocused();
    const section = page.locator('#putin-auf-augenhoehe');
    // Past the section's own mentions, and no further.
    await tabTo(page, section.getByRole('link', { name: /^Grafik zu diesem Abschnitt/ }), {
      max: 15,
    });
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    const stage = panel.getByRole('group', { name: 'Grafik zum Abschnitt »Putin auf Augenhöhe?«' });
    await expect(stage).toBeFocused();
    await expectVisibleFocus(page);
    await expect(panel).toHaveAttribute('data-view', 'karte');
    await expect(panel.locator('.context__kicker')).toHaveText('Abschnitt 4 von 5');
    // The next Tab is inside the map.
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.map-frame') != null))
      .toBe(true);
    await expectVisibleFocus(page);
  });

  test('the visual holds the section asked for while the keyboard is in it, wherever the page is', async ({
    page,
  }) => {
    await page.goto('/');
    await toSection(page, 'Ohne die Ukraine');
    const section = page.locator('#ohne-die-ukraine');
    await tabTo(page, section.getByRole('link', { name: /^Grafik zu diesem Abschnitt/ }), {
      max: 15,
    });
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    await expect(panel.locator('.context__kicker')).toHaveText('Abschnitt 2 von 5');
    await expect(panel).toHaveAttribute('data-view', 'akteure');
    // The page moves on to a later section: the visual stays with the one the reader chose.
    await scrollElementTo(page, '#symbolik-und-substanz', 0.3);
    await expect(page).toHaveURL(/#symbolik-und-substanz$/);
    await page.waitForTimeout(500);
    await expect(panel.locator('.context__kicker')).toHaveText('Abschnitt 2 von 5');
    await page.keyboard.press('Tab');
    await expect(panel.locator('.context__kicker')).toHaveText('Abschnitt 2 von 5');
    await expectVisibleFocus(page);
  });
});

test.describe('journey 3: the map', () => {
  test('a place is reached, opened and left by keyboard; its links lead on and back closes it', async ({
    page,
  }) => {
    await page.goto('/karte');
    await mapReady(page);
    const kyiv = page.locator('.map-marker[data-places~="kyiv"]');
    await tabTo(page, kyiv);
    await page.keyboard.press('Enter');
    // On a narrow map Kyiv may share its marker with a neighbour: the chooser names both.
    if ((await kyiv.getAttribute('data-places'))!.includes(' ')) {
      const choice = page
        .locator('.map-chooser')
        .getByRole('button', { name: 'Kiew', exact: true });
      await tabTo(page, choice, { max: 5 });
      await page.keyboard.press('Enter');
    }
    const detail = page.getByRole('dialog', { name: 'Kiew', exact: true });
    await expect(detail).toBeFocused();
    await expectVisibleFocus(page);
    await expect(page).toHaveURL(/\/karte\?ort=kyiv$/);
    await mapAtRest(page);

    // Its paragraphs and its events are links.
    await tabTo(page, detail.getByRole('link', { name: 'Ohne die Ukraine' }), { max: 10 });
    const event = detail.getByRole('link', {
      name: 'Die Ukraine erklärt ihre Unabhängigkeit',
    });
    await tabTo(page, event, { max: 10 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/chronik\?ereignis=ua-independence$/);
    await expect(
      page.locator('.timeline__card[data-event-detail="ua-independence"]'),
    ).toBeFocused();

    // Back to the open place; back again closes it.
    await page.goBack();
    await expect(page).toHaveURL(/\/karte\?ort=kyiv$/);
    await expect(detail).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/karte$/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the map’s own controls work by keyboard: zoom buttons, a jump, + on the map', async ({
    page,
  }) => {
    await page.goto('/karte');
    await mapReady(page);
    // The map fits its frame once it has a size: the zoom to start from is the one it rests at.
    await mapAtRest(page);
    const leaflet = page.locator('.leaflet-container');
    const zoom = async () => Number(await leaflet.getAttribute('data-zoom'));
    const start = await zoom();
    await tabTo(page, page.getByRole('button', { name: 'Hineinzoomen' }));
    await page.keyboard.press('Enter');
    await expect.poll(zoom).toBe(start + 1);
    await tabTo(page, page.getByRole('button', { name: 'Ausschnitt Ukraine zeigen' }));
    await page.keyboard.press('Enter');
    await expect(leaflet).toHaveAttribute('data-moving', 'false');
    await expect(page.locator('.map-marker[data-places~="kyiv"]')).toBeInViewport();
    await pressAndExpectFocus(page, 'Tab', leaflet);
    const before = await zoom();
    await page.keyboard.press('-');
    await expect.poll(zoom).toBeLessThan(before);
  });
});

test.describe('journey 4: the actor filter', () => {
  test('choosing actors by keyboard, then clearing them in one action, focus staying put', async ({
    page,
  }) => {
    await page.goto('/chronik');
    const filter = page.getByRole('group', { name: 'Nach Akteur filtern' });
    const ukraine = filter.getByRole('button', { name: 'Ukraine' });
    await tabTo(page, ukraine, { max: 20 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/chronik\?akteur=ukraine$/);
    await expect(ukraine).toHaveAttribute('aria-pressed', 'true');
    await expect(ukraine).toBeFocused();
    await expectVisibleFocus(page);

    const eu = filter.getByRole('button', { name: 'EU' });
    await pressAndExpectFocus(page, 'Tab', eu);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\/chronik\?akteur=ukraine,eu$/);
    await expect(eu).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#full-scale-invasion')).toHaveAttribute('data-emphasis', 'match');
    await expect(page.locator('#alaska-treaty')).toHaveAttribute('data-emphasis', 'dimmed');

    await tabTo(page, filter.getByRole('button', { name: 'Filter aufheben' }), { max: 5 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/chronik$/);
    await expect(filter.getByRole('button', { pressed: true })).toHaveCount(0);
    // The clear button is gone: focus is on the first actor, not lost to the page.
    await expect(filter.getByRole('button', { name: 'USA' })).toBeFocused();
    await expectVisibleFocus(page);
    await expect(page.locator('#alaska-treaty')).toHaveAttribute('data-emphasis', 'neutral');
  });
});

test.describe('the views’ own pages', () => {
  test('the chronicle: an event opened by keyboard, its place and actors as links', async ({
    page,
  }) => {
    await page.goto('/chronik?akteur=usa');
    const region = page.getByRole('region', { name: 'Zeitleiste' });
    await tabTo(page, region, { max: 25 });
    const yalta = page.locator('.timeline__event[data-event="yalta"]');
    await tabTo(page, yalta, { max: 10 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/chronik\?akteur=usa&ereignis=yalta$/);
    const card = page.locator('.timeline__card[data-event-detail="yalta"]');
    await expect(card).toBeFocused();
    await expectVisibleFocus(page);
    await expect(card.getByRole('link', { name: 'Russland' })).toHaveAttribute(
      'href',
      '/akteure?knoten=russland&akteur=usa',
    );
    await tabTo(page, card.getByRole('link', { name: 'Auf der Karte zeigen' }), { max: 15 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/karte\?ort=yalta-livadia&akteur=usa$/);
    await expect(page.getByRole('dialog', { name: 'Liwadija-Palast bei Jalta' })).toBeFocused();
    await mapAtRest(page);
    await page.goBack();
    await expect(page).toHaveURL(/\/chronik\?akteur=usa&ereignis=yalta$/);
    await expect(card).toBeVisible();
  });

  test('the diagram: a node and a relation opened by keyboard, the URL naming them', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/akteure');
    const figure = page.locator('.actors-figure');
    const ukraine = figure.getByRole('link', { name: 'Ukraine', exact: true });
    await tabTo(page, ukraine, { max: 25 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/akteure\?knoten=ukraine$/);
    await expect(ukraine).toHaveAttribute('aria-current', 'true');
    const detail = page.getByRole('region', { name: 'Details zur Auswahl' });
    const card = detail.locator('.actors-detail__card');
    // Beside the diagram (a wide screen) focus stays on the node; below it (a phone) the detail
    // scrolls into view and focus follows.
    await expect(isMobile ? card : ukraine).toBeFocused();
    await expectVisibleFocus(page);

    const war = detail.getByRole('link', { name: 'Russland → Ukraine: führt Krieg gegen' });
    await tabTo(page, war, { max: 40 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/akteure\?beziehung=russland-krieg-ukraine$/);
    await expect(detail).toContainText('selbst im Kontext des Angriffs auf die Ukraine');
    // The link is gone with the node's detail: focus is on the relation's detail, not lost.
    await expect(card).toBeFocused();
    await expectVisibleFocus(page);

    // The relation's edge in the diagram is a stop of its own, with a visible ring.
    const edge = figure.getByRole('link', { name: 'Russland → Ukraine: führt Krieg gegen' });
    await tabTo(page, edge, { max: 40, back: true });
    await expect(edge).toHaveAttribute('aria-current', 'true');
  });

  test('a node’s detail links back to the paragraph of the article', async ({ page }) => {
    await page.goto('/akteure');
    const figure = page.locator('.actors-figure');
    await tabTo(page, figure.getByRole('link', { name: 'Ukraine', exact: true }), { max: 25 });
    await page.keyboard.press('Enter');
    const detail = page.getByRole('region', { name: 'Details zur Auswahl' });
    const paragraphLink = detail.getByRole('link', { name: 'Ohne die Ukraine' }).first();
    await tabTo(page, paragraphLink, { max: 40 });
    await page.keyboard.press('Enter');
    // The story then keeps the address at the section being read.
    await expect(page).toHaveURL(/\/#ohne-die-ukraine(-1)?$/);
    // The paragraph takes focus, so the keyboard continues from there.
    const paragraph = page.locator('#ohne-die-ukraine-1');
    await expect(paragraph).toBeFocused();
    await expect(paragraph).toBeInViewport();
    await pressAndExpectFocus(page, 'Tab', page.locator('#anm-selenskyj-1'));
  });
});

test.describe('focus is visible everywhere', () => {
  test('in the story’s diagram, relations outside the section’s focus show their focus too', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    // "Europas Sorge" opens on a map; the diagram follows from the first paragraph's second step.
    await scrollElementTo(page, '#europas-sorge-1-b');
    const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    await expect(panel).toHaveAttribute('data-shown-step', 'europas-sorge-1-b');
    await expect(panel).toHaveAttribute('data-view', 'akteure');
    await expect(panel.locator('a.node').first()).toBeVisible();
    // Some relations are outside this section's focus and drawn faint: focus must still show.
    await expect(panel.locator('.edge[data-focus="out"]').first()).toBeAttached();
    await panel
      .getByRole('group', { name: 'Nach Akteur filtern' })
      .getByRole('button')
      .last()
      .focus();
    const edges = await panel.locator('a.edge-link').count();
    const nodes = await panel.locator('a.node').count();
    expect(edges).toBeGreaterThan(5);
    for (let stop = 0; stop < nodes + edges; stop++) {
      await page.keyboard.press('Tab');
      await expectVisibleFocus(page);
    }
  });

  test('in the story’s map, every place Tab reaches comes into the map’s frame, however far the map must go', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    // A step that shows the whole map: on a phone most places lie outside its frame.
    await scrollElementTo(page, '#europas-sorge-1');
    const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    await expect(panel).toHaveAttribute('data-shown-step', 'europas-sorge-1');
    await expect(panel).toHaveAttribute('data-view', 'karte');
    await expect(panel.locator('.map[data-geo="ready"]')).toBeVisible();
    await panel
      .getByRole('group', { name: 'Nach Akteur filtern' })
      .getByRole('button')
      .last()
      .focus();
    const frame = panel.locator('.leaflet-container');
    const focusedMarker = panel.locator('.map-marker:focus');
    const outside = () =>
      frame.evaluate((map) => {
        const marker = document.activeElement!;
        const m = map.getBoundingClientRect();
        const b = marker.getBoundingClientRect();
        const inside =
          b.left >= m.left - 1 &&
          b.right <= m.right + 1 &&
          b.top >= m.top - 1 &&
          b.bottom <= m.bottom + 1;
        return inside
          ? ''
          : `${marker.getAttribute('aria-label')} at ${Math.round(b.left)},${Math.round(b.top)}`;
      });
    const reached: string[] = [];
    for (let stop = 0; stop < 40; stop++) {
      await page.keyboard.press('Tab');
      if ((await focusedMarker.count()) === 0) {
        if (reached.length > 0) break;
        continue;
      }
      reached.push((await focusedMarker.getAttribute('aria-label')) ?? '');
      // Leaflet pans, or jumps when the place is far: either way the place ends in the frame.
      await expect.poll(outside).toBe('');
    }
    expect(reached).toContain('Moskau (Kreml)');
    expect(reached.length).toBeGreaterThan(8);
  });

  for (const path of ['/', '/karte', '/chronik', '/akteure', '/glossar', '/quellen']) {
    test(`every Tab stop on ${path} shows its focus, in view and uncovered`, async ({ page }) => {
      // Hundreds of stops (the sources page has every source's link), each a key press and two
      // checks in the page: on a busy machine that takes minutes, not a fault of the page.
      test.setTimeout(240_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(path);
      if (path === '/karte') await mapReady(page);
      const { stops, problems } = await tabThroughPage(page);
      expect(stops).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    });
  }
});
