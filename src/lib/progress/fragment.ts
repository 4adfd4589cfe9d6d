import { CURRENT_VERSION } from './schema.ts';
import type { ProgressData } from './schema.ts';

/** Only one module's part of the data: what that module's storage key holds. */
export function progressFragment(data: ProgressData, slug: string): ProgressData {
	const prefix = `${slug}/`;
	return {
		version: CURRENT_VERSION,
		modules: Object.hasOwn(data.modules, slug) ? { [slug]: data.modules[slug] } : {},
		questions: Object.fromEntries(
			Object.entries(data.questions).filter(([k]) => k.startsWith(prefix))
		)
	};
}

/** The data with one module's part replaced (or removed, with no replacement). */
export function withProgressFragment(
	data: ProgressData,
	slug: string,
	part?: ProgressData
): ProgressData {
	const prefix = `${slug}/`;
	const modules = Object.entries(data.modules).filter(([k]) => k !== slug);
	const questions = Object.entries(data.questions).filter(([k]) => !k.startsWith(prefix));
	if (part) {
		const own = progressFragment(part, slug);
		modules.push(...Object.entries(own.modules));
		questions.push(...Object.entries(own.questions));
	}
	return {
		version: CURRENT_VERSION,
		modules: Object.fromEntries(modules),
		questions: Object.fromEntries(questions)
	};
}
