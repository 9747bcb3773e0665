/**
 * The in-page half of the runtime measurements, as plain JavaScript source: functions handed to
 * page.evaluate from compiled TypeScript can carry compiler helpers the page does not have.
 *
 * window.__bench collects
 * - long animation frames (PerformanceObserver 'long-animation-frame', Chromium 123+: a frame's
 *   script, style, layout and paint together, with the scripts that ran in it),
 * - frame timestamps (a requestAnimationFrame loop between startFrames() and stopFrames()),
 * - filter toggles: for each trusted click on a button[aria-pressed], the time from the click
 *   event's timeStamp to the moment aria-pressed changed (commit) and to the second animation
 *   frame after it (the frame after the update was painted),
 * - Event Timing entries of clicks (duration from the click to the next paint, 8 ms steps,
 *   reported only from 16 ms on), as a cross-check of the toggle figures.
 */
export const PROBE_SCRIPT = String.raw`
(() => {
  const b = (window.__bench = {
    frames: [],
    recording: false,
    toggles: [],
    waiters: [],
    watchToggles: false,
  });
  b.loafs = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        b.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          // Rendering (style, layout, paint) from its start to the end of the frame.
          render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          styleAndLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          scripts: (e.scripts || []).map((s) => ({
            duration: s.duration,
            invoker: s.invoker,
            source: (s.sourceURL || '').replace(/^.*\//, '') + (s.sourceFunctionName ? ' ' + s.sourceFunctionName : ''),
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (error) {
    b.loafError = String(error);
  }
  // Event Timing: the browser's own input-to-next-paint for clicks of 16 ms or more (as INP).
  b.events = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'click') b.events.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (error) {
    b.eventTimingError = String(error);
  }
  b.startFrames = () => {
    b.frames = [];
    b.recording = true;
    const loop = (t) => {
      if (!b.recording) return;
      b.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return performance.now();
  };
  b.stopFrames = () => {
    b.recording = false;
    return performance.now();
  };
  const settle = () => {
    b.waiters = b.waiters.filter((check) => !check());
  };
  b.waitToggle = (n) =>
    new Promise((resolve) => {
      const check = () => {
        if (b.toggles.length < n) return false;
        resolve(b.toggles[n - 1]);
        return true;
      };
      if (!check()) b.waiters.push(check);
    });
  document.addEventListener(
    'click',
    (event) => {
      if (!b.watchToggles) return;
      const button = event.target instanceof Element ? event.target.closest('button[aria-pressed]') : null;
      if (!button) return;
      const now = performance.now();
      const start = event.isTrusted && event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
      const before = button.getAttribute('aria-pressed');
      const record = { start, queued: now - start, committed: null, painted: null, timedOut: false };
      const finish = () => {
        b.toggles.push(record);
        settle();
      };
      const root = button.closest('[role="group"]') || document.body;
      const observer = new MutationObserver(() => {
        if (button.isConnected && button.getAttribute('aria-pressed') === before) return;
        observer.disconnect();
        clearTimeout(timer);
        record.committed = performance.now() - start;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            record.painted = performance.now() - start;
            finish();
          }),
        );
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-pressed'] });
      const timer = setTimeout(() => {
        observer.disconnect();
        record.timedOut = true;
        finish();
      }, 5000);
    },
    true,
  );
})();
`;

export interface ProbeToggle {
  start: number;
  /** From the click's timestamp to the capture listener: input delay. */
  queued: number;
  committed: number | null;
  painted: number | null;
  timedOut: boolean;
}

export interface ProbeEvent {
  start: number;
  duration: number;
}

/** A long animation frame (frames of 50 ms or more), with the scripts that ran in it. */
export interface ProbeLoaf {
  start: number;
  duration: number;
  blocking: number;
  /** From the frame's rendering start (rAF, style, layout, paint) to its end. */
  render: number;
  styleAndLayout: number;
  scripts: { duration: number; invoker: string; source: string }[];
}
