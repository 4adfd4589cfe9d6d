/** Pools for environment articles. */
import type { Pool } from './entry.ts';
import { names } from './entry.ts';

export const ENVIRONMENT: Pool[] = [
	{
		field: 'environment',
		kinds: ['organisation', 'charity', 'campaign group'],
		entries: names(
			['Greenpeace'],
			['the WWF', 'WWF', 'World Wide Fund for Nature'],
			['Friends of the Earth'],
			['the Nature Conservancy'],
			['the RSPB', 'RSPB'],
			['ClientEarth']
		)
	},
	{
		field: 'environment',
		kinds: ['agency', 'environment agency', 'regulator'],
		entries: names(
			['the Environment Agency'],
			['the US Environmental Protection Agency', 'EPA'],
			['the European Environment Agency', 'EEA'],
			['Natural England'],
			['the UN Environment Programme', 'UNEP'],
			['the Intergovernmental Panel on Climate Change', 'IPCC']
		)
	},
	{
		field: 'environment',
		kinds: ['river'],
		entries: names(
			'the Thames',
			'the Rhine',
			'the Danube',
			'the Seine',
			'the Severn',
			'the Elbe',
			'the Loire',
			'the Trent'
		)
	}
];
