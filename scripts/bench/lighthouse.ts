/**
 * Lighthouse (default config: mobile emulation, simulated throttling) on Debian's Chromium,
 * started by chrome-launcher with a fresh profile per run. Reports each figure as the median
 * of the runs, keeps every run's figures, and lists the audits that cost points.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM } from './browser.ts';
import { isLocalUrl } from './network.ts';
import { median } from './stats.ts';

export const LIGHTHOUSE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  /** Category scores 0–100, null when Lighthouse could not score. */
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  fcpMs: number | null;
  speedIndexMs: number | null;
  runtimeError: string | null;
  warnings: string[];
  /** Requests of the page to hosts other than localhost. */
  external: string[];
  /** Audits with weight that did not score full marks: "category › audit-id". */
  lostPoints: string[];
  /** For each of those: its display value and the first few items it found. */
  lostPointDetails: Record<string, string[]>;
  ms: number;
}

export interface LighthouseRoute {
  route: string;
  runs: LighthouseRun[];
  median: Omit<
    LighthouseRun,
    'runtimeError' | 'warnings' | 'external' | 'lostPoints' | 'lostPointDetails' | 'ms'
  >;
  /** Audit → in how many runs it lost points. */
  lostPoints: Record<string, number>;
  /** Audit → what it found (from the first run in which it lost points). */
  lostPointDetails: Record<string, string[]>;
  lighthouseVersion: string;
}

function numeric(lhr: Result, id: string): number | null {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? value : null;
}

/** One line for an item of an audit's details table (a node, a console message, a URL…). */
function describeItem(item: unknown): string | null {
  if (!item || typeof item !== 'object') return null;
  const record = item as Record<string, unknown>;
  const node = record.node as Record<string, unknown> | undefined;
  const source = record.sourceLocation as Record<string, unknown> | undefined;
  const text = [
    record.description,
    record.message,
    node?.snippet,
    node?.nodeLabel,
    record.url,
    source?.url,
    record.source,
  ].find((v): v is string => typeof v === 'string' && v.length > 0);
  if (!text) return null;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}

function summarise(lhr: Result, ms: number): LighthouseRun {
  const scores = {} as Record<Category, number | null>;
  const lostPoints: string[] = [];
  const lostPointDetails: Record<string, string[]> = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = typeof category?.score === 'number' ? Math.round(category.score * 100) : null;
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      // Performance metrics are reported as figures; list the other audits that cost points.
      if (id === 'performance' && ref.group === 'metrics') continue;
      const key = `${id} › ${ref.id}`;
      lostPoints.push(key);
      const items = (audit.details as { items?: unknown[] } | undefined)?.items ?? [];
      lostPointDetails[key] = [
        ...(audit.displayValue ? [audit.displayValue] : []),
        ...items
          .slice(0, 3)
          .map(describeItem)
          .filter((line): line is string => line !== null),
        ...(items.length > 3 ? [`… ${items.length - 3} more`] : []),
      ];
    }
  }
  const details = lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined;
  const external = (details?.items ?? [])
    .map((item) => (item as { url?: unknown }).url)
    .filter((url): url is string => typeof url === 'string' && !isLocalUrl(url));
  return {
    scores,
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    speedIndexMs: numeric(lhr, 'speed-index'),
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    warnings: lhr.runWarnings.map(String),
    external,
    lostPoints,
    lostPointDetails,
    ms,
  };
}

/** Ends a Chromium that a Lighthouse run left open (on Ctrl-C). */
export function killLighthouseChrome(): Promise<void> {
  chromeLauncher.killAll();
  return Promise.resolve();
}

export async function runLighthouse(
  url: string,
  proxyFlag: string,
): Promise<LighthouseRun & { version: string }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [...LIGHTHOUSE_FLAGS, proxyFlag],
    logLevel: 'silent',
    // The bench's own handler stops Chromium and the preview server on Ctrl-C.
    handleSIGINT: false,
  });
  try {
    const started = performance.now();
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return {
      ...summarise(result.lhr, performance.now() - started),
      version: result.lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}

export async function lighthouseRoute(
  route: string,
  url: string,
  runs: number,
  proxyFlag: string,
  onRun?: (run: LighthouseRun, index: number) => void,
): Promise<LighthouseRoute> {
  const results: LighthouseRun[] = [];
  let version = '';
  for (let i = 0; i < runs; i++) {
    const { version: v, ...run } = await runLighthouse(url, proxyFlag);
    version = v;
    results.push(run);
    onRun?.(run, i);
  }
  const lostPoints: Record<string, number> = {};
  const lostPointDetails: Record<string, string[]> = {};
  for (const run of results)
    for (const [audit, lines] of Object.entries(run.lostPointDetails))
      lostPointDetails[audit] ??= lines;
  for (const run of results)
    for (const audit of run.lostPoints) lostPoints[audit] = (lostPoints[audit] ?? 0) + 1;
  const pick = (f: (run: LighthouseRun) => number | null) => median(results.map(f));
  return {
    route,
    runs: results,
    median: {
      scores: {
        performance: pick((r) => r.scores.performance),
        accessibility: pick((r) => r.scores.accessibility),
        'best-practices': pick((r) => r.scores['best-practices']),
        seo: pick((r) => r.scores.seo),
      },
      lcpMs: pick((r) => r.lcpMs),
      tbtMs: pick((r) => r.tbtMs),
      cls: pick((r) => r.cls),
      fcpMs: pick((r) => r.fcpMs),
      speedIndexMs: pick((r) => r.speedIndexMs),
    },
    lostPoints,
    lostPointDetails,
    lighthouseVersion: version,
  };
}
