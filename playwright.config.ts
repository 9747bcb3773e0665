import { defineConfig, devices } from '@playwright/test';
import { articleIds, articleLanguage, currentArticle, defaultOutDir } from './scripts/article.mjs';

const port = Number(process.env.PORT ?? 4173);

/**
 * The other articles of the repository: each is served from its own build (npm run
 * build:articles) on a port of its own, and walked by the smoke journey (tests/smoke/).
 */
const others = articleIds()
  .filter((id) => id !== currentArticle())
  .map((id, i) => ({ id, port: port + 1 + i, language: articleLanguage(id) }));
const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  outputDir: process.env.PW_OUTPUT ?? 'test-results',
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PW_REPORT ?? 'reports/playwright.json' }],
  ],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'de-DE',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    {
      name: 'desktop',
      testDir: './tests/e2e',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
    { name: 'phone', testDir: './tests/e2e', use: phone },
    ...others.flatMap(({ id, port: own, language }) =>
      (
        [
          ['desktop', { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } }],
          ['phone', phone],
        ] as const
      ).map(([size, device]) => ({
        name: `${id}-${size}`,
        testDir: './tests/smoke',
        use: { ...device, baseURL: `http://127.0.0.1:${own}`, locale: language, article: id },
      })),
    ),
  ],
  webServer: [
    {
      command: `npx vite preview --strictPort --port ${port} --host 127.0.0.1`,
      // A build below a sub-path (BASE_PATH=/pfad/) answers there.
      url: `http://127.0.0.1:${port}${process.env.BASE_PATH ?? '/'}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...others.map(({ id, port: own }) => ({
      command: `npx vite preview --strictPort --port ${own} --host 127.0.0.1`,
      env: { ARTICLE: id, OUT_DIR: defaultOutDir(id), BASE_PATH: '/' },
      url: `http://127.0.0.1:${own}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    })),
  ],
});
