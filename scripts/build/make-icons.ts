// Renders the app icons (static/icons/*.png) from the favicon's drawing with Chromium. Run once after
// changing the logo: `npx tsx scripts/build/make-icons.ts`; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../dev/chromium.ts';
const logo = readFileSync('static/favicon.svg', 'utf8');
const inner = logo.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');

/** `any` icons: the favicon as drawn. Maskable ones: full-bleed colour, the logo inside the safe zone. */
function svg(maskable: boolean): string {
	if (!maskable) return logo;
	const glyph = inner.replace(/<rect[^>]*\/>/, '');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1d4f91"/><g transform="translate(6.4 6.4) scale(0.6)">${glyph}</g></svg>`;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const size of [192, 512]) {
	for (const maskable of [false, true]) {
		await page.setViewportSize({ width: size, height: size });
		const img = svg(maskable).replace('<svg ', `<svg width="${size}" height="${size}" `);
		await page.setContent(
			`<html><body style="margin:0;background:transparent">${img}</body></html>`
		);
		const name = `static/icons/${maskable ? 'maskable' : 'icon'}-${size}.png`;
		await page.screenshot({ path: name, omitBackground: true });
		console.log(name);
	}
}
await browser.close();
