/** Pools for health articles. */
import type { Pool } from './entry.ts';
import { names } from './entry.ts';

export const HEALTH: Pool[] = [
	{
		field: 'health',
		kinds: ['organisation', 'charity', 'health organisation'],
		entries: names(
			['the World Health Organization', 'WHO'],
			['UNICEF'],
			['Médecins Sans Frontières', 'MSF', 'Doctors Without Borders'],
			['the Red Cross', 'Red Cross'],
			['Gavi', 'the Vaccine Alliance'],
			['the Wellcome Trust', 'Wellcome'],
			['the Gates Foundation']
		)
	},
	{
		field: 'health',
		kinds: ['agency', 'health agency', 'regulator'],
		entries: names(
			['the Centers for Disease Control and Prevention', 'CDC'],
			['the European Medicines Agency', 'EMA'],
			['the Food and Drug Administration', 'FDA'],
			['the UK Health Security Agency', 'UKHSA'],
			['the European Centre for Disease Prevention and Control', 'ECDC'],
			['the Medicines and Healthcare products Regulatory Agency', 'MHRA']
		)
	},
	{
		field: 'health',
		kinds: ['disease', 'illness', 'infection'],
		entries: names(
			'measles',
			'mumps',
			'rubella',
			'polio',
			'tuberculosis',
			'malaria',
			'cholera',
			'whooping cough',
			'diphtheria',
			'chickenpox'
		)
	},
	{
		field: 'health',
		kinds: ['journal', 'medical journal'],
		entries: names(
			['The Lancet', 'Lancet'],
			['the BMJ', 'BMJ'],
			['the New England Journal of Medicine', 'NEJM'],
			['JAMA'],
			['Nature Medicine']
		)
	}
];
