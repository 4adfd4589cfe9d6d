// Author tools for question banks: `npm run questions -- <list|review|suggest|doctor> <module> [--json] [--out file] [--seed s] [--stats item-stats.json]`.
import { writeFileSync } from 'node:fs';
import { buildBank } from '../../src/lib/questions/bank.ts';
import { ContentError } from '../../src/lib/content/problems.ts';
import { Refusal, readModule } from './questions/module.ts';
import { listJson, readStats, review } from './questions/review.ts';
import { diagnose } from './questions/doctor.ts';
import { importGiftCommand } from './questions/gift.ts';
import { suggest } from './questions/suggest.ts';

function main(argv: string[]): number {
	const [command, slug, ...rest] = argv;
	const flag = (name: string) => rest.includes(name);
	const value = (name: string) => {
		const i = rest.indexOf(name);
		return i === -1 ? undefined : rest[i + 1];
	};
	if (!command || !slug) {
		console.error(
			'usage: npm run questions -- <list|review|suggest|doctor> <module> [--json] [--out file] [--seed s]\n' +
				'       npm run questions -- <review|doctor> <module> --stats item-stats-<assignment>.json\n' +
				'       npm run questions -- import-gift <file> <module> [--facts a,b] [--section s] [--dry-run]'
		);
		return 2;
	}
	if (command === 'import-gift') return importGiftCommand(slug, rest[0], value, flag('--dry-run'));
	const files = readModule(
		process.cwd(),
		slug,
		command !== 'suggest',
		command === 'suggest' || command === 'doctor' ? 'allow' : 'refuse'
	);
	const seed = value('--seed') ?? 'briefing';
	const emit = (text: string) => {
		const out = value('--out');
		if (out) writeFileSync(out, text.endsWith('\n') ? text : `${text}\n`);
		else console.log(text);
	};
	const stats = readStats(rest, slug);
	if (command === 'doctor') {
		const { text, ok } = diagnose(files, seed, stats);
		emit(text);
		return ok ? 0 : 1;
	}
	if (command === 'suggest') {
		emit(suggest(files, slug));
		return 0;
	}
	// Built exactly as the site builds it, so the list is what learners get.
	const bank = buildBank(
		files.factsText,
		files.factsFile,
		files.questionsText,
		files.questionsFile,
		{ ...files.ctx, seed }
	);
	if (command === 'list') {
		if (flag('--json')) emit(listJson(bank));
		else emit(bank.items.map((i) => `${i.id}\t${i.type}\t${i.stem}`).join('\n'));
		return 0;
	}
	if (command === 'review') {
		emit(review(bank, files, stats));
		return 0;
	}
	console.error(`unknown command \`${command}\` (list, review, suggest, doctor)`);
	return 2;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	if (e instanceof ContentError || e instanceof Refusal) {
		console.error(e.message);
		process.exitCode = 1;
	} else throw e;
}
