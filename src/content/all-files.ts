import { contentFiles } from './index';
import sources from './data/sources.json';
import relations from './data/relations.json';
import positions from './data/positions.json';
import events from './data/events.json';
import places from './data/places.json';
import actors from './data/actors.json';
import terms from './data/terms.json';
import notes from './data/notes.json';
import site from './data/site.json';
import type { ContentFiles } from './schema';

/**
 * Every content file as stored, for the build's scripts and the tests (never the app's bundle): whole (the app's first load leaves some fields out, see
 * src/content/lean-fields.ts), with the sources (the app loads those separately).
 */
export const allContentFiles = {
  ...contentFiles,
  events,
  places,
  actors,
  terms,
  notes,
  site,
  sources,
  relations,
  positions,
} as unknown as ContentFiles; // the JSON files, typed by the schema that checks them
