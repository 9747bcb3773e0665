import { test as base, expect } from '@playwright/test';

/**
 * Every E2E test runs under two guards: the console stays free of errors and warnings
 * (hydration mismatches included), and no request leaves this machine.
 */
export const test = base.extend<{ guards: void; allowedConsole: RegExp[] }>({
  allowedConsole: [[], { option: true }],
  guards: [
    async ({ page, allowedConsole }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        const type = message.type();
        if (type !== 'error' && type !== 'warning') return;
        const text = message.text();
        if (allowedConsole.some((pattern) => pattern.test(text))) return;
        problems.push(`console.${type}: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]).*/, async (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        problems.push(`request to another host: ${url}`);
        await route.abort();
      });
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
