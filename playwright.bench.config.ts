import { defineConfig } from '@playwright/test';

/**
 * The runtime half of `npm run bench` (scripts/bench.ts): scrolling and filtering at 4× CPU on the
 * production build in dist-bench/, one test after another. Not part of `npm test`.
 */
const port = 4391;

export default defineConfig({
  testDir: './tests/bench',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 10 * 60_000,
  outputDir: 'test-results-bench',
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        // Nothing listens there: a request to another host fails (and is counted by the test).
        '--proxy-server=http://127.0.0.1:4399',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --strictPort --port ${port} --host 127.0.0.1`,
    // vite.config.ts serves, and answers unknown pages from, the build in OUT_DIR.
    env: { OUT_DIR: 'dist-bench' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
