/**
 * The one contract between a prerendered page and its island: the page renders a component into
 * `<name>-root` and embeds its props as JSON in `<name>-data`; `/_islands/<name>.js`, built from
 * `src/islands/<name>.ts`, mounts the same component with the same props over that copy (mount.ts). Pages
 * name their island with `PageIsland` (src/lib/components/PageIsland.svelte), never by path or id.
 */

/** Every island, one per file in src/islands/ (islands.spec.ts keeps the two in step). */
export const ISLANDS = [
	'assignment',
	'builder',
	'check',
	'dashboard',
	'flashcards',
	'gradebook',
	'listen',
	'print',
	'progress',
	'quiz',
	'review',
	'search',
	'sw'
] as const;

export type IslandName = (typeof ISLANDS)[number];

/** Id of the element an island is mounted in. */
export const islandRootId = (name: IslandName): string => `${name}-root`;

/** Id of the JSON script element that carries an island's props. */
export const islandDataId = (name: IslandName): string => `${name}-data`;

/** The island's script, relative to the site's root (pass it through `asset`). */
export const islandScript = (name: IslandName): `/_islands/${IslandName}.js` =>
	`/_islands/${name}.js`;

const UNSAFE_IN_SCRIPT = /[<\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
	'<': '\\u003c',
	'\u2028': '\\u2028',
	'\u2029': '\\u2029'
};

/** JSON safe inside a `<script>` element: `<` is escaped so no `</script>` can end it early. */
export function scriptJson(value: unknown): string {
	// One pass over what can be large (a whole question bank): `<`, and the two line separators that end a
	// line in older JavaScript.
	return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (c) => ESCAPES[c]);
}

/** A JSON data element for the page: `<script type="application/json" id=…>`, safe to embed as HTML. */
export function jsonScriptTag(id: string, value: unknown): string {
	return `<script type="application/json" id="${id}">${scriptJson(value)}</` + `script>`;
}

/**
 * The widgets of the progress island (src/islands/progress.ts): live parts of pages that are otherwise plain
 * reading, each marked on the page by Widget.svelte.
 */
export type WidgetName = 'progress-summary' | 'reset-progress' | 'reviews-due' | 'storage-notices';
