import type { Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { articleData } from './article-data';

// PDF text and page count come from poppler-utils (pdftotext, pdfinfo), which
// scripts/install-test-deps.sh installs beside Chromium.

const data = (name: string): unknown => articleData(name);
const article = data('article') as {
  author: string;
  sections: { id: string; heading: string; steps: { visual: { view: string } }[] }[];
  epilogue: { events: string[] };
};
const sources = new Map(
  (data('sources') as { id: string; title: string; url: string }[]).map((s) => [s.id, s]),
);
const placeSources = (id: string) =>
  (data('places') as { id: string; sources: string[] }[]).find((p) => p.id === id)!.sources;
const eventSources = (id: string) =>
  (data('events') as { id: string; sources: string[] }[]).find((e) => e.id === id)!.sources;

// Each section's picture on paper is its first step's.
const pictured = article.sections.filter((s) => s.steps[0]!.visual.view !== 'kontext');
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Prints the page to PDF as Chromium does (A4) and returns its text and page count. */
async function printToPdf(page: Page, testInfo: TestInfo) {
  const file = testInfo.outputPath('artikel.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  testInfo.annotations.push({ type: 'pdf pages', description: String(pages) });
  return { text: flat(text), pages };
}

/** Words drawn in each section's picture (its SVG's text elements), to find it in a PDF. */
async function pictureWords(page: Page) {
  const words = new Map<string, string[]>();
  for (const section of pictured) {
    const svg = await (await page.request.get(`druck/${section.id}.svg`)).text();
    const texts = [...svg.matchAll(/<text[^>]*>([^<]{6,})<\/text>/g)].map((m) => flat(m[1]!));
    expect(texts.length, section.id).toBeGreaterThan(2);
    words.set(section.id, texts);
  }
  return words;
}

/** The story's pictures are fetched once the page is idle, so a print has them. */
async function picturesReady(page: Page) {
  const images = page.locator('#druck img');
  await expect(images).toHaveCount(pictured.length);
  await expect
    .poll(() =>
      images.evaluateAll((imgs) =>
        imgs.every(
          (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
        ),
      ),
    )
    .toBe(true);
}

/** The printed story: every section with its picture, the epilogue and the sources, no chrome. */
function expectPrintedStory(
  { text, pages }: { text: string; pages: number },
  words: Map<string, string[]>,
) {
  // Every picture is on paper, not only its caption: the words it draws are in the PDF.
  for (const [id, texts] of words) {
    const found = texts.filter((t) => text.includes(t));
    expect(found.length, `words of the picture of ${id}`).toBeGreaterThanOrEqual(
      Math.min(3, texts.length),
    );
  }
  // Every heading, in order, each section followed by its picture's caption before the next.
  let at = text.indexOf(flat(article.sections[0]!.heading));
  expect(at, 'the title').toBeGreaterThanOrEqual(0);
  for (const [i, section] of article.sections.slice(1).entries()) {
    const heading = text.indexOf(flat(section.heading), at);
    expect(heading, section.heading).toBeGreaterThan(at);
    at = heading;
    const n = pictured.indexOf(section) + 1;
    if (n > 0) {
      const caption = text.indexOf(`Abb. ${n} ·`, at);
      const next = article.sections[i + 2];
      expect(caption, `Abb. ${n}`).toBeGreaterThan(at);
      if (next) expect(caption).toBeLessThan(text.indexOf(flat(next.heading), at));
    }
  }
  expect(text).toContain('Kontext – Einleitung');
  expect(text).toContain(`Autor: ${article.author}`);
  expect(text.indexOf('Was danach geschah')).toBeGreaterThan(at);
  expect(text).toContain('Kartengrundlage: Natural Earth');

  // The sources of facts in the text and in the epilogue, with their addresses.
  const listed = text.slice(text.lastIndexOf('Quellen Die Quellen der Fakten'));
  expect(listed.length).toBeGreaterThan(1000);
  const sample = [
    ...placeSources('anchorage'),
    ...article.epilogue.events.flatMap(eventSources),
  ].map((id) => sources.get(id)!);
  expect(sample.length).toBeGreaterThan(3);
  // pdftotext joins a word broken after a hyphen: compare without hyphens and spaces.
  const bare = (s: string) => s.replace(/[\s-]/g, '');
  for (const source of sample) {
    expect(bare(listed)).toContain(bare(source.title));
    expect(bare(listed)).toContain(bare(source.url));
  }

  // No interactive chrome on paper.
  for (const chrome of [
    'Zum Inhalt springen',
    'Nach Akteur filtern',
    'Quellen und Einzelheiten',
    'Dort weiterlesen',
    'Kontext zum Abschnitt',
  ]) {
    expect(text).not.toContain(chrome);
  }
  expect(pages).toBeGreaterThanOrEqual(5);
  expect(pages).toBeLessThanOrEqual(10);
}

test('printing / gives the article with a picture per section, the epilogue and the sources', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await picturesReady(page);
  expectPrintedStory(await printToPdf(page, testInfo), await pictureWords(page));
});

test('the story reached from another page prints the same, pictures and sources included', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await picturesReady(page);
  const direct = await printToPdf(page, testInfo);

  await page.goto('/glossar');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#druck')).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Artikel' })
    .click();
  await expect(page.locator('.story__title')).toBeVisible();
  // Adopted from the HTML of / once the browser is idle; still hidden on screen.
  await expect(page.locator('#druck')).toHaveCount(1);
  await expect(page.locator('#druck')).toBeHidden();
  await picturesReady(page);
  const printed = await printToPdf(page, testInfo);
  expectPrintedStory(printed, await pictureWords(page));
  expect(printed.pages).toBe(direct.pages);
});

test('on paper the chrome is hidden and every picture is shown, loaded, after its section', async ({
  page,
}) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'print' });

  for (const selector of [
    '.skip-link',
    '.masthead',
    '.toc',
    '.story__progress',
    '.filter',
    '.panel',
    '.epilogue__more',
  ]) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  const images = page.locator('#druck img');
  await expect(images).toHaveCount(pictured.length);
  for (const [i, section] of pictured.entries()) {
    const image = images.nth(i);
    // Emulating print media is not printing: lazy pictures load as they come near the view.
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    // Laid out after its section's last paragraph, before the next section.
    const figureTop = (await image.boundingBox())!.y;
    const sectionBox = (await page.locator(`#${section.id}`).boundingBox())!;
    expect(figureTop).toBeGreaterThanOrEqual(sectionBox.y + sectionBox.height - 1);
    const next = article.sections[article.sections.indexOf(section) + 1];
    if (next) expect(figureTop).toBeLessThan((await page.locator(`#${next.id}`).boundingBox())!.y);
  }
  await expect(page.locator('.druck-kontext')).toBeVisible();
  await expect(page.locator('.druck-quellen li').first()).toBeVisible();
});

test('on screen the print block is hidden, and its pictures wait until the page has loaded', async ({
  page,
}) => {
  await page.goto('/');
  await picturesReady(page);
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(300);
  await expect(page.locator('#druck')).toBeHidden();
  await expect(page.locator('#druck')).toHaveAttribute('hidden', '');
  // Not in the accessibility tree either: no second sources heading, no picture.
  await expect(page.getByRole('heading', { name: 'Quellen', exact: true })).toHaveCount(0);
  await expect(page.getByRole('img', { name: /Zeitleiste vom/ })).toHaveCount(0);
  // The pictures are not part of the first load: they are fetched once it is over.
  const timing = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const late = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.includes('/druck/'))
      .map((r) => r.startTime);
    return { loaded: nav!.loadEventEnd, late };
  });
  expect(timing.late.length).toBe(pictured.length);
  for (const start of timing.late) expect(start).toBeGreaterThanOrEqual(timing.loaded);
});

test('another page printed after the story leaves the story’s print block out', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Glossar' })
    .click();
  await expect(page).toHaveURL(/\/glossar$/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#druck')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('printing still gives the pictures and the sources', async ({ page }, testInfo) => {
    await page.goto('/');
    const { text } = await printToPdf(page, testInfo);
    expect(text).toContain(`Abb. ${pictured.length} ·`);
    expect(text).toContain('Die Quellen der Fakten');
    await page.emulateMedia({ media: 'print' });
    for (const image of await page.locator('#druck img').all()) {
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
    }
  });
});
