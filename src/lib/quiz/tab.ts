// Which browser tab is which, for the rule that one tab at a time takes a quiz's answers. A tab holds a
// Web Lock named after it while it lives; the browser frees it when the tab closes or crashes, so another
// tab can tell a live claim from one a closed tab left behind.

/** Where a quiz's answers are taken: in this tab, in another tab that had it first, or in one it moved to. */
export type TabPlace = 'here' | 'elsewhere' | 'moved';

const LOCK_PREFIX = 'briefing:tab:';

/** A random id for a page load; claims in storage name it. */
export function newTabId(): string {
	const words = crypto.getRandomValues(new Uint32Array(2));
	return Array.from(words, (w) => w.toString(36)).join('-');
}

/** Holds this tab's lock for as long as the page lives; resolves once it is held (at once without Web Locks). */
export function holdTabLock(tab: string): Promise<void> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	if (!locks) return Promise.resolve();
	return new Promise((held) => {
		void locks.request(`${LOCK_PREFIX}${tab}`, () => {
			held();
			// Never settles: the lock is freed by the browser when the page goes.
			return new Promise<void>(() => {});
		});
	});
}

/** Whether the tab with this id is still open; without Web Locks nothing can tell, so it counts as open. */
export async function tabIsOpen(tab: string): Promise<boolean> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	if (!locks) return true;
	const { held = [], pending = [] } = await locks.query();
	return [...held, ...pending].some((lock) => lock.name === `${LOCK_PREFIX}${tab}`);
}
