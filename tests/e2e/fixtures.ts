import { test as base, expect } from '@playwright/test';

/**
 * Every E2E test runs under two guards: the console stays free of errors and warnings
 * (hydration mismatches included), and no request leaves this machine.
 *
 * The app hydrates the prerendered page only after its first paint, so with JavaScript on,
 * `page.goto` and `page.reload` also wait until React has taken over the page (the layout marks
 * `<html data-hydrated>`): a test acts as a reader does once the page responds.
 */
export const test = base.extend<{ guards: void; allowedConsole: RegExp[] }>({
  allowedConsole: [[], { option: true }],
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) {
      const hydrated = () =>
        page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await hydrated();
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await hydrated();
        return response;
      };
    }
    await provide(page);
  },
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
