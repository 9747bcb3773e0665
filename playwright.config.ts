import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.PORT ?? 4173);

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
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
    {
      name: 'phone',
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    command: `npx vite preview --strictPort --port ${port} --host 127.0.0.1`,
    // A build below a sub-path (BASE_PATH=/pfad/) answers there.
    url: `http://127.0.0.1:${port}${process.env.BASE_PATH ?? '/'}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
