import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { scrollElementTo } from './page-helpers';
import { articleData, computedRgb } from './article-data';
import type { MapSpec } from '../../src/content/schema';

interface PlaceRecord {
  id: string;
  name: string;
  lat: number;
  lon: number;
  actors: string[];
}
interface StepRecord {
  paragraph: string;
  from?: string;
  visual: {
    view: string;
    places: string[];
    map?: { bounds: [[number, number], [number, number]] };
  };
}
interface SectionRecord {
  id: string;
  steps: StepRecord[];
}

const places = articleData<PlaceRecord[]>('places');
const sections = articleData<{ sections: SectionRecord[] }>('article').sections;
const actors = articleData<{ id: string; colour?: string }[]>('actors');
const mapSpec = articleData<MapSpec>('map');
const placeById = new Map(places.map((p) => [p.id, p]));

const map = (page: Page) => page.locator('.leaflet-container');
/** The marker that stands for a place: its own, or the one it shares with places close by. */
const marker = (page: Page, id: string) => page.locator(`.map-marker[data-places~="${id}"]`);
/** A place's own marker (it shares none at this zoom). */
const ownMarker = (page: Page, id: string) => page.locator(`.map-marker[data-place="${id}"]`);
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

/**
 * Opens a place from its marker by keyboard: Enter on its own marker, or Enter on the marker it
 * shares and then Enter on its name in the chooser. Returns the place's detail.
 */
async function openByKeyboard(page: Page, id: string): Promise<Locator> {
  const place = placeById.get(id)!;
  await marker(page, id).focus();
  await page.keyboard.press('Enter');
  if (await marker(page, id).getAttribute('data-cluster')) {
    const choice = page
      .getByRole('dialog', { name: /Orte an dieser Stelle$/ })
      .getByRole('button', {
        name: place.name,
        exact: true,
      });
    await choice.focus();
    await page.keyboard.press('Enter');
  }
  return page.getByRole('dialog', { name: place.name, exact: true });
}

/** The boxes of the place markers inside the map's frame. */
async function markerBoxes(page: Page) {
  return page.locator('.map-marker').evaluateAll((els) => {
    const frame = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    return els
      .map((el) => ({
        id: (el as HTMLElement).dataset.places ?? '',
        r: el.getBoundingClientRect(),
      }))
      .filter(
        ({ r }) =>
          r.right > frame.left &&
          r.left < frame.right &&
          r.bottom > frame.top &&
          r.top < frame.bottom,
      )
      .map(({ id, r }) => ({ id, x: r.x, y: r.y, width: r.width, height: r.height }));
  });
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
  test('leaving the page in the middle of a zoom raises no error', async ({ page }) => {
    // The fixture fails the test on any page error (Leaflet's timer reading removed panes). The
    // link is followed in the same task as the zoom (its animation not started yet: Leaflet starts
    // it in the next frame) and at two moments during its 250 ms.
    for (const delay of [0, 60, 140]) {
      await page.goto('/karte');
      await settled(page);
      const zoomIn = await page.getByRole('button', { name: 'Hineinzoomen' }).elementHandle();
      const link = await page
        .getByRole('navigation', { name: 'Hauptnavigation' })
        .getByRole('link', { name: 'Chronik' })
        .elementHandle();
      await page.evaluate(
        async ([button, anchor, ms]) => {
          (button as HTMLButtonElement).click();
          if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
          (anchor as HTMLAnchorElement).click();
        },
        [zoomIn, link, delay] as const,
      );
      await expect(page).toHaveURL(/\/chronik$/);
      // Past the end of the animation the removed map would have finished.
      await page.waitForTimeout(400);
    }
  });

  test('every place has a focusable marker, its own or a shared one; Enter opens it and Escape returns focus', async ({
    page,
  }) => {
    await page.goto('/karte');
    await settled(page);
    for (const place of places) {
      const own = page.getByRole('button', { name: place.name, exact: true });
      const shared = page.locator(`.map-marker[data-cluster][data-places~="${place.id}"]`);
      if (await shared.count()) {
        await expect(shared).toHaveAttribute('tabindex', '0');
        await expect(shared).toHaveAttribute(
          'aria-label',
          new RegExp(`^\\d+ Orte: .*${place.name.replace(/[().]/g, '\\$&')}`),
        );
      } else {
        await expect(own.and(page.locator('.map-marker'))).toHaveAttribute('tabindex', '0');
      }
    }
    const kyiv = marker(page, 'kyiv');
    const dialog = await openByKeyboard(page, 'kyiv');
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    // A place card is the newsroom's text, with the sources of what it says happened there.
    await expect(dialog).toContainText('Erläuterung der Redaktion');
    await expect(dialog).toContainText('Quellen');
    await expect(page).toHaveURL(/\/karte\?ort=kyiv$/);
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Schließen' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(kyiv).toBeFocused();
    await expect(page).toHaveURL(/\/karte$/);
  });

  test('the page opens on Alaska and Ukraine, not on the whole world: the summit and Kyiv in view', async ({
    page,
  }) => {
    await page.goto('/karte');
    await settled(page);
    for (const id of ['anchorage', 'kyiv']) {
      expect(await inView(map(page), marker(page, id)), id).toBe(true);
    }
    // Washington, far east of Alaska, lies outside the frame it opens on.
    expect(await inView(map(page), marker(page, 'washington-dc'))).toBe(false);
  });

  test('Anchorage is named wherever the map shows Alaska, never an unnamed number', async ({
    page,
  }) => {
    await page.goto('/karte');
    for (const jump of [null, 'Ausschnitt Alaska zeigen']) {
      if (jump) await page.getByRole('button', { name: jump }).click();
      await settled(page);
      const summit = marker(page, 'anchorage');
      await expect(summit, jump ?? 'start').not.toHaveAttribute('data-label', 'hidden');
      await expect(summit.locator('.map-marker__label')).toHaveText('Anchorage');
      await expect(summit.locator('.map-marker__label')).toBeVisible();
    }
  });

  test('on a phone every map control is a thumb’s size and no text in the map is under 12 px', async ({
    page,
    isMobile,
  }) => {
    test.skip(!isMobile, 'touch targets');
    await page.goto('/karte');
    await settled(page);
    const small = await page.locator('.map-marker, .map__button, .map__jump').evaluateAll((els) =>
      els
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ el, r }) => `${el.className}: ${r.width}×${r.height}`),
    );
    expect(small).toEqual([]);
    const tiny = await page
      .locator(
        '.map :is(.map-label-text, .map-marker__count, .map__credit, .leaflet-control-scale-line, .map-key li)',
      )
      .evaluateAll((els) =>
        els
          .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 12)
          .map((el) => `${el.textContent}: ${getComputedStyle(el).fontSize}`),
      );
    expect(tiny).toEqual([]);

    // The chooser of a shared marker shows all its buttons inside the map, each 44 px high.
    const shared = page.locator('.map-marker[data-cluster]').first();
    await shared.tap();
    const chooser = page.locator('.map-chooser');
    await expect(chooser).toBeVisible();
    const stage = (await page.locator('.map__stage').boundingBox())!;
    for (const button of await chooser.getByRole('button').all()) {
      await expect(button).toBeVisible();
      const box = (await button.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x).toBeGreaterThanOrEqual(stage.x);
      expect(box.x + box.width).toBeLessThanOrEqual(stage.x + stage.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(stage.y + stage.height + 0.5);
    }
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

  test('no two markers’ targets overlap and each is at least 24 px, at every view the page offers', async ({
    page,
  }) => {
    await page.goto('/karte');
    await settled(page);
    for (const jump of [null, 'Ausschnitt Ukraine zeigen', 'Ausschnitt Alaska zeigen']) {
      if (jump) await page.getByRole('button', { name: jump }).click();
      await settled(page);
      const boxes = await markerBoxes(page);
      expect(boxes.length, jump ?? 'whole').toBeGreaterThan(2);
      const problems: string[] = [];
      for (const [i, a] of boxes.entries()) {
        if (a.width < 24 || a.height < 24) problems.push(`${a.id}: ${a.width}×${a.height}`);
        for (const b of boxes.slice(i + 1)) {
          const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
          const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
          if (dx > 0.5 && dy > 0.5) problems.push(`${a.id} × ${b.id}`);
        }
      }
      expect(problems, jump ?? 'whole').toEqual([]);
      // What Lighthouse checks on the page as it opens (WCAG 2.2, 2.5.8), by axe's own rule; in
      // the jumps' views a marker may lie under the map's own buttons.
      if (jump) continue;
      const axe = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(
        axe.violations.flatMap((v) =>
          v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
        ),
      ).toEqual([]);
    }
  });

  test('a shared marker opens a chooser of its places, by keyboard and by pointer or touch', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/karte');
    await settled(page);
    // Anchorage and the base beside it are 5 km apart: one marker at the whole view.
    const shared = marker(page, 'jber');
    await expect(shared).toHaveAttribute('data-places', /\banchorage\b/);
    await expect(shared).toHaveAttribute('aria-haspopup', 'dialog');
    const ids = (await shared.getAttribute('data-places'))!.split(' ');

    // Keyboard: Enter opens, focus moves in, Escape closes and gives focus back.
    await shared.focus();
    await page.keyboard.press('Enter');
    const chooser = page.getByRole('dialog', { name: `${ids.length} Orte an dieser Stelle` });
    await expect(chooser).toBeVisible();
    await expect(shared).toHaveAttribute('aria-expanded', 'true');
    const names = ids.map((id) => placeById.get(id)!.name);
    await expect(chooser.locator('.map-chooser__place')).toHaveText(names);
    await expect(chooser.getByRole('button', { name: names[0]!, exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
    await expect(shared).toBeFocused();

    // Pointer or touch: a tap opens it, a place in it opens that place.
    if (isMobile) await shared.tap();
    else await shared.click();
    await expect(chooser).toBeVisible();
    const choice = chooser.getByRole('button', { name: 'Anchorage', exact: true });
    if (isMobile) await choice.tap();
    else await choice.click();
    const detail = page.getByRole('dialog', { name: 'Anchorage', exact: true });
    await expect(detail).toBeFocused();
    await expect(page).toHaveURL(/\/karte\?ort=anchorage$/);
    await expect(chooser).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(detail).toBeHidden();
    await expect(marker(page, 'anchorage')).toBeFocused();

    // "Heranzoomen" goes in until its places part; a marker of many may part in steps.
    // (The chooser closes when the map moves under it: wait until the place's own move is over.)
    await settled(page);
    for (let step = 0; step < 4 && (await ownMarker(page, 'jber').count()) === 0; step++) {
      const before = (await marker(page, 'jber').getAttribute('data-places'))!.split(' ').length;
      await marker(page, 'jber').press('Enter');
      await page.locator('.map-chooser').getByRole('button', { name: 'Heranzoomen' }).click();
      await expect(page.locator('.map-chooser')).toHaveCount(0);
      await settled(page);
      const after = (await marker(page, 'jber').getAttribute('data-places'))!.split(' ').length;
      expect(after).toBeLessThan(before);
    }
    for (const id of ['jber', 'anchorage']) {
      await expect(ownMarker(page, id), id).toHaveCount(1);
      expect(await inView(map(page), ownMarker(page, id)), id).toBe(true);
    }
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
    // The strait's line shows only once the islands part; its label is there while the layer is.
    const strait = page.locator('[data-label-id="distance-beringstrasse"]');
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
    // Each layer in the colour of the actor its map.json names: the claims Russia's, the parties
    // the court's, as actors.json gives them.
    const stroke = (path: Locator) => path.first().evaluate((el) => getComputedStyle(el).stroke);
    const colourOf = (kind: string) => {
      const layer = mapSpec.layers.find((l) => l.kind === kind);
      const actor = layer && 'actor' in layer ? layer.actor : '';
      return computedRgb(actors.find((a) => a.id === actor)!.colour!);
    };
    expect(await stroke(annex)).toBe(colourOf('claims'));
    expect(await stroke(icc)).toBe(colourOf('parties'));

    await page.getByRole('checkbox', { name: 'Von Russland beanspruchte Gebiete' }).uncheck();
    await expect(annex).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Beringstraße' }).uncheck();
    await expect(strait).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Orte des Artikels' }).uncheck();
    await expect(page.locator('.map-marker')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Orte des Artikels' }).check();
    await expect(page.locator('.map-marker').first()).toBeAttached();
    const shown = await page
      .locator('.map-marker')
      .evaluateAll((els) => els.flatMap((el) => (el as HTMLElement).dataset.places!.split(' ')));
    expect(shown.sort()).toEqual(places.map((p) => p.id).sort());
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
    isMobile,
  }) => {
    await page.goto('/karte');
    await settled(page);
    await page.getByRole('button', { name: 'Ausschnitt Alaska zeigen' }).click();
    await settled(page);
    const distance = page.locator('[data-label-id="distance-beringstrasse"]');
    // Too small to carry its label at this zoom: the line's label waits.
    await expect(distance).toHaveAttribute('data-label', 'hidden');
    // The islands to the middle of the map, clear of its buttons (a phone's map is small).
    {
      const island = (await marker(page, 'little-diomede').boundingBox())!;
      const stage = (await page.locator('.map__stage').boundingBox())!;
      await page.mouse.move(island.x + island.width / 2, island.y + island.height / 2);
      await page.mouse.down();
      await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2, { steps: 8 });
      await page.mouse.up();
      await settled(page);
    }
    // Zoom in around the islands (the wheel zooms around the pointer), until they part (later
    // under a finger, whose targets are larger).
    const apart = isMobile ? 9 : 8.5;
    for (let i = 0; i < 16 && (await zoomOf(page)) < apart; i++) {
      const before = await zoomOf(page);
      // Aim between the two islands, so both stay in view.
      const a = (await marker(page, 'little-diomede').boundingBox())!;
      const b = (await marker(page, 'big-diomede').boundingBox())!;
      await page.mouse.move((a.x + b.x + a.width) / 2, (a.y + b.y + a.height) / 2);
      // Never past the map's closest zoom: the wheel there changes nothing.
      if ((await zoomOf(page)) >= (isMobile ? 10 : 9)) break;
      // Leaflet divides the wheel's pixels by the device pixel ratio: a phone needs more.
      await page.mouse.wheel(0, -1200);
      await expect.poll(() => zoomOf(page)).toBeGreaterThan(before);
      await settled(page);
    }
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(apart);
    await expect(distance).toHaveAttribute('data-label', 'center');
    await expect(distance).toHaveText('etwa 4 km');
    const line = page.locator('path.map-bering');
    await expect(line).toBeVisible();
    const centres: { x: number; y: number }[] = [];
    for (const id of ['little-diomede', 'big-diomede']) {
      expect(await inView(map(page), ownMarker(page, id)), id).toBe(true);
      const box = (await ownMarker(page, id).boundingBox())!;
      centres.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    }
    // The line is as long as the islands are apart (4 km), not as their centres (about 7 km):
    // by the scale bar, and beside the two points, which mark the islands' centres.
    // Leaflet's SVG draws in CSS pixels of the map: the path's own length is its length on screen.
    const drawn = await line.evaluate((path) => (path as SVGPathElement).getTotalLength());
    const scale = page.locator('.leaflet-control-scale-line');
    const km = Number((await scale.textContent())!.replace(/\s*km$/, ''));
    const pxPerKm = (await scale.evaluate((el) => el.getBoundingClientRect().width)) / km;
    expect(drawn / pxPerKm).toBeGreaterThan(3.6);
    expect(drawn / pxPerKm).toBeLessThan(4.4);
    const between = Math.hypot(centres[1]!.x - centres[0]!.x, centres[1]!.y - centres[0]!.y);
    expect(drawn / between).toBeGreaterThan(0.5);
    expect(drawn / between).toBeLessThan(0.65);
  });

  test('zoom buttons change the zoom, reset returns to the frame the page opened on', async ({
    page,
  }) => {
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

  test('a focused marker is in view once the map stops, even if a flight took it away', async ({
    page,
  }) => {
    await page.goto('/karte');
    await settled(page);
    const kyiv = page.locator('.map-marker[data-places~="kyiv"]');
    await kyiv.focus();
    // A flight to the other side of the world starts while the marker keeps focus (a click
    // from script moves no focus), as a section's flight may while a reader tabs into the map.
    await page
      .locator('.map__jump')
      .first()
      .evaluate((button) => (button as HTMLElement).click());
    await expect(map(page)).toHaveAttribute('data-moving', 'true');
    await expect(map(page)).toHaveAttribute('data-moving', 'false');
    // Focus stays on a marker: Kyiv's, or, where a new zoom regrouped its cluster, the marker of
    // the cluster's first place.
    const focused = page.locator('.map-marker:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).toBeInViewport({ ratio: 1 });
    const inFrame = await focused.evaluate((el) => {
      const b = el.getBoundingClientRect();
      const m = el.closest('.leaflet-container')!.getBoundingClientRect();
      return b.left >= m.left && b.right <= m.right && b.top >= m.top && b.bottom <= m.bottom;
    });
    expect(inFrame).toBe(true);
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
    const matches = (id: string) => placeById.get(id)!.actors.includes('ukraine');
    for (const place of places) {
      // A shared marker stands out if any of its places does, and steps back only if all do.
      const ids = (await marker(page, place.id).getAttribute('data-places'))!.split(' ');
      await expect(marker(page, place.id), place.id).toHaveAttribute(
        'data-emphasis',
        ids.some(matches) ? 'match' : 'dimmed',
      );
    }
    await page.getByRole('button', { name: 'Filter aufheben' }).click();
    await expect(marker(page, 'moscow')).toHaveAttribute('data-emphasis', 'neutral');
    // A dimmed label still reads: its colour keeps 4.5:1 on its white halo.
    await page.goto('/karte?akteur=ukraine');
    await settled(page);
    await page.getByRole('button', { name: 'Ausschnitt Ukraine zeigen' }).click();
    await settled(page);
    await expect(ownMarker(page, 'moscow')).toHaveAttribute('data-emphasis', 'dimmed');
    const colour = await ownMarker(page, 'moscow')
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
      ).toBeGreaterThan(1);
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
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
  });
});

test.describe('the map in the story', () => {
  // The step that takes the map to Alaska and the Bering Strait: it begins inside the section's
  // first paragraph, at a sentence (the text marks it with an element of the step's id).
  const step = sections
    .find((s) => s.id === 'putin-auf-augenhoehe')!
    .steps.find((st) => st.paragraph === 'putin-auf-augenhoehe-1' && st.from)!;
  const section = { id: 'putin-auf-augenhoehe-1-b', visual: step.visual };

  /** The step's places that lie in its map area (all of them when it names no area). */
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
      fetched.filter((p) => /explainer-map|world\.topo|regions\.topo|map-visual/.test(p)),
    ).toEqual([]);
  });

  test('scrolling to the section flies the map to its area and highlights its places', async ({
    page,
  }) => {
    const zooms = await recordZooms(page);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/');
    await scrollElementTo(page, `#${section.id}`);
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
    const regionsFetched = () => fetched.some((p) => p.includes('regions.topo'));
    if (!(await page.locator('.map[data-annex="on"]').count())) {
      expect(regionsFetched()).toBe(false);
      // A tap, not a click that first scrolls the control into view: on a phone the visual is
      // sticky behind the text, and a scroll would move the reading position to another step.
      await page.locator('.panel summary', { hasText: 'Legende' }).dispatchEvent('click');
      const annex = page.getByRole('checkbox', { name: 'Von Russland beanspruchte Gebiete' });
      await annex.dispatchEvent('click');
      await expect(annex).toBeChecked();
      await expect(page.locator('path.map-annex')).toHaveCount(6);
      expect(regionsFetched()).toBe(true);
    }
  });

  /**
   * Whether Anchorage is named on the map: by its marker's visible label, or, where a callout is
   * drawn for the marker (the marker then gives up its label), by a visible callout that names it
   * close to the marker.
   */
  async function anchorageNamed(page: Page) {
    const summit = marker(page, 'anchorage');
    await expect(summit).toBeVisible();
    const label = summit.locator('.map-marker__label');
    const labelShown =
      (await summit.getAttribute('data-label')) !== 'hidden' &&
      (await label.count()) > 0 &&
      (await label.textContent())?.trim() === 'Anchorage' &&
      (await label.isVisible());
    const at = (await summit.boundingBox())!;
    const x = at.x + at.width / 2;
    const y = at.y + at.height / 2;
    const callouts = page.locator(
      '.panel .callouts-layer:not([data-hidden="true"]) .callout[data-placed="true"]',
      { hasText: 'Anchorage' },
    );
    let calloutShown = false;
    for (const callout of await callouts.all()) {
      const box = await callout.boundingBox();
      if (!box || !(await callout.isVisible())) continue;
      // The distance from the marker's centre to the nearest point of the callout's box.
      const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
      const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
      if (Math.hypot(dx, dy) <= 80) calloutShown = true;
    }
    return { labelShown, calloutShown };
  }

  // Every step whose map shows Alaska: the one the describe follows and the closing map.
  const alaskaSteps = [
    section.id,
    ...sections
      .find((s) => s.id === 'symbolik-und-substanz')!
      .steps.filter((st) => st.visual.view === 'karte')
      .map((st) => (st.from ? `${st.paragraph}-b` : st.paragraph)),
  ];

  for (const stepId of alaskaSteps) {
    test(`the map in the story names Anchorage at step ${stepId}, which shows Alaska`, async ({
      page,
    }) => {
      await page.goto('/');
      await scrollElementTo(page, `#${stepId}`);
      const panel = page.locator('aside#grafik.panel');
      await expect(panel).toHaveAttribute('data-shown-step', stepId);
      await expect(page.locator('.panel .leaflet-container')).toBeVisible();
      await settled(page);
      expect(
        await inView(page.locator('.panel .leaflet-container'), marker(page, 'anchorage')),
      ).toBe(true);
      // The callouts are placed after the map rests: give them a moment to settle.
      await expect
        .poll(async () => {
          const { labelShown, calloutShown } = await anchorageNamed(page);
          return labelShown || calloutShown;
        })
        .toBe(true);
    });
  }

  test('with reduced motion the map jumps instead of flying', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const zooms = await recordZooms(page);
    await page.goto('/');
    await scrollElementTo(page, `#${section.id}`);
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
    await scrollElementTo(page, `#${section.id}`);
    await settled(page);
    const id = expectedInView[0]!;
    const dialog = await openByKeyboard(page, id);
    await expect(dialog).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`\\?ort=${id}(#[\\w-]+)?$`));
    await expect(dialog.getByRole('link', { name: /^Auf der Karte zeigen/ })).toHaveAttribute(
      'href',
      `/karte?ort=${id}`,
    );
    await page.keyboard.press('Escape');
    await expect(marker(page, id)).toBeFocused();
  });
});
