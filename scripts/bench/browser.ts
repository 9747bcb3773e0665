/** Playwright on Debian's Chromium, with every request outside localhost blocked and recorded. */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from '@playwright/test';
import { isLocalUrl } from './network.ts';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchBrowser(proxyFlag: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, proxyFlag],
    // Playwright's own Ctrl-C handling would exit before the preview server is stopped.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
}

/**
 * A fresh context whose pages may only talk to localhost. Service workers are blocked so that
 * every request of the page passes the route below (and a precaching worker does not compete
 * for the CPU while frames are measured); the reader's first visit has no worker either.
 */
export async function guardedContext(
  browser: Browser,
  options: BrowserContextOptions,
  external: string[],
): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...options,
    serviceWorkers: 'block',
    locale: 'de-DE',
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  return context;
}

export const PHONE: BrowserContextOptions = {
  // Lighthouse's mobile device (Moto G Power): 412×823 at DPR 1.75.
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};

/** The phone of the scroll measurements (and the E2E tests): 390×844, touch. */
export const PHONE_READER: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1440, height: 900 },
  deviceScaleFactor: 1,
};
