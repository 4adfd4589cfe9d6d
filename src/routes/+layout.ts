// Every page is prerendered; the site is plain files on any static host.
export const prerender = true;
export const trailingSlash = 'never';
// No page loads SvelteKit's client: each is plain HTML plus, where it is interactive, one island script
// (src/islands/<name>.ts, mounted over its prerendered copy; see "Adding an interactive page" in the README).
export const csr = false;
