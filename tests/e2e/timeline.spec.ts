import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { showStepVisual } from './page-helpers';
import { articleData } from './article-data';

const events = articleData<{ id: string; title: string }[]>('events');

const timeline = (page: Page) => page.locator('.timeline');
const plot = (page: Page) => page.locator('.timeline__svg');

/** Waits until the plot is drawn with its events (they follow the frame in a render of their own). */
async function drawn(scope: Page | Locator) {
  await expect(scope.locator('.timeline__svg')).toBeVisible();
  await expect(scope.locator('.timeline__event')).toHaveCount(events.length);
}

async function visibleRange(page: Page): Promise<[string, string]> {
  const root = timeline(page);
  return [
    (await root.getAttribute('data-visible-from')) ?? '',
    (await root.getAttribute('data-visible-to')) ?? '',
  ];
}

/** Waits until the view stops gliding and returns where it rests. */
async function settledRange(page: Page): Promise<[string, string]> {
  let last = await visibleRange(page);
  for (;;) {
    await page.waitForTimeout(150);
    const now = await visibleRange(page);
    if (now[0] === last[0] && now[1] === last[1]) return now;
    last = now;
  }
}

/** Every pair of drawn labels whose real boxes overlap (by more than half a pixel). */
async function overlappingLabelBoxes(scope: Locator): Promise<string[]> {
  return scope.locator('.timeline__label').evaluateAll((labels) => {
    const boxes = labels.map((l) => ({ text: l.textContent ?? '', r: l.getBoundingClientRect() }));
    const hits: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx > 0.5 && dy > 0.5) hits.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
      }
    }
    return hits;
  });
}

/** Dispatches a one- or two-finger gesture on the plot; returns whether each move was let through. */
async function touchGesture(
  page: Page,
  fingers: { from: [number, number]; to: [number, number] }[],
): Promise<boolean[]> {
  return plot(page).evaluate((svg, fingers) => {
    const rect = svg.getBoundingClientRect();
    const touchesAt = (t: number) =>
      fingers.map(
        (f, i) =>
          new Touch({
            identifier: i + 1,
            target: svg,
            clientX: rect.left + f.from[0] + (f.to[0] - f.from[0]) * t,
            clientY: rect.top + f.from[1] + (f.to[1] - f.from[1]) * t,
          }),
      );
    const fire = (type: string, touches: Touch[], changed: Touch[]) =>
      svg.dispatchEvent(
        new TouchEvent(type, {
          touches,
          targetTouches: touches,
          changedTouches: changed,
          bubbles: true,
          cancelable: true,
        }),
      );
    const start = touchesAt(0);
    fire('touchstart', start, start);
    const passed: boolean[] = [];
    for (const t of [0.25, 0.5, 0.75, 1]) {
      const now = touchesAt(t);
      passed.push(fire('touchmove', now, now));
    }
    fire('touchend', [], touchesAt(1));
    return passed;
  }, fingers);
}

/**
 * Opens an event as a reader does: a tap (or click) on its mark; where marks crowd, the chooser
 * that opens offers it by name.
 */
async function tapEvent(page: Page, id: string, isMobile: boolean) {
  const box = (await page.locator(`[data-event="${id}"] [data-hit="mark"]`).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  if (isMobile) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  const choice = page.locator(`.timeline-chooser [data-event-choice="${id}"]`);
  await expect(page.locator('.timeline__card').or(choice)).toBeVisible();
  if (await choice.isVisible()) await choice.click();
}

test.describe('the chronicle page', () => {
  test('keeps the text alternative in the served HTML and reserves the graphic’s place', async ({
    page,
    request,
    browser,
  }) => {
    const html = await (await request.get('/chronik')).text();
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    for (const event of events) expect(text, event.id).toContain(event.title);

    // The graphic's frame has the same place and size in the served HTML (no script, no page
    // stylesheet yet) as once the graphic is drawn: nothing below it moves when it arrives.
    const noScript = await browser.newContext({
      javaScriptEnabled: false,
      viewport: page.viewportSize()!,
    });
    const plain = await noScript.newPage();
    await plain.goto('/chronik');
    const before = (await plain.locator('.timeline-frame').boundingBox())!;
    await noScript.close();
    await page.goto('/chronik');
    await drawn(page);
    const after = (await page.locator('.timeline-frame').boundingBox())!;
    expect(after.y).toBeCloseTo(before.y, 0);
    expect(after.height).toBeCloseTo(before.height, 0);
    expect(before.height).toBeGreaterThan(300);
    expect((await timeline(page).boundingBox())!.height).toBeCloseTo(before.height, 0);
  });

  test('zooms with the buttons and with + and −, and the arrow keys pan', async ({ page }) => {
    await page.goto('/chronik');
    await drawn(page);
    const whole = await settledRange(page);

    await page.getByRole('button', { name: 'Hineinzoomen' }).click();
    const zoomed = await settledRange(page);
    expect(zoomed[0] > whole[0] && zoomed[1] < whole[1]).toBe(true);

    await page.getByRole('region', { name: 'Zeitleiste' }).focus();
    await page.keyboard.press('+');
    const closer = await settledRange(page);
    expect(closer[0] >= zoomed[0] && closer[1] < zoomed[1]).toBe(true);
    await page.keyboard.press('ArrowLeft');
    const panned = await settledRange(page);
    expect(panned[0] < closer[0] && panned[1] < closer[1]).toBe(true);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await settledRange(page)).toEqual(whole);

    await page.getByRole('button', { name: 'Hineinzoomen' }).click();
    await page.getByRole('button', { name: 'Zurücksetzen' }).click();
    expect(await settledRange(page)).toEqual(whole);
  });

  test('opens an event’s detail into the URL, keeps the filter, and back closes it', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/chronik?akteur=ukraine');
    await drawn(page);
    await settledRange(page);
    const event = page.getByRole('button', { name: /^18\. März 2014: / });
    const title = (await event.getAttribute('aria-label'))!.replace(/^[^:]+: /, '');
    await tapEvent(page, 'crimea-annexation', isMobile);
    await expect(page).toHaveURL(/\/chronik\?akteur=ukraine&ereignis=crimea-annexation$/);
    const detail = page.getByRole('region', { name: title });
    await expect(detail).toBeVisible();
    await expect(detail).toContainText('18. März 2014');
    await expect(detail).toContainText('Belegte Tatsache');
    await expect(detail.getByRole('link', { name: 'Auf der Karte zeigen' })).toHaveAttribute(
      'href',
      /\/karte\?ort=[a-z-]+&akteur=ukraine$/,
    );
    await expect(detail.getByRole('link').first()).toBeVisible();
    await expect(event).toHaveAttribute('aria-expanded', 'true');

    await page.goBack();
    await expect(page).toHaveURL(/\/chronik\?akteur=ukraine$/);
    await expect(detail).toBeHidden();
    await expect(event).toHaveAttribute('aria-expanded', 'false');

    await page.goForward();
    await expect(detail).toBeVisible();
  });

  test('opens an event by keyboard and gives focus back on Escape', async ({ page }) => {
    await page.goto('/chronik');
    const event = page.getByRole('button', { name: /^15\. August 2025: / });
    await expect(event).toHaveAttribute('tabindex', '0');
    await event.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/ereignis=alaska-summit$/);
    const detail = page.getByRole('region', { name: /Alaska|Gipfel|Anchorage/ });
    await expect(detail).toBeFocused();
    // Written before the summit: the summit and what came after are marked as such.
    await expect(detail).toContainText('Nach Erscheinen des Artikels');
    await page.keyboard.press('Escape');
    await expect(detail).toBeHidden();
    await expect(event).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/ereignis=alaska-summit$/);
  });

  test('an unknown event in a link is ignored with a visible note', async ({ page }) => {
    await page.goto('/chronik?ereignis=%3Cb%3Emondlandung');
    await expect(page.getByRole('status')).toContainText('unbekanntes Ereignis (<b>mondlandung)');
    await expect(page.getByRole('region', { name: 'Zeitleiste' })).toBeVisible();
    await expect(page.locator('.timeline__card')).toHaveCount(0);
  });

  test('the filter lets the chosen actor’s events stand out and dims the others', async ({
    page,
  }) => {
    await page.goto('/chronik');
    const marks = page.locator('.timeline [data-event]');
    await expect(marks.first()).toHaveAttribute('data-emphasis', 'neutral');
    await page
      .getByRole('group', { name: 'Nach Akteur filtern' })
      .getByRole('button', { name: 'Ukraine', pressed: false })
      .click();
    await expect(page).toHaveURL(/akteur=ukraine/);
    const invasion = page.locator('[data-event="full-scale-invasion"]');
    await expect(invasion).toHaveAttribute('data-emphasis', 'match');
    await expect(page.locator('[data-event="alaska-treaty"]')).toHaveAttribute(
      'data-emphasis',
      'dimmed',
    );
    // Dimmed labels stay readable: grey ink, never transparency. (The chosen actor's events take
    // the labels first; zoom in until a dimmed one has room.)
    const dimmed = page.locator('[data-emphasis="dimmed"] .timeline__label').first();
    for (let i = 0; i < 6 && (await dimmed.count()) === 0; i++) {
      await page.getByRole('button', { name: 'Hineinzoomen' }).click();
      await settledRange(page);
    }
    await expect(dimmed).toBeVisible();
    expect(
      await dimmed.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.fill, style.opacity];
      }),
    ).toEqual(['rgb(104, 104, 104)', '1']);
  });

  test('no two labels overlap, at rest and zoomed in', async ({ page }) => {
    await page.goto('/chronik');
    await drawn(page);
    expect(await page.locator('.timeline__label').count()).toBeGreaterThan(3);
    expect(await overlappingLabelBoxes(timeline(page))).toEqual([]);
    for (let i = 0; i < 4; i++) {
      await page.getByRole('button', { name: 'Hineinzoomen' }).click();
      await settledRange(page);
      expect(await overlappingLabelBoxes(timeline(page))).toEqual([]);
    }
  });

  test('axe finds no violations with an event open and a filter on', async ({ page }) => {
    // axe walks every node of the longest page (the chronicle and its list): on a busy machine
    // that alone can take most of the default 30 s.
    test.slow();
    await page.goto('/chronik?akteur=russland&ereignis=full-scale-invasion');
    await expect(page.getByRole('region', { name: /Invasion/ })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});

test.describe('by thumb', () => {
  test('a narrow screen gets a column where time runs down: text of 12 px or more, labels apart, targets a finger can hit', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/chronik');
    await drawn(page);
    await expect(timeline(page)).toHaveAttribute('data-layout', isMobile ? 'column' : 'row');
    const sizes = await plot(page)
      .locator('text')
      .evaluateAll((texts) =>
        texts
          .filter((t) => t.getBoundingClientRect().width > 0)
          .map((t) => parseFloat(getComputedStyle(t).fontSize)),
      );
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(await overlappingLabelBoxes(timeline(page))).toEqual([]);
    for (const button of await timeline(page).locator('.timeline__toolbar button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(43.9);
      expect(box.height).toBeGreaterThanOrEqual(43.9);
    }
    if (isMobile) {
      // Every mark in view answers a finger over 44 × 44 px, whatever the mark's own size.
      const frame = (await plot(page).boundingBox())!;
      const hits = await plot(page)
        .locator('[data-hit="mark"]')
        .evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().toJSON() as DOMRect));
      const inView = hits.filter((h) => h.top >= frame.y && h.bottom <= frame.y + frame.height);
      expect(inView.length).toBeGreaterThan(5);
      for (const h of inView) {
        expect(h.width).toBeGreaterThanOrEqual(43.9);
        expect(h.height).toBeGreaterThanOrEqual(43.9);
      }
      await expect(page.locator('.timeline__hint')).toContainText(/wischen/i);
      await expect(page.locator('.timeline__hint')).not.toContainText('Mausrad');
    } else {
      await expect(page.locator('.timeline__hint')).toContainText('Mausrad');
    }
  });

  test('a tap among the crowded marks of summer 2025 asks which event, and 15 August opens 15 August', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/chronik');
    await drawn(page);
    await settledRange(page);
    const mark = page.locator('[data-event="alaska-summit"] [data-hit="mark"]');
    // Down a phone's column the summer of 2025 lies below the fold: the reader scrolls to it.
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    if (isMobile) await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
    const chooser = page.getByRole('dialog', { name: /Ereignisse an dieser Stelle/ });
    await expect(chooser).toBeVisible();
    const choices = chooser.locator('[data-event-choice]');
    expect(await choices.count()).toBeGreaterThan(1);
    // The chooser's rows are a thumb's height and inside the screen.
    for (const choice of await choices.all()) {
      const b = (await choice.boundingBox())!;
      expect(b.height).toBeGreaterThanOrEqual(43.9);
    }
    // It starts at the event under the finger.
    const summit = chooser.getByRole('button', { name: /15\. August 2025/ });
    await expect(summit).toBeFocused();
    await expect(summit).toBeInViewport();
    if (isMobile) await summit.tap();
    else await summit.click();
    await expect(page).toHaveURL(/\/chronik\?ereignis=alaska-summit$/);
    await expect(page.locator('.timeline__card[data-event-detail="alaska-summit"]')).toBeVisible();
    await expect(chooser).toBeHidden();
  });

  test('“Zum Gipfel” opens the summit and brings it into view in one tap', async ({ page }) => {
    await page.goto('/chronik');
    await drawn(page);
    await page.getByRole('button', { name: /^Zum Gipfel am 15\. August 2025/ }).click();
    await expect(page).toHaveURL(/\/chronik\?ereignis=alaska-summit$/);
    await expect(page.locator('.timeline__card[data-event-detail="alaska-summit"]')).toBeVisible();
    const [from, to] = await settledRange(page);
    expect(from < '2025-08-15' && to > '2025-08-15').toBe(true);
    const frame = (await plot(page).boundingBox())!;
    const mark = (await page
      .locator('[data-event="alaska-summit"] .timeline__mark')
      .boundingBox())!;
    expect(mark.x >= frame.x && mark.x + mark.width <= frame.x + frame.width).toBe(true);
    expect(mark.y >= frame.y && mark.y + mark.height <= frame.y + frame.height).toBe(true);
  });

  test('the list of events has a link that reaches the summit in one tap', async ({ page }) => {
    await page.goto('/chronik');
    const link = page.getByRole('link', { name: /zum Gipfel am 15\. August 2025/ });
    await link.click();
    await expect(page).toHaveURL(/#alaska-summit$/);
    await expect(page.locator('li#alaska-summit')).toBeInViewport();
  });

  test('zooming in keeps the selected event where it is', async ({ page }) => {
    await page.goto('/chronik?ereignis=full-scale-invasion');
    await drawn(page);
    await settledRange(page);
    // On a phone the detail is a sheet over the lower screen: bring the toolbar to the top.
    await timeline(page).evaluate((el) =>
      window.scrollTo({
        top: el.getBoundingClientRect().top + window.scrollY,
        behavior: 'instant',
      }),
    );
    const mark = page.locator('[data-event="full-scale-invasion"] [data-hit="mark"]');
    const before = (await mark.boundingBox())!;
    const range = await visibleRange(page);
    await page.getByRole('button', { name: 'Hineinzoomen' }).click();
    expect(await settledRange(page)).not.toEqual(range);
    const after = (await mark.boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThan(2);
    expect(Math.abs(after.y - before.y)).toBeLessThan(2);
  });
});

test.describe('pointer and touch', () => {
  test('dragging pans and the wheel zooms on the chronicle page', async ({ page, isMobile }) => {
    test.skip(isMobile, 'mouse gestures: the desktop project');
    await page.goto('/chronik');
    const box = (await plot(page).boundingBox())!;
    const whole = await settledRange(page);
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    const zoomed = await settledRange(page);
    expect(zoomed[0] > whole[0] && zoomed[1] < whole[1]).toBe(true);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const dragged = await settledRange(page);
    expect(dragged[0] > zoomed[0]).toBe(true);
  });

  test('down the phone’s column a pinch zooms, and a swipe pans only while there is somewhere to go', async ({
    page,
    isMobile,
  }) => {
    test.skip(!isMobile, 'touch: the phone project');
    await page.goto('/chronik');
    await drawn(page);
    await expect(timeline(page)).toHaveAttribute('data-layout', 'column');
    const whole = await settledRange(page);

    // The whole time in view: nothing to pan, so a swipe up or down is the page's.
    const vertical = await touchGesture(page, [{ from: [200, 250], to: [205, 100] }]);
    expect(vertical.every(Boolean)).toBe(true);
    expect(await settledRange(page)).toEqual(whole);

    await touchGesture(page, [
      { from: [200, 200], to: [200, 140] },
      { from: [200, 240], to: [200, 320] },
    ]);
    const pinched = await settledRange(page);
    expect(pinched[0] > whole[0] || pinched[1] < whole[1]).toBe(true);

    // Zoomed in, a swipe up moves on in time (and is not the page's).
    const moves = await touchGesture(page, [{ from: [200, 300], to: [195, 120] }]);
    expect(moves.some((passed) => !passed)).toBe(true);
    const swiped = await settledRange(page);
    expect(swiped[0] > pinched[0]).toBe(true);
  });
});

test.describe('in the story', () => {
  test('the graphic is not part of the first load of /', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /\/timeline-/.test(s))).toEqual([]);
  });

  test('follows the section: its events highlighted and in view, labels apart', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/');
    await showStepVisual(page, 'naehe-und-misstrauen-1', isMobile);
    const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    await drawn(panel);
    const [from, to] = await settledRange(page);
    const highlighted = await panel
      .locator('[data-highlight="true"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-date') ?? ''));
    expect(highlighted.length).toBeGreaterThan(0);
    for (const date of highlighted) expect(date >= from && date <= to, date).toBe(true);
    // The section is about 2025: the view rests there, not on the whole century and a half.
    expect(from >= '2023-01-01').toBe(true);
    expect(to <= '2025-09-01').toBe(true);
    expect(await overlappingLabelBoxes(panel)).toEqual([]);

    await panel.getByRole('button', { name: 'Hineinzoomen' }).click();
    const zoomed = await settledRange(page);
    expect(zoomed[0] > from || zoomed[1] < to).toBe(true);
  });

  test('an event opened in the panel is in the URL with the section, and back closes it', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/?akteur=usa');
    await showStepVisual(page, 'naehe-und-misstrauen-1', isMobile);
    const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    const event = panel.getByRole('button', { name: /^20\. Januar 2025: / });
    await event.click();
    await expect(page).toHaveURL(
      /\/\?akteur=usa&ereignis=trump-inauguration#naehe-und-misstrauen$/,
    );
    const detail = page.locator('.timeline__card');
    await expect(detail).toBeVisible();
    await expect(detail).toContainText('20. Januar 2025');
    await page.goBack();
    await expect(detail).toBeHidden();
    await expect(page).toHaveURL(/\/\?akteur=usa#naehe-und-misstrauen$/);
  });

  for (const motion of ['reduce', 'no-preference'] as const) {
    test(`with ${motion} motion the view ${motion === 'reduce' ? 'jumps' : 'glides'}`, async ({
      page,
      isMobile,
    }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto('/');
      await showStepVisual(page, 'naehe-und-misstrauen-1', isMobile);
      const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
      await drawn(panel);
      await settledRange(page);
      // Record where the view is on every frame while it moves to a new zoom.
      const frames = panel.locator('.timeline').evaluate(
        (root) =>
          new Promise<number>((resolve) => {
            const seen = new Set<string>();
            const began = performance.now();
            const tick = () => {
              seen.add(`${root.getAttribute('data-visible-from')}`);
              if (performance.now() - began < 800) requestAnimationFrame(tick);
              else resolve(seen.size);
            };
            requestAnimationFrame(tick);
          }),
      );
      await panel.getByRole('button', { name: 'Hineinzoomen' }).click();
      const distinct = await frames;
      if (motion === 'reduce') expect(distinct).toBeLessThanOrEqual(2);
      else expect(distinct).toBeGreaterThan(3);
    });
  }
});
