// Builds the script of the SCORM package's page (src/sco/sco.svelte.ts) into one classic script with its
// CSS injected, so the package is self-contained and works in any LMS frame. The export route reads it.
import { resolve } from 'node:path';
import { build } from 'vite';
import { svelteBuildOptions } from './svelte-build.js';

export const SCO_DIR = '.svelte-kit/sco';

await build({
	...svelteBuildOptions('injected'),
	build: {
		outDir: SCO_DIR,
		emptyOutDir: true,
		target: 'es2022',
		modulePreload: false,
		rollupOptions: {
			input: { sco: resolve('src/sco/sco.svelte.ts') },
			output: { format: 'iife', entryFileNames: '[name].js' }
		}
	}
});
