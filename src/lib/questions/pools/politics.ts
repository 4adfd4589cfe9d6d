/** Pools for government and politics articles. */
import type { Pool } from './entry.ts';
import { names } from './entry.ts';

export const POLITICS: Pool[] = [
	{
		field: 'government-politics',
		kinds: ['person', 'politician', 'head of government', 'leader'],
		// Heads of government: a name a reader of political news could take for another leader in the story.
		entries: names(
			'Jacinda Ardern',
			'Justin Trudeau',
			'Cyril Ramaphosa',
			'Fumio Kishida',
			'Gabriel Boric'
		)
	},
	{
		field: 'government-politics',
		kinds: ['party', 'political party'],
		entries: names(
			'the Green Party',
			'the Liberal Democrats',
			'Plaid Cymru',
			'the Scottish National Party',
			'the Social Democratic Party',
			'the Christian Democratic Union',
			'the Pirate Party',
			'the Libertarian Party'
		)
	},
	{
		field: 'government-politics',
		kinds: ['agency', 'law-enforcement agency', 'police agency'],
		entries: names(
			['Frontex'],
			['Eurojust'],
			['the FBI', 'FBI'],
			['the National Crime Agency', 'NCA'],
			['Border Force'],
			['Aseanapol'],
			['Ameripol'],
			['the World Customs Organization', 'WCO'],
			['the Coast Guard', 'Coastguard']
		)
	},
	{
		field: 'government-politics',
		kinds: ['organisation', 'charity', 'human-rights organisation'],
		entries: names(
			['Human Rights Watch'],
			['Save the Children'],
			['Oxfam'],
			['the Red Cross', 'Red Cross'],
			['Médecins Sans Frontières', 'MSF', 'Doctors Without Borders'],
			['the Council of Europe'],
			['the International Rescue Committee', 'IRC'],
			['Liberty']
		)
	},
	{
		field: 'government-politics',
		kinds: ['company', 'social media company', 'technology company'],
		entries: names(
			'Snapchat',
			'Telegram',
			'YouTube',
			'Reddit',
			'LinkedIn',
			'Pinterest',
			'Discord',
			'Twitch',
			'Tumblr'
		)
	}
];
