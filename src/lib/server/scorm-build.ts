import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import appCss from '../../app.css?raw';
import type { Module } from '$lib/content/types';
import { exportModule } from '$lib/exchange/module';
import { manifest12, manifest2004, scoPage, type ScoLesson } from '$lib/exchange/scorm';
import { zipFiles } from '$lib/exchange/zip';
import type { Item } from '$lib/questions/types';

// The same compiled lesson components the section pages render.
const bodies = import.meta.glob<{ default: Component }>('/src/lessons/*/[0-9]*.md', {
	eager: true
});

// Built by scripts/build-sco.js (part of `npm run build:islands`) before the site build.
const SCO_SCRIPT = join(process.cwd(), '.svelte-kit/sco/sco.js');

/** The module's lessons and quiz as a SCORM 1.2 or 2004 package: one self-contained page. */
export function scormPackage(
	module: Module,
	items: readonly Item[],
	format: 'scorm12' | 'scorm2004'
): Uint8Array {
	if (!existsSync(SCO_SCRIPT)) {
		throw new Error(`${SCO_SCRIPT} is missing: run \`npm run build:islands\` before building.`);
	}
	const lessons: ScoLesson[] = module.sections.map((s) => {
		const body = bodies[`/${s.file}`];
		if (!body) throw new Error(`${s.file}: no compiled lesson`);
		return {
			slug: s.slug,
			title: s.title,
			html: render(body.default).body.replace(/<!--[^>]*-->/g, ''),
			discussion: s.discussion
		};
	});
	const info = exportModule(module);
	const version = format === 'scorm12' ? '1.2' : '2004';
	return zipFiles({
		'imsmanifest.xml': version === '1.2' ? manifest12(info) : manifest2004(info),
		'index.html': scoPage(info, lessons, items, version),
		'sco.js': readFileSync(SCO_SCRIPT, 'utf8'),
		'site.css': appCss
	});
}
