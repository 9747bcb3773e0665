import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://127.0.0.1:4205/#putin-auf-augenhoehe');
await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
await page.evaluate(() => { const el = document.querySelector('article [data-step="putin-auf-augenhoehe-1-b"]'); window.scrollTo(0, el.getClientRects()[0].top + scrollY - innerHeight*0.55 + 30); });
await page.waitForTimeout(4000);
console.log(await page.evaluate(() => { const s = document.querySelector('.panel .callouts-layer__leaders'); const l = s?.querySelector('line'); return [s?.outerHTML.slice(0,400), s && JSON.stringify(s.getBoundingClientRect()), l && getComputedStyle(l).stroke, getComputedStyle(document.querySelector('.panel .callouts-layer')).zIndex]; }));
await browser.close();
