/**
 * The content, loaded and indexed once. The data files were validated against the schema at
 * build time (scripts/validate-content.ts) and in the tests, so the app trusts them here.
 */
import articleText from '@article/text?raw';
import article from '@article/data/article.json';
import annotations from '@article/data/annotations.json';
// Without the fields only a detail shows: see ./lean-fields.ts.
import actors from '@article/data/actors.json?lean';
import places from '@article/data/places.json?lean';
import events from '@article/data/events.json?lean';
import terms from '@article/data/terms.json?lean';
import notes from '@article/data/notes.json?lean';
import site from '@article/data/site.json?lean';
import { buildContent } from './build';
import type { ContentFiles } from './schema';

export const contentFiles = {
  articleText,
  article,
  annotations,
  actors,
  places,
  events,
  terms,
  notes,
  // Sources load separately (see ./sources.ts); the build-time validator checks them.
  sources: [],
  // Relations and positions travel with the actors views (see ./stakeholders.ts).
  relations: [],
  positions: { issues: [], positions: [] },
  // The timeline's phases travel with it (see ./phases.ts).
  phases: [],
  // Where the diagram's nodes stand travels with the actors views (see ./stakeholders.ts).
  diagram: {},
  site,
} as unknown as ContentFiles; // JSON imports are typed structurally; the schema check vouches for them.

export const content = buildContent(contentFiles);
export type {
  Content,
  Section,
  Paragraph,
  Segment,
  Annotation,
  Step,
  Callout,
  CalloutTarget,
} from './build';
