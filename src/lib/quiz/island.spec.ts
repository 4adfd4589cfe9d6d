import { describe, expect, it } from 'vitest';
import { scriptJson } from './island.ts';

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
