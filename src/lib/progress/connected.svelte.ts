import { createSubscriber } from 'svelte/reactivity';
import { browserStorage, followOtherTabs, type StorageLike } from '../storage/storage.ts';
import type { StoreMode, StoreNotice } from '../storage/types.ts';

/** What `Connected` needs of a store over local storage (ProgressStore, ReviewStore). */
export interface ConnectableStore<D> {
	readonly data: D;
	readonly mode: StoreMode;
	readonly notices: readonly StoreNotice[];
	subscribe(listener: () => void): () => void;
	applyExternalChange(key: string | null, newValue: string | null): boolean;
}

/**
 * A store's data as reactive state for components. Reading `data`, `mode` or `notices` in an effect (a
 * component's template, a derived it shows, an `$effect`) connects the store (createSubscriber), and the
 * last such effect to go disconnects it: components just read the values. Nothing is read on the server,
 * so prerendered pages stay identical for everyone and show a placeholder first; other tabs' writes are
 * followed while connected. `connect` does the same by hand, for code outside components.
 */
export class Connected<D, S extends ConnectableStore<D>> {
	#create: (storage: StorageLike | null) => S;
	#store: S | undefined;
	#users = 0;
	#unfollow: () => void = () => {};
	#data = $state.raw<D | undefined>(undefined);
	#mode = $state<StoreMode>('storage');
	#notices = $state.raw<readonly StoreNotice[]>([]);
	// Connected while any effect reads the values; the store's own listener updates the state above.
	#subscribe = createSubscriber(() => this.connect());

	constructor(create: (storage: StorageLike | null) => S) {
		this.#create = create;
	}

	/** The store while a component is connected, for subclasses' writes. */
	protected get store(): S | undefined {
		this.#subscribe();
		return this.#store;
	}

	/** All the data, or undefined before the first component has mounted. */
	get data(): D | undefined {
		this.#subscribe();
		return this.#data;
	}

	/** 'memory' when storage is missing, blocked or full: what is recorded lasts for this page only. */
	get mode(): StoreMode {
		this.#subscribe();
		return this.#mode;
	}

	/** Problems with stored data to tell the learner about. */
	get notices(): readonly StoreNotice[] {
		this.#subscribe();
		return this.#notices;
	}

	/** Starts reading storage and following other tabs; returns the function that stops (see above). */
	connect(storage = browserStorage()): () => void {
		if (!this.#store) {
			const store = this.#create(storage);
			this.#store = store;
			store.subscribe(() => this.#pull(store));
			this.#pull(store);
			this.#unfollow = followOtherTabs((key, newValue) =>
				this.#store?.applyExternalChange(key, newValue)
			);
		}
		this.#users++;
		return () => {
			this.#users--;
			if (this.#users === 0) {
				this.#unfollow();
				this.#store = undefined;
			}
		};
	}

	/**
	 * Runs `work` on the store: the connected one, or, while nothing is connected, one made for this work
	 * alone (a write re-reads and merges, so it needs no following of other tabs).
	 */
	protected use(work: (store: S) => void, storage = browserStorage()): void {
		work(this.#store ?? this.#create(storage));
	}

	/** Takes in writes this tab made directly to storage (an import), as if another tab had made them. */
	applyChanges(changes: readonly { key: string; newValue: string | null }[]): void {
		for (const { key, newValue } of changes) this.#store?.applyExternalChange(key, newValue);
	}

	/** Called after every change the store reports, for subclasses that follow more than the data. */
	protected changed(): void {}

	#pull(store: S): void {
		this.#data = store.data;
		this.#mode = store.mode;
		this.#notices = store.notices;
		this.changed();
	}
}
