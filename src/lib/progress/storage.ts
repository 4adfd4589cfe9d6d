import { PROGRESS_PREFIX, OWNER_PREFIX } from '../storage/keys.ts';
/** The storage key of a module's progress. */
export function progressKey(moduleSlug: string): string {
	return `${PROGRESS_PREFIX}${moduleSlug}`;
}

/** The module slug of a progress key, or null for any other key. */
export function slugOfKey(key: string): string | null {
	return key.startsWith(PROGRESS_PREFIX) && key.length > PROGRESS_PREFIX.length
		? key.slice(PROGRESS_PREFIX.length)
		: null;
}

/** The storage key of the tab that takes a module's quiz answers. */
export function ownerKey(moduleSlug: string): string {
	return `${OWNER_PREFIX}${moduleSlug}`;
}

/** The module slug of an owner key, or null for any other key. */
export function slugOfOwnerKey(key: string): string | null {
	return key.startsWith(OWNER_PREFIX) && key.length > OWNER_PREFIX.length
		? key.slice(OWNER_PREFIX.length)
		: null;
}
