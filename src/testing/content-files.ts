import { contentFiles } from '../content';
import sources from '../content/data/sources.json';
import type { ContentFiles } from '../content/schema';

/** Every content file as stored, the sources included (the app loads those separately). */
export const allContentFiles: ContentFiles = { ...contentFiles, sources };
