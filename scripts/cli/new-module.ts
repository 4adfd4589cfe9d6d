// `npm run new -- <article.txt> <module-slug>`: a new module from an article (see README, "Adding a module").
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContentFiles } from '../../src/lib/content/read-files.ts';
import { Refusal, articleText, planModule } from '../../src/lib/author/scaffold.ts';

function main(argv: string[]): number {
	const started = performance.now();
	const [file, slug] = argv;
	if (!file || !slug || argv.length > 2) {
		console.error('usage: npm run new -- <article.txt> <module-slug>');
		return 1;
	}
	if (!existsSync(file))
		throw new Refusal(`${file} does not exist: give the path of the article's text file`);
	if (statSync(file).isDirectory())
		throw new Refusal(`${file} is a folder: give the path of the article's text file`);
	const root = process.cwd();
	const text = articleText(readFileSync(file), file);
	const plan = planModule(text, slug, readContentFiles(root));
	if (plan.files.size === 0) {
		console.log(`Nothing to add: every file of module \`${slug}\` exists, and none was changed.`);
		return 0;
	}
	// Nothing exists at these paths (checked by planModule); `wx` still refuses to replace a file made meanwhile.
	for (const [path, content] of plan.files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content, { flag: 'wx' });
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const drafts = Object.entries(plan.drafts)
		.map(([type, n]) => `${type} ${n}`)
		.join(', ');
	const total = Object.values(plan.drafts).reduce((a, b) => a + b, 0);
	const lines = [
		`Module \`${slug}\` from ${file} (${plan.words} words, ${plan.paragraphs} paragraphs${plan.headline ? `, headline “${plan.headline}”` : ''}), in ${seconds} s:`
	];
	const say = (path: string, what: string) => lines.push(`  ${path.padEnd(48)} ${what}`);
	for (const path of plan.files.keys()) {
		if (path.endsWith('article.txt'))
			say(path, 'the source article: read by the checks; not committed, never published');
		else if (path.endsWith('module.md'))
			say(
				path,
				`${plan.headline ? 'title from the headline; ' : ''}TODO: summary, source, objectives, level, tags`
			);
		else if (path.endsWith('facts.yaml'))
			say(path, `${total} draft facts (${drafts}); field: ${plan.field ?? 'not guessed'}`);
		else {
			const s = plan.sections.find((x) => x.file === path);
			say(
				path,
				s
					? `section skeleton for paragraph${s.from === s.to ? ` ${s.from}` : `s ${s.from}–${s.to}`}`
					: ''
			);
		}
	}
	for (const path of plan.kept) say(path, 'exists: kept as it is');
	lines.push(
		'',
		'Next:',
		`  npm run dev, then open http://localhost:5173/author/${slug}   review the drafts and what they generate as you edit`,
		`  npm run -s questions -- doctor ${slug}                      drafts, placeholders and item checks, with file:line`,
		'  npm run build                                              refuses any draft or TODO left, with file:line'
	);
	console.log(lines.join('\n'));
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	if (e instanceof Refusal) {
		console.error(e.message);
		process.exitCode = 1;
	} else throw e;
}
