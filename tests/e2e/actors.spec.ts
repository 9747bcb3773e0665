import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { scrollToReadingLine } from './page-helpers';
import { articleData, computedRgb } from './article-data';

const diagram = (page: Page) => page.locator('.actors-figure .diagram');
const node = (page: Page, name: string) => diagram(page).getByRole('link', { name, exact: true });
const detail = (page: Page) => page.getByRole('region', { name: 'Details zur Auswahl' });

/** Scrolls so that the element's top sits just above the story's reading line. */
test('a node is reached and opened by keyboard; the URL says so and back closes it', async ({
  page,
}) => {
  await page.goto('/akteure?akteur=eu');
  await expect(node(page, 'USA (Vereinigte Staaten)')).toBeVisible();
  // From the last filter button, Tab goes into the diagram.
  await page.getByRole('button', { name: 'Filter aufheben' }).focus();
  await page.keyboard.press('Tab');
  await expect(node(page, 'USA (Vereinigte Staaten)')).toBeFocused();

  await node(page, 'Ukraine').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/akteure\?akteur=eu&knoten=ukraine$/);
  const heading = detail(page).getByRole('heading', { name: 'Ukraine', level: 3 });
  // Beside the diagram on a wide screen, brought into view below it on a phone.
  await expect(heading).toBeInViewport();
  await expect(detail(page)).toContainText('Positionen');
  await expect(detail(page)).toContainText('nicht verfassungskonform');
  await expect(node(page, 'Ukraine')).toHaveAttribute('aria-current', 'true');

  await page.goBack();
  await expect(page).toHaveURL(/\/akteure\?akteur=eu$/);
  await expect(detail(page)).toContainText('Einen Akteur oder eine Verbindung wählen');
});

test('an edge opened by keyboard shows the sentence it comes from and its sources', async ({
  page,
}) => {
  await page.goto('/akteure');
  const war = diagram(page).getByRole('link', { name: 'Russland → Ukraine: führt Krieg gegen' });
  await war.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/akteure\?beziehung=russland-krieg-ukraine$/);
  await expect(detail(page)).toContainText('selbst im Kontext des Angriffs auf die Ukraine');
  await expect(detail(page)).toContainText('Belegte Tatsache');
  await expect(
    detail(page).getByRole('link', { name: 'Russian invasion of Ukraine – Wikipedia' }),
  ).toHaveAttribute('rel', 'noopener noreferrer');
  // Closing returns focus to the edge and keeps the page where it was.
  await detail(page).getByRole('button', { name: 'Schließen' }).click();
  await expect(page).toHaveURL(/\/akteure$/);
  await expect(war).toBeFocused();
});

test('each kind of relation is drawn as the article says, and dimmed by the filter', async ({
  page,
}) => {
  const line = (id: string) => diagram(page).locator(`g.edge[data-relation="${id}"] .edge__line`);
  const drawn = (id: string) =>
    line(id).evaluate((el) => {
      const style = getComputedStyle(el);
      return { stroke: style.stroke, width: style.strokeWidth, dash: style.strokeDasharray };
    });
  await page.goto('/akteure');
  // diagram.json: war in the page's accent, 4 px; not invited dashed; consulted dotted.
  const war = await drawn('russland-krieg-ukraine');
  expect(war).toEqual({ stroke: 'rgb(156, 43, 31)', width: '4px', dash: 'none' });
  expect((await drawn('usa-selenskyj-nicht-eingeladen')).dash).toBe('8px, 5px');
  expect((await drawn('trump-eu-videokonferenz')).dash).toBe('0.5px, 5px');
  // The court's relations in the court's colour (actors.json), the warrant 3 px wide.
  const colour = articleData<{ id: string; colour?: string }[]>('actors').find(
    (a) => a.id === 'istgh',
  )!.colour!;
  const rgb = computedRgb(colour);
  expect(await drawn('istgh-putin-haftbefehl')).toEqual({
    stroke: rgb,
    width: '3px',
    dash: 'none',
  });

  // Filtered by Ukraine, the war is drawn wider and the warrant gives way to grey.
  await page.goto('/akteure?akteur=ukraine');
  await expect(line('russland-krieg-ukraine')).toHaveCSS('stroke-width', '5px');
  await expect(line('istgh-putin-haftbefehl')).toHaveCSS('stroke', 'rgb(205, 199, 188)');
});

test('the actor filter dims the other actors in the diagram, readable still', async ({ page }) => {
  await page.goto('/akteure?akteur=ukraine');
  await expect(node(page, 'Ukraine')).toHaveAttribute('data-emphasis', 'match');
  const russia = node(page, 'Russland (Russische Föderation)');
  await expect(russia).toHaveAttribute('data-emphasis', 'dimmed');
  // Dimmed, not faded: the label keeps a solid grey of at least 4.5:1 on its light fill.
  const colours = await russia.evaluate((el) => ({
    text: getComputedStyle(el.querySelector('.node__label')!).fill,
    opacity: getComputedStyle(el).opacity,
  }));
  expect(colours).toEqual({ text: 'rgb(104, 104, 104)', opacity: '1' });
  // The relations of the chosen actor stand out.
  await expect(
    diagram(page).getByRole('link', { name: 'USA → Selenskyj: nicht eingeladen' }),
  ).toHaveAttribute('data-emphasis', 'match');
  await expect(
    diagram(page).getByRole('link', { name: 'IStGH → Putin: Haftbefehl (2023)' }),
  ).toHaveAttribute('data-emphasis', 'dimmed');
});

test('an unknown relation in a link is ignored with a visible, polite note', async ({ page }) => {
  await page.goto('/akteure?beziehung=gibt-es-nicht');
  await expect(page.getByRole('status')).toContainText('unbekannte Beziehung („gibt-es-nicht“)');
  await expect(node(page, 'Ukraine')).toBeVisible();
  await expect(detail(page)).toContainText('Einen Akteur oder eine Verbindung wählen');
});

test('the positions matrix is a table with a caption and headers for actors and issues', async ({
  page,
}) => {
  await page.goto('/akteure');
  const table = page.getByRole('table', { name: /Was die Akteure wollen und ablehnen/ });
  await expect(table.getByRole('columnheader')).toHaveCount(7);
  await expect(table.getByRole('rowheader')).toHaveCount(7);
  await expect(table.getByRole('rowheader', { name: 'Teilnahme am Gipfel' })).toBeVisible();
  // A citation is one activation away.
  const cell = table.getByRole('cell').filter({ hasText: 'nicht verfassungskonform' });
  await cell.getByText('Beleg').click();
  await expect(cell.getByRole('link', { name: 'Ohne die Ukraine, Absatz 2' })).toBeVisible();
});

test('the diagram is the same picture on every load, in a frame that does not move', async ({
  page,
}) => {
  await page.goto('/akteure');
  const frame = page.locator('.diagram-frame');
  const before = await frame.boundingBox();
  await expect(node(page, 'USA (Vereinigte Staaten)')).toBeVisible();
  expect(await frame.boundingBox()).toEqual(before);
  const positions = () =>
    diagram(page)
      .locator('.node__shape')
      .evaluateAll((rects) => rects.map((r) => [r.getAttribute('x'), r.getAttribute('y')]));
  const first = await positions();
  await page.reload();
  await expect(node(page, 'USA (Vereinigte Staaten)')).toBeVisible();
  expect(await positions()).toEqual(first);
});

test('node and edge labels are drawn at a readable size', async ({ page }) => {
  await page.goto('/akteure');
  await expect(node(page, 'USA (Vereinigte Staaten)')).toBeVisible();
  const sizes = await diagram(page)
    .locator('text')
    .evaluateAll((texts) => texts.map((t) => (t as SVGTextElement).getBoundingClientRect().height));
  expect(sizes.length).toBeGreaterThan(9);
  // Rendered line boxes of at least 12 px: 10–11 px type or more, even at 390 px wide.
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
});

test('axe finds no violations on /akteure with a node chosen and a filter on', async ({ page }) => {
  await page.goto('/akteure?akteur=ukraine&knoten=russland');
  await expect(detail(page).getByRole('heading', { name: 'Russische Föderation' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  // Wide tables scroll inside their frame; the page itself never gets wider than the screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('in the story, “Ohne die Ukraine” shows the diagram with Ukraine in focus', async ({
  page,
  isMobile,
}) => {
  await page.goto('/');
  if (isMobile) {
    // On a phone the text scrolls over the visual in cards. The section's first paragraph shows
    // the diagram until its sentence "Er signalisiert …", where the map takes over: the reader
    // sees the diagram while the paragraph's first lines cross the reading line.
    await scrollToReadingLine(page, '#ohne-die-ukraine-1');
  } else {
    await scrollToReadingLine(page, '#ohne-die-ukraine');
  }
  const panel = page.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
  await expect(panel).toHaveAttribute('data-shown-step', 'ohne-die-ukraine-1');
  const view = panel.locator('.diagram-visual');
  await expect(view).toBeVisible();
  await expect(view).toContainText('Im Fokus: Ukraine · EU · USA');
  const ukraine = view.getByRole('link', { name: 'Ukraine', exact: true });
  await expect(ukraine).toHaveAttribute('data-primary', 'true');
  await expect(ukraine).toHaveAttribute('data-focus', 'in');
  await expect(
    view.getByRole('link', { name: 'USA → Selenskyj: nicht eingeladen' }),
  ).toHaveAttribute('data-focus', 'in');
  await expect(
    view.getByRole('link', { name: 'IStGH (Internationaler Strafgerichtshof)' }),
  ).toHaveAttribute('data-focus', 'out');
  // The diagram opens on its own page with the node chosen.
  await ukraine.click();
  await expect(page).toHaveURL(/\/akteure\?knoten=ukraine$/);
  await expect(detail(page).getByRole('heading', { name: 'Ukraine', level: 3 })).toBeVisible();
});

test('the first load of / fetches none of the diagram’s code', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url()).pathname;
    if (/\/assets\/(diagram|actors-diagram|diagram-visual|actors-page)-[\w-]+\.js$/.test(url)) {
      chunks.push(url);
    }
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(chunks).toEqual([]);
});

test('an actor’s detail names each section of the article once', async ({ page }) => {
  await page.goto('/akteure?knoten=eu');
  const detail = page.getByRole('region', { name: 'Details zur Auswahl' });
  const links = detail.locator('.fact__paragraphs a');
  await expect(links.first()).toBeVisible();
  const names = await links.allTextContents();
  // Each link names its section and the paragraph it leads to; a section comes once.
  const sectionsNamed = names.map((n) => n.replace(/, Absatz \d+$/, ''));
  expect(sectionsNamed).toContain('Europas Sorge');
  expect(new Set(sectionsNamed).size).toBe(names.length);
  await expect(detail.locator('.fact__paragraphs')).not.toContainText(
    'Europas Sorge, Europas Sorge',
  );
});

test('the positions table keeps its issues column opaque while it scrolls sideways, its words whole', async ({
  page,
}) => {
  await page.goto('/akteure');
  const scroller = page.locator('.table-scroll:has(.matrix)');
  await scroller.scrollIntoViewIfNeeded();
  await scroller.evaluate((el) => {
    el.scrollLeft = 200;
  });
  // Every cell of the first column, the header's too, is what shows where it stands.
  const shownThrough = await scroller.evaluate((el) =>
    [...el.querySelectorAll('tr > :first-child')]
      .map((cell) => {
        const box = cell.getBoundingClientRect();
        if (box.top < 0 || box.top + 8 > window.innerHeight) return '';
        const hit = document.elementFromPoint(box.left + box.width - 6, box.top + 8);
        const bg = getComputedStyle(cell).backgroundColor;
        return hit && (hit === cell || cell.contains(hit)) && !/rgba\(.*, 0\)$/.test(bg)
          ? ''
          : `${cell.textContent?.trim()} → ${hit?.textContent?.trim().slice(0, 30)} (${bg})`;
      })
      .filter(Boolean),
  );
  expect(shownThrough).toEqual([]);
  // No issue's name is broken inside a word.
  const broken = await scroller.evaluate((el) =>
    [...el.querySelectorAll('tbody th')].flatMap((th) => {
      const words: string[] = [];
      const text = th.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const value = text.textContent ?? '';
      for (const match of value.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) words.push(match[0]);
      }
      return words;
    }),
  );
  expect(broken).toEqual([]);
});
