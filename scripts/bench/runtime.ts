/**
 * Runtime figures in Playwright with the CPU throttled through CDP: scrolling the whole story
 * (1440×900 with the wheel, 390×844 by touch; frame times, long animation frames, heap), and
 * toggling the actor filter at 1440×900 (click to the frame after the update).
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { DESKTOP, PHONE_READER, guardedContext } from './browser.ts';
import {
  PROBE_SCRIPT,
  type ProbeEvent,
  type ProbeLoaf,
  type ProbeLongTask,
  type ProbeToggle,
} from './probe.ts';
import type { PreviewServer } from './server.ts';
import { deltas, max, percentile } from './stats.ts';

export interface RuntimeSettings {
  cpuThrottling: number;
  /** Pixels per wheel step and the pause between steps (25 px at 60 per second: 1500 px/s). */
  wheelStepPx: number;
  wheelIntervalMs: number;
  /** The phone's finger: pixels per touch swipe (moving wheelStepPx per wheelIntervalMs). */
  swipePx: number;
  /** How long the resting reader stays at each step (the panel's view follows, its code loads). */
  restMs: number;
  /** How long frames are still recorded after the last step (the last map flight). */
  scrollTailMs: number;
  longTaskMs: number;
  filterGroup: string;
  filterActor: string;
  toggles: number;
  /** Clicks of the reader who goes through every chip in turn. */
  chipClicks: number;
  togglePauseMs: number;
}

/**
 * How a reader moves through the story: `rest` wheels from step to step and rests at each (the
 * panel follows every step), `flick` wheels from top to bottom without a pause (desktop) or
 * swipes through it with a finger (phone).
 */
export interface ScrollReader {
  mode: 'rest' | 'flick';
  device: 'desktop' | 'phone';
}

export interface ScrollResult {
  reader: ScrollReader;
  /** Page times (performance.now) of the first frame recorded and of the last scroll input. */
  startedAt: number;
  scrolledAt: number;
  distancePx: number;
  steps: number;
  /** Steps the resting reader rested at. */
  rests: number;
  durationMs: number;
  frames: number;
  frameP50: number | null;
  frameP95: number | null;
  frameMax: number | null;
  /** Frames longer than two vsync intervals (33.4 ms). */
  framesOver33: number;
  /** Long animation frames of longTaskMs or more (long tasks where the browser has no LoAF). */
  longFrames: number;
  longestFrame: number;
  /** Whether the figures above are Long Animation Frames (else long tasks). */
  loaf: boolean;
  longTasks: number;
  longestTask: number;
  longTaskList: ProbeLongTask[];
  longFrameList: ProbeLoaf[];
  heapUsedMB: number;
  heapUsedAfterGcMB: number;
  reachedBottom: boolean;
}

export interface ToggleResult {
  scenario: string;
  /** The panel's data-view while toggling (kontext, karte, chronik, akteure). */
  panelView: string | null;
  toggles: number;
  /** The first click on the fresh page (cold: nothing of the filter has run yet). */
  cold: number | null;
  coldEventTiming: number | null;
  p50: number | null;
  p98: number | null;
  max: number | null;
  commitP50: number | null;
  inputDelayP50: number | null;
  /** Event Timing's click duration (what INP uses); clicks under 16 ms count as 16 ms. */
  eventTimingP50: number | null;
  eventTimingP98: number | null;
  timedOut: number;
  samples: number[];
  eventSamples: number[];
  /** Long animation frames of 50 ms or more while toggling. */
  longFrameList: ProbeLoaf[];
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
  device: ScrollReader['device'] = 'desktop',
): Promise<BenchPage> {
  const path = '/';
  const context = await guardedContext(
    browser,
    device === 'phone' ? PHONE_READER : DESKTOP,
    external,
  );
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

/** Where the resting reader stops: each section and step, its top just above the reading line. */
const REST_POINTS = `(() => {
  const line = innerHeight * 0.5;
  const tops = [...document.querySelectorAll('article [data-section], article [data-step]')]
    .map((el) => Math.round(el.getBoundingClientRect().top + scrollY - line))
    .filter((y) => y > 0);
  return [...new Set(tops)].sort((a, b) => a - b);
})()`;

export async function measureScroll(
  browser: Browser,
  server: PreviewServer,
  settings: RuntimeSettings,
  external: string[],
  reader: ScrollReader,
): Promise<ScrollResult> {
  const { page, cdp, close } = await openStory(browser, server, settings, external, reader.device);
  try {
    // The wheel turns, and the finger lands, over the text: over the panel the wheel would zoom
    // the map and the finger pan it.
    const { x, y } = await page.evaluate<{ x: number; y: number }>(`(() => {
      const el = document.querySelector('article') || document.querySelector('main') || document.body;
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.left + Math.min(60, r.width / 2)), y: Math.round(innerHeight * 0.8) };
    })()`);
    if (reader.device === 'desktop') await page.mouse.move(x, y);
    const distance = await page.evaluate<number>(
      'document.documentElement.scrollHeight - innerHeight',
    );
    const restPoints = reader.mode === 'rest' ? await page.evaluate<number[]>(REST_POINTS) : [];

    const startedAt = await page.evaluate<number>('window.__bench.startFrames()');
    const t0 = performance.now();
    let steps = 0;
    let rests = 0;
    let reachedBottom = false;
    const atBottom = () =>
      page.evaluate<boolean>(
        'Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1',
      );
    if (reader.device === 'phone') {
      // A finger swiping up, one swipe after another without a pause: each a touch that moves
      // swipePx in steps of wheelStepPx on the wheel's schedule (1500 px/s), then lifts. The
      // events go out without waiting for the page (its touch listeners are passive).
      // (Input.synthesizeScrollGesture would be simpler, but its touch gestures do not scroll
      // the page in headless Chromium.)
      const sent: Promise<unknown>[] = [];
      const touch = (
        type: 'touchStart' | 'touchMove' | 'touchEnd',
        touchPoints: { x: number; y: number }[],
      ) => sent.push(cdp.send('Input.dispatchTouchEvent', { type, touchPoints }));
      const moves = Math.round(settings.swipePx / settings.wheelStepPx);
      let scheduled = 0;
      while (steps < Math.ceil(distance / settings.swipePx) + 40) {
        touch('touchStart', [{ x, y }]);
        for (let k = 1; k <= moves; k++) {
          scheduled++;
          const wait = t0 + scheduled * settings.wheelIntervalMs - performance.now();
          if (wait > 0) await sleep(wait);
          touch('touchMove', [{ x, y: y - k * settings.wheelStepPx }]);
        }
        touch('touchEnd', []);
        steps++;
        if (await atBottom()) {
          reachedBottom = true;
          break;
        }
      }
      await Promise.all(sent);
    } else {
      // Wheel events go out on a fixed schedule, like a hand on a wheel, without waiting for the
      // page to acknowledge each one (at 4× CPU that alone takes longer than a frame).
      const sent: Promise<unknown>[] = [];
      const planned = Math.ceil(distance / settings.wheelStepPx);
      let scheduleFrom = t0;
      let scheduled = 0;
      let nextRest = 0;
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
        scheduled++;
        if (steps >= planned && steps % 5 === 0 && (await atBottom())) {
          reachedBottom = true;
          break;
        }
        // The resting reader stops once the wheel has carried the next step to the reading line.
        if (nextRest < restPoints.length && steps * settings.wheelStepPx >= restPoints[nextRest]!) {
          while (
            nextRest < restPoints.length &&
            steps * settings.wheelStepPx >= restPoints[nextRest]!
          )
            nextRest++;
          rests++;
          await sleep(settings.restMs);
          scheduleFrom = performance.now();
          scheduled = 0;
          continue;
        }
        const wait = scheduleFrom + scheduled * settings.wheelIntervalMs - performance.now();
        if (wait > 0) await sleep(wait);
      }
      await Promise.all(sent);
    }
    if (!reachedBottom) reachedBottom = await atBottom();
    const scrollMs = performance.now() - t0;
    const scrolledAt = await page.evaluate<number>('performance.now()');
    await sleep(settings.scrollTailMs);
    const stoppedAt = await page.evaluate<number>('window.__bench.stopFrames()');

    const frames = await page.evaluate<number[]>('window.__bench.frames');
    const frameTimes = deltas(frames);
    const inWindow = (t: { start: number }) => t.start >= startedAt && t.start <= stoppedAt;
    const longTasks = (await page.evaluate<ProbeLongTask[]>('window.__bench.longTasks')).filter(
      inWindow,
    );
    const long = longTasks.filter((t) => t.duration >= settings.longTaskMs);
    const loaf = await page.evaluate<boolean>('!window.__bench.loafError');
    const loafs = (await page.evaluate<ProbeLoaf[]>('window.__bench.loafs')).filter(inWindow);
    const longLoafs = loafs.filter((t) => t.duration >= settings.longTaskMs);

    const heapUsed = await heapUsedMB(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterGc = await heapUsedMB(cdp);

    return {
      reader,
      startedAt,
      scrolledAt,
      distancePx: distance,
      steps,
      rests,
      durationMs: scrollMs,
      frames: frameTimes.length,
      frameP50: percentile(frameTimes, 50),
      frameP95: percentile(frameTimes, 95),
      frameMax: max(frameTimes),
      framesOver33: frameTimes.filter((t) => t > 33.4).length,
      longFrames: loaf ? longLoafs.length : long.length,
      longestFrame:
        (loaf ? max(loafs.map((t) => t.duration)) : max(longTasks.map((t) => t.duration))) ?? 0,
      loaf,
      longTasks: long.length,
      longestTask: max(longTasks.map((t) => t.duration)) ?? 0,
      longTaskList: longTasks,
      longFrameList: longLoafs,
      heapUsedMB: heapUsed,
      heapUsedAfterGcMB: heapAfterGc,
      reachedBottom,
    };
  } finally {
    await close();
  }
}

export interface ToggleScenario {
  name: string;
  /** The section the story is scrolled to first (its view loaded), or the top. */
  section: string | null;
  /** The chips clicked, in turn (`null`: every chip of the group, in order). */
  actors: string[] | null;
  clicks: number;
}

/**
 * On a fresh page, scrolled to the scenario's section (or at the top), clicks the scenario's
 * chips in turn (one chip: on, off, on, …; every chip: each on, then each off, …) and reports
 * the time from each click to the frame after the update, the first (cold) click apart.
 */
export async function measureFilterToggle(
  browser: Browser,
  server: PreviewServer,
  settings: RuntimeSettings,
  external: string[],
  scenario: ToggleScenario,
): Promise<ToggleResult> {
  const { page, close } = await openStory(browser, server, settings, external);
  try {
    const sectionId = scenario.section;
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
    const group = page.getByRole('group', { name: settings.filterGroup }).first();
    const chips = scenario.actors
      ? scenario.actors.map((name) =>
          // The name may gain a mark while pressed ("Ukraine ✓"): match the actor's name as a word.
          group.getByRole('button', { name: actorName(name) }),
        )
      : await group.locator('button[aria-pressed]').all();
    if (chips.length === 0) throw new Error('the filter group has no chips');
    await chips[0]!.waitFor({ state: 'visible', timeout: 10_000 });
    await page.evaluate('window.__bench.watchToggles = true');
    const loafsBefore = await page.evaluate<number>('window.__bench.loafs.length');
    const records: ProbeToggle[] = [];
    for (let i = 1; i <= scenario.clicks; i++) {
      await chips[(i - 1) % chips.length]!.click({ timeout: 10_000 });
      records.push(await page.evaluate<ProbeToggle>(`window.__bench.waitToggle(${i})`));
      await page.waitForTimeout(settings.togglePauseMs);
    }
    // Let the last paint land before reading the Event Timing entries.
    await page.waitForTimeout(500);
    const events = await page.evaluate<ProbeEvent[]>('window.__bench.events');
    const loafs = (await page.evaluate<ProbeLoaf[]>('window.__bench.loafs'))
      .slice(loafsBefore)
      .filter((t) => t.duration >= settings.longTaskMs);
    const eventDurations = records.map(
      (r) => events.find((e) => Math.abs(e.start - r.start) < 1)?.duration ?? 16,
    );
    // A toggle that never updated the page counts as the 5 s it was waited for.
    const sampleOf = (r: ProbeToggle) => (r.timedOut ? 5000 : r.painted);
    const samples = records.map(sampleOf).filter((v): v is number => v !== null);
    const committed = records.filter((r) => r.committed !== null).map((r) => r.committed!);
    return {
      scenario: scenario.name,
      panelView,
      toggles: records.length,
      cold: records[0] ? sampleOf(records[0]) : null,
      coldEventTiming: eventDurations[0] ?? null,
      p50: percentile(samples, 50),
      p98: percentile(samples, 98),
      max: max(samples),
      commitP50: percentile(committed, 50),
      inputDelayP50: percentile(
        records.map((r) => r.queued),
        50,
      ),
      eventTimingP50: percentile(eventDurations, 50),
      eventTimingP98: percentile(eventDurations, 98),
      timedOut: records.filter((r) => r.timedOut).length,
      samples,
      eventSamples: eventDurations,
      longFrameList: loafs,
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
