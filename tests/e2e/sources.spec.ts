import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { articleData } from './article-data';

const routes = ['/', '/karte', '/chronik', '/akteure', '/glossar', '/quellen'];
const article = articleData<{ author: string }>('article');
const site = articleData<{ stand: string }>('site');

/** The content of a meta tag with this name or property in an HTML document. */
function meta(html: string, name: string): string | undefined {
  return new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`).exec(html)?.[1];
}

test.describe('following "Quellen" from a detail view', () => {
  test("a map popup leads to the place's entry on the sources page", async ({ page }) => {
    await page.goto('/karte?ort=kyiv');
    const dialog = page.getByRole('dialog', { name: 'Kiew' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('link', { name: 'Eintrag im Quellenverzeichnis: Kiew' }).click();
    await expect(page).toHaveURL(/\/quellen#fakt-place-kyiv$/);
    const entry = page.locator('#fakt-place-kyiv');
    await expect(entry).toBeInViewport();
    await expect(entry).toHaveAttribute('data-current', 'true');
    await expect(entry).toBeFocused();
    await expect(entry.getByRole('link', { name: 'Kyiv – Wikipedia' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    // Back returns to the map with the place open.
    await page.goBack();
    await expect(page.getByRole('dialog', { name: 'Kiew' })).toBeVisible();
  });

  test("an annotation popover leads to the fact check's entry, keeping the filter", async ({
    page,
  }) => {
    await page.goto('/?akteur=russland');
    await page
      .getByRole('button', { name: 'Die juristische Sondersituation dieses US-Bundesstaats' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('link', { name: /^Eintrag im Quellenverzeichnis/ }).click();
    await expect(page).toHaveURL(/\/quellen\?akteur=russland#fakt-note-keine-sondersituation$/);
    const entry = page.locator('#fakt-note-keine-sondersituation');
    await expect(entry).toBeInViewport();
    await expect(entry).toHaveAttribute('data-current', 'true');
    await expect(page.locator('[data-current]')).toHaveCount(1);
  });

  test('a link to an entry, opened directly, shows the entry marked', async ({ page }) => {
    await page.goto('/quellen#fakt-event-yalta');
    const entry = page.locator('#fakt-event-yalta');
    await expect(entry).toBeInViewport();
    expect(await entry.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(entry).toHaveCSS('background-color', 'rgb(255, 247, 220)');
  });
});

test('every page names its title, description and social preview in its served HTML', async ({
  request,
}) => {
  const descriptions = new Set<string>();
  for (const path of routes) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    expect(title, path).toBeTruthy();
    expect(html.match(/<title>/g), path).toHaveLength(1);
    const description = meta(html, 'description');
    expect(description, path).toBeTruthy();
    descriptions.add(description!);
    expect(meta(html, 'og:title'), path).toBe(title);
    expect(meta(html, 'og:description'), path).toBe(description);
    expect(meta(html, 'og:locale'), path).toBe('de_DE');
    expect(meta(html, 'og:site_name'), path).toBe('Gipfel in Alaska');
    expect(meta(html, 'og:image'), path).toBe('/social-preview.png');
    expect(meta(html, 'og:image:width'), path).toBe('1200');
    expect(meta(html, 'og:image:height'), path).toBe('630');
    expect(meta(html, 'og:image:alt'), path).toBeTruthy();
    expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
    expect(meta(html, 'twitter:title'), path).toBe(title);
    expect(meta(html, 'og:type'), path).toBe(path === '/' ? 'article' : 'website');
  }
  expect(descriptions.size).toBe(routes.length);
  const story = await (await request.get('/')).text();
  expect(meta(story, 'article:author')).toBe(article.author);
  expect(story).not.toContain('article:published_time');
  expect(meta(story, 'article:modified_time')).toBe(site.stand);
});

test('the preview image is a 1200 × 630 PNG served with the site', async ({ request }) => {
  const response = await request.get('/social-preview.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('every external link in every served page opens safely', async ({ request }) => {
  let external = 0;
  for (const path of [...routes, '/gibt-es-nicht']) {
    const html = await (await request.get(path)).text();
    const links = html.match(/<a\b[^>]*\bhref="https?:[^>]*>/g) ?? [];
    external += links.length;
    const unsafe = links.filter(
      (a) => !/\brel="noopener noreferrer"/.test(a) || !/\btarget="_blank"/.test(a),
    );
    expect(unsafe, path).toEqual([]);
  }
  // The sources page alone links every source.
  expect(external).toBeGreaterThan(80);
});

test('external links rendered in the browser open safely too', async ({ page }) => {
  await page.goto('/?akteur=ukraine');
  await page.getByRole('button', { name: 'Konferenz von Jalta' }).click();
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
  for (const url of [null, '/quellen']) {
    if (url) await page.goto(url);
    const unsafe = await page
      .locator('a[href^="http"]')
      .evaluateAll((links) =>
        links
          .filter(
            (a) =>
              a.getAttribute('rel') !== 'noopener noreferrer' ||
              a.getAttribute('target') !== '_blank',
          )
          .map((a) => a.getAttribute('href')),
      );
    expect(unsafe, url ?? 'popover').toEqual([]);
  }
});

test('the sources page states the Stand and its change log with dates', async ({ page }) => {
  await page.goto('/quellen');
  const stand = page.locator('[data-stand]');
  await expect(stand).toHaveAttribute('datetime', site.stand);
  await expect(page.getByRole('heading', { name: 'Korrekturen und Änderungen' })).toBeVisible();
  await expect(page.locator('.sources-page__changes time').first()).toHaveAttribute(
    'datetime',
    /^\d{4}-\d{2}-\d{2}$/,
  );
});

test('the sources page explains every kind of statement and records the correction, accessibly', async ({
  page,
}) => {
  await page.goto('/quellen');
  const kinds = page.locator('.sources-page__kinds dt .badge');
  await expect(kinds).toHaveCount(5);
  await expect(kinds.last()).toContainText('Medienbericht');
  // Each badge reads on its background: axe checks the colours the browser computes.
  const results = await new AxeBuilder({ page }).include('.sources-page__kinds').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await expect(page.locator('.sources-page__changes')).toContainText(
    'richtig ist „ein militärisches Patt“',
  );
  await expect(page.locator('#quelle-icc-asp-states-parties')).toContainText(
    'bei der Prüfung nicht lesbar',
  );
});

test('English source titles on /quellen are read in English, German ones in German', async ({
  page,
}) => {
  const list = articleData<{ id: string; title: string; lang?: string }[]>('sources');
  await page.goto('/quellen');
  const index = page.locator('.source-index__item');
  await expect(index).toHaveCount(list.length);
  const english = list.filter((s) => s.lang === 'en');
  expect(english.length).toBeGreaterThan(90);
  // Each English title sits in an element marked lang="en", and only the title does.
  await expect(index.locator('a [lang="en"]')).toHaveCount(english.length);
  for (const source of [english[0]!, english.find((s) => s.id === 'kyiv-wikipedia')!]) {
    await expect(page.locator(`#quelle-${source.id} a [lang="en"]`)).toHaveText(source.title);
  }
  // The German title (DW) carries no language of its own: it is read as the page's German.
  const german = list.filter((s) => !s.lang);
  expect(german.map((s) => s.id)).toEqual(['nach-der-zerstorung-des-kachowka-staudamms']);
  for (const source of german) {
    const entry = index.filter({ hasText: source.title });
    await expect(entry).toHaveCount(1);
    await expect(entry.locator('[lang]')).toHaveCount(0);
  }
  expect(await page.locator('html').getAttribute('lang')).toBe('de');
});
