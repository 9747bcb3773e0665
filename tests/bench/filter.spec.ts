/**
 * Readers toggling the actor filter at 4× CPU (1440×900), each on a fresh page so that the first
 * click is a cold one: one actor again and again at the top and with the map in the panel, and
 * every chip in turn (each on, then each off, …). Measured: click → the frame after the update
 * (the probe), and Event Timing's click duration (the browser's own, as INP) as a cross-check.
 */
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { articleDir } from '../../scripts/article.mjs';
import type { ProbeEvent, ProbeToggle } from './probe.ts';
import { BARS, record, test } from './bench.ts';
import { percentile } from './stats.ts';

const GROUP = 'Nach Akteur filtern';
const PAUSE_MS = 250;

/** The section that shows the map longest (most steps; the first on a tie). */
function mapSection(): string {
  const { sections } = JSON.parse(readFileSync(`${articleDir()}data/article.json`, 'utf8')) as {
    sections: { id: string; steps: { visual: { view: string } }[] }[];
  };
  const mapSteps = (s: (typeof sections)[number]) =>
    s.steps.filter((step) => step.visual.view === 'karte').length;
  return sections.reduce((a, s) => (mapSteps(s) > mapSteps(a) ? s : a)).id;
}

const SCENARIOS = [
  {
    key: 'one-actor-top',
    name: 'one actor, story top',
    section: null,
    actor: 'Ukraine',
    clicks: 40,
  },
  {
    key: 'one-actor-map',
    name: 'one actor, map section',
    section: mapSection(),
    actor: 'Ukraine',
    clicks: 40,
  },
  { key: 'every-chip', name: 'every chip in turn', section: null, actor: null, clicks: 30 },
];

for (const scenario of SCENARIOS) {
  test(`filter toggle: ${scenario.name} × ${scenario.clicks}`, async ({ bench }) => {
    const { page } = await bench.open('desktop');
    if (scenario.section) {
      await page
        .locator(`#${scenario.section}`)
        .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      // Let the section's view load and settle (its chunk, the map, its flight).
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(2500);
    }
    const view = await page.evaluate<string | null>(
      `document.querySelector('[data-view]')?.getAttribute('data-view') ?? null`,
    );
    const chipGroup = page.getByRole('group', { name: GROUP }).first();
    // The name may gain a mark while pressed ("Ukraine ✓"): the actor's name as a word.
    const chips = scenario.actor
      ? [
          chipGroup.getByRole('button', {
            name: new RegExp(`^${scenario.actor}(?![\\p{L}\\p{N}])`, 'u'),
          }),
        ]
      : await chipGroup.locator('button[aria-pressed]').all();
    expect(chips.length, 'chips').toBeGreaterThan(0);
    await page.evaluate('window.__bench.watchToggles = true');
    const toggles: ProbeToggle[] = [];
    for (let i = 1; i <= scenario.clicks; i++) {
      await chips[(i - 1) % chips.length]!.click();
      toggles.push(await page.evaluate<ProbeToggle>(`window.__bench.waitToggle(${i})`));
      await page.waitForTimeout(PAUSE_MS);
    }
    await page.waitForTimeout(500); // the last paint, before Event Timing is read
    const events = await page.evaluate<ProbeEvent[]>('window.__bench.events');
    // Event Timing reports clicks from 16 ms on: one not reported took less.
    const eventTimes = toggles.map(
      (t) => events.find((e) => Math.abs(e.start - t.start) < 1)?.duration ?? 16,
    );
    // A toggle that never updated the page counts as the 5 s it was waited for.
    const paints = toggles.map((t) => (t.timedOut ? 5000 : t.painted!));
    const group = `filter toggle to next paint: ${scenario.name} (1440×900, panel: ${view ?? '?'})`;
    const figure = (label: string, value: number | null, note?: string) => ({
      group,
      label,
      value,
      unit: 'ms' as const,
      max: BARS.toggleMs,
      ...(note ? { note } : {}),
    });
    const figures = {
      cold: figure(
        'first (cold) toggle → next paint',
        paints[0]!,
        `Event Timing ${eventTimes[0]} ms`,
      ),
      p50: figure('toggle → next paint p50', percentile(paints, 50)),
      p98: figure(
        'toggle → next paint p98',
        percentile(paints, 98),
        `${toggles.length} toggles, max ${Math.round(Math.max(...paints))} ms`,
      ),
      eventTimingP50: figure('Event Timing click p50', percentile(eventTimes, 50)),
      eventTimingP98: figure('Event Timing click p98', percentile(eventTimes, 98)),
    };
    record(
      Object.fromEntries(
        Object.entries(figures).map(([key, f]) => [`filter.${scenario.key}.${key}`, f]),
      ),
    );
  });
}
