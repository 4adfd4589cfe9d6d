/**
 * The `import-gift` command: a GIFT file's questions appended to a module's questions.yaml.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importGift, itemsYaml } from '../../../src/lib/exchange/import-gift.ts';

/** Appends a GIFT file's questions to the module's questions.yaml; prints `file:line` for what it cannot take. */
export function importGiftCommand(
	file: string,
	slug: string | undefined,
	value: (name: string) => string | undefined,
	dryRun: boolean
): number {
	if (!slug || slug.startsWith('--')) {
		console.error(
			'usage: npm run questions -- import-gift <file> <module> [--facts a,b] [--section s]'
		);
		return 2;
	}
	if (!existsSync(join(process.cwd(), 'src/lessons', slug))) {
		console.error(`no module \`${slug}\` (no folder src/lessons/${slug})`);
		return 2;
	}
	if (!existsSync(file)) {
		console.error(`${file}: no such file`);
		return 2;
	}
	const questionsFile = `questions/${slug}/questions.yaml`;
	const path = join(process.cwd(), questionsFile);
	const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
	const existingIds = [...(current ?? '').matchAll(/^\s*-\s+id:\s*['"]?([^'"\s]+)/gm)].map(
		(m) => m[1]
	);
	const { items, problems } = importGift(readFileSync(file, 'utf8'), file, {
		facts: value('--facts')
			?.split(',')
			.map((f) => f.trim())
			.filter(Boolean),
		section: value('--section'),
		existingIds
	});
	for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
	const yaml = itemsYaml(items, file);
	if (dryRun) console.log(yaml);
	else if (items.length > 0) {
		const head =
			current === null ? `questions:\n` : current.endsWith('\n') ? current : `${current}\n`;
		writeFileSync(path, `${head}${yaml}`);
	}
	console.error(
		`${items.length} question${items.length === 1 ? '' : 's'} ${dryRun ? 'would be added' : 'added'} to ${questionsFile}` +
			`, ${problems.length} left out.` +
			(items.some((i) => JSON.stringify(i).includes('TODO'))
				? ' Replace every TODO (facts, section, unit, explanation) before building.'
				: '')
	);
	return problems.length > 0 ? 1 : 0;
}
