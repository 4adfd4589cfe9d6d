import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISLANDS, islandDataId, islandRootId, islandScript, scriptJson } from './islands.ts';

describe('the island names', () => {
	it('are exactly the entries in src/islands (add a name here when you add an island)', () => {
		const files = readdirSync('src/islands')
			.filter((f) => f.endsWith('.ts'))
			.map((f) => f.replace(/\.ts$/, ''))
			.sort();
		expect([...ISLANDS].sort()).toEqual(files);
	});
	it('give each island its own root, data element and script', () => {
		const all = ISLANDS.flatMap((n) => [islandRootId(n), islandDataId(n), islandScript(n)]);
		expect(new Set(all).size).toBe(all.length);
		expect(islandRootId('quiz')).toBe('quiz-root');
		expect(islandDataId('quiz')).toBe('quiz-data');
		expect(islandScript('quiz')).toBe('/_islands/quiz.js');
	});
});

describe('scriptJson', () => {
	it('cannot close the script element it is embedded in', () => {
		const text = scriptJson({ stem: 'a </script><script>alert(1)</script> b' });
		expect(text).not.toContain('</script');
		expect(JSON.parse(text)).toEqual({ stem: 'a </script><script>alert(1)</script> b' });
	});
	it('keeps line and paragraph separators parseable everywhere', () => {
		const text = scriptJson({ s: 'x\u2028y\u2029z' });
		expect(text).not.toMatch(/[\u2028\u2029]/);
		expect(JSON.parse(text)).toEqual({ s: 'x\u2028y\u2029z' });
	});
});
