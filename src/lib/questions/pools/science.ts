/** Pools for science and space articles. */
import type { Pool } from './entry.ts';
import { names } from './entry.ts';

export const SCIENCE: Pool[] = [
	{
		field: 'science-space',
		kinds: ['agency', 'space agency'],
		entries: names(
			['NASA'],
			['the European Space Agency', 'ESA'],
			['JAXA', 'the Japan Aerospace Exploration Agency'],
			['ISRO', 'the Indian Space Research Organisation'],
			['the China National Space Administration', 'CNSA'],
			['Roscosmos'],
			['the Canadian Space Agency', 'CSA'],
			['the UK Space Agency']
		)
	},
	{
		field: 'science-space',
		kinds: ['telescope', 'observatory', 'space telescope', 'instrument'],
		entries: names(
			['the Hubble Space Telescope', 'Hubble'],
			['the James Webb Space Telescope', 'James Webb', 'JWST', 'Webb'],
			['the Chandra X-ray Observatory', 'Chandra'],
			['the Spitzer Space Telescope', 'Spitzer'],
			['the Kepler space telescope', 'Kepler'],
			['the Euclid space telescope', 'Euclid'],
			['the Gaia observatory', 'Gaia'],
			['the Very Large Telescope', 'VLT'],
			['the Atacama Large Millimeter Array', 'ALMA'],
			['the Vera C. Rubin Observatory', 'Rubin Observatory']
		)
	},
	{
		field: 'science-space',
		kinds: ['university', 'institute', 'research institute'],
		entries: names(
			['the California Institute of Technology', 'Caltech'],
			['the Massachusetts Institute of Technology', 'MIT'],
			['the University of Cambridge', 'Cambridge'],
			['the University of Oxford', 'Oxford'],
			['Harvard University', 'Harvard'],
			['Stanford University', 'Stanford'],
			['ETH Zurich'],
			['the University of Tokyo'],
			['Princeton University', 'Princeton'],
			['the Max Planck Society', 'Max Planck']
		)
	},
	{
		field: 'science-space',
		kinds: ['planet'],
		entries: names('Mercury', 'Venus', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune')
	},
	{
		field: 'science-space',
		kinds: ['galaxy'],
		entries: names(
			['the Andromeda Galaxy', 'Andromeda'],
			['the Triangulum Galaxy', 'Triangulum'],
			['the Large Magellanic Cloud'],
			['the Whirlpool Galaxy'],
			['the Sombrero Galaxy'],
			['the Pinwheel Galaxy']
		)
	},
	{
		field: 'science-space',
		kinds: ['journal', 'scientific journal'],
		entries: names(
			['Nature'],
			['Science'],
			['The Astrophysical Journal'],
			['Physical Review Letters'],
			['Nature Astronomy'],
			['Monthly Notices of the Royal Astronomical Society']
		)
	},
	{
		field: 'science-space',
		kinds: ['organisation', 'laboratory'],
		entries: names(
			['CERN'],
			['the European Southern Observatory', 'ESO'],
			['the Royal Society'],
			['the Jet Propulsion Laboratory', 'JPL'],
			['the Space Telescope Science Institute']
		)
	}
];
