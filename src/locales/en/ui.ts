/** Every piece of interface text, in one place: the English edition of src/locales/de/ui.ts. */
import type { ui as de } from '../de/ui';
import type { LocaleText } from '../types';

export const ui: LocaleText<typeof de> = {
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main navigation',
    story: 'Article',
    map: 'Map',
    timeline: 'Timeline',
    actors: 'Key players',
    glossary: 'Glossary',
    sources: 'Sources',
  },
  byline: (author: string) => `By ${author}`,
  bylineLabel: 'Author',
  contentStand: (date: string) => `Content checked on ${date}`,
  toc: {
    title: 'Contents',
    label: 'Table of contents',
    progress: 'Reading progress',
  },
  panel: {
    label: 'Context for this section',
    section: (n: number, total: number) => `Section ${n} of ${total}`,
    actors: 'Key players',
    places: 'Places',
    events: 'Dates',
    failed: 'This graphic could not be shown. The article can still be read in full.',
    inText: 'in the text',
    toVisual: 'Graphic for this section',
    stage: (section: string) => `Graphic for the section “${section}”`,
    /** The callouts drawn on the visual, listed in the card with their kind and sources. */
    callouts: 'On the graphic',
    calloutSources: (n: number) => (n === 1 ? 'Source' : `${n} sources`),
    /** The summary's name: its visible words first, then which callout, for lists of controls. */
    calloutSourcesOf: (n: number, text: string) =>
      `${n === 1 ? 'Source' : `${n} sources`} for “${text}”`,
    /** An article quote drawn on the visual, in quotation marks. */
    quoted: (text: string) => `“${text}”`,
  },
  filter: {
    label: 'Filter by actor',
    hint: 'Highlights their mentions and fades out the rest.',
    clear: 'Clear filter',
    active: (names: string) => `Filtered: ${names}`,
    /** What a filter change did, for screen readers: "Ukraine: 9 mentions in the text, …". */
    summary: (names: string, c: { mentions: number; places: number; events: number }) =>
      `${names}: ${c.mentions} ${c.mentions === 1 ? 'mention' : 'mentions'} in the text, ${c.places} ${c.places === 1 ? 'place' : 'places'}, ${c.events} ${c.events === 1 ? 'event' : 'events'}`,
    cleared: 'Filter cleared',
    unknown: (ids: string) =>
      `The link names an unknown actor (${ids}). It was ignored; everything else works.`,
    dismiss: 'Dismiss notice',
  },
  popover: {
    noSources: 'Source: the article itself.',
    sourcesLoading: 'Loading sources…',
    showOnMap: 'Show on the map',
    showInTimeline: 'Show in the timeline',
    showInGlossary: 'In the glossary',
    showInDiagram: 'Show in the diagram',
    precision: 'Precision',
    approximate: 'Approximate location',
    extra: 'Context the article takes for granted',
    afterArticle: 'After the article was published',
  },
  provenance: {
    artikel: {
      label: 'From the article',
      help: 'The author’s words, quoted verbatim from the article; they give the author’s own account or assessment.',
    },
    fakt: {
      label: 'Verified fact',
      help: 'Checked against the sources named, outside the article.',
    },
    behauptung: {
      label: 'Claim by a party',
      help: 'One party says so; it has not been independently confirmed, or it is disputed.',
    },
    redaktion: {
      label: 'Editorial explanation',
      help: 'Written by the editors, not the author; the facts in it are checked against the sources named.',
    },
    medien: {
      label: 'Media report',
      help: 'Reported by the media citing unnamed or unofficial sources; not officially confirmed.',
    },
  },
  /** A claim's badge names the party that makes it. */
  claimBy: (party: string) => `Claimed by ${party}`,
  annotationKind: {
    actor: 'Actor',
    place: 'Place',
    event: 'Date',
    term: 'Term',
    note: 'Fact check',
  },
  /** The story's opening picture (a map drawn by the newsroom from the checked facts). */
  opening: {
    credit: 'Graphic by the editors',
    alt: (picture: string, summit: string, date: string, places: string) =>
      `${picture} Marked: ${summit}, venue of the summit on ${date}; also ${places}.`,
    caption: (event: string, date: string, caption: string) => `${event}, ${date}: ${caption}`,
    geography: 'Base map: Natural Earth',
    facts: 'Place and date: verified facts',
    sources: 'Sources',
    /** The sources link's name: its visible word, then which fact, for lists of links. */
    sourcesOf: (event: string) => `Sources: ${event}`,
  },
  epilogue: {
    title: 'What happened next',
    label: 'Postscript by the editors',
    more: 'Sources and details',
  },
  resume: {
    label: 'Resume reading',
    text: (section: string) => `You last read “${section}”.`,
    go: 'Continue from there',
    dismiss: 'Dismiss notice',
  },
  glossary: {
    title: 'Glossary',
  },
  places: {
    title: 'Places',
  },
  timeline: {
    title: 'Timeline',
  },
  actors: {
    title: 'Key players',
  },
  sourcesPage: {
    title: 'Sources',
  },
  notFound: {
    title: 'Page not found',
  },
};
