/** The stored choice; `system` follows prefers-color-scheme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_KEY = 'briefing:v1:theme';

/** The reader's colour theme, remembered in local storage and applied to <html data-theme>. */
export class Theme {
	#choice = $state<ThemeChoice>('system');
	#systemDark = $state(false);
	#mounted = $state(false);

	/** Whether the page currently shows the dark theme. */
	get dark(): boolean {
		return this.#choice === 'dark' || (this.#choice === 'system' && this.#systemDark);
	}

	/** False until read from the browser, so the toggle renders a stable placeholder first. */
	get mounted(): boolean {
		return this.#mounted;
	}

	/** Read the stored choice and follow the system setting; returns a cleanup function. */
	mount(): () => void {
		const query = matchMedia('(prefers-color-scheme: dark)');
		const onChange = () => (this.#systemDark = query.matches);
		onChange();
		query.addEventListener('change', onChange);
		try {
			const stored = localStorage.getItem(THEME_KEY);
			if (stored === 'light' || stored === 'dark') this.#choice = stored;
		} catch {
			// Storage can be blocked; the theme then lasts for this page only.
		}
		this.#mounted = true;
		return () => query.removeEventListener('change', onChange);
	}

	/** Switch between light and dark and remember the choice. */
	toggle(): void {
		this.#choice = this.dark ? 'light' : 'dark';
		document.documentElement.dataset.theme = this.#choice;
		try {
			localStorage.setItem(THEME_KEY, this.#choice);
		} catch {
			// Not remembered, but still applied.
		}
	}
}
