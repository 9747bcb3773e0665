/**
 * One table of everything `npm run bench` measured, against its bars: size-limit's figures
 * (bench-results/size-limit.json), Lighthouse CI's runs (bench-results/lhci/manifest.json; the
 * median of each route's runs, the bars from lighthouserc.json's assertions) and the runtime
 * figures of the Playwright bench (bench-results/latest.json). What is missing is left out.
 * `npx tsx scripts/bench-table.ts` prints it again; it exits 1 when a bar is missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuntimeResults } from '../tests/bench/bench.ts';
import { median } from '../tests/bench/stats.ts';

interface Row {
  group: string;
  label: string;
  value: string;
  bar: string;
  pass: boolean | null;
  note?: string;
}

const RESULTS = 'bench-results';
const readJson = <T>(file: string): T | null =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
const round = (value: number, decimals: number) =>
  decimals ? value.toFixed(decimals) : String(Math.round(value));

function sizeRows(): Row[] {
  const sizes = readJson<{ name: string; size: number; sizeLimit?: number; passed: boolean }[]>(
    join(RESULTS, 'size-limit.json'),
  );
  return (sizes ?? []).map((s) => ({
    group: 'bytes, gzip (size-limit)',
    label: s.name,
    value: `${s.size} B`,
    bar: s.sizeLimit === undefined ? '' : `≤ ${s.sizeLimit} B`,
    pass: s.passed,
  }));
}

interface Lhr {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    {
      numericValue?: number;
      details?: { items?: { resourceType?: string; requestCount?: number }[] };
    }
  >;
}
type Assertion = [string, { minScore?: number; maxNumericValue?: number }];

const LABELS: Record<string, string> = {
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'resource-summary:third-party:count': 'third-party requests (any run)',
};

/** The value an assertion of lighthouserc.json judges, for one run; scores as 0–100. */
function lhValue(lhr: Lhr, id: string): number | null {
  if (id.startsWith('categories:')) {
    const score = lhr.categories[id.slice('categories:'.length)]?.score;
    return typeof score === 'number' ? score * 100 : null;
  }
  if (id.startsWith('resource-summary:')) {
    const [, type] = id.split(':');
    const items = lhr.audits['resource-summary']?.details?.items ?? [];
    return items.find((item) => item.resourceType === type)?.requestCount ?? 0;
  }
  return lhr.audits[id]?.numericValue ?? null;
}

function lighthouseRows(): Row[] {
  const manifest = readJson<{ url: string; jsonPath: string }[]>(
    join(RESULTS, 'lhci/manifest.json'),
  );
  const config = readJson<{ ci: { assert: { assertions: Record<string, Assertion> } } }>(
    'lighthouserc.json',
  );
  if (!manifest || !config) return [];
  const rows: Row[] = [];
  for (const url of [...new Set(manifest.map((entry) => entry.url))]) {
    const runs = manifest
      .filter((entry) => entry.url === url)
      .map((entry) => readJson<Lhr>(entry.jsonPath)!);
    for (const [id, [, options]] of Object.entries(config.ci.assert.assertions)) {
      const values = runs.map((lhr) => lhValue(lhr, id));
      const isScore = id.startsWith('categories:');
      const limit = isScore ? options.minScore! * 100 : options.maxNumericValue!;
      // Third-party requests: any run counts; everything else: the median of the runs.
      const value = id.startsWith('resource-summary:')
        ? Math.max(...values.map((v) => v ?? Infinity))
        : median(values);
      const decimals = id === 'cumulative-layout-shift' ? 3 : 0;
      const unit = id.endsWith('-paint') || id.endsWith('-time') ? ' ms' : '';
      rows.push({
        group: `Lighthouse mobile ${new URL(url).pathname} (median of ${runs.length})`,
        label: LABELS[id] ?? id.replace(/^categories:/, ''),
        value: value === null ? '—' : `${round(value, decimals)}${unit}`,
        bar: `${isScore ? '≥' : '≤'} ${limit}${unit}`,
        pass: value !== null && (isScore ? value >= limit : value <= limit),
        note: `runs: ${values.map((v) => (v === null ? '—' : round(v, decimals))).join(', ')}`,
      });
    }
  }
  return rows;
}

function runtimeRows(): Row[] {
  const results = readJson<RuntimeResults>(join(RESULTS, 'latest.json'));
  if (!results) return [];
  const rows: Row[] = Object.values(results.figures).map((f) => ({
    group: `${f.group} (CPU ${results.cpuThrottling}×)`,
    label: f.label,
    value:
      f.value === null
        ? '—'
        : `${round(f.value, f.unit === 'ms' ? 1 : 0)}${f.unit === 'ms' ? ' ms' : ''}`,
    bar: f.max === undefined ? '' : `≤ ${f.max}${f.unit === 'ms' ? ' ms' : ''}`,
    pass: f.max === undefined ? null : f.value !== null && f.value <= f.max,
    ...(f.note ? { note: f.note } : {}),
  }));
  const external = Object.values(results.external).flat();
  rows.push({
    group: 'network',
    label: 'requests to other hosts (scroll and filter pages)',
    value: String(external.length),
    bar: '≤ 0',
    pass: external.length === 0,
    ...(external.length ? { note: [...new Set(external)].join(' ') } : {}),
  });
  return rows;
}

/** Prints the table; true when every bar is met. */
export function printBenchTable(): boolean {
  const rows = [...sizeRows(), ...lighthouseRows(), ...runtimeRows()];
  const width = (pick: (r: Row) => string) => Math.max(...rows.map((r) => pick(r).length));
  const [label, value, bar] = [width((r) => r.label), width((r) => r.value), width((r) => r.bar)];
  let group = '';
  for (const row of rows) {
    if (row.group !== group) console.log(`\n${(group = row.group)}`);
    const verdict = row.pass === null ? '  ' : row.pass ? 'ok' : 'NO';
    console.log(
      `  ${verdict} ${row.label.padEnd(label)}  ${row.value.padStart(value)}  ${row.bar.padEnd(bar)}  ${row.note ?? ''}`.trimEnd(),
    );
  }
  const missed = rows.filter((r) => r.pass === false);
  const met = rows.filter((r) => r.pass).length;
  console.log(`\n${met} bar(s) met, ${missed.length} missed${missed.length ? ' (marked NO)' : ''}`);
  return missed.length === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(printBenchTable() ? 0 : 1);
}
