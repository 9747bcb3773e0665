/**
 * What the story's first load leaves out of the content: the fields that only a fact's detail, a
 * view or another page shows (an event's text, a place's description, an actor's portrait, a
 * term's definition, a fact-check's text). The build imports these files as `<file>?lean` with the fields emptied
 * (scripts/vite/lean-content.ts); `loadDetailTexts()` (./detail-texts.ts) fetches the files
 * whole, as one chunk, and fills them in before anything shows them. The story's own text, its
 * annotations' names and the epilogue's events stay in the first load.
 */
export const leanFields = {
  'events.json': ['text', 'note', 'sources', 'report'],
  'places.json': ['summary', 'summarySources', 'precision', 'recordName', 'sources'],
  // An actor's colours reach the page as a stylesheet (src/styles/actor-styles.ts).
  'actors.json': ['summary', 'sources', 'colour', 'tint'],
  'terms.json': ['definition', 'sources'],
  'notes.json': ['text', 'sources'],
  // The change log is shown on the sources page only (the Stand, in the story's byline, stays);
  // the views' introductions head their own pages; the pages' descriptions and the preview
  // image's text are read by the build alone; the method and the datasets are the sources page's.
  'site.json': ['changes', 'descriptions', 'imageAlt', 'intros', 'method', 'datasets'],
} as const satisfies Record<string, readonly string[]>;

export type LeanFile = keyof typeof leanFields;
