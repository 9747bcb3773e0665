/**
 * `npm run bench`: builds the app into dist-bench/, serves it on a free localhost port and measures
 * it against the quality bars of PRODUCT.md — first-load bytes, Lighthouse mobile (median of 3 runs
 * per route), scrolling and filtering at 4× CPU throttling. Two readers scroll: one who rests at
 * every step and one who flicks through without a pause (desktop wheel and phone touch); two
 * toggle the filter: one actor again and again, and every chip in turn. Prints a table, writes
 * bench-results/latest.json (plus a timestamped copy), compares with bench-results/baseline.json
 * if there is one, and exits 1 when a bar is missed (2 when the bench itself failed).
 *
 *   npm run bench                      everything (≈ 2.5 min on 2 cores)
 *   npm run bench -- --quick           no Lighthouse (≈ 1 min); writes latest-quick.json
 *   npm run bench -- --lh-runs=1       one Lighthouse run per route instead of three
 *   npm run bench -- --routes=/karte,/chronik
 *                                      Lighthouse on these routes only (of /, /karte, /chronik,
 *                                      /akteure); the other measurements run as usual
 *   npm run bench -- --keep-build      leave dist-bench/ in place afterwards
 *   npm run bench -- --no-build        reuse dist-bench/ kept by --keep-build (and keep it)
 *   npm run bench -- --save-baseline   also write this run to bench-results/baseline.json
 *   npm run bench -- --port=4207       serve on this port (default: a free one)
 *   npm run bench -- --out-dir=dist-x  build into (or, with --no-build, measure) dist-x/
 *   npm run bench -- --runs=N          N runs of each scroll reader (default 3)
 *   npm run bench -- --only=scroll,filter
 *                                      only these runtime measurements (scroll, filter); the
 *                                      bytes are always measured
 */
import { loadavg, cpus } from 'node:os';
import { existsSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { CHROMIUM, DESKTOP, PHONE, launchBrowser } from './bench/browser.ts';
import {
  buildAssets,
  measureFirstLoad,
  type AssetSize,
  type FirstLoad,
} from './bench/first-load.ts';
import { killLighthouseChrome, lighthouseRoute, type LighthouseRoute } from './bench/lighthouse.ts';
import { startSinkProxy, type SinkProxy } from './bench/network.ts';
import {
  atLeast,
  atMost,
  bold,
  dim,
  format,
  judge,
  printTable,
  readBaseline,
  red,
  writeJson,
  yellow,
  green,
  type Figure,
  type Results,
} from './bench/report.ts';
import {
  measureControlFrames,
  measureFilterToggle,
  measureScroll,
  type ControlResult,
  type RuntimeSettings,
  type ScrollReader,
  type ScrollResult,
  type ToggleResult,
  type ToggleScenario,
} from './bench/runtime.ts';
import { buildBench, root, startPreview, type PreviewServer } from './bench/server.ts';
import { median } from './bench/stats.ts';
import { articleDir } from './article.mjs';

/** The quality bars (PRODUCT.md "Quality bars" and the issue "The first screen at once"). */
const BARS = {
  /** JavaScript requested by `/` until network idle, gzip -9, KB = 1000 bytes; phone and desktop. */
  firstLoadJsKB: 110,
  /** Lighthouse mobile category scores, median of the runs, on every route below. */
  lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpS: 1.2,
  tbtMs: 50,
  cls: 0.01,
  /** Scrolling the whole story at 4× CPU (every reader): 95th percentile of the frame times. */
  scrollFrameP95Ms: 18,
  /** …and no long animation frame (or long task) of longTaskMs or more while scrolling. */
  scrollLongTasks: 0,
  longTaskMs: 50,
  /**
   * Actor filter toggle to the frame after the update, at 4× CPU: 50th and 98th percentile, the
   * first (cold) toggle included and also on its own; the same for Event Timing's click duration.
   */
  filterToggleP98Ms: 60,
  /** Requests of the app to any host but localhost. */
  externalRequests: 0,
} as const;

/** The section that shows the map longest (most steps; the first on a tie), if any does. */
function mapSection(): string | null {
  const { sections } = JSON.parse(readFileSync(`${articleDir()}data/article.json`, 'utf8')) as {
    sections: { id: string; steps: { visual: { view: string } }[] }[];
  };
  const mapSteps = (s: (typeof sections)[number]) =>
    s.steps.filter((st) => st.visual.view === 'karte').length;
  const best = sections.reduce<(typeof sections)[number] | undefined>(
    (a, s) => (mapSteps(s) > (a ? mapSteps(a) : 0) ? s : a),
    undefined,
  );
  return best?.id ?? null;
}

const SETTINGS = {
  outDir: 'dist-bench',
  resultsDir: 'bench-results',
  lighthouseRoutes: ['/', '/karte', '/chronik', '/akteure'],
  lighthouseRuns: 3,
  /** Each scroll is a fresh page (cold caches); figures are the median of the runs. */
  scrollRuns: 3,
  /** The readers who scroll: the flicking ones on both sizes, the resting one on the desktop. */
  scrollReaders: [
    { mode: 'flick', device: 'desktop' },
    { mode: 'flick', device: 'phone' },
    { mode: 'rest', device: 'desktop' },
  ] as ScrollReader[],
  runtime: {
    cpuThrottling: 4,
    // 25 px at 60 events per second: 1500 px/s, a reader flicking through.
    wheelStepPx: 25,
    wheelIntervalMs: 1000 / 60,
    swipePx: 500,
    restMs: 1500,
    scrollTailMs: 1000,
    longTaskMs: BARS.longTaskMs,
    filterGroup: 'Nach Akteur filtern',
    filterActor: 'Ukraine',
    toggles: 40,
    chipClicks: 30,
    togglePauseMs: 250,
  } satisfies RuntimeSettings,
  /**
   * Who toggles the filter where: one actor at the top and with the map in the panel, and every
   * chip in turn at the top (each on, then each off, …). Each starts on a fresh page, so its first
   * click is a cold one.
   */
  filterScenarios: [
    { name: 'one actor, story top', section: null, actors: ['Ukraine'], clicks: 40 },
    {
      name: 'one actor, map section',
      section: mapSection(),
      actors: ['Ukraine'],
      clicks: 40,
    },
    { name: 'every chip in turn', section: null, actors: null, clicks: 30 },
  ] as ToggleScenario[],
};

// ── command line ────────────────────────────────────────────────────────────────────────────
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    'npm run bench [-- --quick] [--lh-runs=N] [--routes=/a,/b] [--no-build] [--keep-build] [--save-baseline] [--port=N] [--out-dir=DIR] [--runs=N] [--only=scroll,filter]',
  );
  process.exit(0);
}
const known =
  /^--(quick|no-build|keep-build|save-baseline|lh-runs=\d+|routes=[^\s]+|port=\d+|out-dir=[\w.-]+|runs=\d+|only=(scroll|filter)(,(scroll|filter))*)$/;
const unknown = args.filter((a) => !known.test(a));
if (unknown.length) {
  console.error(`unknown option ${unknown.join(' ')} (see --help)`);
  process.exit(2);
}
const quick = args.includes('--quick');
const lhRuns = Math.max(
  1,
  Number(args.find((a) => a.startsWith('--lh-runs='))?.split('=')[1] ?? SETTINGS.lighthouseRuns),
);
/** `--routes=/karte,/chronik`: Lighthouse on these routes only; each must be one of SETTINGS's. */
const routesArg = args.findLast((a) => a.startsWith('--routes='))?.slice('--routes='.length);
const lighthouseRoutes = routesArg
  ? [...new Set(routesArg.split(',').filter(Boolean))]
  : SETTINGS.lighthouseRoutes;
const strayRoutes = lighthouseRoutes.filter((r) => !SETTINGS.lighthouseRoutes.includes(r));
if (routesArg !== undefined && (strayRoutes.length || lighthouseRoutes.length === 0)) {
  console.error(
    `--routes: ${strayRoutes.length ? `unknown route ${strayRoutes.join(' ')}` : 'no route given'} (one or more of ${SETTINGS.lighthouseRoutes.join(',')})`,
  );
  process.exit(2);
}
const option = (name: string) =>
  args.findLast((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const port = option('port') ? Number(option('port')) : undefined;
const outDirName = option('out-dir') ?? SETTINGS.outDir;
const scrollRunCount = Math.max(1, Number(option('runs') ?? SETTINGS.scrollRuns));
const only = new Set(option('only')?.split(',') ?? ['scroll', 'filter']);
const outDir = join(root, outDirName);
const resultsDir = join(root, SETTINGS.resultsDir);

// ── cleanup, also on Ctrl-C ─────────────────────────────────────────────────────────────────
const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | null = null;
/** Stops what the bench started, in reverse order, once (the signal handler and the run share it). */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) {
      try {
        await cleanups.pop()!();
      } catch (error) {
        console.error(dim(`cleanup: ${String(error)}`));
      }
    }
  })();
  return cleaning;
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping, no results written`);
    void cleanup().finally(() => process.exit(130));
  });
}

const started = performance.now();
const phaseTimes: Record<string, number> = {};
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (interrupted) throw new Error('interrupted');
  process.stdout.write(`${bold('▸')} ${name} … `);
  const t = performance.now();
  try {
    const result = await work();
    phaseTimes[name] = Math.round(performance.now() - t);
    console.log(dim(`${((performance.now() - t) / 1000).toFixed(1)} s`));
    return result;
  } catch (error) {
    phaseTimes[name] = Math.round(performance.now() - t);
    console.log(red('failed'));
    throw error;
  }
}

const errors: string[] = [];
/** Runs one measurement; its failure is reported and its figures stay empty (and fail their bars). */
async function attempt<T>(name: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await phase(name, work);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    errors.push(`${name}: ${message}`);
    console.error(red(`  ${message.split('\n').slice(0, 6).join('\n  ')}`));
    return null;
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

/** `assets/map-visual-BXJ6KfME.js` → `map-visual` (stable across builds, for comparisons). */
function chunkName(file: string): string {
  return file
    .replace(/^.*\//, '')
    .replace(/-[A-Za-z0-9_-]{8}(?=\.[a-z]+$)/, '')
    .replace(/\.(m?js)$/, '');
}

const kb = (bytes: number) => bytes / 1000;

function readerName(reader: ScrollReader): string {
  const how =
    reader.mode === 'rest'
      ? `rests at each step (wheel ${SETTINGS.runtime.wheelStepPx} px at 60/s, ${SETTINGS.runtime.restMs} ms per step)`
      : reader.device === 'phone'
        ? `flicks through (touch swipes of ${SETTINGS.runtime.swipePx} px, ${SETTINGS.runtime.wheelStepPx} px at 60/s)`
        : `flicks through (wheel ${SETTINGS.runtime.wheelStepPx} px at 60/s)`;
  return `${reader.device === 'phone' ? 'phone 390×844' : 'desktop 1440×900'}, ${how}`;
}

/**
 * A long frame in a line: when (from the start of the scroll, and whether after its last input),
 * its length, how much was rendering, and its longest scripts.
 */
function describeLoaf(loaf: ScrollResult['longFrameList'][number], scroll?: ScrollResult): string {
  const scripts = [...loaf.scripts]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((s) => `${Math.round(s.duration)} ms ${s.invoker}${s.source ? ` (${s.source})` : ''}`)
    .join('; ');
  const when = scroll
    ? `+${Math.round(loaf.start - scroll.startedAt)} ms${loaf.start > scroll.scrolledAt ? ' (after the scroll)' : ''}`
    : `at ${Math.round(loaf.start)}`;
  return `${Math.round(loaf.duration)} ms ${when} (style+layout ${Math.round(loaf.styleAndLayout)} ms, rendering ${Math.round(loaf.render)} ms)${scripts ? ` — ${scripts}` : ''}`;
}

// ── the run ─────────────────────────────────────────────────────────────────────────────────
const loadBefore = loadavg()[0]!;
if (loadBefore > 1) {
  console.warn(
    yellow(
      `! load average ${loadBefore.toFixed(2)} on ${cpus().length} cores: other work is running, timings will be noisy`,
    ),
  );
}

const firstLoads: FirstLoad[] = [];
let assets: AssetSize[] = [];
const scrolls: ScrollResult[] = [];
let control: ControlResult | null = null;
const toggles: ToggleResult[] = [];
const lighthouseResults: LighthouseRoute[] = [];
const externalRequests: string[] = [];
let proxy: SinkProxy | null = null;
let fatal = false;

try {
  if (args.includes('--no-build')) {
    if (!existsSync(join(outDir, 'index.html')))
      throw new Error(`--no-build: ${outDirName}/ holds no build`);
  } else {
    await phase(`build (OUT_DIR=${outDirName} npm run build)`, () => buildBench(outDirName));
  }
  if (!args.includes('--keep-build') && !args.includes('--no-build')) {
    // dist-bench/ is not in eslint's ignores: do not leave it behind for `eslint .`.
    cleanups.unshift(() => {
      rmSync(outDir, { recursive: true, force: true });
      return Promise.resolve();
    });
  }

  const server: PreviewServer = await phase('start vite preview', () =>
    startPreview(outDirName, port),
  );
  cleanups.push(() => server.stop());
  console.log(dim(`  serving ${outDirName}/ at ${server.url('/')}`));

  const sink = await startSinkProxy();
  proxy = sink;
  cleanups.push(() => sink.close());

  const browser: Browser = await phase('launch Chromium (Playwright)', () =>
    launchBrowser(sink.flag),
  );
  cleanups.push(() => browser.close());

  for (const [name, size, options] of [
    ['phone', '412×823', PHONE],
    ['desktop', '1440×900', DESKTOP],
  ] as const) {
    const load = await attempt(`first load of / (${name} ${size})`, () =>
      measureFirstLoad(browser, server, outDir, name, options, externalRequests),
    );
    if (load) firstLoads.push(load);
  }
  assets = buildAssets(outDir);

  control = await attempt(
    `control: blank page frames (CPU ${SETTINGS.runtime.cpuThrottling}×)`,
    () => measureControlFrames(browser, SETTINGS.runtime, externalRequests),
  );
  // The runs of the readers take turns, so that a busy moment of the machine is shared.
  for (let run = 1; run <= scrollRunCount && only.has('scroll'); run++) {
    for (const reader of SETTINGS.scrollReaders) {
      const scroll = await attempt(
        `scroll: ${readerName(reader)} ${run}/${scrollRunCount} (CPU ${SETTINGS.runtime.cpuThrottling}×)`,
        () => measureScroll(browser, server, SETTINGS.runtime, externalRequests, reader),
      );
      if (scroll) scrolls.push(scroll);
    }
  }
  for (const scenario of only.has('filter') ? SETTINGS.filterScenarios : []) {
    const result = await attempt(
      `filter toggle: ${scenario.name} × ${scenario.clicks} (CPU ${SETTINGS.runtime.cpuThrottling}×)`,
      () => measureFilterToggle(browser, server, SETTINGS.runtime, externalRequests, scenario),
    );
    if (result) toggles.push(result);
  }
  await browser.close();

  if (!quick) {
    cleanups.push(killLighthouseChrome);
    for (const route of lighthouseRoutes) {
      const result = await attempt(`Lighthouse mobile ${route} × ${lhRuns}`, () =>
        lighthouseRoute(route, server.url(route), lhRuns, sink.flag, (run) => {
          process.stdout.write(
            dim(`[${run.scores.performance ?? 'error'} ${format(run.lcpMs, 'ms')}] `),
          );
          externalRequests.push(...run.external);
        }),
      );
      if (result) lighthouseResults.push(result);
    }
  }
} catch (error) {
  fatal = true;
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  errors.push(message);
  console.error(red(message));
} finally {
  await cleanup();
}
if (interrupted) process.exit(130);

// ── figures ─────────────────────────────────────────────────────────────────────────────────
const figures: Figure[] = [];
const add = (figure: Omit<Figure, 'pass'>) => figures.push(judge(figure));

const firstLoadUnion = new Set(firstLoads.flatMap((l) => [...l.js, ...l.css].map((a) => a.file)));
for (const name of ['phone', 'desktop']) {
  const load = firstLoads.find((l) => l.viewport === name);
  add({
    key: `size.firstLoadJs.${name}`,
    group: 'bytes (gzip -9, KB = 1000 B)',
    label: `first-load JS of / (${name})`,
    value: load ? kb(load.jsGzip) : null,
    unit: 'KB',
    bar: atMost(BARS.firstLoadJsKB),
    note: load ? `${load.js.length} files` : undefined,
  });
  add({
    key: `size.firstLoadCss.${name}`,
    group: 'bytes (gzip -9, KB = 1000 B)',
    label: `first-load CSS of / (${name})`,
    value: load ? kb(load.cssGzip) : null,
    unit: 'KB',
  });
}
const phoneLoad = firstLoads.find((l) => l.viewport === 'phone');
add({
  key: 'size.html',
  group: 'bytes (gzip -9, KB = 1000 B)',
  label: 'HTML of /',
  value: phoneLoad ? kb(phoneLoad.htmlGzip) : null,
  unit: 'KB',
});
const lazy = assets.filter((a) => !firstLoadUnion.has(a.file));
const lazyNames = new Map<string, number>();
for (const chunk of lazy.filter((a) => a.kind === 'js')) {
  let name = chunkName(chunk.file);
  const seen = lazyNames.get(name) ?? 0;
  lazyNames.set(name, seen + 1);
  if (seen) name = `${name}#${seen + 1}`;
  add({
    key: `size.lazy.${name}`,
    group: 'bytes (gzip -9, KB = 1000 B)',
    label: `lazy chunk ${name}`,
    value: kb(chunk.gzip),
    unit: 'KB',
    note: chunk.file,
  });
}
for (const css of lazy.filter((a) => a.kind === 'css')) {
  add({
    key: `size.lazyCss.${chunkName(css.file)}`,
    group: 'bytes (gzip -9, KB = 1000 B)',
    label: `lazy CSS ${chunkName(css.file)}`,
    value: kb(css.gzip),
    unit: 'KB',
    note: css.file,
  });
}
const sumGzip = (list: AssetSize[]) => list.reduce((total, a) => total + a.gzip, 0);
if (assets.length) {
  add({
    key: 'size.lazyJsTotal',
    group: 'bytes (gzip -9, KB = 1000 B)',
    label: 'lazy JS, total',
    value: kb(sumGzip(lazy.filter((a) => a.kind === 'js'))),
    unit: 'KB',
  });
  add({
    key: 'size.allJsTotal',
    group: 'bytes (gzip -9, KB = 1000 B)',
    label: 'all JS of the build, total',
    value: kb(sumGzip(assets.filter((a) => a.kind === 'js'))),
    unit: 'KB',
    note: `${assets.filter((a) => a.kind === 'js').length} files`,
  });
}

if (!quick) {
  for (const route of lighthouseRoutes) {
    const lh = lighthouseResults.find((r) => r.route === route);
    const group = `Lighthouse mobile ${route} (median of ${lhRuns})`;
    const spread = (pick: (r: LighthouseRoute['runs'][number]) => number | null) =>
      lh && lh.runs.length > 1 ? `runs: ${lh.runs.map((r) => pick(r) ?? '×').join(', ')}` : '';
    for (const [category, bar] of Object.entries(BARS.lighthouse)) {
      const id = category as keyof typeof BARS.lighthouse;
      add({
        key: `lighthouse.${route}.${category}`,
        group,
        label: category,
        value: lh?.median.scores[id] ?? null,
        unit: 'score',
        bar: atLeast(bar),
        note: spread((r) => r.scores[id]),
      });
    }
    add({
      key: `lighthouse.${route}.lcp`,
      group,
      label: 'LCP',
      value: lh?.median.lcpMs != null ? lh.median.lcpMs / 1000 : null,
      unit: 's',
      bar: atMost(BARS.lcpS),
      note: spread((r) => (r.lcpMs === null ? null : Number((r.lcpMs / 1000).toFixed(2)))),
    });
    add({
      key: `lighthouse.${route}.tbt`,
      group,
      label: 'TBT',
      value: lh?.median.tbtMs ?? null,
      unit: 'ms',
      bar: atMost(BARS.tbtMs),
      note: spread((r) => (r.tbtMs === null ? null : Math.round(r.tbtMs))),
    });
    add({
      key: `lighthouse.${route}.cls`,
      group,
      label: 'CLS',
      value: lh?.median.cls ?? null,
      unit: '',
      bar: atMost(BARS.cls),
    });
    add({
      key: `lighthouse.${route}.fcp`,
      group,
      label: 'FCP',
      value: lh?.median.fcpMs != null ? lh.median.fcpMs / 1000 : null,
      unit: 's',
    });
  }
}

SETTINGS.scrollReaders.forEach((reader, index) => {
  const runs = scrolls.filter((r) => r.reader === reader);
  const group = `scroll: ${readerName(reader)} (CPU ${SETTINGS.runtime.cpuThrottling}×, median of ${runs.length})`;
  const key = `scroll.${reader.mode}.${reader.device}`;
  const runMedian = (pick: (r: ScrollResult) => number | null) =>
    runs.length ? median(runs.map(pick)) : null;
  const runList = (pick: (r: ScrollResult) => number | null, unit: 'ms' | 'count') =>
    runs.length > 1
      ? `runs: ${runs.map((r) => (unit === 'ms' ? format(pick(r), 'ms') : String(pick(r)))).join(', ')}`
      : '';
  const skipped = !only.has('scroll');
  if (skipped) return;
  add({
    key: `${key}.frameP50`,
    group,
    label: 'frame time p50',
    value: runMedian((r) => r.frameP50),
    unit: 'ms',
    note: runs[0]
      ? `${runs[0].frames} frames, ${runs[0].steps} ${reader.device === 'phone' ? 'swipes' : 'wheel steps'}${reader.mode === 'rest' ? `, ${runs[0].rests} rests` : ''} over ${format(runs[0].durationMs, 'ms')} (run 1)`
      : '',
  });
  add({
    key: `${key}.frameP95`,
    group,
    label: 'frame time p95',
    value: runMedian((r) => r.frameP95),
    unit: 'ms',
    bar: atMost(BARS.scrollFrameP95Ms),
    note: runList((r) => r.frameP95, 'ms'),
  });
  add({
    key: `${key}.frameMax`,
    group,
    label: 'frame time max',
    value: runMedian((r) => r.frameMax),
    unit: 'ms',
    note: runList((r) => r.framesOver33, 'count').replace('runs', 'frames > 33 ms'),
  });
  const loaf = runs.every((r) => r.loaf);
  add({
    key: `${key}.longFrames`,
    group,
    label: `${loaf ? 'long animation frames' : 'long tasks'} ≥ ${BARS.longTaskMs} ms`,
    value: runMedian((r) => r.longFrames),
    unit: 'count',
    bar: atMost(BARS.scrollLongTasks),
    note: runList((r) => r.longFrames, 'count'),
  });
  add({
    key: `${key}.longestFrame`,
    group,
    label: loaf ? 'longest animation frame' : 'longest task',
    value: runMedian((r) => r.longestFrame),
    unit: 'ms',
    note: [
      runList((r) => r.longestFrame, 'ms'),
      runs.length
        ? `long tasks ≥ ${BARS.longTaskMs} ms: ${runs.map((r) => r.longTasks).join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join('; '),
  });
  if (index === 0) {
    add({
      key: 'scroll.controlFrameP95',
      group,
      label: 'control: blank page frame p95',
      value: control?.frameP95 ?? null,
      unit: 'ms',
      note: 'the machine’s own noise; ≈ 16.7 ms when quiet',
    });
    add({
      key: `${key}.heapUsed`,
      group,
      label: 'JS heap used after scroll',
      value: runMedian((r) => r.heapUsedMB),
      unit: 'MB',
      note: runs.length
        ? `${format(
            runMedian((r) => r.heapUsedAfterGcMB),
            'MB',
          )} after GC`
        : '',
    });
  }
});

for (const scenario of only.has('filter') ? SETTINGS.filterScenarios : []) {
  const result = toggles.find((t) => t.scenario === scenario.name);
  const group = `filter toggle to next paint: ${scenario.name} (1440×900, CPU ${SETTINGS.runtime.cpuThrottling}×)`;
  const key = `filter.${scenario.name.replace(/[^a-z]+/gi, '-')}`;
  add({
    key: `${key}.cold`,
    group,
    label: 'first (cold) toggle → next paint',
    value: result?.cold ?? null,
    unit: 'ms',
    bar: atMost(BARS.filterToggleP98Ms),
    note: result
      ? `Event Timing ${format(result.coldEventTiming, 'ms')}; panel: ${result.panelView ?? '?'}`
      : '',
  });
  add({
    key: `${key}.p50`,
    group,
    label: 'toggle → next paint p50',
    value: result?.p50 ?? null,
    unit: 'ms',
    bar: atMost(BARS.filterToggleP98Ms),
    note: result
      ? `commit p50 ${format(result.commitP50, 'ms')}, input delay p50 ${format(result.inputDelayP50, 'ms')}`
      : '',
  });
  add({
    key: `${key}.p98`,
    group,
    label: 'toggle → next paint p98',
    value: result?.p98 ?? null,
    unit: 'ms',
    bar: atMost(BARS.filterToggleP98Ms),
    note: result
      ? `${result.toggles} toggles, cold one included, max ${format(result.max, 'ms')}${result.timedOut ? `, ${result.timedOut} without update` : ''}`
      : '',
  });
  add({
    key: `${key}.eventTimingP50`,
    group,
    label: 'Event Timing click p50',
    value: result?.eventTimingP50 ?? null,
    unit: 'ms',
    bar: atMost(BARS.filterToggleP98Ms),
    note: 'the browser’s own input → next paint (as INP); under 16 ms counts as 16',
  });
  add({
    key: `${key}.eventTimingP98`,
    group,
    label: 'Event Timing click p98',
    value: result?.eventTimingP98 ?? null,
    unit: 'ms',
    bar: atMost(BARS.filterToggleP98Ms),
    note: result
      ? `long animation frames ≥ ${BARS.longTaskMs} ms: ${result.longFrameList.length}`
      : '',
  });
}

add({
  key: 'network.external',
  group: 'network',
  label: 'requests to hosts other than localhost',
  value: fatal ? null : externalRequests.length,
  unit: 'count',
  bar: atMost(BARS.externalRequests),
});

// ── report ──────────────────────────────────────────────────────────────────────────────────
const baselinePath = join(resultsDir, 'baseline.json');
const baseline = readBaseline(baselinePath);
console.log('');
printTable(figures, baseline);

if (firstLoads.length) {
  console.log(dim('\nfirst load of /:'));
  for (const load of firstLoads) {
    const files = [...load.js, ...load.css]
      .map((a) => `${a.file} ${format(kb(a.gzip), 'KB')}`)
      .join(', ');
    console.log(dim(`  ${load.viewport}: ${files}`));
  }
}
for (const lh of lighthouseResults) {
  const lost = Object.entries(lh.lostPoints);
  if (lost.length) {
    console.log(yellow(`\nLighthouse ${lh.route}, audits that cost points (in how many runs):`));
    for (const [audit, count] of lost) {
      console.log(yellow(`  ${audit} — ${count}/${lh.runs.length}`));
      for (const line of lh.lostPointDetails[audit] ?? []) console.log(dim(`      ${line}`));
    }
  }
  for (const run of lh.runs) {
    if (run.runtimeError) console.log(red(`  ${lh.route}: ${run.runtimeError}`));
  }
}
if (control?.frameP95 != null && control.frameP95 > 17) {
  console.log(
    yellow(
      `\n! a blank page dropped frames too (p95 ${format(control.frameP95, 'ms')}): the machine is busy, frame figures are unreliable`,
    ),
  );
}
if (scrolls.some((r) => !r.reachedBottom)) {
  console.log(yellow('\n! a scroll did not reach the bottom of the story'));
}
for (const r of scrolls) {
  if (!r.longFrameList.length) continue;
  console.log(dim(`\nlong frames, ${readerName(r.reader)}:`));
  for (const loaf of r.longFrameList) console.log(dim(`  ${describeLoaf(loaf, r)}`));
}
for (const t of toggles) {
  if (!t.longFrameList.length) continue;
  console.log(dim(`\nlong frames, filter toggle: ${t.scenario}:`));
  for (const loaf of t.longFrameList) console.log(dim(`  ${describeLoaf(loaf)}`));
}
if (externalRequests.length) {
  console.log(red(`\nrequests that tried to leave localhost (blocked):`));
  for (const url of new Set(externalRequests)) console.log(red(`  ${url}`));
}
if (proxy?.attempts.length) {
  const hosts = [...new Set(proxy.attempts)].join(', ');
  console.log(dim(`\nblocked browser traffic to other hosts (Chromium's own included): ${hosts}`));
}

const loadAfter = loadavg()[0]!;
const failed = figures.filter((f) => f.pass === false).map((f) => f.key);
const results: Results = {
  schema: 1,
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  machine: {
    node: process.version,
    chromium: chromiumVersion(),
    lighthouse: lighthouseResults[0]?.lighthouseVersion ?? null,
    cpus: cpus().length,
    loadAverageBefore: Number(loadBefore.toFixed(2)),
    loadAverageAfter: Number(loadAfter.toFixed(2)),
    durationS: Math.round((performance.now() - started) / 1000),
    phasesMs: phaseTimes,
  },
  settings: {
    ...SETTINGS,
    lighthouseRoutes,
    lighthouseRuns: lhRuns,
    scrollRuns: scrollRunCount,
    outDir: outDirName,
    only: [...only],
  },
  bars: BARS,
  figures: Object.fromEntries(figures.map(({ key, ...rest }) => [key, rest])),
  failed,
  errors,
  details: {
    firstLoads,
    assets,
    lighthouse: lighthouseResults,
    scrolls,
    control,
    toggles,
    externalRequests,
    blockedBrowserTraffic: proxy?.attempts ?? [],
  },
};

const stamp = results.date.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
const suffix = quick ? '-quick' : '';
const latestPath = join(resultsDir, `latest${suffix}.json`);
writeJson(latestPath, results);
copyFileSync(latestPath, join(resultsDir, `${stamp}${suffix}.json`));
if (args.includes('--save-baseline')) writeJson(baselinePath, results);

const seconds = (performance.now() - started) / 1000;
console.log(
  `\n${SETTINGS.resultsDir}/latest${suffix}.json and ${SETTINGS.resultsDir}/${stamp}${suffix}.json written` +
    (args.includes('--save-baseline') ? `, and ${SETTINGS.resultsDir}/baseline.json` : '') +
    ` · ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`,
);
if (loadAfter > 1 || loadBefore > 1) {
  console.log(
    yellow(
      `! load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}: other work ran at the same time`,
    ),
  );
}
if (errors.length || fatal) {
  console.log(red(`\nthe bench itself failed (${errors.length} error(s)); exit 2`));
  process.exit(2);
}
if (failed.length) {
  console.log(red(`\n${failed.length} bar(s) missed: ${failed.join(', ')}`));
  process.exit(1);
}
console.log(green('\nall bars met'));
