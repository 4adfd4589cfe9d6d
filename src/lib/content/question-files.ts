/**
 * Reading a module's questions folder (facts.yaml, questions.yaml, article.txt): which files may sit
 * there and their YAML syntax; the question generator checks their schema.
 */
import { QUESTIONS } from './layout.ts';
import type { Folder } from './layout.ts';
import type { Report } from './problems.ts';
import type { QuestionFiles } from './types.ts';
import { FAILED, parseYaml, toJs } from './yaml.ts';

/** Parse a questions folder's files; the generator validates their schema, so only syntax is checked here. */
export function readQuestions(
	slug: string,
	folder: Folder,
	files: Record<string, string>,
	report: Report
): QuestionFiles {
	const result: QuestionFiles = {
		factsFile: `${QUESTIONS}${slug}/facts.yaml`,
		facts: null,
		questionsFile: `${QUESTIONS}${slug}/questions.yaml`,
		questions: null
	};
	for (const name of [...folder.keys()].sort()) {
		const file = `${QUESTIONS}${slug}/${name}`;
		if (name === 'article.txt') {
			// The source article: read by the checks, never published.
			if ((files[file] ?? '').trim() === '') report(file, 1, 'the source article is empty');
			else result.articleFile = file;
			continue;
		}
		if (name !== 'facts.yaml' && name !== 'questions.yaml') {
			report(
				file,
				1,
				`unexpected file \`${name}\`: a questions folder holds facts.yaml, questions.yaml and article.txt only`
			);
			continue;
		}
		const parsed = parseYaml(files[file], file, 1, report);
		if (!parsed) continue;
		const value = toJs(parsed);
		if (value === FAILED) continue;
		if (name === 'facts.yaml') result.facts = value ?? null;
		else result.questions = value ?? null;
	}
	return result;
}
