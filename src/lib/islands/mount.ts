import { flushSync, mount, type Component } from 'svelte';
import { islandDataId, islandRootId, type IslandName } from './islands.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isChoice = (control: Control): control is HTMLInputElement =>
	control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox');

/** A control's identity that survives the remount: its name and value for choices, else its id or name. */
function controlKey(control: Control): string | undefined {
	if (isChoice(control)) return control.name ? `${control.name}\u0000${control.value}` : undefined;
	return control.id || control.name || undefined;
}

function changed(control: Control): boolean {
	if (isChoice(control)) return control.checked !== control.defaultChecked;
	if (control instanceof HTMLSelectElement)
		return [...control.options].some((o) => o.selected !== o.defaultSelected);
	return control.value !== control.defaultValue;
}

interface Snapshot {
	values: Map<string, { checked: boolean; value: string }>;
	focus?: string;
}

/**
 * What the learner did to the prerendered copy before the script arrived: its native controls work from
 * the first paint, so a choice made then is carried over to the live copy instead of being wiped.
 */
function snapshot(root: HTMLElement): Snapshot {
	const values: Snapshot['values'] = new Map();
	for (const control of root.querySelectorAll<Control>('input, select, textarea')) {
		const key = controlKey(control);
		if (key && changed(control))
			values.set(key, { checked: isChoice(control) && control.checked, value: control.value });
	}
	const active = document.activeElement;
	const focus =
		active && root.contains(active) && active.matches('input, select, textarea')
			? controlKey(active as Control)
			: undefined;
	return { values, focus };
}

/** Applies a snapshot to the live copy, through the events its bindings listen to. */
function restore(root: HTMLElement, { values, focus }: Snapshot): void {
	for (const control of root.querySelectorAll<Control>('input, select, textarea')) {
		const key = controlKey(control);
		const saved = key === undefined ? undefined : values.get(key);
		if (saved) {
			if (isChoice(control)) control.checked = saved.checked;
			else control.value = saved.value;
			control.dispatchEvent(new Event('input', { bubbles: true }));
			control.dispatchEvent(new Event('change', { bubbles: true }));
		}
		if (focus !== undefined && key === focus) control.focus();
	}
}

/**
 * Mounts a page's island: the component replaces its prerendered copy in the element `<name>-root`, with the
 * props the page embedded as JSON in `<name>-data` (both rendered by PageIsland.svelte). Answers chosen and
 * the focus taken in the prerendered copy are kept.
 */
export function mountIsland<Props extends Record<string, unknown>>(
	component: Component<Props>,
	name: IslandName
): void {
	const root = document.getElementById(islandRootId(name));
	const data = document.getElementById(islandDataId(name));
	if (!root || !data?.textContent) return;
	afterPress(() => {
		const before = snapshot(root);
		root.replaceChildren();
		mount(component, { target: root, props: JSON.parse(data.textContent ?? '{}') as Props });
		flushSync();
		restore(root, before);
		// Marks the live copy, for tests (and styles) that must not act on the prerendered one.
		root.dataset.ready = '';
	});
}

/**
 * Runs `swap` now, or, while a key or pointer is held down (app.html marks it), once it is released and the
 * press has done its work: a Space pressed on a prerendered radio checks it on release, which a control
 * replaced in between would never see. Waits at most a second, should the release never be seen.
 */
function afterPress(swap: () => void): void {
	const html = document.documentElement;
	if (!html.hasAttribute('data-pressing')) return swap();
	const events = ['keyup', 'pointerup', 'pointercancel', 'blur'];
	let done = false;
	const go = () => {
		if (done) return;
		done = true;
		for (const type of events) removeEventListener(type, go, true);
		clearTimeout(timer);
		// After the release's own handlers (the click that checks the radio) have run.
		setTimeout(swap, 0);
	};
	for (const type of events) addEventListener(type, go, true);
	const timer = setTimeout(go, 1000);
}
