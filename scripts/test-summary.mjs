// Prints one closing line for the whole run, from the JSON reports of Vitest and Playwright.
import { existsSync, readFileSync } from 'node:fs';

/**
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests: number,
 *   numTodoTests?: number }} VitestReport
 * @typedef {{ stats: { expected: number, unexpected: number, flaky: number, skipped: number } }}
 *   PlaywrightReport
 */

let passed = 0;
let failed = 0;
let skipped = 0;
/**
 * @template T
 * @param {string} file
 * @returns {T | null}
 */
const read = (file) =>
  existsSync(file) ? /** @type {T} */ (JSON.parse(readFileSync(file, 'utf8'))) : null;

const unit = /** @type {VitestReport | null} */ (read('reports/vitest.json'));
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
const e2e = /** @type {PlaywrightReport | null} */ (read('reports/playwright.json'));
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
  skipped += e2e.stats.skipped;
}
if (!unit || !e2e) failed += 1; // a suite that did not report counts as a failure
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
