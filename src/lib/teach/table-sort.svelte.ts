/** Which way a column is sorted, as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

/**
 * A table's sort state: the column and the direction, what `aria-sort` says on each header and the sentence a
 * live region announces after a change. Choosing the sorted column again turns the direction round; a new
 * column starts in the direction its figures are most often read (`first`).
 */
export class TableSort<K extends string> {
	#key = $state<K>() as K;
	#direction = $state<SortDirection>('ascending');
	#changed = $state(false);
	readonly #names: Record<K, string>;
	readonly #first: Partial<Record<K, SortDirection>>;

	constructor(key: K, names: Record<K, string>, first: Partial<Record<K, SortDirection>> = {}) {
		this.#key = key;
		this.#names = names;
		this.#first = first;
		this.#direction = first[key] ?? 'ascending';
	}

	get key(): K {
		return this.#key;
	}

	get direction(): SortDirection {
		return this.#direction;
	}

	/** Sorts by `key`, or turns the direction round when it is the sorted column already. */
	toggle(key: K): void {
		if (key === this.#key)
			this.#direction = this.#direction === 'ascending' ? 'descending' : 'ascending';
		else {
			this.#key = key;
			this.#direction = this.#first[key] ?? 'ascending';
		}
		this.#changed = true;
	}

	/** The header's `aria-sort`: only the sorted column carries one. */
	ariaSort(key: K): SortDirection | undefined {
		return key === this.#key ? this.#direction : undefined;
	}

	/** What a live region says once the teacher has sorted (nothing before, so loading is quiet). */
	get announcement(): string {
		if (!this.#changed) return '';
		return `Sorted by ${this.#names[this.#key]}, ${this.#direction === 'ascending' ? 'lowest first' : 'highest first'}.`;
	}
}
