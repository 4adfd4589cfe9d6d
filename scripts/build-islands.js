// Builds the page islands (src/islands/*.ts) into static/_islands/, which SvelteKit then copies into the
// site. Component CSS is left out: the prerendered pages already carry it, with the same scoped classes.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

const entries = Object.fromEntries(
	readdirSync('src/islands')
		.filter((f) => f.endsWith('.ts'))
		.map((f) => [f.replace(/\.ts$/, ''), resolve('src/islands', f)])
);

await build({
	configFile: false,
	logLevel: 'warn',
	plugins: [
		svelte({
			configFile: false,
			preprocess: [vitePreprocess()],
			emitCss: false,
			compilerOptions: { css: 'external' }
		})
	],
	resolve: { alias: { $lib: resolve('src/lib') }, conditions: ['browser'] },
	build: {
		outDir: 'static/_islands',
		emptyOutDir: true,
		target: 'es2022',
		modulePreload: false,
		rollupOptions: {
			input: entries,
			output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' }
		}
	}
});
