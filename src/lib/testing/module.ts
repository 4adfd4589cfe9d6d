import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../content/read-files.ts';

/**
 * A whole module frozen for the unit tests (content/fixtures/module: lessons, an easier level, a dozen facts and
 * two hand-written questions), laid out like the project root so readContentFiles reads it. The live modules
 * have their own tests in src/content.spec.ts; editing them never breaks a unit test.
 */
export const FIXTURE_ROOT = fileURLToPath(new URL('../content/fixtures/module', import.meta.url));

/** The fixture module's slug. */
export const FIXTURE_MODULE = 'summit';

/** The fixture's files, keyed by path from its root, as the build reads a project. */
export function fixtureFiles(): Record<string, string> {
	return readContentFiles(FIXTURE_ROOT);
}
