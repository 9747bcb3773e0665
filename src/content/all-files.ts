import { contentFiles } from './index';
import sources from '@article/data/sources.json';
import relations from '@article/data/relations.json';
import positions from '@article/data/positions.json';
import phases from '@article/data/phases.json';
import diagram from '@article/data/diagram.json';
import events from '@article/data/events.json';
import places from '@article/data/places.json';
import actors from '@article/data/actors.json';
import terms from '@article/data/terms.json';
import notes from '@article/data/notes.json';
import site from '@article/data/site.json';
import map from '@article/data/map.json';
import summit from '@article/data/summit.json';
import type { ContentFiles } from './schema';
import type { RawContent } from './validate';

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
  phases,
  diagram,
  map,
  summit,
} as unknown as ContentFiles & Pick<RawContent, 'map' | 'summit'>; // the JSON files, typed by the schema that checks them
