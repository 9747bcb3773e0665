import { chromium } from '@playwright/test';
const which = process.argv[2] ?? 'phone';
const only = process.argv[3];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext(which === 'phone'
  ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'de-DE' }
  : { viewport: { width: 1440, height: 900 }, locale: 'de-DE' });
const page = await ctx.newPage();
page.on('console', (m) => { if (['error','warning'].includes(m.type())) console.log('CONSOLE', m.type(), m.text()); });
await page.goto('http://127.0.0.1:4205/');
await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
const ids = await page.$$eval('[data-step]', (els) => els.filter(e=>e.closest('article')).map((e) => e.dataset.step));
console.log(ids.join(' '));
for (const id of ids) {
  if (only && id !== only) continue;
  await page.evaluate((id) => {
    const el = document.querySelector(`article [data-step="${id}"]`);
    const rects = el.getClientRects();
    const top = rects[0].top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.55 + 30, behavior: 'instant' });
  }, id);
  await page.waitForFunction((id) => document.querySelector('.panel')?.dataset.step === id, id, { timeout: 8000 }).catch(() => console.log('panel did not follow', id));
  await page.waitForTimeout(2500);
  const info = await page.evaluate(() => [...document.querySelectorAll('.panel .callout')].map((c) => {
    const r = c.getBoundingClientRect(); return `${c.dataset.placed}/${c.dataset.side} ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)} fs=${getComputedStyle(c).fontSize} "${c.textContent}"`; }));
  console.log(id, await page.evaluate(() => document.querySelector('.panel')?.dataset.view), '\n  ' + info.join('\n  '));
  await page.screenshot({ path: `/tmp/shots/${which}-${id}.png` });
}
await browser.close();
