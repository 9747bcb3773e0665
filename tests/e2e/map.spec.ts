import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

interface PlaceRecord {
  id: string;
  name: string;
  lat: number;
  lon: number;
  actors: string[];
}
interface SectionRecord {
  id: string;
  visual: { places: string[]; map?: { bounds: [[number, number], [number, number]] } };
}

const places = JSON.parse(
  readFileSync(new URL('../../src/content/data/places.json', import.meta.url), 'utf8'),
) as PlaceRecord[];
const sections = (
  JSON.parse(
    readFileSync(new URL('../../src/content/data/article.json', import.meta.url), 'utf8'),
  ) as { sections: SectionRecord[] }
).sections;
const placeById = new Map(places.map((p) => [p.id, p]));

const map = (page: Page) => page.locator('.leaflet-container');
const marker = (page: Page, id: string) => page.locator(`.map-marker[data-place="${id}"]`);
const zoomOf = async (page: Page) => Number(await map(page).getAttribute('data-zoom'));

/** Waits until the map has its geography, no move is under way and its zoom rests. */
async function settled(page: Page): Promise<number> {
  await expect(page.locator('.map[data-geo="ready"]')).toBeVisible();
  let last = await zoomOf(page);
  for (;;) {
    await page.waitForTimeout(250);
    await expect(map(page)).toHaveAttribute('data-moving', 'false');
    const now = await zoomOf(page);
    if (now === last) return now;
    last = now;
  }
}

async function scrollToSection(page: Page, id: string) {
  await page.locator(`#${id}`).evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.5, behavior: 'instant' });
  });
}

/** Records every zoom the map passes through (Leaflet updates `data-zoom` on every frame). */
async function recordZooms(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { zooms: string[] }).zooms = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const value = (r.target as HTMLElement).dataset.zoom;
        if (value && seen.at(-1) !== value) seen.push(value);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-zoom'] });
  });
  return () => page.evaluate(() => (window as unknown as { zooms: string[] }).zooms);
}

/** Whether a marker's centre lies inside the map's frame. */
async function inView(map: Locator, target: Locator): Promise<boolean> {
  const frame = await map.boundingBox();
  const box = await target.boundingBox();
  if (!frame || !box) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height;
}

test.describe('the map page', () => {
  test('every place is a named, focusable marker; Enter opens it and Escape returns focus', async ({
    page,
  }) => {
    await page.goto('/karte');
    await settled(page);
    for (const place of places) {
      const button = page.getByRole('button', { name: place.name, exact: true });
      await expect(button.and(page.locator('.map-marker'))).toHaveAttribute('tabindex', '0');
    }
    const kyiv = marker(page, 'kyiv');
    await kyiv.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Kiew' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    await expect(dialog).toContainText('Belegte Tatsache');
    await expect(dialog).toContainText('Quellen');
    await expect(page).toHaveURL(/\/karte\?ort=kyiv$/);
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Schließen' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(kyiv).toBeFocused();
    await expect(page).toHaveURL(/\/karte$/);
  });

  test('a click opens a place; the URL keeps it through reload, back closes it', async ({
    page,
  }) => {
    await page.goto('/karte?akteur=usa');
    await settled(page);
    await page.getByRole('button', { name: 'Ausschnitt Alaska zeigen' }).click();
    await settled(page);
    await marker(page, 'sitka').click();
    const dialog = page.getByRole('dialog', { name: 'Sitka (Castle Hill)' });
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/\/karte\?akteur=usa&ort=sitka$/);
    // Its timeline events link into the chronicle, the filter kept.
    await expect(dialog.locator('.map-detail__events a').first()).toHaveAttribute(
      'href',
      /^\/chronik\?ereignis=[a-z-]+&akteur=usa$/,
    );
    await page.reload();
    await expect(page.getByRole('dialog', { name: 'Sitka (Castle Hill)' })).toBeVisible();
    await expect(marker(page, 'sitka')).toHaveAttribute('aria-expanded', 'true');
    await page.goBack();
    await expect(page).toHaveURL(/\/karte\?akteur=usa$/);
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('opening a place from a link keeps it in view beside its detail', async ({ page }) => {
    await page.goto('/karte?ort=jber');
    await expect(
      page.getByRole('dialog', { name: 'Joint Base Elmendorf-Richardson' }),
    ).toBeVisible();
    await settled(page);
    const dialog = await page.getByRole('dialog').boundingBox();
    const dot = await marker(page, 'jber').boundingBox();
    expect(await inView(map(page), marker(page, 'jber'))).toBe(true);
    // The marker is not under the detail.
    const cx = dot!.x + dot!.width / 2;
    const cy = dot!.y + dot!.height / 2;
    const covered =
      cx >= dialog!.x &&
      cx <= dialog!.x + dialog!.width &&
      cy >= dialog!.y &&
      cy <= dialog!.y + dialog!.height;
    expect(covered).toBe(false);
  });

  test('an unknown place in a link is ignored with a polite note', async ({ page }) => {
    await page.goto('/karte?ort=%3Cb%3Enirgendwo%3C/b%3E');
    const note = page.getByRole('status').filter({ hasText: 'unbekannten Ort' });
    await expect(note).toContainText('(<b>nirgendwo</b>)');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await note.getByRole('button', { name: 'Hinweis schließen' }).click();
    await expect(note).toBeHidden();
  });

  test('the layer switches show and hide their layers', async ({ page }) => {
    await page.goto('/karte');
    await settled(page);
    const annex = page.locator('path.map-annex');
    const icc = page.locator('path.map-icc');
    const strait = page.locator('path.map-bering');
    await expect(annex).toHaveCount(6);
    await expect(strait).toHaveCount(1);
    await expect(icc).toHaveCount(0);

    await page.getByRole('checkbox', { name: 'Vertragsstaaten des IStGH' }).check();
    await expect(icc.first()).toBeAttached();
    // Canada, Ukraine and Finland's Åland are parties, the USA and Russia are not.
    for (const id of ['124', '804', '246', '248']) {
      await expect(page.locator(`path.map-icc--${id}`), id).toHaveCount(1);
    }
    for (const id of ['840', '643']) {
      await expect(page.locator(`path.map-icc--${id}`), id).toHaveCount(0);
    }
    expect(await icc.count()).toBeGreaterThan(60);
    await expect(page.locator('path.map-icc-point').first()).toBeAttached();

    await page.getByRole('checkbox', { name: 'Von Russland beanspruchte Gebiete' }).uncheck();
    await expect(annex).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Beringstraße' }).uncheck();
    await expect(strait).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Orte des Artikels' }).uncheck();
    await expect(page.locator('.map-marker')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Orte des Artikels' }).check();
    await expect(page.locator('.map-marker')).toHaveCount(places.length);
  });

  test('the claimed regions are hatched with an SVG pattern, and no front line is drawn', async ({
    page,
  }) => {
    await page.goto('/karte');
    await settled(page);
    const fills = await page
      .locator('path.map-annex')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('fill') ?? ''));
    expect(fills.every((f) => /^url\(#map-hatch-[\w-]+-(2014|2022)\)$/.test(f))).toBe(true);
    for (const fill of new Set(fills)) {
      const id = fill.slice(4, -1);
      await expect(page.locator(`pattern${id}`)).toBeAttached();
    }
    await expect(page.locator('canvas')).toHaveCount(0);
    await expect(page.getByText('Diese Karte zeigt nicht die Frontlinie')).toBeVisible();
  });

  test('the Bering Strait shows the Diomede Islands, the line between them and its distance', async ({
    page,
  }) => {
    await page.goto('/karte');
    await settled(page);
    await page.getByRole('button', { name: 'Ausschnitt Alaska zeigen' }).click();
    await settled(page);
    const distance = page.locator('[data-label-id="distance-diomede"]');
    // Too small to carry its label at this zoom: the line's label waits.
    await expect(distance).toHaveAttribute('data-label', 'hidden');
    // Zoom in around the islands (the wheel zooms around the pointer).
    for (let i = 0; i < 12 && (await zoomOf(page)) < 8; i++) {
      const before = await zoomOf(page);
      // Aim between the two islands, so both stay in view.
      const a = (await marker(page, 'little-diomede').boundingBox())!;
      const b = (await marker(page, 'big-diomede').boundingBox())!;
      await page.mouse.move((a.x + b.x + a.width) / 2, (a.y + b.y + a.height) / 2);
      // Leaflet divides the wheel's pixels by the device pixel ratio: a phone needs more.
      await page.mouse.wheel(0, -1200);
      await expect.poll(() => zoomOf(page)).toBeGreaterThan(before);
      await settled(page);
    }
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(7);
    await expect(distance).toHaveAttribute('data-label', 'center');
    await expect(distance).toHaveText('etwa 4 km');
    await expect(page.locator('path.map-bering')).toBeVisible();
    for (const id of ['little-diomede', 'big-diomede']) {
      expect(await inView(map(page), marker(page, id)), id).toBe(true);
    }
  });

  test('zoom buttons change the zoom, reset returns to the whole frame', async ({ page }) => {
    await page.goto('/karte');
    const start = await settled(page);
    await page.getByRole('button', { name: 'Hineinzoomen' }).click();
    expect(await settled(page)).toBe(start + 1);
    await page.getByRole('button', { name: 'Hineinzoomen' }).click();
    expect(await settled(page)).toBe(start + 2);
    await page.getByRole('button', { name: 'Herauszoomen' }).click();
    expect(await settled(page)).toBe(start + 1);
    await page.getByRole('button', { name: 'Ansicht zurücksetzen' }).click();
    expect(await settled(page)).toBe(start);
    // Both theatres are in the whole frame.
    for (const id of ['jber', 'kyiv', 'little-diomede', 'yalta-livadia']) {
      expect(await inView(map(page), marker(page, id)), id).toBe(true);
    }
    await expect(page.locator('.leaflet-control-scale-line')).toHaveText(/\d+ km/);
  });

  test('the keyboard pans and zooms the focused map', async ({ page }) => {
    await page.goto('/karte');
    const start = await settled(page);
    await map(page).focus();
    await page.keyboard.press('+');
    expect(await settled(page)).toBe(start + 1);
  });

  test('the actor filter dims the places of other actors', async ({ page }) => {
    await page.goto('/karte?akteur=ukraine');
    await settled(page);
    for (const place of places) {
      await expect(marker(page, place.id), place.id).toHaveAttribute(
        'data-emphasis',
        place.actors.includes('ukraine') ? 'match' : 'dimmed',
      );
    }
    await page.getByRole('button', { name: 'Filter aufheben' }).click();
    await expect(marker(page, 'moscow')).toHaveAttribute('data-emphasis', 'neutral');
    // A dimmed label still reads: its colour keeps 4.5:1 on its white halo.
    await page.goto('/karte?akteur=ukraine');
    await settled(page);
    const colour = await marker(page, 'moscow')
      .locator('.map-marker__label')
      .evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe('rgb(104, 104, 104)');
  });

  test('labels never overlap each other', async ({ page }) => {
    await page.goto('/karte');
    await settled(page);
    for (const jump of ['Ausschnitt Ukraine zeigen', 'Ausschnitt Alaska zeigen', null]) {
      if (jump) await page.getByRole('button', { name: jump }).click();
      else await page.getByRole('button', { name: 'Ansicht zurücksetzen' }).click();
      await settled(page);
      const hits = await page
        .locator('[data-label-id]:not([data-label="hidden"]) .map-label-text')
        .evaluateAll((labels) => {
          const frame = document.querySelector('.leaflet-container')!.getBoundingClientRect();
          // Labels of places out of view are not laid out (nobody sees them).
          const boxes = labels
            .map((l) => ({ text: l.textContent, r: l.getBoundingClientRect() }))
            .filter(
              ({ r }) =>
                r.right > frame.left &&
                r.left < frame.right &&
                r.bottom > frame.top &&
                r.top < frame.bottom,
            );
          const found: string[] = [];
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i]!.r;
              const b = boxes[j]!.r;
              const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (dx > 0.5 && dy > 0.5) found.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
            }
          }
          return found;
        });
      expect(hits, jump ?? 'reset').toEqual([]);
      expect(
        await page.locator('[data-label-id]:not([data-label="hidden"])').count(),
      ).toBeGreaterThan(3);
    }
  });

  test('the text alternative and the legend are in the served HTML', async ({
    browser,
    baseURL,
  }) => {
    const noScript = await browser.newPage({ javaScriptEnabled: false });
    await noScript.goto(`${baseURL}/karte`);
    await expect(noScript.locator('.cards > li')).toHaveCount(places.length);
    for (const place of places) {
      await expect(noScript.getByRole('heading', { name: place.name, exact: true })).toBeVisible();
    }
    await expect(
      noScript.getByText('Russland kontrolliert nicht dieses gesamte Gebiet.'),
    ).toBeVisible();
    await expect(noScript.getByText('Diese Karte zeigt nicht die Frontlinie')).toBeVisible();
    await expect(noScript.locator('.leaflet-container')).toHaveCount(0);
    await noScript.close();
  });

  test('the map takes its placeholder’s place without moving anything', async ({ page }) => {
    // Hold the map's chunk back, so the placeholder can be measured while it stands in.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/explainer-map-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/karte');
    const placeholder = page.locator('.map-page__placeholder');
    await expect(placeholder).toBeVisible();
    const stage = page.locator('.map-page__stage');
    const list = page.locator('.map-page__list');
    const before = [await stage.boundingBox(), await list.boundingBox()];
    release();
    await settled(page);
    await expect(placeholder).toHaveCount(0);
    expect([await stage.boundingBox(), await list.boundingBox()]).toEqual(before);
  });

  test('axe finds no violations with a place open and a filter on', async ({ page }) => {
    await page.goto('/karte?akteur=russland&ort=moscow');
    await expect(page.getByRole('dialog', { name: 'Moskau (Kreml)' })).toBeVisible();
    await settled(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});

test.describe('the map in the story', () => {
  const section = sections.find((s) => s.id === 'putin-auf-augenhoehe')!;

  /** The section's places that lie in its map area (all of them when it names no area). */
  const expectedInView = section.visual.places.filter((id) => {
    const place = placeById.get(id)!;
    const bounds = section.visual.map?.bounds;
    if (!bounds) return true;
    const [[south, west], [north, east]] = bounds;
    return place.lat >= south && place.lat <= north && place.lon >= west && place.lon <= east;
  });

  test('no map code or geography loads before the reader nears the map', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(
      fetched.filter((p) => /explainer-map|world\.topo|ukraine-regions|map-visual/.test(p)),
    ).toEqual([]);
  });

  test('scrolling to the section flies the map to its area and highlights its places', async ({
    page,
  }) => {
    const zooms = await recordZooms(page);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/');
    await scrollToSection(page, section.id);
    const panelMap = page.locator('.panel .leaflet-container');
    await expect(panelMap).toBeVisible();
    await settled(page);
    // A flight passes through many zoom levels on its way.
    expect((await zooms()).length).toBeGreaterThan(4);
    expect(expectedInView.length).toBeGreaterThan(0);
    for (const id of expectedInView) {
      await expect(marker(page, id)).toHaveAttribute('data-highlighted', 'true');
      expect(await inView(panelMap, marker(page, id)), id).toBe(true);
    }
    // The Ukrainian regions are fetched only when their layer is on.
    const regionsFetched = () => fetched.some((p) => p.includes('ukraine-regions'));
    if (!(await page.locator('.map[data-annex="on"]').count())) {
      expect(regionsFetched()).toBe(false);
      await page.locator('.panel summary').click();
      await page.getByRole('checkbox', { name: 'Von Russland beanspruchte Gebiete' }).check();
      await expect(page.locator('path.map-annex')).toHaveCount(6);
      expect(regionsFetched()).toBe(true);
    }
  });

  test('with reduced motion the map jumps instead of flying', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const zooms = await recordZooms(page);
    await page.goto('/');
    await scrollToSection(page, section.id);
    const panelMap = page.locator('.panel .leaflet-container');
    await expect(panelMap).toBeVisible();
    await settled(page);
    expect((await zooms()).length).toBeLessThanOrEqual(2);
    for (const id of expectedInView) {
      expect(await inView(panelMap, marker(page, id)), id).toBe(true);
    }
  });

  test('a place opens from the panel and links to the map page', async ({ page }) => {
    await page.goto('/');
    await scrollToSection(page, section.id);
    await settled(page);
    const id = expectedInView[0]!;
    await marker(page, id).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: placeById.get(id)!.name });
    await expect(dialog).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`\\?ort=${id}(#[\\w-]+)?$`));
    await expect(dialog.getByRole('link', { name: 'Auf der Karte zeigen' })).toHaveAttribute(
      'href',
      `/karte?ort=${id}`,
    );
    await page.keyboard.press('Escape');
    await expect(marker(page, id)).toBeFocused();
  });
});
