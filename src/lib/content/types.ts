/** Where a piece of content came from, for `path:line` messages. */
export interface SourceLocation {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line number. */
	line: number;
}

/** The article a module is built from, as cited on the module page. */
export interface ArticleSource {
	/** The article's headline, when the text has one; left out rather than invented. */
	title?: string;
	/** Who published it, when known; left out rather than invented. */
	publisher?: string;
	/** Publication date as written by the author: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	date: string;
	/** Address of the original, when one exists. */
	url?: string;
}

/** A heading inside a lesson section, used for the table of contents and anchors. */
export interface Heading {
	/** 2 for `##`, 3 for `###`. */
	depth: 2 | 3;
	/** Heading text as written, markdown removed. */
	text: string;
	/** Anchor id, unique within the section. */
	id: string;
}

/** Raw readability counts of a text, added up over sections before a grade is computed (readability.ts). */
export interface TextCounts {
	/** Words. */
	words: number;
	/** Sentences, list items and table rows. */
	sentences: number;
	/** Syllables. */
	syllables: number;
}

/** A section's text at one reading level: its own title, questions, headings and body file. */
export interface SectionText {
	/** Section title from front matter. */
	title: string;
	/** Two or three questions for discussion shown at the end. */
	discussion: string[];
	/** One sentence: what the section is mainly about (main-idea questions set it against the others'). */
	gist?: string;
	/** Headings of the body, in document order. */
	headings: Heading[];
	/** Path of the markdown file relative to the project root. */
	file: string;
	/** Plain-text word count of the body, for reading time. */
	words: number;
	/** Words, sentences and syllables of the body, for its grade level. */
	counts: TextCounts;
}

/** The reading levels a section can be written at: the standard text, and an optional easier one. */
export type ReadingLevel = 'standard' | 'easier';

/** One lesson section: a numbered markdown file in the module folder. */
export interface Section extends SectionText {
	/** URL slug: the file name without its number prefix and extension. */
	slug: string;
	/** Its number from the file name; orders the sections. */
	order: number;
	/** The same section at the easier level (`easier/NN-slug.md`), when the module has one. */
	easier?: SectionText;
}

/** Difficulty of a module, as shown in the catalogue. */
export type Level = 'introductory' | 'intermediate' | 'advanced';

/** A raw questions folder: parsed but not yet interpreted (the generator owns the schema). */
export interface QuestionFiles {
	/** Path of facts.yaml relative to the project root. */
	factsFile: string;
	/**
	 * Parsed facts.yaml document, or null when the file is absent. Undefined, like `questions`, in the site a
	 * build writes for its server (`writeSite`): the bank is built from it already.
	 */
	facts: unknown;
	/** Path of questions.yaml relative to the project root. */
	questionsFile: string;
	/** Parsed questions.yaml document, or null when the file is absent. */
	questions: unknown;
	/** Path of the source article (questions/<module>/article.txt) relative to the project root, when present. */
	articleFile?: string;
}

/** A learning module: a folder under src/lessons with its questions folder. */
export interface Module {
	/** URL slug: the folder name. */
	slug: string;
	/** Module title. */
	title: string;
	/** One-paragraph summary for the catalogue and overview. */
	summary: string;
	/** The article the module is built from. */
	source: ArticleSource;
	/** What a learner will be able to do afterwards. */
	objectives: string[];
	/** Difficulty. */
	level: Level;
	/** Reading time of all sections at the standard level, in minutes: the author's figure, else computed. */
	readingMinutes: number;
	/** Catalogue tags, lower case. */
	tags: string[];
	/** Pass mark for the module's quiz, in percent. */
	passMark: number;
	/** Sections in order. */
	sections: Section[];
	/** Path of the module file relative to the project root. */
	file: string;
	/** The questions folder, when the module has one. */
	questions: QuestionFiles | null;
}

/** Everything the site is built from. */
export interface ContentIndex {
	/** Modules sorted by title. */
	modules: Module[];
	/** All tags in use, sorted. */
	tags: string[];
}
