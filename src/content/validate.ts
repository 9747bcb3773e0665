/**
 * Checks the stored data files: each against its schema, the article file against its
 * description, every reference, the rules of each kind of statement (./rules.ts), and that the
 * facts agree with the checked fact sheets. Returns readable errors naming the file and the id.
 * Used by the build (scripts/validate-content.ts) and the tests; never shipped to readers.
 */
import type { z } from 'zod';
import { phrasePattern } from './foreign-phrases';
import { contentSchema } from './schema';
import { brokenReferences, buildContent, type Content } from './build';
import { provenanceProblems, recordProblems, type FactRecord } from './rules';
import { mapProblems } from './validate-map';
import { stepProblems } from './validate-steps';

export const contentFileNames = [
  'article',
  'annotations',
  'actors',
  'places',
  'events',
  'terms',
  'notes',
  'sources',
  'relations',
  'positions',
  'phases',
  'diagram',
  'site',
] as const;

/**
 * The data files as parsed JSON. The map's two files (data/map.json, data/summit.json) are null or
 * left out when the article has none: only an article with a map needs them.
 */
export type RawContent = Record<(typeof contentFileNames)[number], unknown> & {
  map?: unknown;
  summit?: unknown;
};

/** "line 5, column 3": where a character offset falls in a text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/**
 * Parses one data file. A syntax error becomes one line naming the file, the line and the
 * column, and what the parser expected: no stack trace.
 */
export function parseContentFile(
  file: string,
  text: string,
): { data: unknown; error?: undefined } | { data?: undefined; error: string } {
  try {
    return { data: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? text.length : Number(position);
    const reason = message
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/^JSON\.parse: /, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '');
    return { error: `${file}: ${lineAndColumn(text, offset)}: invalid JSON (${reason})` };
  }
}

export interface ValidateOptions {
  /** The checked fact sheets (the article's record/): events and places must agree with them. */
  record?: FactRecord;
  /** Checks that live with a view (e.g. the diagram's overlaps), run on the built content. */
  checks?: readonly ((content: Content) => string[])[];
}

/** A language named on a title or a phrase is another than the article's, which is the default. */
function languageProblems(files: z.infer<typeof contentSchema>): string[] {
  const own = files.article.language;
  const leaveOut = `is the article's language, the default: leave "lang" out`;
  return [
    ...files.sources.flatMap((s) =>
      s.lang === own ? [`sources.json: "${s.id}": lang "${own}" ${leaveOut}`] : [],
    ),
    ...files.site.foreignPhrases.flatMap((p) =>
      p.lang === own ? [`site.json: foreign phrase "${p.text}": lang "${own}" ${leaveOut}`] : [],
    ),
  ];
}

/** Every relation's kind is one the diagram knows how to draw, in a colour it knows. */
function relationTypeProblems(files: z.infer<typeof contentSchema>): string[] {
  const { types } = files.diagram;
  const errors = files.relations.flatMap((r) =>
    r.type in types
      ? []
      : [`relations.json: "${r.id}": unknown type "${r.type}" (diagram.json: types)`],
  );
  for (const [id, { colour }] of Object.entries(types)) {
    if (
      colour &&
      colour !== 'ink' &&
      colour !== 'accent' &&
      !files.actors.some((a) => a.id === colour)
    ) {
      errors.push(
        `diagram.json: type "${id}": unknown colour "${colour}" (ink, accent or an actor's id)`,
      );
    }
  }
  return errors;
}

/**
 * The newsroom's texts the app shows outside the article: where words in another language may
 * stand (the article's own paragraphs are shown as delivered and are not searched).
 */
function shownTexts(files: z.infer<typeof contentSchema>): string[] {
  return [
    ...files.actors.map((a) => a.summary),
    ...files.places.map((p) => p.summary),
    ...files.events.flatMap((e) => [e.title, e.text, e.note ?? '', e.report?.text ?? '']),
    ...files.terms.flatMap((t) => [t.term, t.definition]),
    ...files.notes.flatMap((n) => [n.title, n.text]),
    ...files.relations.flatMap((r) => [r.label, r.quote ?? '']),
    ...files.positions.positions.flatMap((p) => [p.text, p.quote ?? '']),
    ...files.article.sections.flatMap((s) =>
      s.steps.flatMap((st) => st.callouts.map((c) => c.text)),
    ),
  ];
}

/** Every phrase marked as another language is listed once and stands in a text that is shown. */
export function foreignPhraseProblems(files: z.infer<typeof contentSchema>): string[] {
  const errors: string[] = [];
  const texts = shownTexts(files);
  const seen = new Set<string>();
  for (const phrase of files.site.foreignPhrases) {
    const at = `site.json: foreign phrase "${phrase.text}"`;
    if (seen.has(phrase.text)) errors.push(`${at}: listed twice`);
    seen.add(phrase.text);
    const pattern = phrasePattern([phrase])!;
    if (!texts.some((text) => new RegExp(pattern).test(text))) {
      errors.push(`${at}: stands (as whole words, exactly as written) in no text the app shows`);
    }
  }
  return errors;
}

export function validateContent(
  data: RawContent,
  articleText: string,
  options: ValidateOptions = {},
): string[] {
  const errors: string[] = [];
  for (const name of contentFileNames) {
    const result = contentSchema.shape[name].safeParse(data[name]);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const [first, second] = issue.path;
      // Most files are lists of items; positions.json keeps its list under "positions".
      const raw = data[name] as Record<string, unknown> | unknown[] | undefined;
      const list = Array.isArray(raw)
        ? raw
        : typeof first === 'string' && raw && Array.isArray(raw[first])
          ? (raw[first] as unknown[])
          : undefined;
      const index = Array.isArray(raw) ? first : second;
      const item =
        list && typeof index === 'number' ? (list[index] as Record<string, unknown>) : undefined;
      const id =
        item && typeof item === 'object'
          ? 'id' in item
            ? `"${String(item.id)}" `
            : 'actor' in item && 'issue' in item
              ? `"${String(item.actor)}/${String(item.issue)}" `
              : ''
          : '';
      errors.push(`${name}.json: ${id}at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
  }
  if (errors.length) return errors;
  const files = contentSchema.parse(data);
  let content: Content;
  try {
    content = buildContent({ ...files, articleText });
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  const broken = [
    ...brokenReferences(content),
    ...relationTypeProblems(files),
    ...mapProblems(content, files, data.map, data.summit),
  ];
  // The rules below read what the references point to: first let every reference resolve.
  if (broken.length) return broken;
  return [
    ...languageProblems(files),
    ...foreignPhraseProblems(files),
    ...stepProblems(content),
    ...provenanceProblems(content),
    ...(options.record ? recordProblems(content, options.record, files.article.record) : []),
    ...(options.checks ?? []).flatMap((check) => check(content)),
  ];
}
