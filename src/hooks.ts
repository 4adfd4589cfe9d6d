import type { Transport } from '@sveltejs/kit';
import { pageDataNotSent } from '$lib/page-data';

// Pages load no SvelteKit client, so their load data is never serialised (see src/lib/page-data.ts).
export const transport: Transport = { PageDataNotSent: pageDataNotSent };
