import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
for (const q of ['?level=introductory', '?tag=migration&q=smuggling', '?q=qqqzzq']) {
  const t = Date.now();
  await page.goto('http://localhost:4901/search' + q);
  await page.getByRole('status').filter({ hasText: /found|Nothing|could not/ }).waitFor({ timeout: 60000 });
  console.log(q, await page.getByRole('status').textContent(), Date.now() - t, 'ms');
}
await browser.close();
