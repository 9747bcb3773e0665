/** Build step: fails the build when the content is invalid, naming the file and the id. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentFileNames, validateContent, type RawContent } from '../src/content/validate';

const dir = fileURLToPath(new URL('../src/content/', import.meta.url));
const data = Object.fromEntries(
  contentFileNames.map((name) => [
    name,
    JSON.parse(readFileSync(`${dir}data/${name}.json`, 'utf8')),
  ]),
) as RawContent;
const errors = validateContent(data, readFileSync(`${dir}record/alaska-gipfel.de.txt`, 'utf8'));
if (errors.length) {
  console.error(
    `Content is invalid (${errors.length}):\n${errors.map((e) => `  - ${e}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('Content is valid.');
