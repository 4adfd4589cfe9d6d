/** Pools for sport articles. */
import type { Pool } from './entry.ts';
import { names } from './entry.ts';

export const SPORT: Pool[] = [
	{
		field: 'sport',
		kinds: ['organisation', 'governing body', 'federation'],
		entries: names(
			['FIFA'],
			['UEFA'],
			['the International Olympic Committee', 'IOC'],
			['World Athletics'],
			['World Rugby'],
			['the International Cricket Council', 'ICC'],
			['the International Tennis Federation', 'ITF']
		)
	},
	{
		field: 'sport',
		kinds: ['race', 'marathon'],
		entries: names(
			'the Berlin Marathon',
			'the Boston Marathon',
			'the Chicago Marathon',
			'the London Marathon',
			'the New York City Marathon',
			'the Tokyo Marathon'
		)
	},
	{
		field: 'sport',
		kinds: ['competition', 'tournament', 'event'],
		entries: names(
			'the Olympic Games',
			'the World Cup',
			'the Tour de France',
			'Wimbledon',
			'the Commonwealth Games',
			'the European Championship'
		)
	},
	{
		field: 'sport',
		kinds: ['club', 'football club', 'team'],
		entries: names(
			'Real Madrid',
			'Bayern Munich',
			'Juventus',
			'Ajax',
			'Benfica',
			'Celtic',
			'Boca Juniors',
			'Porto'
		)
	}
];
