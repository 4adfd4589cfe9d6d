import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { isModuleRoute, leftToRenderer, MODULE_PAGES_ENV } from '$lib/server/module-pages';

// Under `npm run build`, SvelteKit's prerender leaves module pages to scripts/build/render-modules.js, which
// renders them on every core (see src/lib/server/module-pages.js).
const later = building && process.env[MODULE_PAGES_ENV] === 'workers';

export const handle: Handle = ({ event, resolve }) =>
	later && isModuleRoute(event.route.id) ? leftToRenderer(event.route.id!) : resolve(event);
