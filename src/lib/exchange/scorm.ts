import { sectionTitles } from '../content/catalogue.ts';
import { xml } from './qti.ts';
import type { ExportModule } from './module.ts';
import { islandDataId, islandRootId, jsonScriptTag } from '../islands/islands.ts';
import type { Item } from '../questions/types.ts';

/** The SCORM versions a package can be made for. */
export type ScormVersion = '1.2' | '2004';

/** One lesson section, its body already rendered to HTML by the build. */
export interface ScoLesson {
	/** Section slug. */
	slug: string;
	/** Section title. */
	title: string;
	/** The section body's HTML, as the site renders it. */
	html: string;
	/** Questions for discussion. */
	discussion: string[];
}

/** Files of the package besides the manifest: the page, its script and its stylesheet. */
export const SCO_FILES = ['index.html', 'sco.js', 'site.css'] as const;

const ident = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * A section's HTML made to live on a page with the others: heading ids get the section as prefix, links to
 * other sections become links within the page, and headings move down one level under the section title.
 */
export function localiseLesson(slug: string, html: string): string {
	return html
		.replace(/<(\/?)h([2-5])\b/g, (_, close: string, n: string) => `<${close}h${Number(n) + 1}`)
		.replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${slug}--${id}"`)
		.replace(/\shref="([^"]*)"/g, (whole, href: string) => {
			if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || href.startsWith('//')) {
				return whole;
			}
			const [path, anchor] = href.split('#');
			const section = path === '' ? slug : path;
			return ` href="#${anchor ? `${section}--${anchor}` : section}"`;
		});
}

/** The package's one page: every lesson, then the quiz, which sco.js mounts and reports to the LMS. */
export function scoPage(
	module: ExportModule,
	lessons: ScoLesson[],
	items: readonly Item[],
	version: ScormVersion
): string {
	const data = {
		module: module.slug,
		bank: items,
		passMark: module.passMark,
		sections: sectionTitles(module.sections),
		scorm: version
	};
	const contents = [
		...lessons.map((l) => `<li><a href="#${l.slug}">${xml(l.title)}</a></li>`),
		'<li><a href="#quiz">Quiz</a></li>'
	].join('\n\t\t\t\t');
	const sections = lessons
		.map(
			(l, i) => `<section id="${l.slug}" aria-labelledby="${l.slug}--title" class="sco-section">
				<h2 id="${l.slug}--title">${i + 1}. ${xml(l.title)}</h2>
				<div class="prose">${localiseLesson(l.slug, l.html)}</div>
				<h3 id="${l.slug}--for-discussion">For discussion</h3>
				<ul class="prose">${l.discussion.map((q) => `<li>${xml(q)}</li>`).join('')}</ul>
			</section>`
		)
		.join('\n\t\t\t');
	return `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>${xml(module.title)} · Briefing</title>
		<link rel="stylesheet" href="site.css" />
		<style>.sco-section { border-top: 1px solid var(--border); margin-top: 2rem; }</style>
	</head>
	<body>
		<main id="main" class="page prose-page">
			<h1>${xml(module.title)}</h1>
			<p class="lead prose">${xml(module.summary)}</p>
			<p id="lms-status" role="status"></p>
			<nav aria-labelledby="contents">
				<h2 id="contents">Contents</h2>
				<ol>
				${contents}
				</ol>
			</nav>
			${sections}
			<section id="quiz" aria-labelledby="quiz-title" class="sco-section">
				<h2 id="quiz-title">Quiz</h2>
				<p class="meta">${items.length} questions in the bank · pass mark ${module.passMark}%</p>
				<div id="${islandRootId('quiz')}"><p>The quiz needs JavaScript, which this page could not run.</p></div>
				${jsonScriptTag(islandDataId('quiz'), data)}
			</section>
		</main>
		<script src="sco.js"></script>
	</body>
</html>
`;
}

/** imsmanifest.xml for SCORM 1.2: one SCO, mastery score = the pass mark. */
export function manifest12(module: ExportModule): string {
	const files = SCO_FILES.map((f) => `<file href="${f}"/>`).join('\n      ');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ident(`briefing-${module.slug}-scorm12`)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="briefing">
    <organization identifier="briefing">
      <title>${xml(module.title)}</title>
      <item identifier="module" identifierref="sco" isvisible="true">
        <title>${xml(module.title)}</title>
        <adlcp:masteryscore>${module.passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
      ${files}
    </resource>
  </resources>
</manifest>
`;
}

/** imsmanifest.xml for SCORM 2004 4th edition: one SCO, satisfied by a scaled score at the pass mark. */
export function manifest2004(module: ExportModule): string {
	const files = SCO_FILES.map((f) => `<file href="${f}"/>`).join('\n      ');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ident(`briefing-${module.slug}-scorm2004`)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="briefing">
    <organization identifier="briefing">
      <title>${xml(module.title)}</title>
      <item identifier="module" identifierref="sco" isvisible="true">
        <title>${xml(module.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass-mark" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${module.passMark / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="index.html">
      ${files}
    </resource>
  </resources>
</manifest>
`;
}
