// One share of a first build's modules, built into the content cache by a process of its own while the
// build does the rest (scripts/build/check-content.ts, `warmInParallel`). Argument: a JSON file listing the
// module folders.
import { readFileSync } from 'node:fs';
import { warmGroups } from './check-content.ts';

const list = process.argv[2];
if (!list) {
	console.error('usage: node --import tsx scripts/build/content-share.ts <list.json>');
	process.exit(2);
}
await warmGroups(process.cwd(), JSON.parse(readFileSync(list, 'utf8')) as string[]);
