import { contentFiles } from '../content';
import sources from '../content/data/sources.json';
import relations from '../content/data/relations.json';
import positions from '../content/data/positions.json';
import type { ContentFiles } from '../content/schema';

/** Every content file as stored, the sources included (the app loads those separately). */
export const allContentFiles = {
  ...contentFiles,
  sources,
  relations,
  positions,
} as unknown as ContentFiles; // the JSON files, typed by the schema that checks them
