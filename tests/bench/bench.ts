/**
 * What the runtime benches share: the bars, a fresh page of the story at 4× CPU with the probe
 * (tests/bench/probe.ts) installed, a guard against requests to other hosts, and the results file
 * (bench-results/latest.json) that `npm run bench` prints its table from.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  expect,
  test as base,
  type Browser,
  type BrowserContextOptions,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { PROBE_SCRIPT } from './probe.ts';

/** PRODUCT.md's quality bars for scrolling and filtering (at 4× CPU throttling). */
export const BARS = {
  /** Every scroll reader: 95th percentile of the frame times (median of the runs). */
  scrollFrameP95Ms: 18,
  /** …and no long animation frame of longFrameMs or more. */
  longFrameMs: 50,
  /** Filter toggle to next paint (and Event Timing's click duration): p50, p98, the cold one. */
  toggleMs: 60,
} as const;

export const CPU_THROTTLING = 4;

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
/** The phone of the E2E tests: 390×844, touch. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

export interface Figure {
  group: string;
  label: string;
  value: number | null;
  unit: 'ms' | 'count';
  /** The bar: the value must be at most this. */
  max?: number;
  note?: string;
}

export interface RuntimeResults {
  date: string;
  cpuThrottling: number;
  figures: Record<string, Figure>;
  /** Per test: the URLs on other hosts its pages requested (the bar is none). */
  external: Record<string, string[]>;
}

export const RESULTS_FILE = 'bench-results/latest.json';

/**
 * Adds figures to bench-results/latest.json (the bench runs its tests one after another), and
 * fails the test, softly, naming every figure over its bar.
 */
export function record(figures: Record<string, Figure>, external?: string[]): void {
  const results: RuntimeResults = existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as RuntimeResults)
    : { date: '', cpuThrottling: CPU_THROTTLING, figures: {}, external: {} };
  results.date = new Date().toISOString();
  Object.assign(results.figures, figures);
  if (external) results.external[test.info().title] = external;
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  const missed = Object.values(figures)
    .filter((f) => f.max !== undefined && !(f.value !== null && f.value <= f.max))
    .map((f) => `${f.label}: ${f.value === null ? '—' : Math.round(f.value)} (bar ≤ ${f.max})`);
  expect.soft(missed, 'figures over their bar').toEqual([]);
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return !protocol.startsWith('http') || ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

export interface StoryPage {
  page: Page;
  cdp: CDPSession;
}

/**
 * `bench.open(device)` opens `/` in a fresh context (cold caches, no service worker), waits for
 * hydration and quiet, then throttles the CPU. Requests to other hosts are recorded (the browser's
 * proxy lets none of them out) and fail the test; the contexts close after it.
 */
export const test = base.extend<{
  bench: { open: (device?: 'desktop' | 'phone') => Promise<StoryPage> };
}>({
  bench: async ({ browser, baseURL }, provide) => {
    const external: string[] = [];
    const contexts: Awaited<ReturnType<Browser['newContext']>>[] = [];
    await provide({
      open: async (device = 'desktop') => {
        const context = await browser.newContext({
          ...(device === 'phone' ? PHONE : DESKTOP),
          baseURL,
          locale: 'de-DE',
          serviceWorkers: 'block',
        });
        contexts.push(context);
        context.on('request', (request) => {
          if (!isLocal(request.url())) external.push(request.url());
        });
        await context.addInitScript({ content: PROBE_SCRIPT });
        const page = await context.newPage();
        await page.goto('/', { waitUntil: 'networkidle' });
        // The app marks <html data-hydrated> once React has taken over the page.
        await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
        await page.waitForTimeout(1000);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
        return { page, cdp };
      },
    });
    for (const context of contexts) await context.close();
    record({}, external);
    expect(external, 'requests to hosts other than localhost').toEqual([]);
  },
});
