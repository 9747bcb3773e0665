/** Takes desktop and phone screenshots of every page of the built app: `npm run screenshots`. */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.env.SCREENSHOT_URL ?? 'http://127.0.0.1:4173';
const out = process.env.SCREENSHOT_DIR ?? 'screenshots';
const pages = (
  process.env.SCREENSHOT_PAGES ?? '/,/karte,/chronik,/akteure,/glossar,/quellen,/gibt-es-nicht'
).split(',');
const viewports = [
  { name: 'desktop', width: 1440, height: 900, scale: 1 },
  { name: 'phone', width: 390, height: 844, scale: 2 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const vp of viewports) {
  const context = await browser.newContext({
    viewport: { width: vp.width, height: vp.height },
    deviceScaleFactor: vp.scale,
    isMobile: vp.name === 'phone',
    hasTouch: vp.name === 'phone',
  });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    const name = path === '/' ? 'story' : path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
    await page.screenshot({ path: `${out}/${name}-${vp.name}.png` });
  }
  await context.close();
}
await browser.close();
console.log(`screenshots written to ${out}/`);
