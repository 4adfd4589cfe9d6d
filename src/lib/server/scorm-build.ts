import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import appCss from '../../app.css?raw';
import type { Module } from '$lib/content/types';
import { exportModule } from '$lib/exchange/module';
import { manifest12, manifest2004, scoPage, type ScoLesson } from '$lib/exchange/scorm';
import { zipFiles } from '$lib/exchange/zip';
import type { Item } from '$lib/questions/types';
import { lessonHtml } from 'virtual:briefing/site';

// Built by scripts/build/build-sco.js (part of `npm run build:islands`) before the site build.
const SCO_SCRIPT = join(process.cwd(), '.svelte-kit/sco/sco.js');

let assets: string | undefined;

/** A fingerprint of what every SCORM package shares (its script and stylesheet), for caching packages. */
export function scormAssetsVersion(): string {
	assets ??= createHash('sha256')
		.update(existsSync(SCO_SCRIPT) ? readFileSync(SCO_SCRIPT) : '')
		.update('\0')
		.update(appCss)
		.digest('hex');
	return assets;
}

/** The module's lessons and quiz as a SCORM 1.2 or 2004 package: one self-contained page. */
export async function scormPackage(
	module: Module,
	items: readonly Item[],
	format: 'scorm12' | 'scorm2004'
): Promise<Uint8Array> {
	if (!existsSync(SCO_SCRIPT)) {
		throw new Error(`${SCO_SCRIPT} is missing: run \`npm run build:islands\` before building.`);
	}
	// The same HTML the section pages show (the standard level).
	const lessons: ScoLesson[] = await Promise.all(
		module.sections.map(async (s) => ({
			slug: s.slug,
			title: s.title,
			html: await lessonHtml(s.file),
			discussion: s.discussion
		}))
	);
	const info = exportModule(module);
	const version = format === 'scorm12' ? '1.2' : '2004';
	return zipFiles({
		'imsmanifest.xml': version === '1.2' ? manifest12(info) : manifest2004(info),
		'index.html': scoPage(info, lessons, items, version),
		'sco.js': readFileSync(SCO_SCRIPT, 'utf8'),
		'site.css': appCss
	});
}
