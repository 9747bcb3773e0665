/**
 * `npm run validate`, the one judge of the content (every build runs it first): the data files
 * against the schema, the article and each other, the rules of each kind of statement, the
 * checked fact sheets, and the diagram's layouts. Exits non-zero with one line per problem, each
 * naming the file and the id (a JSON syntax error: the file, line and column).
 */
import { readFileSync } from 'node:fs';
import { articleDir, articleTextFile, hasDataFile } from './article.mjs';
import {
  contentFileNames,
  parseContentFile,
  validateContent,
  type RawContent,
} from '../src/content/validate';
import type { FactRecord } from '../src/content/rules';
import { diagramProblems } from '../src/features/actors/layout-check';
import { paletteProblems } from '../src/content/palette';
import { pageTheme } from './css-tokens';

const dir = articleDir();

function fail(errors: string[]): never {
  console.error(
    `Content is invalid (${errors.length}):\n${errors.map((e) => `  - ${e}`).join('\n')}`,
  );
  process.exit(1);
}

const parsed = [
  ...contentFileNames.map((name) => [name, `data/${name}.json`] as const),
  // Only an article with a map has these two; the validator says which needs them.
  ...(['map', 'summit'] as const)
    .filter((name) => hasDataFile(name))
    .map((name) => [name, `data/${name}.json`] as const),
  ['timeline', 'record/timeline.json'] as const,
  ['placesRecord', 'record/places.json'] as const,
].map(
  ([name, path]) => [name, parseContentFile(path, readFileSync(`${dir}${path}`, 'utf8'))] as const,
);
const syntaxErrors = parsed.flatMap(([, result]) => (result.error ? [result.error] : []));
if (syntaxErrors.length) fail(syntaxErrors);

const files = Object.fromEntries(parsed.map(([name, result]) => [name, result.data]));
const record = { timeline: files.timeline, places: files.placesRecord } as FactRecord;
const errors = validateContent(files as RawContent, readFileSync(articleTextFile(), 'utf8'), {
  record,
  checks: [diagramProblems, paletteProblems(pageTheme())],
});
if (errors.length) fail(errors);
console.log('Content is valid.');
