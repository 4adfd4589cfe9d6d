import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (recursively) whose name passes `keep`, as absolute paths; none when `dir` is absent. */
function walk(dir: string, keep: (name: string) => boolean): string[] {
	let names: string[];
	try {
		if (!statSync(dir).isDirectory()) return [];
		names = readdirSync(dir);
	} catch {
		// A project without questions yet, or a fixture without lessons, simply has no such files.
		return [];
	}
	return names.flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return walk(path, keep);
		return keep(name) ? [path] : [];
	});
}

/**
 * Read the content files of the project at `root` for `buildIndex`: every `*.md` under src/lessons/ and
 * every `*.yaml`/`*.yml` and `*.txt` (source articles) under questions/, keyed by path relative to `root` with forward slashes.
 * Server and build only (node:fs).
 */
export function readContentFiles(root: string): Record<string, string> {
	const paths = [
		...walk(join(root, 'src', 'lessons'), (name) => name.endsWith('.md')),
		...walk(join(root, 'questions'), (name) => /\.(ya?ml|txt)$/.test(name))
	];
	const files: Record<string, string> = {};
	for (const path of paths.sort()) {
		files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
	}
	return files;
}
