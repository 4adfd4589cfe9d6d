/**
 * Guessing a module's field (health, science, politics...) from the words its article uses: a hint for the
 * author, never a fact.
 */
import { FIELDS, type Field } from './facts-types.ts';
import { normalise } from './text.ts';

/** Words that mark a field, for guessing `field:` (a hint for the author, never a fact). */
const FIELD_WORDS: Record<Field, string[]> = {
	'government-politics':
		'government minister ministers parliament election party parties policy summit prime president vote council politician politicians opposition law asylum migration border'.split(
			' '
		),
	'science-space':
		'telescope galaxy galaxies astronomer astronomers universe planet planets star stars nasa space study scientists research researchers light orbit physics physicists particle particles asteroid comet moon spacecraft satellite laboratory experiment'.split(
			' '
		),
	health:
		'vaccine vaccines vaccination disease diseases hospital hospitals patients patient health doctor doctors nurses cases infection infections infected virus outbreak clinic clinics symptoms antibiotic antibiotics bacteria bacterium superbug drug drugs medicine medicines treatment trial trials cancer therapy pathogen pandemic mortality medical'.split(
			' '
		),
	'economy-business':
		'strike pay wages company companies prices inflation trade market markets profit profits union economy economic business workers shipping port retailers costs tariff tariffs investors shares bank banks interest rates growth jobs unemployment revenue'.split(
			' '
		),
	sport:
		'marathon race record athletes athlete runner runners match matches championship coach team season medal medals olympic olympics football cup league goal goals tournament players player final'.split(
			' '
		),
	environment:
		'river rivers wildlife flood floods floodplain climate species salmon pollution farmers habitat restoration emissions forest forests drought rainfall carbon biodiversity wetland wetlands glacier warming'.split(
			' '
		),
	culture:
		'museum film films music festival artist artists book books novel theatre exhibition gallery painting paintings song album artefacts collection heritage'.split(
			' '
		)
};

/** The field whose words the article uses most, when it clearly leads; undefined when two are close. */
export function guessField(text: string): { field?: Field; counts: Record<string, number> } {
	const tokens = normalise(text).split(' ');
	const counts = Object.fromEntries(
		FIELDS.map((f) => [f, tokens.filter((w) => FIELD_WORDS[f].includes(w)).length])
	) as Record<Field, number>;
	const ranked = [...FIELDS].sort((a, b) => counts[b] - counts[a]);
	const [first, second] = ranked;
	const clear = counts[first] >= 4 && counts[first] >= 1.5 * counts[second];
	return { ...(clear ? { field: first } : {}), counts };
}
