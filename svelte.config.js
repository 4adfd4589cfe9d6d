import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { headingIds } from './scripts/rehype-heading-ids.js';

const basePath = process.env.BASE_PATH ?? '';
if (basePath && !/^\/[\w-]+(\/[\w-]+)*$/.test(basePath)) {
	throw new Error(`BASE_PATH must look like /briefing (got ${basePath})`);
}
const base = /** @type {'' | `/${string}`} */ (basePath);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		// smartypants corrupts inline HTML attributes (see shared/STACK.md).
		mdsvex({ extensions: ['.md'], smartypants: false, rehypePlugins: [headingIds] })
	],
	onwarn: (warning, handler) => {
		// mdsvex emits `<script context="module">`; nothing an author can fix.
		if (warning.code === 'script_context_deprecated' && warning.filename?.endsWith('.md')) return;
		handler(warning);
	},
	kit: {
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		paths: {
			base,
			// Absolute asset paths let 404.html work at any depth on a static host.
			relative: false
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail',
			entries: ['*', '/404']
		}
	}
};

export default config;
