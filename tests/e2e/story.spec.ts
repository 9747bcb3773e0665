import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { scrollEdgeTo, showStepVisual, uncovered, scrollToReadingLine } from './page-helpers';

/** Scrolls so that the element's top sits just above the story's reading line (55 % down). */
/** A CSS colour (a token's value, say) as the browser computes it: `rgb(…)`. */
function computedColour(page: Page, value: string): Promise<string> {
  return page.evaluate((v) => {
    const probe = document.createElement('span');
    probe.style.color = v.startsWith('--')
      ? getComputedStyle(document.documentElement).getPropertyValue(v)
      : v;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, value);
}

const actorIds = ['usa', 'russland', 'ukraine', 'eu', 'nato', 'istgh'];

/**
 * How the browser shows a mention under the filter, from its computed style: `neutral` (the
 * dotted underline, no tint), `dimmed` (no underline, no tint), or the actor whose tint and
 * underline colour it wears.
 */
async function highlight(mention: Locator): Promise<string> {
  const page = mention.page();
  const style = await mention.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      background: s.backgroundColor,
      shadow: s.boxShadow,
      decoration: s.textDecorationColor,
    };
  });
  for (const id of actorIds) {
    const tint = await computedColour(page, `--actor-${id}-tint`);
    const colour = await computedColour(page, `--actor-${id}`);
    if (style.background === tint && style.shadow.includes(colour)) return id;
  }
  if (style.background !== 'rgba(0, 0, 0, 0)') return `unknown: ${style.background}`;
  // Dimmed mentions keep a lighter underline (still tappable): its colour is see-through.
  return /(\/ 0?\.\d+\)|, 0?\.\d+\))$/.test(style.decoration) ? 'dimmed' : 'neutral';
}

/** Whether a paragraph's text is set in the dimmed ink (after its short colour transition). */
async function paragraphInk(page: Page, id: string): Promise<string> {
  const colour = await page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).color);
  if (colour === (await computedColour(page, '--ink'))) return 'ink';
  if (colour === (await computedColour(page, '--ink-dim'))) return 'dimmed';
  return colour;
}

const sectionIds = [
  'naehe-und-misstrauen',
  'ohne-die-ukraine',
  'europas-sorge',
  'putin-auf-augenhoehe',
  'symbolik-und-substanz',
];

test('the story opens with its picture above the fold: Alaska and Ukraine, Anchorage named and dated', async ({
  page,
  request,
  isMobile,
}) => {
  // Prerendered: the served HTML names the picture with its size (no script draws it).
  const html = await (await request.get('/')).text();
  expect(html).toMatch(
    /<h1 class="story__title" id="einleitung-titel" tabindex="-1">[^<]*<\/h1><figure class="story__opening"><picture><source media="[^"]+" srcSet="\/bilder\/gipfel-breit\.svg" width="640" height="270"\/><img class="story__opening-image" src="\/bilder\/gipfel-schmal\.svg" width="360" height="200" alt="[^"]*Anchorage[^"]*15\. August 2025[^"]*"/,
  );
  await page.goto('/');
  const image = page.locator('.story__opening-image');
  await expect(image).toBeVisible();
  const shown = await image.evaluate((img: HTMLImageElement) => ({
    src: new URL(img.currentSrc).pathname,
    loaded: img.complete && img.naturalWidth > 0,
    width: img.getBoundingClientRect().width,
    bottom: img.getBoundingClientRect().bottom,
  }));
  expect(shown.src).toBe(isMobile ? '/bilder/gipfel-schmal.svg' : '/bilder/gipfel-breit.svg');
  expect(shown.loaded).toBe(true);
  // Title and picture on the first screen.
  const viewport = page.viewportSize()!;
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(title.y).toBeGreaterThanOrEqual(0);
  expect(shown.bottom).toBeLessThanOrEqual(viewport.height);
  // Its words at the size it is shown: none under 12 px; the summit named and dated, Ukraine named.
  const svg = await (await request.get(shown.src)).text();
  const width = Number(/width="(\d+)"/.exec(svg)![1]);
  const fonts = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(Math.min(...fonts) * (shown.width / width)).toBeGreaterThanOrEqual(12);
  for (const words of ['>Anchorage<', '>15. August 2025<', '>UKRAINE<']) {
    expect(svg).toContain(words);
  }
  await expect(page.locator('.story__opening figcaption')).toContainText('Grafik der Redaktion');
});

test('scrolling the story switches the panel and the address per section, without history entries', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  const historyLength = await page.evaluate(() => history.length);
  for (const [index, id] of sectionIds.entries()) {
    await scrollToReadingLine(page, `#${id}`);
    await expect(panel.locator('.context__kicker')).toHaveText(`Abschnitt ${index + 1} von 5`);
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(
      page
        .getByRole('navigation', { name: 'Inhaltsverzeichnis' })
        .locator('[aria-current="location"]'),
    ).toHaveAttribute('href', `#${id}`);
  }
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('the panel holds still while the keyboard is in it, and follows the text once focus leaves', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  const kicker = panel.locator('.context__kicker');
  await scrollToReadingLine(page, '#putin-auf-augenhoehe');
  await expect(kicker).toHaveText('Abschnitt 4 von 5');
  // The section's first view is the actors' diagram: once it is there, the last filter chip is
  // followed in Tab order by its first node.
  await expect(panel).toHaveAttribute('data-view', 'akteure');
  await expect(panel.locator('a.node').first()).toBeVisible();
  await panel
    .getByRole('group', { name: 'Nach Akteur filtern' })
    .getByRole('button')
    .last()
    .focus();
  await page.keyboard.press('Tab');
  const inStage = () =>
    page.evaluate(() => document.activeElement?.closest('.panel__stage') != null);
  expect(await inStage()).toBe(true);
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));

  // The reading position moves on (a scroll by the page, or a jump): the panel stays, and so does
  // the focused element.
  await scrollToReadingLine(page, '#symbolik-und-substanz');
  await expect(page).toHaveURL(/#symbolik-und-substanz$/);
  await page.waitForTimeout(600);
  await expect(kicker).toHaveText('Abschnitt 4 von 5');
  expect(await inStage()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toBe(focused);

  // Back out of the panel: it follows the text.
  await page.keyboard.press('Shift+Tab');
  await expect(kicker).toHaveText('Abschnitt 5 von 5');
});

test('a jump to the end of the story shows its last section, however fast it went', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  // One jump from the top to the bottom: no section was ever under the reading line.
  await page.evaluate(() =>
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
  );
  await expect(
    page
      .getByRole('navigation', { name: 'Inhaltsverzeichnis' })
      .locator('[aria-current="location"]'),
  ).toHaveAttribute('href', '#symbolik-und-substanz');
  await expect(panel.locator('.context__kicker')).toHaveText('Abschnitt 5 von 5');
  await expect(page).toHaveURL(/#symbolik-und-substanz$/);
});

test('every paragraph is a step of its own, and a paragraph may change the picture at a sentence', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  const callouts = panel.locator('.callouts');
  const steps: [string, string, string][] = [
    ['ohne-die-ukraine-1', 'akteure', '„nicht zum Gipfel eingeladen“'],
    // The second step of the same paragraph: from "Er signalisiert, …" on.
    ['ohne-die-ukraine-1-b', 'karte', 'Jalta, Februar 1945'],
    ['ohne-die-ukraine-2', 'akteure', 'Großangelegte Invasion seit 24. Februar 2022'],
  ];
  for (const [id, view, words] of steps) {
    await scrollToReadingLine(page, `#${id}`);
    const top = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    await expect(panel).toHaveAttribute('data-shown-step', id);
    await expect(panel).toHaveAttribute('data-view', view);
    await expect(callouts).toContainText(words);
    // The picture changed beside the text: the text did not move.
    expect(await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top)).toBe(top);
  }
  await expect(page.locator('#ohne-die-ukraine-1-b')).toHaveText(/^Er signalisiert, dass/);
});

/**
 * The callouts drawn in the panel's view, once placed: their boxes, font sizes and words, and
 * the boxes of the view's labels they must leave free.
 */
async function drawnCallouts(page: Page) {
  return page.locator('.panel .panel__view').evaluate((view) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const frame = box(view);
    const callouts = [...view.querySelectorAll<HTMLElement>('.callout[data-placed="true"]')].map(
      (el) => ({
        text: el.textContent,
        box: box(el),
        size: parseFloat(getComputedStyle(el).fontSize),
      }),
    );
    // The places' labels the map's layout shows, the diagram's node and edge labels, the
    // timeline's event labels. Where time runs down a column, a label a callout stands over gives
    // way to it: none that is drawn may be covered, by any callout (`strict`).
    const labels = [
      ...view.querySelectorAll(
        '.map-marker:not([data-label="hidden"]):not([data-callout="true"]) .map-label-text',
      ),
      ...view.querySelectorAll('.node__label, .edge-label__box, .timeline__label'),
    ]
      .map((el) => ({ ...box(el), strict: !!el.closest('.timeline__svg--column') }))
      .filter((b) => b.right > b.left);
    return { frame, callouts, labels };
  });
}

const overlap = (
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

test('each step’s callouts are drawn on its visual: readable, inside it, clear of each other and of the labels', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  for (const [id, view] of [
    ['putin-auf-augenhoehe-1-b', 'karte'],
    ['naehe-und-misstrauen-2', 'chronik'],
    ['europas-sorge-2', 'chronik'],
    ['ohne-die-ukraine-1', 'akteure'],
  ] as const) {
    await scrollToReadingLine(page, `#${id}`);
    await expect(panel).toHaveAttribute('data-shown-step', id);
    await expect(panel).toHaveAttribute('data-view', view);
    await expect(panel.locator('.callout[data-placed="true"]').first()).toBeVisible();
    // Placed once the view rests (the map's label layout follows a frame later).
    await expect
      .poll(async () => {
        const { frame, callouts, labels } = await drawnCallouts(page);
        const problems: string[] = [];
        for (const [i, c] of callouts.entries()) {
          if (c.size < 12) problems.push(`${c.text}: ${c.size} px`);
          if (c.box.left < frame.left || c.box.right > frame.right) problems.push(`${c.text}: out`);
          if (callouts.slice(i + 1).some((d) => overlap(c.box, d.box)))
            problems.push(`${c.text}: covers a callout`);
          // The first callout is always drawn (where it covers least); the others only clear.
          if (labels.some((l) => (i > 0 || l.strict) && overlap(c.box, l)))
            problems.push(`${c.text}: covers a label`);
        }
        return problems;
      })
      .toEqual([]);
  }
  // On the map the callout stands beside its place, its leader reaching the marker.
  await scrollToReadingLine(page, '#putin-auf-augenhoehe-1-b');
  const sitka = panel.locator('.callout', { hasText: '1867: für 7,2 Mio. Dollar an die USA' });
  await expect(sitka).toHaveAttribute('data-placed', 'true');
  const near = await page.evaluate(() => {
    const callout = [...document.querySelectorAll('.panel .callout')].find((c) =>
      c.textContent?.startsWith('1867'),
    )!;
    const marker = document.querySelector('.panel .map-marker[data-places~="sitka"]')!;
    const c = callout.getBoundingClientRect();
    const m = marker.getBoundingClientRect();
    const x = m.left + m.width / 2;
    const y = m.top + m.height / 2;
    const dx = Math.max(c.left - x, 0, x - c.right);
    const dy = Math.max(c.top - y, 0, y - c.bottom);
    return Math.hypot(dx, dy);
  });
  expect(near).toBeLessThan(60);
});

test('an annotation opens and closes by keyboard alone, and focus returns to it', async ({
  page,
}) => {
  await page.goto('/');
  const mention = page.locator('#anm-yalta-1');
  await mention.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();
  await expect(dialog).toContainText('Belegte Tatsache');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Schließen' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(mention).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('the actor filter survives reload and follows back and forward', async ({ page }) => {
  await page.goto('/');
  const panel = page.getByRole('group', { name: 'Nach Akteur filtern' }).first();
  await panel.getByRole('button', { name: 'Ukraine', pressed: false }).click();
  await expect(page).toHaveURL(/\?akteur=ukraine(#[\w-]+)?$/);
  await panel.getByRole('button', { name: 'EU', pressed: false }).click();
  await expect(page).toHaveURL(/\?akteur=ukraine,eu(#[\w-]+)?$/);
  await expect(page.locator('.story')).toHaveAttribute('data-filter', 'ukraine eu');
  await expect
    .poll(() => highlight(page.getByRole('button', { name: 'Präsident Selenskyj' })))
    .toBe('ukraine');
  await expect
    .poll(() => highlight(page.getByRole('button', { name: 'Wladimir Putin' }).first()))
    .toBe('dimmed');

  await page.reload();
  await expect(panel.getByRole('button', { name: 'EU', pressed: true })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?akteur=ukraine(#[\w-]+)?$/);
  await expect(panel.getByRole('button', { name: 'EU', pressed: false })).toBeVisible();
  await page.goForward();
  await expect(panel.getByRole('button', { name: 'EU', pressed: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Filter aufheben' }).click();
  await expect(page).toHaveURL(/\/(#[\w-]+)?$/);
  await expect(page.locator('.story')).not.toHaveAttribute('data-filter');
  await expect
    .poll(() => highlight(page.getByRole('button', { name: 'Präsident Selenskyj' })))
    .toBe('neutral');
});

test('the filter highlights mentions in the chosen actor’s colour and dims the rest', async ({
  page,
}) => {
  await page.goto('/?akteur=ukraine');
  const mention = (name: string) => page.getByRole('button', { name, exact: true }).first();
  await expect.poll(() => highlight(mention('Präsident Selenskyj'))).toBe('ukraine');
  await expect.poll(() => highlight(mention('Donald Trumps'))).toBe('dimmed');
  // A mention of several actors (the video calls: USA, Ukraine, EU, NATO) wears the chosen one's.
  await expect.poll(() => highlight(mention('in Videokonferenzen konsultiert'))).toBe('ukraine');
  // A paragraph naming no Ukrainian actor is dimmed; one that does keeps its ink.
  await expect.poll(() => paragraphInk(page, 'europas-sorge-2')).toBe('dimmed');
  await expect
    .poll(async () =>
      paragraphInk(
        page,
        await mention('Präsident Selenskyj').evaluate((el) => el.closest('p')!.id),
      ),
    )
    .toBe('ink');

  // Two actors: either makes a mention match; one of both takes the first in the list (USA).
  const group = page.getByRole('group', { name: 'Nach Akteur filtern' }).first();
  await group.getByRole('button', { name: 'Ukraine', pressed: true }).click();
  await group.getByRole('button', { name: 'EU', pressed: false }).click();
  await group.getByRole('button', { name: 'USA', pressed: false }).click();
  await expect(page).toHaveURL(/\?akteur=usa,eu(#[\w-]+)?$/);
  await expect.poll(() => highlight(mention('in Videokonferenzen konsultiert'))).toBe('usa');
  await expect.poll(() => highlight(mention('Donald Trumps'))).toBe('usa');
  await expect.poll(() => highlight(mention('Präsident Selenskyj'))).toBe('dimmed');
  await expect.poll(() => paragraphInk(page, 'europas-sorge-2')).toBe('ink');

  await group.getByRole('button', { name: 'Filter aufheben' }).click();
  await expect.poll(() => highlight(mention('Donald Trumps'))).toBe('neutral');
  await expect.poll(() => paragraphInk(page, 'europas-sorge-2')).toBe('ink');
});

test('a filter toggle moves nothing: the chips keep their size, “Filter aufheben” its place', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
  // The filter in the lead (the panel's, on a phone, lies under the text).
  const group = page.getByRole('group', { name: 'Nach Akteur filtern' }).first();
  // The list's size and each chip's box within it (the click may scroll the page).
  const boxes = () =>
    group.locator('ul').evaluate((list) => {
      const at = list.getBoundingClientRect();
      return [list, ...list.querySelectorAll('li')]
        .map((el) => el.getBoundingClientRect())
        .map((r) => [r.x - at.x, r.y - at.y, r.width, r.height]);
    });
  // Without a filter, the clear button is laid out but neither seen nor reached.
  await expect(group.getByRole('button', { name: 'Filter aufheben' })).toHaveCount(0);
  const before = await boxes();
  await group.getByRole('button', { name: 'Ukraine', pressed: false }).click();
  await expect(page.locator('.story')).toHaveAttribute('data-filter', 'ukraine');
  await expect(group.getByRole('button', { name: 'Filter aufheben' })).toBeVisible();
  await expect(
    group.getByRole('button', { name: 'Ukraine', pressed: true }).locator('.chip__check'),
  ).toBeVisible();
  expect(await boxes()).toEqual(before);
});

test('an unknown actor in a link is ignored with a visible note', async ({ page }) => {
  await page.goto('/?akteur=ukraine,%3Cscript%3Ealert(1)%3C/script%3E');
  await expect(page.getByRole('status')).toContainText(
    'unbekannten Akteur (<script>alert(1)</script>)',
  );
  // The filter in the lead and the one in the panel: both show the choice.
  await expect(page.getByRole('button', { name: 'Ukraine', pressed: true }).first()).toBeVisible();
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});

test('with reduced motion the page does not scroll smoothly', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'auto',
  );
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'smooth',
  );
});

test('the reading progress bar grows as the reader scrolls', async ({ page }) => {
  await page.goto('/');
  const scale = () =>
    page
      .locator('.story__progress')
      .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(await scale()).toBeLessThan(0.05);
  await page.evaluate(() =>
    window.scrollTo({
      top: (document.documentElement.scrollHeight - innerHeight) / 2,
      behavior: 'instant',
    }),
  );
  await expect.poll(scale).toBeGreaterThan(0.4);
  expect(await scale()).toBeLessThan(0.6);
});

test('a returning reader is offered to continue where they stopped', async ({ page }) => {
  await page.goto('/');
  await scrollToReadingLine(page, '#europas-sorge');
  await expect(page).toHaveURL(/#europas-sorge$/);
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Weiterlesen' });
  await expect(offer).toContainText('Europas Sorge');
  await offer.getByRole('link', { name: 'Dort weiterlesen' }).click();
  await expect(offer).toBeHidden();
  await expect(page).toHaveURL(/#europas-sorge$/);
  expect(await page.evaluate(() => localStorage.length)).toBe(1);
});

test.describe('on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'the phone’s layout');

  test('every paragraph reads in front of the full-screen visual, which shows alone in the gaps and takes a touch there', async ({
    page,
  }) => {
    test.slow();
    await page.goto('/');
    const panel = page.locator('.panel');
    const { width, height } = page.viewportSize()!;
    const ids = await page
      .locator('.story__sections .story__paragraph')
      .evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(8);
    for (const id of ids) {
      // The paragraph at the reading line: the visual fills the screen behind it.
      await scrollEdgeTo(page, `#${id}`, 'top', 0.3);
      const box = (await panel.boundingBox())!;
      expect({ x: box.x, width: box.width, height: box.height }).toEqual({ x: 0, width, height });
      // Stuck to the top of the screen once it has come up with the first section.
      if (id !== ids[0]) expect(box.y).toBe(0);
      expect(await uncovered(page, `#${id}`), id).toBe(true);
      // Read on into the gap after it: there the visual is alone, and a touch reaches it.
      await scrollEdgeTo(page, `#${id}`, 'bottom', 0.05);
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.panel') != null,
        [width / 2, height * 0.6],
      );
      expect(hit, `the gap after ${id}`).toBe(true);
    }
    // The gap after a step shows that step's picture (the step holds until the next paragraph).
    await scrollEdgeTo(page, '#ohne-die-ukraine-2', 'bottom', 0.05);
    await expect(panel.locator('.context__kicker')).toHaveText('Abschnitt 2 von 5');
    await expect(panel.locator('[data-view-section], .actors-figure').first()).toBeVisible();
  });

  test('with a view on screen, a screen reader still meets the step’s callouts, and nothing unseen takes the focus', async ({
    page,
  }) => {
    await page.goto('/');
    await showStepVisual(page, 'naehe-und-misstrauen-1', true);
    const panel = page.locator('.panel');
    await expect(panel).toHaveAttribute('data-shown-step', 'naehe-und-misstrauen-1');
    await expect(panel).toHaveAttribute('data-view', 'chronik');
    // The labels drawn on the view are hidden from a screen reader; the card's list is not.
    await expect(panel.getByRole('heading', { name: 'Auf der Grafik' })).toHaveCount(1);
    const items = panel.locator('.callouts').getByRole('listitem');
    await expect(items.first()).toContainText(/\S/);
    const drawn = await panel.locator('.callouts-layer [data-callout]').count();
    expect(await items.count()).toBeGreaterThanOrEqual(Math.min(drawn, 1));
    // Out of sight, so no control in it may take the focus.
    const focusable = await panel
      .locator('.callouts')
      .evaluate(
        (list) =>
          [...list.querySelectorAll('a, button, summary, [tabindex]')].filter((el) =>
            el.checkVisibility(),
          ).length,
      );
    expect(focusable).toBe(0);
  });

  test('once the last section has ended the visual lets go: byline and epilogue read unobstructed', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .locator('.story__footer')
      .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    const panel = (await page.locator('.panel').boundingBox())!;
    const footer = (await page.locator('.story__footer').boundingBox())!;
    expect(panel.y + panel.height).toBeLessThanOrEqual(footer.y + 1);
    expect(await uncovered(page, '.story__byline')).toBe(true);
    expect(await uncovered(page, '.epilogue__title')).toBe(true);
    await page
      .locator('.epilogue__list')
      .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    expect(await uncovered(page, '.epilogue__item:first-child .fact__text')).toBe(true);
  });

  test('a detail opened from a word low on the screen leaves the word in view above its sheet', async ({
    page,
  }) => {
    await page.goto('/');
    const word = page.locator('#anm-yalta-1');
    await word.evaluate((el) => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight * 0.85, behavior: 'instant' });
    });
    await word.tap();
    const sheet = page.getByRole('dialog');
    await expect(sheet).toBeVisible();
    await expect
      .poll(async () => {
        const w = (await word.boundingBox())!;
        const s = (await sheet.boundingBox())!;
        return w.y >= 0 && w.y + w.height <= s.y;
      })
      .toBe(true);
    expect(await uncovered(page, '#anm-yalta-1')).toBe(true);
  });
});

test('a returning reader’s offer to continue covers no text', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('alaska-gipfel:abschnitt', 'europas-sorge'));
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Weiterlesen' });
  await expect(offer).toBeVisible();
  const box = (await offer.boundingBox())!;
  // Nothing of the article lies under it: it sits in the flow, not over the text.
  const under = await page.evaluate(
    ({ x, y, width, height }) =>
      [...document.querySelectorAll('.story__article :is(h1, h2, p, li)')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < x + width && r.right > x && r.top < y + height && r.bottom > y;
      }).length,
    box,
  );
  expect(under).toBe(0);
  for (const selector of ['.story__kicker', '#einleitung-1']) {
    // Below the opening picture the lead may begin under the fold of a phone: brought into view.
    await page.locator(selector).scrollIntoViewIfNeeded();
    expect(await uncovered(page, selector)).toBe(true);
  }
  // The lead's fact-check words, the last of its paragraph.
  const patt = page.getByRole('button', { name: 'militärischer Patt' });
  await patt.scrollIntoViewIfNeeded();
  expect(await uncovered(page, '#einleitung-1')).toBe(true);
});

test('on a desktop the panel stays beside the text, sticky', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the desktop’s layout');
  await page.goto('/');
  await scrollToReadingLine(page, '#putin-auf-augenhoehe-1');
  const panel = page.locator('.panel');
  await expect(panel.locator('.context__kicker')).toHaveText('Abschnitt 4 von 5');
  const p = (await page.locator('#putin-auf-augenhoehe-1').boundingBox())!;
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThan(p.x + p.width);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(60);
});
