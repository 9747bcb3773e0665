/**
 * Checks the stored data files: each against its schema, the article file against its
 * description, and every reference. Returns readable errors naming the file and the id.
 * Used by the build (scripts/validate-content.ts) and the tests; never shipped to readers.
 */
import { contentSchema } from './schema';
import { brokenReferences, buildContent } from './build';
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
  'site',
] as const;

export type RawContent = Record<(typeof contentFileNames)[number], unknown>;

export function validateContent(data: RawContent, articleText: string): string[] {
  const errors: string[] = [];
  for (const name of contentFileNames) {
    const result = contentSchema.shape[name].safeParse(data[name]);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const [index] = issue.path;
      const list = data[name];
      const item =
        Array.isArray(list) && typeof index === 'number' ? (list[index] as unknown) : undefined;
      const id = item && typeof item === 'object' && 'id' in item ? `"${String(item.id)}" ` : '';
      errors.push(`${name}.json: ${id}at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
  }
  if (errors.length) return errors;
  try {
    const content = buildContent({ ...contentSchema.parse(data), articleText });
    return [...brokenReferences(content), ...stepProblems(content)];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}
