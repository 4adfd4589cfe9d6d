// Builds the script of the SCORM package's page (src/sco/sco.svelte.ts) into one classic script with its
// CSS injected, so the package is self-contained and works in any LMS frame. The export route reads it.
import { resolve } from 'node:path';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

export const SCO_DIR = '.svelte-kit/sco';

await build({
	configFile: false,
	logLevel: 'warn',
	plugins: [
		svelte({
			configFile: false,
			preprocess: [vitePreprocess()],
			compilerOptions: { css: 'injected' }
		})
	],
	resolve: { alias: { $lib: resolve('src/lib') }, conditions: ['browser'] },
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
