/** Pools for culture articles. */
import type { Pool } from './entry.ts';
import { names } from './entry.ts';

export const CULTURE: Pool[] = [
	{
		field: 'culture',
		kinds: ['museum', 'gallery'],
		entries: names(
			'the Louvre',
			'the British Museum',
			'the Prado',
			'the Rijksmuseum',
			'the Uffizi',
			'the Metropolitan Museum of Art',
			'Tate Modern'
		)
	},
	{
		field: 'culture',
		kinds: ['festival'],
		entries: names(
			'Glastonbury',
			'the Edinburgh Festival Fringe',
			'the Cannes Film Festival',
			'the Venice Biennale',
			'the Hay Festival',
			'Roskilde Festival'
		)
	},
	{
		field: 'culture',
		// Funders of the arts, not every cultural body: UNESCO is no wrong answer for a museum's funder.
		kinds: ['funder', 'arts funder', 'charity', 'foundation'],
		entries: names(
			['the Art Fund'],
			['the National Lottery Heritage Fund', 'Heritage Fund'],
			['Arts Council England'],
			['the Paul Hamlyn Foundation'],
			['the Calouste Gulbenkian Foundation', 'Gulbenkian Foundation'],
			['the Esmée Fairbairn Foundation']
		)
	},
	{
		field: 'culture',
		kinds: ['prize', 'award'],
		entries: names(
			'the Booker Prize',
			'the Turner Prize',
			'the Stirling Prize',
			'the Palme d’Or',
			'the Pulitzer Prize',
			'the Mercury Prize'
		)
	}
];
