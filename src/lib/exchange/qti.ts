import { isChoice, keyIds, type Item } from '../questions/types.ts';
import type { ExportInput } from './module.ts';
import { zipFiles } from './zip.ts';

const ITEM_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const ITEM_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';

/** Escapes text for XML content and attribute values. */
export function xml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** A QTI identifier (an XML name without colons) made from a Briefing id. */
export function qtiIdentifier(id: string): string {
	const safe = id.replace(/[^A-Za-z0-9._-]/g, '_');
	return /^[A-Za-z_]/.test(safe) ? safe : `Q_${safe}`;
}

const num = (n: number) => String(Math.round(n * 1e6) / 1e6);
const float = (n: number) => `<qti-base-value base-type="float">${num(n)}</qti-base-value>`;
const setScore = (expr: string) =>
	`<qti-set-outcome-value identifier="SCORE">${expr}</qti-set-outcome-value>`;
const scoreIf = (condition: string) =>
	`<qti-response-condition><qti-response-if>${condition}${setScore(float(1))}</qti-response-if><qti-response-else>${setScore(float(0))}</qti-response-else></qti-response-condition>`;
/** SCORE from the response's mapping, 0 when nothing was given (map-response needs a response). */
const mapped = `<qti-response-condition><qti-response-if><qti-is-null><qti-variable identifier="RESPONSE"/></qti-is-null>${setScore(float(0))}</qti-response-if><qti-response-else>${setScore('<qti-map-response identifier="RESPONSE"/>')}</qti-response-else></qti-response-condition>`;
const matchCorrect = scoreIf(
	'<qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>'
);

/** The parts of one item: declarations, body and scoring. */
interface ItemParts {
	response: string;
	body: string;
	processing: string;
}

const choiceId = (i: number) => `C${i + 1}`;

function choiceParts(item: Item & { options: { id: string; text: string }[] }): ItemParts {
	if (!isChoice(item)) throw new Error('not a choice item');
	const keys = keyIds(item);
	const many = item.type === 'multiple';
	const correct = item.options
		.map((o, i) => (keys.includes(o.id) ? `<qti-value>${choiceId(i)}</qti-value>` : ''))
		.join('');
	const share = 1 / Math.max(keys.length, 1);
	// Briefing's partial credit: each key +1/n, each wrong pick −1/n, never below 0.
	const mapping = many
		? `<qti-mapping lower-bound="0" upper-bound="1" default-value="0">${item.options
				.map(
					(o, i) =>
						`<qti-map-entry map-key="${choiceId(i)}" mapped-value="${num(keys.includes(o.id) ? share : -share)}"/>`
				)
				.join('')}</qti-mapping>`
		: '';
	const choices = item.options
		.map(
			(o, i) => `<qti-simple-choice identifier="${choiceId(i)}">${xml(o.text)}</qti-simple-choice>`
		)
		.join('\n      ');
	return {
		response: `<qti-response-declaration identifier="RESPONSE" cardinality="${many ? 'multiple' : 'single'}" base-type="identifier"><qti-correct-response>${correct}</qti-correct-response>${mapping}</qti-response-declaration>`,
		body: `<qti-choice-interaction response-identifier="RESPONSE" max-choices="${many ? 0 : 1}" shuffle="true">
      <qti-prompt>${xml(item.stem)}</qti-prompt>
      ${choices}
    </qti-choice-interaction>`,
		processing: many ? mapped : matchCorrect
	};
}

function itemParts(item: Item): ItemParts {
	switch (item.type) {
		case 'single':
		case 'whosaid':
		case 'truefalse':
		case 'multiple':
			return choiceParts(item);
		case 'numeric':
			return {
				response: `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="float"><qti-correct-response><qti-value>${num(item.answer)}</qti-value></qti-correct-response></qti-response-declaration>`,
				body: `<p>${xml(item.stem)}</p>
    <p><qti-text-entry-interaction response-identifier="RESPONSE" expected-length="12"/> ${xml(item.unit)}</p>`,
				processing: scoreIf(
					`<qti-and><qti-gte><qti-variable identifier="RESPONSE"/>${float(item.min)}</qti-gte><qti-lte><qti-variable identifier="RESPONSE"/>${float(item.max)}</qti-lte></qti-and>`
				)
			};
		case 'blank': {
			const [before, after] = item.stem.split('___');
			const entries = [...new Set(item.accept)]
				.map((a) => `<qti-map-entry map-key="${xml(a)}" mapped-value="1" case-sensitive="false"/>`)
				.join('');
			return {
				response: `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"><qti-correct-response><qti-value>${xml(item.accept[0] ?? '')}</qti-value></qti-correct-response><qti-mapping default-value="0" lower-bound="0" upper-bound="1">${entries}</qti-mapping></qti-response-declaration>`,
				body: `<p>${xml(before)}<qti-text-entry-interaction response-identifier="RESPONSE" expected-length="${Math.max(...item.accept.map((a) => a.length), 8)}"/>${xml(after ?? '')}</p>`,
				processing: mapped
			};
		}
		case 'ordering': {
			const ids = item.items.map((_, i) => choiceId(i));
			const n = ids.length;
			// Briefing's partial credit: a share for each neighbouring pair of the right order placed first-before-second.
			const before = (a: string, b: string) => {
				const cases: string[] = [];
				for (let i = 1; i <= n; i++)
					for (let j = i + 1; j <= n; j++)
						cases.push(
							`<qti-and><qti-match><qti-index n="${i}"><qti-variable identifier="RESPONSE"/></qti-index><qti-base-value base-type="identifier">${a}</qti-base-value></qti-match><qti-match><qti-index n="${j}"><qti-variable identifier="RESPONSE"/></qti-index><qti-base-value base-type="identifier">${b}</qti-base-value></qti-match></qti-and>`
						);
				return `<qti-or>${cases.join('')}</qti-or>`;
			};
			// Pairs are counted, then divided once: thirds added as decimals came out at 0.666 in a player.
			const pairs =
				ids
					.slice(1)
					.map(
						(b, k) =>
							`<qti-response-condition><qti-response-if>${before(ids[k], b)}${setScore(`<qti-sum><qti-variable identifier="SCORE"/>${float(1)}</qti-sum>`)}</qti-response-if></qti-response-condition>`
					)
					.join('') +
				setScore(
					`<qti-divide><qti-variable identifier="SCORE"/>${float(Math.max(n - 1, 1))}</qti-divide>`
				);
			return {
				response: `<qti-response-declaration identifier="RESPONSE" cardinality="ordered" base-type="identifier"><qti-correct-response>${ids.map((id) => `<qti-value>${id}</qti-value>`).join('')}</qti-correct-response></qti-response-declaration>`,
				body: `<qti-order-interaction response-identifier="RESPONSE" shuffle="true">
      <qti-prompt>${xml(item.stem)}</qti-prompt>
      ${item.items.map((e, i) => `<qti-simple-choice identifier="${ids[i]}">${xml(e.text)}</qti-simple-choice>`).join('\n      ')}
    </qti-order-interaction>`,
				processing: `${setScore(float(0))}<qti-response-condition><qti-response-if><qti-is-null><qti-variable identifier="RESPONSE"/></qti-is-null>${setScore(float(0))}</qti-response-if><qti-response-else-if><qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>${setScore(float(1))}</qti-response-else-if><qti-response-else>${pairs}</qti-response-else></qti-response-condition>`
			};
		}
		case 'matching': {
			// Two entities may share a role: each distinct right-hand text is one target, usable that many times.
			const targets = [
				...new Set([...item.pairs.map((p) => p.right), ...(item.distractors ?? [])])
			];
			const target = (text: string) => `T${targets.indexOf(text) + 1}`;
			const source = (i: number) => `S${i + 1}`;
			const uses = (text: string) => item.pairs.filter((p) => p.right === text).length;
			const share = 1 / Math.max(item.pairs.length, 1);
			return {
				response: `<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair"><qti-correct-response>${item.pairs.map((p, i) => `<qti-value>${source(i)} ${target(p.right)}</qti-value>`).join('')}</qti-correct-response><qti-mapping default-value="0" lower-bound="0" upper-bound="1">${item.pairs.map((p, i) => `<qti-map-entry map-key="${source(i)} ${target(p.right)}" mapped-value="${num(share)}"/>`).join('')}</qti-mapping></qti-response-declaration>`,
				body: `<qti-match-interaction response-identifier="RESPONSE" max-associations="${item.pairs.length}" shuffle="true" class="qti-match-tabular">
      <qti-prompt>${xml(item.stem)}</qti-prompt>
      <qti-simple-match-set>
        ${item.pairs.map((p, i) => `<qti-simple-associable-choice identifier="${source(i)}" match-max="1">${xml(p.left)}</qti-simple-associable-choice>`).join('\n        ')}
      </qti-simple-match-set>
      <qti-simple-match-set>
        ${targets.map((t) => `<qti-simple-associable-choice identifier="${target(t)}" match-max="${Math.max(uses(t), 1)}">${xml(t)}</qti-simple-associable-choice>`).join('\n        ')}
      </qti-simple-match-set>
    </qti-match-interaction>`,
				processing: mapped
			};
		}
	}
}

/** One item as a QTI 3.0 assessment item document, scored 0 to 1 as Briefing scores it. */
export function qtiItem(item: Item): string {
	const parts = itemParts(item);
	return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${ITEM_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ITEM_NS} ${ITEM_XSD}" identifier="${qtiIdentifier(item.id)}" title="${xml(item.id)}" adaptive="false" time-dependent="false" xml:lang="en">
  ${parts.response}
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float" normal-minimum="0" normal-maximum="1"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>
  <qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>1</qti-value></qti-default-value></qti-outcome-declaration>
  <qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>
  <qti-item-body>
    ${parts.body}
  </qti-item-body>
  <qti-response-processing>
    ${parts.processing}
    <qti-set-outcome-value identifier="FEEDBACK"><qti-base-value base-type="identifier">EXPLANATION</qti-base-value></qti-set-outcome-value>
  </qti-response-processing>
  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="EXPLANATION" show-hide="show"><qti-content-body><p>${xml(item.explanation.trim())}</p></qti-content-body></qti-modal-feedback>
</qti-assessment-item>
`;
}

/** Path of an item's file inside the package. */
export function qtiItemPath(item: Item): string {
	return `items/${qtiIdentifier(item.id)}.xml`;
}

/** The test that gathers every item, summing SCORE into a total and a pass/fail against the pass mark. */
export function qtiTest({ module, items }: ExportInput): string {
	const refs = items
		.map(
			(item) =>
				`<qti-assessment-item-ref identifier="${qtiIdentifier(item.id)}" href="${qtiItemPath(item)}"/>`
		)
		.join('\n        ');
	const cut = (module.passMark / 100) * items.length;
	return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-test xmlns="${ITEM_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ITEM_NS} ${ITEM_XSD}" identifier="${qtiIdentifier(`test-${module.slug}`)}" title="${xml(module.title)}">
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>
  <qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>${items.length}</qti-value></qti-default-value></qti-outcome-declaration>
  <qti-outcome-declaration identifier="PASS" cardinality="single" base-type="boolean"/>
  <qti-test-part identifier="part-1" navigation-mode="nonlinear" submission-mode="simultaneous">
    <qti-assessment-section identifier="section-1" title="${xml(module.title)}" visible="true">
        ${refs}
    </qti-assessment-section>
  </qti-test-part>
  <qti-outcome-processing>
    <qti-set-outcome-value identifier="SCORE"><qti-sum><qti-test-variables variable-identifier="SCORE"/></qti-sum></qti-set-outcome-value>
    <qti-set-outcome-value identifier="PASS"><qti-gte><qti-variable identifier="SCORE"/>${float(cut)}</qti-gte></qti-set-outcome-value>
  </qti-outcome-processing>
</qti-assessment-test>
`;
}

/** The content package manifest: the test and one resource per item. */
export function qtiManifest({ module, items }: ExportInput): string {
	const itemResources = items
		.map(
			(
				item
			) => `    <resource identifier="${qtiIdentifier(item.id)}" type="imsqti_item_xmlv3p0" href="${qtiItemPath(item)}">
      <file href="${qtiItemPath(item)}"/>
    </resource>`
		)
		.join('\n');
	const deps = items
		.map((item) => `      <dependency identifierref="${qtiIdentifier(item.id)}"/>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CP_NS} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd" identifier="${qtiIdentifier(`briefing-${module.slug}-qti3`)}">
  <metadata>
    <schema>QTI Package</schema>
    <schemaversion>3.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="${qtiIdentifier(`test-${module.slug}`)}" type="imsqti_test_xmlv3p0" href="assessment-test.xml">
      <file href="assessment-test.xml"/>
${deps}
    </resource>
${itemResources}
  </resources>
</manifest>
`;
}

/** The whole QTI 3.0 content package as a zip. */
export function qtiPackage(input: ExportInput): Uint8Array {
	const files: Record<string, string> = {
		'imsmanifest.xml': qtiManifest(input),
		'assessment-test.xml': qtiTest(input)
	};
	for (const item of input.items) files[qtiItemPath(item)] = qtiItem(item);
	return zipFiles(files);
}
