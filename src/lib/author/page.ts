import { render } from 'svelte/server';
import { readContentFiles } from '../content/read-files.ts';
import AuthorPage from './AuthorPage.svelte';
import { authorPreview } from './preview.ts';

/** The event the dev server sends when content changes; the preview page reloads on it. */
export const CONTENT_CHANGED = 'briefing:content-changed';

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
code { font-size: 0.9em; } .dev { color: #6b4e00; font-size: 0.9em; }
.counts { font-weight: 600; } nav a { margin-right: 0.5rem; }
.fact { border-top: 1px solid #ccc; padding: 0.5rem 0; } .fact h2 { font-size: 1.1rem; margin: 0.5rem 0 0; }
.type { font-weight: 400; color: #555; margin-left: 0.5rem; }
.badge { font-size: 0.8rem; background: #fde68a; color: #1a1a1a; border-radius: 0.25rem; padding: 0 0.4rem; margin-left: 0.5rem; }
.badge.todo { background: #fecaca; } .draft { background: #fffbeb; }
.where { margin: 0; color: #555; font-size: 0.9em; } .statement { margin: 0.25rem 0; }
.items > li { margin: 0.5rem 0; } .meta { margin: 0; color: #555; font-size: 0.85em; } .stem { margin: 0; font-weight: 600; }
.key { font-weight: 600; } .ok { color: #166534; margin: 0; } .none { color: #6b4e00; }
.problems { color: #991b1b; } li.failing { border-left: 3px solid #991b1b; padding-left: 0.5rem; }
blockquote { margin: 0.25rem 0 0.25rem 1rem; color: #333; }
`;

/**
 * The preview page for a module as a whole HTML document, read fresh from the files under `root`; without a
 * module, the list of modules.
 */
export function renderAuthorPage(
	root: string,
	slug: string | undefined,
	viteClient: string,
	version = 0
): string {
	const files = readContentFiles(root);
	const modules = [
		...new Set(Object.keys(files).flatMap((f) => /^src\/lessons\/([^/]+)\//.exec(f)?.[1] ?? []))
	].sort();
	const preview = authorPreview(files, slug ?? modules[0] ?? '');
	const { body } = render(AuthorPage, { props: { preview } });
	// Reloads on the server's event; and, should the event have been sent before this page listened, when the
	// server's count of changes differs from the one the page was rendered at (checked on load and every 2 s).
	const reload = `import { createHotContext } from ${JSON.stringify(viteClient)};
createHotContext('/author').on(${JSON.stringify(CONTENT_CHANGED)}, () => location.reload());
const check = () => fetch('/author/__version', { cache: 'no-store' }).then((r) => r.ok ? r.text() : '${version}')
	.then((v) => { if (v !== '${version}') location.reload(); }, () => {});
check();
setInterval(check, 2000);`;
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Author: ${preview.title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</title>
<style>${STYLE}</style>
<script type="module">${reload}</script>
</head>
<body>${body}</body>
</html>
`;
}
