/**
 * `npm run bench`: builds the app into dist-bench/ and measures it against PRODUCT.md's quality
 * bars with size-limit (.size-limit.json), Lighthouse CI (lighthouserc.json) and the Playwright
 * bench (playwright.bench.config.ts, tests/bench/), then prints one table of every figure
 * (scripts/bench-table.ts) and exits 1 when a bar is missed or a tool failed.
 * `npm run bench -- --quick` leaves Lighthouse out.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { printBenchTable } from './bench-table.ts';

const quick = process.argv.includes('--quick');
const failed: string[] = [];

/** Runs a step with its output on the terminal (or, with `toFile`, its stdout into that file). */
function step(name: string, command: string[], options: { env?: object; toFile?: string } = {}) {
  console.log(`\n▸ ${name}: ${command.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), {
    stdio: ['ignore', options.toFile ? 'pipe' : 'inherit', 'inherit'],
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
  });
  if (options.toFile) writeFileSync(options.toFile, result.stdout);
  console.log(
    `  ${name}: exit ${result.status} after ${Math.round((performance.now() - started) / 1000)} s`,
  );
  if (result.status !== 0) failed.push(name);
  return result.status === 0;
}

if (loadavg()[0]! > 1) {
  console.warn(
    `! load average ${loadavg()[0]!.toFixed(2)}: other work is running, timings will be noisy`,
  );
}
rmSync('bench-results/lhci', { recursive: true, force: true });
rmSync('bench-results/latest.json', { force: true });
mkdirSync('bench-results', { recursive: true });

if (!step('build', ['npm', 'run', 'build'], { env: { OUT_DIR: 'dist-bench' } })) process.exit(1);
step('size-limit', ['npx', 'size-limit', '--json'], { toFile: 'bench-results/size-limit.json' });
if (!quick && step('Lighthouse CI collect', ['npx', 'lhci', 'collect'])) {
  step('Lighthouse CI upload', ['npx', 'lhci', 'upload']);
  step('Lighthouse CI assert', ['npx', 'lhci', 'assert']);
}
step('Playwright bench', ['npx', 'playwright', 'test', '-c', 'playwright.bench.config.ts']);

const met = printBenchTable();
if (failed.length) console.log(`failed: ${failed.join(', ')}`);
process.exit(met && failed.length === 0 ? 0 : 1);
