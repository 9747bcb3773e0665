/**
 * Readers scrolling the whole story at 4× CPU: one who flicks through with the wheel (desktop),
 * one who swipes through it (phone), one who rests at each step (desktop). Each reader scrolls
 * RUNS times, each time on a fresh page; the figures are the medians of the runs. A blank page's
 * frames are measured first, as a control of the machine's own noise.
 */
import { expect } from '@playwright/test';
import { PROBE_SCRIPT, type ProbeLoaf } from './probe.ts';
import { BARS, CPU_THROTTLING, DESKTOP, record, test, type StoryPage } from './bench.ts';
import { deltas, max, median, percentile } from './stats.ts';

const RUNS = 3;
/** 25 px at 60 events per second: 1500 px/s, a reader flicking through. */
const STEP_PX = 25;
const STEP_MS = 1000 / 60;
/** The phone's finger: a swipe moves 500 px (in steps of STEP_PX on the same schedule). */
const SWIPE_PX = 500;
/** How long the resting reader stays at each step (the panel's view follows, its code loads). */
const REST_MS = 1500;
/** How long frames are still recorded after the last input (the last map flight). */
const TAIL_MS = 1000;

interface Reader {
  key: string;
  name: string;
  device: 'desktop' | 'phone';
  rest: boolean;
}

const READERS: Reader[] = [
  {
    key: 'flick.desktop',
    name: 'desktop 1440×900, flicks through (wheel 25 px at 60/s)',
    device: 'desktop',
    rest: false,
  },
  {
    key: 'flick.phone',
    name: 'phone 390×844, flicks through (touch swipes of 500 px, 25 px at 60/s)',
    device: 'phone',
    rest: false,
  },
  {
    key: 'rest.desktop',
    name: 'desktop 1440×900, rests 1.5 s at each step (wheel 25 px at 60/s)',
    device: 'desktop',
    rest: true,
  },
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Where the resting reader stops: each section and step, its top just above the reading line. */
const REST_POINTS = `(() => {
  const line = innerHeight * 0.5;
  const tops = [...document.querySelectorAll('article [data-section], article [data-step]')]
    .map((el) => Math.round(el.getBoundingClientRect().top + scrollY - line))
    .filter((y) => y > 0);
  return [...new Set(tops)].sort((a, b) => a - b);
})()`;

interface Run {
  frameTimes: number[];
  longFrames: ProbeLoaf[];
  reachedBottom: boolean;
}

/** Scrolls from top to bottom as the reader does; the probe records every frame meanwhile. */
async function scroll({ page, cdp }: StoryPage, reader: Reader): Promise<Run> {
  // The wheel turns, and the finger lands, over the text: over the panel the wheel would zoom
  // the map and the finger pan it.
  const { x, y } = await page.evaluate<{ x: number; y: number }>(`(() => {
    const r = (document.querySelector('article') || document.body).getBoundingClientRect();
    return { x: Math.round(r.left + Math.min(60, r.width / 2)), y: Math.round(innerHeight * 0.8) };
  })()`);
  if (reader.device === 'desktop') await page.mouse.move(x, y);
  const distance = await page.evaluate<number>(
    'document.documentElement.scrollHeight - innerHeight',
  );
  const restPoints = reader.rest ? await page.evaluate<number[]>(REST_POINTS) : [];
  const atBottom = () =>
    page.evaluate<boolean>(
      'Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1',
    );
  // Input goes out on a fixed schedule, like a hand on a wheel, without waiting for the page to
  // acknowledge each event (at 4× CPU that alone takes longer than a frame).
  const sent: Promise<unknown>[] = [];
  let reachedBottom = false;
  const startedAt = await page.evaluate<number>('window.__bench.startFrames()');
  let scheduleFrom = performance.now();
  let scheduled = 0;
  const onSchedule = async () => {
    scheduled++;
    const wait = scheduleFrom + scheduled * STEP_MS - performance.now();
    if (wait > 0) await sleep(wait);
  };
  if (reader.device === 'phone') {
    // Swipes up, one after another: touchStart, moves of STEP_PX, touchEnd. (The touch gestures of
    // Input.synthesizeScrollGesture do not scroll the page in headless Chromium.)
    const touch = (
      type: 'touchStart' | 'touchMove' | 'touchEnd',
      touchPoints: { x: number; y: number }[],
    ) => sent.push(cdp.send('Input.dispatchTouchEvent', { type, touchPoints }));
    for (let swipe = 0; swipe < Math.ceil(distance / SWIPE_PX) + 40; swipe++) {
      touch('touchStart', [{ x, y }]);
      for (let k = 1; k <= SWIPE_PX / STEP_PX; k++) {
        await onSchedule();
        touch('touchMove', [{ x, y: y - k * STEP_PX }]);
      }
      touch('touchEnd', []);
      if ((reachedBottom = await atBottom())) break;
    }
  } else {
    const planned = Math.ceil(distance / STEP_PX);
    let nextRest = 0;
    // The planned steps, then more until the bottom is reached (smooth scrolling may lag behind,
    // lazy views may make the page longer), at most 200 more.
    for (let step = 1; step < planned + 200; step++) {
      sent.push(
        cdp.send('Input.dispatchMouseEvent', {
          type: 'mouseWheel',
          x,
          y,
          deltaX: 0,
          deltaY: STEP_PX,
        }),
      );
      if (step >= planned && step % 5 === 0 && (reachedBottom = await atBottom())) break;
      // The resting reader stops once the wheel has carried the next step to the reading line.
      if (nextRest < restPoints.length && step * STEP_PX >= restPoints[nextRest]!) {
        while (nextRest < restPoints.length && step * STEP_PX >= restPoints[nextRest]!) nextRest++;
        await sleep(REST_MS);
        scheduleFrom = performance.now();
        scheduled = 0;
      } else await onSchedule();
    }
  }
  await Promise.all(sent);
  reachedBottom ||= await atBottom();
  await sleep(TAIL_MS);
  const stoppedAt = await page.evaluate<number>('window.__bench.stopFrames()');
  const loafError = await page.evaluate<string | undefined>('window.__bench.loafError');
  if (loafError) throw new Error(`no Long Animation Frames in this browser: ${loafError}`);
  const loafs = await page.evaluate<ProbeLoaf[]>('window.__bench.loafs');
  return {
    frameTimes: deltas(await page.evaluate<number[]>('window.__bench.frames')),
    longFrames: loafs.filter(
      (f) => f.start >= startedAt && f.start <= stoppedAt && f.duration >= BARS.longFrameMs,
    ),
    reachedBottom,
  };
}

/** A long frame in a line: its length, how much was rendering, and its longest scripts. */
function describeLoaf(loaf: ProbeLoaf): string {
  const scripts = [...loaf.scripts]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((s) => `${Math.round(s.duration)} ms ${s.invoker}${s.source ? ` (${s.source})` : ''}`);
  return `${Math.round(loaf.duration)} ms (rendering ${Math.round(loaf.render)} ms)${scripts.length ? ` — ${scripts.join('; ')}` : ''}`;
}

test('control: a blank page’s frames', async ({ browser }) => {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.setContent('<!doctype html><title>control</title><p>control</p>');
  await page.evaluate(PROBE_SCRIPT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
  await page.evaluate('window.__bench.startFrames()');
  await sleep(2000);
  await page.evaluate('window.__bench.stopFrames()');
  const frames = deltas(await page.evaluate<number[]>('window.__bench.frames'));
  await context.close();
  record({
    'scroll.control.frameP95': {
      group: 'scroll',
      label: 'control: blank page frame p95',
      value: percentile(frames, 95),
      unit: 'ms',
      note: 'the machine’s own noise; ≈ 16.7 ms when quiet',
    },
  });
});

for (const reader of READERS) {
  test(`scroll: ${reader.name}`, async ({ bench }) => {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await scroll(await bench.open(reader.device), reader));
    const p95s = runs.map((r) => percentile(r.frameTimes, 95));
    const longFrames = median(runs.map((r) => r.longFrames.length));
    const group = `scroll: ${reader.name}, median of ${RUNS}`;
    const list = (values: (number | null)[]) =>
      `runs: ${values.map((v) => (v === null ? '—' : Math.round(v))).join(', ')}`;
    record({
      [`scroll.${reader.key}.frameP50`]: {
        group,
        label: 'frame time p50',
        value: median(runs.map((r) => percentile(r.frameTimes, 50))),
        unit: 'ms',
      },
      [`scroll.${reader.key}.frameP95`]: {
        group,
        label: 'frame time p95',
        value: median(p95s),
        unit: 'ms',
        max: BARS.scrollFrameP95Ms,
        note: list(p95s),
      },
      [`scroll.${reader.key}.longFrames`]: {
        group,
        label: `long animation frames ≥ ${BARS.longFrameMs} ms`,
        value: longFrames,
        unit: 'count',
        max: 0,
        note: list(runs.map((r) => r.longFrames.length)),
      },
      [`scroll.${reader.key}.longestFrame`]: {
        group,
        label: 'longest animation frame',
        value: median(runs.map((r) => max(r.longFrames.map((f) => f.duration)) ?? 0)),
        unit: 'ms',
        note: runs
          .flatMap((r) => r.longFrames)
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 1)
          .map(describeLoaf)
          .join(''),
      },
    });
    expect(
      runs.every((r) => r.reachedBottom),
      'every run reached the bottom',
    ).toBe(true);
  });
}
