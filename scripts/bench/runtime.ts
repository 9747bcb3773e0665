/**
 * Runtime figures in Playwright at 1440×900 with the CPU throttled through CDP: scrolling the
 * whole story with the wheel (frame times, long tasks, heap), and toggling an actor filter
 * (click to the frame after the update).
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { DESKTOP, guardedContext } from './browser.ts';
import { PROBE_SCRIPT, type ProbeEvent, type ProbeLongTask, type ProbeToggle } from './probe.ts';
import type { PreviewServer } from './server.ts';
import { deltas, max, percentile } from './stats.ts';

export interface RuntimeSettings {
  cpuThrottling: number;
  /** Pixels per wheel step and the pause between steps. */
  wheelStepPx: number;
  wheelIntervalMs: number;
  /** How long frames are still recorded after the last step (the last map flight). */
  scrollTailMs: number;
  longTaskMs: number;
  filterGroup: string;
  filterActor: string;
  toggles: number;
  togglePauseMs: number;
}

export interface ScrollResult {
  distancePx: number;
  steps: number;
  durationMs: number;
  frames: number;
  frameP50: number | null;
  frameP95: number | null;
  frameMax: number | null;
  /** Frames longer than two vsync intervals (33.4 ms). */
  framesOver33: number;
  longTasks: number;
  longestTask: number;
  longTaskList: ProbeLongTask[];
  heapUsedMB: number;
  heapUsedAfterGcMB: number;
  reachedBottom: boolean;
}

export interface ToggleResult {
  scenario: string;
  /** The panel's data-view while toggling (kontext, karte, chronik, akteure). */
  panelView: string | null;
  toggles: number;
  p50: number | null;
  p98: number | null;
  max: number | null;
  commitP50: number | null;
  inputDelayP50: number | null;
  /** Event Timing's click duration (what INP uses); clicks under 16 ms count as 16 ms. */
  eventTimingP98: number | null;
  timedOut: number;
  samples: number[];
}

/** `Ukraine` matches "Ukraine" and "Ukraine ✓", not "Ukrainekrieg". */
function actorName(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface BenchPage {
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
}

/** Opens `/` at desktop size, waits for load, hydration and quiet, then throttles the CPU. */
async function openStory(
  browser: Browser,
  server: PreviewServer,
  settings: RuntimeSettings,
  external: string[],
  path = '/',
): Promise<BenchPage> {
  const context = await guardedContext(browser, DESKTOP, external);
  try {
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(server.url(path), { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`GET ${path} answered ${response?.status()}`);
    // Hydrated: the app marks <html data-hydrated> once React has taken over the page.
    await page
      .locator('html[data-hydrated]')
      .waitFor({ state: 'attached', timeout: 15_000 })
      .catch(() => {
        throw new Error(
          `the page did not hydrate within 15 s${errors.length ? `: ${errors.join('; ')}` : ''}`,
        );
      });
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: settings.cpuThrottling });
    return { page, cdp, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function heapUsedMB(cdp: CDPSession): Promise<number> {
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

export async function measureScroll(
  browser: Browser,
  server: PreviewServer,
  settings: RuntimeSettings,
  external: string[],
): Promise<ScrollResult> {
  const { page, cdp, close } = await openStory(browser, server, settings, external);
  try {
    // The wheel turns over the text column: over the panel it would zoom the map instead.
    const { x, y } = await page.evaluate<{ x: number; y: number }>(`(() => {
      const el = document.querySelector('article') || document.querySelector('main') || document.body;
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.left + Math.min(60, r.width / 2)), y: Math.round(innerHeight / 2) };
    })()`);
    await page.mouse.move(x, y);
    const distance = await page.evaluate<number>(
      'document.documentElement.scrollHeight - innerHeight',
    );
    const planned = Math.ceil(distance / settings.wheelStepPx);

    const startedAt = await page.evaluate<number>('window.__bench.startFrames()');
    const t0 = performance.now();
    let steps = 0;
    let reachedBottom = false;
    const atBottom = () =>
      page.evaluate<boolean>(
        'Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1',
      );
    // Wheel events go out on a fixed schedule, like a hand on a wheel, without waiting for the
    // page to acknowledge each one (at 4× CPU that alone takes longer than a frame).
    const sent: Promise<unknown>[] = [];
    // Planned steps, then more until the bottom is reached (smooth scrolling may lag behind,
    // and lazy views may make the page longer), at most 200 extra steps.
    while (steps < planned + 200) {
      sent.push(
        cdp.send('Input.dispatchMouseEvent', {
          type: 'mouseWheel',
          x,
          y,
          deltaX: 0,
          deltaY: settings.wheelStepPx,
        }),
      );
      steps++;
      if (steps >= planned && steps % 5 === 0 && (await atBottom())) {
        reachedBottom = true;
        break;
      }
      const wait = t0 + steps * settings.wheelIntervalMs - performance.now();
      if (wait > 0) await sleep(wait);
    }
    await Promise.all(sent);
    if (!reachedBottom) reachedBottom = await atBottom();
    const scrollMs = performance.now() - t0;
    await sleep(settings.scrollTailMs);
    const stoppedAt = await page.evaluate<number>('window.__bench.stopFrames()');

    const frames = await page.evaluate<number[]>('window.__bench.frames');
    const frameTimes = deltas(frames);
    const longTasks = (await page.evaluate<ProbeLongTask[]>('window.__bench.longTasks')).filter(
      (t) => t.start >= startedAt && t.start <= stoppedAt,
    );
    const long = longTasks.filter((t) => t.duration >= settings.longTaskMs);

    const heapUsed = await heapUsedMB(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterGc = await heapUsedMB(cdp);

    return {
      distancePx: distance,
      steps,
      durationMs: scrollMs,
      frames: frameTimes.length,
      frameP50: percentile(frameTimes, 50),
      frameP95: percentile(frameTimes, 95),
      frameMax: max(frameTimes),
      framesOver33: frameTimes.filter((t) => t > 33.4).length,
      longTasks: long.length,
      longestTask: max(longTasks.map((t) => t.duration)) ?? 0,
      longTaskList: longTasks,
      heapUsedMB: heapUsed,
      heapUsedAfterGcMB: heapAfterGc,
      reachedBottom,
    };
  } finally {
    await close();
  }
}

/**
 * Clicks one actor toggle `settings.toggles` times (on, off, on, …) with the story scrolled to
 * `sectionId` (or at the top), and reports the time from each click to the frame after the
 * update.
 */
export async function measureFilterToggle(
  browser: Browser,
  server: PreviewServer,
  settings: RuntimeSettings,
  external: string[],
  scenario: string,
  sectionId: string | null,
): Promise<ToggleResult> {
  const { page, close } = await openStory(browser, server, settings, external);
  try {
    if (sectionId) {
      const found = await page.evaluate<boolean>(`(() => {
        const el = document.getElementById(${JSON.stringify(sectionId)});
        if (!el) return false;
        el.scrollIntoView({ block: 'start', behavior: 'instant' });
        return true;
      })()`);
      if (!found) throw new Error(`the story has no section #${sectionId}`);
      // Let the section's view load and settle (its chunk, map tiles from the build, flights).
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(2500);
    }
    // What the story's panel shows while the filter is toggled (e.g. "karte"), for the report.
    const panelView = await page.evaluate<string | null>(
      `document.querySelector('[data-view]')?.getAttribute('data-view') ?? null`,
    );
    const button = page
      .getByRole('group', { name: settings.filterGroup })
      .first()
      // The name may gain a mark while pressed ("Ukraine ✓"): match the actor's name as a word.
      .getByRole('button', { name: actorName(settings.filterActor) });
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    await page.evaluate('window.__bench.watchToggles = true');
    const records: ProbeToggle[] = [];
    for (let i = 1; i <= settings.toggles; i++) {
      await button.click({ timeout: 10_000 });
      records.push(await page.evaluate<ProbeToggle>(`window.__bench.waitToggle(${i})`));
      await page.waitForTimeout(settings.togglePauseMs);
    }
    // Let the last paint land before reading the Event Timing entries.
    await page.waitForTimeout(500);
    const events = await page.evaluate<ProbeEvent[]>('window.__bench.events');
    const eventDurations = records.map(
      (r) => events.find((e) => Math.abs(e.start - r.start) < 1)?.duration ?? 16,
    );
    const painted = records.filter((r) => r.painted !== null).map((r) => r.painted!);
    const committed = records.filter((r) => r.committed !== null).map((r) => r.committed!);
    const timedOut = records.filter((r) => r.timedOut).length;
    // A toggle that never updated the page counts as the 5 s it was waited for.
    const samples = [...painted, ...Array<number>(timedOut).fill(5000)];
    return {
      scenario,
      panelView,
      toggles: records.length,
      p50: percentile(samples, 50),
      p98: percentile(samples, 98),
      max: max(samples),
      commitP50: percentile(committed, 50),
      inputDelayP50: percentile(
        records.map((r) => r.queued),
        50,
      ),
      eventTimingP98: percentile(eventDurations, 98),
      timedOut,
      samples,
    };
  } finally {
    await close();
  }
}

export interface ControlResult {
  frames: number;
  frameP50: number | null;
  frameP95: number | null;
  frameMax: number | null;
}

/**
 * The same frame recording on a blank page at the same CPU throttling: it shows what the
 * machine itself adds (other processes on 2 cores drop frames of any page). Near 16.7 ms the
 * scroll figures are trustworthy; well above it, they are not.
 */
export async function measureControlFrames(
  browser: Browser,
  settings: RuntimeSettings,
  external: string[],
  durationMs = 2000,
): Promise<ControlResult> {
  const context = await guardedContext(browser, DESKTOP, external);
  try {
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>control</title><p>control</p>');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: settings.cpuThrottling });
    await page.evaluate('window.__bench.startFrames()');
    await sleep(durationMs);
    await page.evaluate('window.__bench.stopFrames()');
    const frameTimes = deltas(await page.evaluate<number[]>('window.__bench.frames'));
    return {
      frames: frameTimes.length,
      frameP50: percentile(frameTimes, 50),
      frameP95: percentile(frameTimes, 95),
      frameMax: max(frameTimes),
    };
  } finally {
    await context.close();
  }
}
