// Build time against the number of modules. For each size N, a temporary copy of the project (its
// node_modules symlinked) holds the real module plus N - 1 copies of it under new slugs and titles; the
// copy's whole `npm run build` is timed from nothing (no cache), and, when asked, again after an edit to one
// module's lesson; the catalogue pages' gzipped sizes are read from the copy's build. Nothing is written
// to the checkout, and the temporary folder is removed afterwards.
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

export interface BuildTiming {
	modules: number;
	pages: number;
	seconds: number;
	secondsPerModule: number;
	/** `npm run build` again after editing one module's lesson (the content cache and kept exports warm). */
	rebuildSeconds?: number;
	/** Gzipped bytes of the pages that list every module, in this build. */
	catalogue?: { home: number; tag: number; progress: number };
	/** Bytes of the search index (`build/pagefind/`, Pagefind's files included). */
	searchIndex?: number;
}

/** What the copy needs to build: sources, content, config. Build output and caches stay behind. */
const COPY = [
	'src',
	'questions',
	'static',
	'scripts',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json'
];

/** Adds `count` copies of the module `slug` to the project at `root`, with their own slugs and titles. */
export function addSyntheticModules(root: string, slug: string, count: number): void {
	const lessons = join(root, 'src/lessons', slug);
	const questions = join(root, 'questions', slug);
	for (let i = 1; i <= count; i++) {
		const copy = `${slug}-copy-${i}`;
		cpSync(lessons, join(root, 'src/lessons', copy), { recursive: true });
		const moduleFile = join(root, 'src/lessons', copy, 'module.md');
		writeFileSync(
			moduleFile,
			readFileSync(moduleFile, 'utf8').replace(
				/^title: (['"]?)(.*)\1$/m,
				(_all, quote: string, title: string) => `title: ${quote}${title} (copy ${i})${quote}`
			)
		);
		if (!existsSync(questions)) continue;
		cpSync(questions, join(root, 'questions', copy), { recursive: true });
		// Each module's facts cite its own article (`questions/<slug>/article.txt`, when the author has it).
		const facts = join(root, 'questions', copy, 'facts.yaml');
		if (existsSync(facts))
			writeFileSync(
				facts,
				readFileSync(facts, 'utf8').replaceAll(`article: ${slug},`, `article: ${copy},`)
			);
	}
}

function countPages(dir: string): number {
	let n = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) n += countPages(join(dir, entry.name));
		else if (entry.name.endsWith('.html')) n++;
	}
	return n;
}

function runBuild(cwd: string): Promise<void> {
	return new Promise((done, fail) => {
		// The whole `npm run build`: islands, the SCORM bundle and `vite build` (content checks, bundling,
		// prerendering every page and export).
		const child = spawn('npm', ['run', '--silent', 'build'], {
			cwd,
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
		child.on('error', fail);
		child.on('exit', (code) =>
			code === 0 ? done() : fail(new Error(`npm run build failed (${code}) in ${cwd}:\n${stderr}`))
		);
	});
}

const gzipped = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file)).length : 0);

/** Gzipped sizes of the home page, the first tag page and the progress page of the build in `root`. */
function cataloguePages(root: string): { home: number; tag: number; progress: number } {
	const build = join(root, 'build');
	const tags = existsSync(join(build, 'tags'))
		? readdirSync(join(build, 'tags')).filter((f) => f.endsWith('.html'))
		: [];
	return {
		home: gzipped(join(build, 'index.html')),
		tag: tags.length > 0 ? gzipped(join(build, 'tags', tags.sort()[0])) : 0,
		progress: gzipped(join(build, 'progress.html'))
	};
}

function folderBytes(dir: string): number {
	if (!existsSync(dir)) return 0;
	return readdirSync(dir, { withFileTypes: true }).reduce(
		(n, e) =>
			n +
			(e.isDirectory() ? folderBytes(join(dir, e.name)) : readFileSync(join(dir, e.name)).length),
		0
	);
}

/** Edits one sentence of the first lesson of the module `slug`, as an author fixing a typo would. */
function editOneModule(root: string, slug: string): void {
	const folder = join(root, 'src/lessons', slug);
	const first = readdirSync(folder)
		.filter((f) => /^\d+-.*\.md$/.test(f))
		.sort()[0];
	const file = join(folder, first);
	writeFileSync(
		file,
		`${readFileSync(file, 'utf8').trimEnd()}\n\nAn added sentence, as an author's edit.\n`
	);
}

/**
 * Builds a temporary project with `modules` modules and returns how long its `npm run build` took (from nothing:
 * no cache), then how long the build takes again after one module's lesson is edited (`rebuild`).
 */
export async function timeBuild(
	project: string,
	slug: string,
	modules: number,
	rebuild = false
): Promise<BuildTiming> {
	const root = mkdtempSync(join(tmpdir(), `briefing-bench-${modules}-`));
	try {
		for (const entry of COPY) cpSync(join(project, entry), join(root, entry), { recursive: true });
		symlinkSync(resolve(project, 'node_modules'), join(root, 'node_modules'), 'dir');
		addSyntheticModules(root, slug, modules - 1);
		const start = performance.now();
		await runBuild(root);
		const seconds = (performance.now() - start) / 1000;
		const timing: BuildTiming = {
			modules,
			pages: countPages(join(root, 'build')),
			seconds,
			secondsPerModule: seconds / modules,
			catalogue: cataloguePages(root),
			searchIndex: folderBytes(join(root, 'build', 'pagefind'))
		};
		if (rebuild) {
			editOneModule(root, modules > 1 ? `${slug}-copy-1` : slug);
			const again = performance.now();
			await runBuild(root);
			timing.rebuildSeconds = (performance.now() - again) / 1000;
		}
		return timing;
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
