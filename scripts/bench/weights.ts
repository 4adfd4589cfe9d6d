// Bytes per page type, read from the built site: the page's HTML, every script it loads (module scripts
// and the modules they import, followed through the files) and every stylesheet it links.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	name: string;
	path: string;
	html: Weight;
	js: Weight & { files: string[] };
	css: Weight & { files: string[] };
	total: Weight;
}

function weigh(bytes: Buffer): Weight {
	return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

function sum(weights: Weight[]): Weight {
	return weights.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), {
		raw: 0,
		gzip: 0
	});
}

function isFile(file: string): boolean {
	return existsSync(file) && statSync(file).isFile();
}

/** The built file a static host serves for this path (`x`, `x.html`, `x/index.html`). */
export function htmlFileFor(buildDir: string, path: string): string {
	const clean = path.replace(/^\/+|\/+$/g, '');
	const candidates = clean
		? [join(buildDir, `${clean}.html`), join(buildDir, clean, 'index.html'), join(buildDir, clean)]
		: [join(buildDir, 'index.html')];
	const found = candidates.find(isFile);
	if (!found) throw new Error(`no built page for ${path} in ${buildDir}`);
	return found;
}

function attr(tag: string, name: string): string | undefined {
	return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);
}

/** Site-relative URLs of the scripts and stylesheets an HTML page references. */
export function referencedAssets(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script\b[^>]*>/gi)]
		.map((m) => attr(m[0], 'src'))
		.filter((s): s is string => !!s);
	const preloads = [...html.matchAll(/<link\b[^>]*>/gi)]
		.filter((m) => /\brel\s*=\s*["']?modulepreload/i.test(m[0]))
		.map((m) => attr(m[0], 'href'))
		.filter((s): s is string => !!s);
	// A disabled link is not loaded: SvelteKit leaves one for each stylesheet it has inlined.
	const styles = [...html.matchAll(/<link\b[^>]*>/gi)]
		.filter((m) => /\brel\s*=\s*["']?stylesheet/i.test(m[0]) && !/\sdisabled\b/i.test(m[0]))
		.map((m) => attr(m[0], 'href'))
		.filter((s): s is string => !!s);
	return { scripts: [...new Set([...scripts, ...preloads])], styles: [...new Set(styles)] };
}

/** Relative module specifiers a built ES module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(js: string): string[] {
	const found = new Set<string>();
	for (const m of js.matchAll(
		/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+)["']/g
	))
		found.add(m[1]);
	return [...found].filter((s) => s.startsWith('.') || s.startsWith('/'));
}

/** A site URL (`/_islands/quiz.js`, optionally under the base path) to a file in the build. */
function fileForUrl(buildDir: string, url: string, base: string): string | undefined {
	if (/^[a-z]+:|^\/\//i.test(url)) return undefined; // never external, but do not count it if so
	let path = url.split(/[?#]/)[0];
	if (base && path.startsWith(`${base}/`)) path = path.slice(base.length);
	const file = join(buildDir, path);
	return isFile(file) ? file : undefined;
}

/** Every script file a page loads, following static imports from its module scripts. */
function scriptClosure(buildDir: string, entries: string[]): string[] {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.shift() as string;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const spec of staticImports(readFileSync(file, 'utf8'))) {
			const next = spec.startsWith('/')
				? join(buildDir, spec)
				: posix.normalize(join(dirname(file), spec));
			if (isFile(next)) queue.push(next);
		}
	}
	return [...seen];
}

export function pageWeight(buildDir: string, name: string, path: string, base = ''): PageWeight {
	const htmlFile = htmlFileFor(buildDir, path);
	const html = readFileSync(htmlFile);
	const refs = referencedAssets(html.toString('utf8'));
	const resolveAll = (urls: string[]) =>
		urls.map((u) => fileForUrl(buildDir, u, base)).filter((f): f is string => !!f);
	const jsFiles = scriptClosure(buildDir, resolveAll(refs.scripts));
	const cssFiles = [...new Set(resolveAll(refs.styles))];
	const rel = (f: string) => `/${f.slice(buildDir.length).replace(/^[/\\]+/, '')}`;
	const js = sum(jsFiles.map((f) => weigh(readFileSync(f))));
	const css = sum(cssFiles.map((f) => weigh(readFileSync(f))));
	const htmlWeight = weigh(html);
	return {
		name,
		path,
		html: htmlWeight,
		js: { ...js, files: jsFiles.map(rel) },
		css: { ...css, files: cssFiles.map(rel) },
		total: sum([htmlWeight, js, css])
	};
}

export function pageWeights(buildDir: string, pages: Record<string, string>): PageWeight[] {
	return Object.entries(pages).map(([name, path]) => pageWeight(buildDir, name, path));
}
