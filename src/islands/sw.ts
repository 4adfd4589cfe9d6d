// Registers the service worker (src/service-worker.ts) on every page. Pages carry no SvelteKit client,
// which would otherwise do this. The worker sits at the site's base, one level above this file, so
// `../service-worker.js` finds it at the root and under a sub-path alike.
if ('serviceWorker' in navigator) {
	// Through a variable: the literal `new URL(…, import.meta.url)` form makes Vite inline the file.
	const here = import.meta.url;
	const url = new URL('../service-worker.js', here);
	const register = () =>
		navigator.serviceWorker.register(url, { scope: new URL('./', url).pathname }).catch(() => {
			// No worker (blocked, private mode): the site works online as before.
		});
	// After the page has loaded and gone idle: installing the worker fetches the whole site, which must
	// not compete with the page the learner opened.
	addEventListener('load', () =>
		'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 2000 }) : register()
	);
}
