/**
 * The single definition of every content type. Data files are parsed with these schemas at build
 * time (scripts/validate-content.ts) and in the tests, never in the browser; the app trusts them.
 */
import { z } from 'zod';
import { targetPattern } from './target';

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by "-"');

/** A real calendar day: "2022-02-30" or "2022-13-01" would reach readers as nonsense. */
export const isCalendarDate = (iso: string): boolean => {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
};

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are ISO (YYYY-MM-DD)')
  .refine(isCalendarDate, { message: 'no such day in the calendar' });

/**
 * What kind of statement a fact is, shown as a badge wherever it appears:
 * - artikel: what the article says (the author's statement or assessment)
 * - fakt: a fact checked against the sources listed with it
 * - behauptung: a claim by a party (e.g. Russia's claimed annexations), shown as such; `party`
 *   names who claims it
 * - redaktion: text the newsroom wrote itself (a summary, definition, callout); every fact in it
 *   carries its sources
 * - medien: what media reported, citing unnamed or unofficial sources, not confirmed officially
 * The rules each kind must meet (the article's words verbatim, a source that was read, …) are
 * checked by the validator (./rules.ts), which sees the sources and the article.
 */
export const provenanceSchema = z.enum(['artikel', 'fakt', 'behauptung', 'redaktion', 'medien']);

/**
 * A language other than the article's, as a two-letter code ("en"); the validator rejects the
 * article's own, which is the default.
 */
const otherLanguage = z
  .string()
  .regex(/^[a-z]{2}$/, 'a language is a two-letter code such as "en"');

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  /**
   * The language of the title when it is not the article's: "en" for an English title in a German
   * article, so that a screen reader reads it in English. Without it the title is in the
   * article's language.
   */
  lang: otherLanguage.optional(),
  url: z.url(),
  /**
   * False when the page could not be read when the facts were checked (the fact sheets say so):
   * it may be named, but it cannot be what makes a statement a checked fact.
   */
  read: z.boolean().optional(),
});

/** Where a statement is supported: sources by id, and/or paragraphs of the article by id. */
const supportFields = {
  provenance: provenanceSchema,
  sources: z.array(idSchema),
  paragraphs: z.array(idSchema),
  /** Whose claim it is (an actor's id): required for a 'behauptung', shown with its badge. */
  party: idSchema.optional(),
};

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/, 'a colour is written "#rrggbb" (lower case)');

export const actorSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  /** Longer name, e.g. "Internationaler Strafgerichtshof" for "IStGH". */
  fullName: z.string().min(1),
  kind: z.enum(['staat', 'staatenbund', 'buendnis', 'gericht', 'person']),
  /** A person belongs to a state: filtering by the state shows the person too. */
  memberOf: idSchema.optional(),
  /** Whether the reader can filter by this actor. Persons follow their state instead. */
  filterable: z.boolean(),
  /**
   * The actor's colour ("#0a5c9e": chips, marks, markers, outlines) and a light tint of it (behind
   * text): every actor without `memberOf` has both, a person takes its state's. The validator
   * checks them for contrast and keeps them apart for colour-blind readers (src/content/palette.ts).
   */
  colour: hexColour.optional(),
  tint: hexColour.optional(),
  summary: z.string().min(1),
  ...supportFields,
});

export const placeSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  /** The name as the fact sheet gives it (English), kept for traceability. */
  recordName: z.string().min(1),
  lat: z.number().min(-90).max(90),
  /** Longitude shifted into [-30, 330) so that Alaska sits east of Chukotka on one map. */
  lon: z.number().min(-30).max(330),
  precision: z.string().min(1),
  verified: z.boolean(),
  /** The newsroom's text on the place: its kind (provenance) is the text's, not the point's. */
  summary: z.string().min(1),
  /**
   * The sources of the facts the summary states (what happened there); `sources` are those of
   * the point itself, as the fact sheet lists them.
   */
  summarySources: z.array(idSchema),
  actors: z.array(idSchema),
  ...supportFields,
});

export const eventSchema = z
  .object({
    id: idSchema,
    date: isoDate,
    dateEnd: isoDate.optional(),
    category: z.enum(['geschichte', 'krieg', 'diplomatie', 'recht']),
    title: z.string().min(1),
    text: z.string().min(1),
    /** A caution from the fact check on how to word or read the event. */
    note: z.string().optional(),
    /**
     * What media reported about the event, known only from their reports: shown apart from the
     * checked text, as a 'medien' statement with its own sources.
     */
    report: z.strictObject({ text: z.string().min(1), sources: z.array(idSchema) }).optional(),
    places: z.array(idSchema),
    actors: z.array(idSchema),
    /** Context the article implies but does not state. */
    extra: z.boolean(),
    ...supportFields,
  })
  .refine((e) => !e.dateEnd || e.dateEnd >= e.date, {
    message: 'dateEnd must not be before date',
  });

export const termSchema = z.strictObject({
  id: idSchema,
  term: z.string().min(1),
  definition: z.string().min(1),
  ...supportFields,
});

/** A fact-check note: where the article simplifies, shown beside the text, never changing it. */
export const factNoteSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  text: z.string().min(1),
  events: z.array(idSchema),
  /**
   * A correction of the author's words (spelling, grammar): the article stays as delivered, the
   * note shows the correction at the spot, and site.json's change log records it.
   */
  correction: z.string().min(1).optional(),
  ...supportFields,
});

const latLon = z.tuple([z.number().min(-90).max(90), z.number().min(-30).max(330)]);

/** A map layer a section can switch on, by its id in the article's data/map.json. */
export const mapLayerSchema = idSchema;

/**
 * What the visual panel shows for a section (or a step): which view, and what it focuses.
 * Each view reads the parts it understands and ignores the rest.
 */
export const visualStateSchema = z.strictObject({
  /** The view the panel shows: context card, map, timeline or actor diagram. */
  view: z.enum(['kontext', 'karte', 'chronik', 'akteure']),
  actors: z.array(idSchema),
  places: z.array(idSchema),
  events: z.array(idSchema),
  /** Map: the area in view ([south, west], [north, east]; longitudes shifted like places) and layers. */
  map: z
    .strictObject({ bounds: z.tuple([latLon, latLon]), layers: z.array(mapLayerSchema) })
    .optional(),
  /** Timeline: the period in view. */
  period: z.tuple([isoDate, isoDate]).optional(),
  /** Diagram: the relations in focus. */
  relations: z.array(idSchema).optional(),
});

/** A partial visual state (tests and tools that change only what they name). */
export const stepVisualSchema = visualStateSchema.partial();

/**
 * What a callout is drawn beside: a place on the map, an event on the timeline, an actor or a
 * relation in the diagram ("place:anchorage"). Without one it stands free on the context card.
 */
export const calloutTargetPattern = /^(place|event|actor|relation):[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A short label drawn on the visual, as a newspaper graphic labels itself ("Anchorage · Gipfel am
 * 15. August 2025"). Newsroom wording ('redaktion') names a source for every fact in it; the
 * article's own words ('artikel') are quoted verbatim from the step's paragraph.
 */
export const calloutSchema = z.strictObject({
  text: z.string().min(1).max(72),
  on: z.string().regex(calloutTargetPattern, 'callouts attach like "place:anchorage"').optional(),
  provenance: z.enum(['redaktion', 'artikel']),
  sources: z.array(idSchema),
});

/**
 * A step: a paragraph of the article, or the part of one that starts at a sentence (`from`, the
 * sentence's first words, verbatim), and the picture shown while it is read — its own complete
 * visual state and one to three callouts. Consecutive steps show different pictures unless
 * `same` says the picture stays on purpose.
 */
export const stepSchema = z.strictObject({
  paragraph: idSchema,
  from: z.string().min(1).optional(),
  same: z.literal(true).optional(),
  visual: visualStateSchema,
  callouts: z.array(calloutSchema).min(1).max(3),
});

export const markSchema = z.strictObject({
  id: idSchema,
  /** The exact words of the article that carry the annotation. */
  quote: z.string().min(1),
  /** Which occurrence of the quote in the paragraph (1 = first, the default). */
  occurrence: z.number().int().min(1).optional(),
  /** What the words refer to: "actor:ukraine", "place:kyiv", "event:yalta", "term:…", "note:…". */
  target: z.string().regex(targetPattern, 'targets look like "place:kyiv"'),
});

export const annotationsSchema = z.array(
  z.strictObject({ paragraph: idSchema, marks: z.array(markSchema).min(1) }),
);

export const sectionMetaSchema = z.strictObject({
  id: idSchema,
  /** The heading as it stands in the article file: ties this entry to its section. */
  heading: z.string().min(1),
  shortTitle: z.string().min(1),
  /** Every paragraph's picture, in reading order; the first is also the section's printed one. */
  steps: z.array(stepSchema).min(1),
});

export const articleMetaSchema = z.strictObject({
  id: idSchema,
  /** The article's text as delivered, a file in the article's record/ (read by scripts/article.mjs). */
  text: z
    .string()
    .regex(/^record\/[^/]+\.txt$/, 'a text file in record/, such as "record/article.en.txt"'),
  author: z.string().min(1),
  /** When the article was written, as stated in the article record. */
  written: z.string().min(1),
  language: z.string().min(2),
  /**
   * How much of the checked fact sheets in record/ (timeline.json, places.json) the article shows:
   * "all" (the default) when they were made for it, so that every event and place in them must be
   * in its data; "chosen" when it draws on fact sheets shared with other articles and shows the
   * events and places it needs. Either way, each one it shows must agree with the sheets.
   */
  record: z.enum(['all', 'chosen']).optional(),
  /** The first section is the lead: the title and its paragraphs. */
  sections: z.array(sectionMetaSchema).min(1),
  /** What happened after the article was written, from the checked facts, shown apart from it. */
  epilogue: z.strictObject({ events: z.array(idSchema) }),
});

/** A typed relation between two actors, drawn in the diagram; it exists only with a citation. */
export const relationSchema = z
  .object({
    id: idSchema,
    from: idSchema,
    to: idSchema,
    /** The kind of relation, by its id in data/diagram.json's types: how its line is drawn. */
    type: idSchema,
    label: z.string().min(1),
    directed: z.boolean(),
    /** The sentence of the article the relation comes from, verbatim, if it comes from the article. */
    quote: z.string().min(1).optional(),
    ...supportFields,
  })
  .refine((r) => r.from !== r.to, {
    message: 'a relation needs two different actors',
    path: ['to'],
  });

const stanceSchema = z.enum(['dafuer', 'dagegen', 'bedingt', 'nicht-genannt']);
export type Stance = z.infer<typeof stanceSchema>;

/** An issue of the positions matrix (Waffenruhe, Gebietsabtretungen, …). */
export const issueSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1),
  /**
   * Where the interface's words for a stance ("dafür", "dagegen") would read wrongly, the issue's
   * own ("dabei", "nicht dabei" for taking part in a meeting).
   */
  stances: z.partialRecord(stanceSchema, z.string().min(1)).optional(),
});

/** What one actor wants or rejects on one issue, with its citation. */
export const positionSchema = z.strictObject({
  actor: idSchema,
  issue: idSchema,
  stance: stanceSchema,
  text: z.string().min(1),
  quote: z.string().min(1).optional(),
  ...supportFields,
});

export const positionsFileSchema = z.strictObject({
  issues: z.array(issueSchema),
  positions: z.array(positionSchema),
});

export const changeSchema = z.strictObject({
  date: isoDate,
  text: z.string().min(1),
});

/**
 * Words in another language inside the newsroom's German texts (a quote such as „Next time in
 * Moscow“, the term „feel-out meeting“): wherever the app shows such a text outside the article,
 * each occurrence of the words (as whole words, exactly as written) is marked with their language,
 * so that a screen reader reads them in it. The texts themselves stay as they are; the quotation
 * marks around a quote are German typography and stay outside.
 */
export const foreignPhraseSchema = z.strictObject({
  text: z
    .string()
    .min(1)
    .regex(
      /^[^\s„“"'‚‘]([^„“"]*[^\s„“"'‚‘])?$/,
      'the words only: no quotation marks or spaces at the ends',
    ),
  lang: otherLanguage,
});

/** The views an article can have beside its story: the map, the timeline, the actor diagram. */
export const viewSchema = z.enum(['karte', 'chronik', 'akteure']);
export type View = z.infer<typeof viewSchema>;

const viewTexts = z.strictObject({
  karte: z.string().min(1).optional(),
  chronik: z.string().min(1).optional(),
  akteure: z.string().min(1).optional(),
});

export const siteSchema = z
  .object({
    /** The explainer's name (the masthead, every page's title) and the line under it on the story. */
    title: z.string().min(1),
    tagline: z.string().min(1),
    /** The views this article has, each a page of its own and a picture its steps may show. */
    views: z.array(viewSchema),
    /** Each view's introduction under its page's heading: one for every view the article has. */
    intros: viewTexts,
    /**
     * What search engines and link previews read about each page (build time only): the story,
     * the glossary, the sources page and every view the article has.
     */
    descriptions: viewTexts.extend({
      story: z.string().min(1),
      glossary: z.string().min(1),
      sources: z.string().min(1),
    }),
    /** The preview image's text alternative (build time only). */
    imageAlt: z.string().min(1),
    /** The line above "what happened next", when the article has an epilogue. */
    epilogueIntro: z.string().min(1).optional(),
    /** The date the content was last checked against its sources: that of its latest change. */
    stand: isoDate,
    changes: z.array(changeSchema),
    /** How the facts were checked, a paragraph each, on the sources page. */
    method: z.array(z.string().min(1)).min(1),
    /** The data the explainer shows, with its origin and licence, on the sources page. */
    datasets: z.array(
      z.strictObject({
        name: z.string().min(1),
        /** What it is used for, and where it comes from. */
        text: z.string().min(1),
        /** Left out where no licence is on record. */
        licence: z.string().min(1).optional(),
        links: z.array(z.strictObject({ label: z.string().min(1), url: z.url() })),
      }),
    ),
    foreignPhrases: z.array(foreignPhraseSchema),
  })
  .superRefine((site, ctx) => {
    const latest = site.changes
      .map((c) => c.date)
      .sort()
      .at(-1);
    for (const view of site.views) {
      for (const field of ['intros', 'descriptions'] as const) {
        if (!site[field][view]) {
          ctx.addIssue({
            code: 'custom',
            path: [field, view],
            message: `the view "${view}" needs one`,
          });
        }
      }
    }
    if (latest && site.stand < latest) {
      ctx.addIssue({
        code: 'custom',
        path: ['stand'],
        message: `older than the latest change (${latest}): every change is checked, and the Stand says when`,
      });
    }
  });

export type Provenance = z.infer<typeof provenanceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Place = z.infer<typeof placeSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Term = z.infer<typeof termSchema>;
export type FactNote = z.infer<typeof factNoteSchema>;
export type VisualState = z.infer<typeof visualStateSchema>;
export type StepVisual = z.infer<typeof stepVisualSchema>;
export type CalloutData = z.infer<typeof calloutSchema>;
export type StepData = z.infer<typeof stepSchema>;
export type MapLayer = z.infer<typeof mapLayerSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Mark = z.infer<typeof markSchema>;
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type SectionMeta = z.infer<typeof sectionMetaSchema>;
export type Site = z.infer<typeof siteSchema>;
export type ForeignPhrase = z.infer<typeof foreignPhraseSchema>;

/**
 * A phase of the timeline, drawn as a band: opened (and closed) by events, so its dates are theirs;
 * its label rests on the events it names, whose sources are the band's.
 */
export const phaseSchema = z.strictObject({
  id: idSchema,
  /** The band's label, and a shorter one for narrow bands. */
  label: z.string().min(1),
  shortLabel: z.string().min(1),
  /** The event that opens the phase. */
  start: idSchema,
  /** The event that closes it; without one the phase lasts to the end of the timeline. */
  end: idSchema.optional(),
  /** The events whose sources support the label. */
  events: z.array(idSchema).min(1, 'names no event its label rests on'),
});
export type PhaseSpec = z.infer<typeof phaseSchema>;

/** The diagram's four designs: a wide page, a square panel, a tall phone page, a flat phone band. */
export const designIdSchema = z.enum(['wide', 'square', 'tall', 'band']);
export type DesignId = z.infer<typeof designIdSchema>;

const designHintsSchema = z.strictObject({
  /** Node centres in px, by actor id; an actor left out is placed by rule. */
  at: z.record(idSchema, z.tuple([z.number(), z.number()])).optional(),
  /** Extra bend of a relation's edge in px (perpendicular, positive to the left of from → to). */
  bend: z.record(idSchema, z.number()).optional(),
  /** Where along its edge a relation's label sits (0 = at "from", 1 = at "to"). */
  labelAt: z.record(idSchema, z.number().min(0).max(1)).optional(),
});

/**
 * Where the stakeholder diagram's nodes stand, per design (data/diagram.json). All optional: the
 * engine places what is left out (src/features/actors/layout-designs.ts), the validator checks overlaps.
 */
export const diagramSchema = z.strictObject({
  /**
   * The kinds of relation, by id: the legend's words and how the line is drawn — its colour (the
   * ink, the page's accent, or an actor's), its line and its width in px (2 unless given).
   */
  types: z.record(
    idSchema,
    z.strictObject({
      label: z.string().min(1),
      colour: z.union([z.enum(['ink', 'accent']), idSchema]).optional(),
      line: z.enum(['solid', 'dashed', 'dotted']).optional(),
      width: z.number().min(1).max(5).optional(),
    }),
  ),
  wide: designHintsSchema.optional(),
  square: designHintsSchema.optional(),
  tall: designHintsSchema.optional(),
  band: designHintsSchema.optional(),
});
export type DiagramHints = z.infer<typeof diagramSchema>;

/** The files every article has; the validator checks the optional ones (map, summit, records) on their own. */
export const contentSchema = z.object({
  article: articleMetaSchema,
  annotations: annotationsSchema,
  actors: z.array(actorSchema),
  places: z.array(placeSchema),
  events: z.array(eventSchema),
  terms: z.array(termSchema),
  notes: z.array(factNoteSchema),
  sources: z.array(sourceSchema),
  relations: z.array(relationSchema),
  positions: positionsFileSchema,
  phases: z.array(phaseSchema),
  diagram: diagramSchema,
  site: siteSchema,
});

/** The data files as they are stored; `articleText` is the article file, verbatim. */
export type ContentFiles = z.infer<typeof contentSchema> & { articleText: string };

const pixelSize = z.tuple([z.number().int().positive(), z.number().int().positive()]);

/**
 * The summit at the centre (the article's data/summit.json): the place that stands for it wherever
 * a map shows Alaska (named, never folded away), its event (the date), the story's opening
 * picture (its area, the places and countries it names, its two sizes) and the frame the map
 * page opens on. Facts are referenced by id: the picture states nothing the data does not.
 */
export const summitSchema = z.strictObject({
  place: idSchema,
  event: idSchema,
  opening: z.strictObject({
    /** What the picture shows, for readers who cannot see it (the places marked are added). */
    alt: z.string().min(1),
    /** The caption's words after the summit's name and date. */
    caption: z.string().min(1),
    bounds: z.tuple([latLon, latLon]),
    /**
     * Areas named on it (names from data/map.json: areas) and where
     * the words sit in this picture: a position for the eye, not a fact.
     */
    countries: z.array(
      z.strictObject({
        /** An area of data/map.json, by id. */
        id: idSchema,
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-30).max(330),
      }),
    ),
    /**
     * Drawn once per size: a phone's column, and the wider text column of a desktop. Each names
     * the further places it shows besides the summit's (every one of them named, or the build fails).
     */
    /** Countries tinted in an actor's colour, by ISO 3166 number ("643": the actor's id). */
    tints: z.record(
      z.string().regex(/^\d{3}$/, 'an ISO 3166 country number such as "643"'),
      idSchema,
    ),
    sizes: z.strictObject({
      narrow: z.strictObject({ size: pixelSize, places: z.array(idSchema) }),
      wide: z.strictObject({ size: pixelSize, places: z.array(idSchema) }),
    }),
  }),
  mapPage: z.strictObject({ bounds: z.tuple([latLon, latLon]) }),
});
export type Summit = z.infer<typeof summitSchema>;

const text = z.string().min(1);

/** What every layer has: its switch, its explanation in the legend, its key and its caption. */
const layerFields = {
  id: idSchema,
  /** The switch's name in the legend. */
  title: text,
  /** On when the map page opens. A layer that colours half the world may wait for the reader. */
  onPage: z.boolean(),
  /** The legend's explanation, a paragraph each. */
  text: z.array(text).min(1),
  /** A paragraph set apart under it: what the layer does not show. */
  note: text.optional(),
  /** The one line for it in the key under a small map. */
  short: text,
  /** Its sentence in the print edition's caption of a map that shows it. */
  print: text,
  /**
   * The facts the layer rests on, listed with their sources on the sources page: sources by id,
   * and events whose sources count too. At least one of them must have been read.
   */
  facts: z.strictObject({ sources: z.array(idSchema), events: z.array(idSchema) }).optional(),
};

/**
 * A map layer, one of four kinds the engine draws:
 * - places: the article's places as markers in their actors' colours (every map has this one);
 * - claims: regions of the bundled regional geography (src/features/map/geo/) hatched in an
 *   actor's colour, one hatching per value of the regions' `claimed` property (its `keys`);
 * - parties: the countries of the article's record/icc-states-parties.json filled in an actor's
 *   colour, the smallest as points;
 * - distance: the gap between two places, drawn as a line `km` long, with its label.
 */
export const mapLayerSpecSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('places'),
    ...layerFields,
    short: text.optional(),
    print: text.optional(),
    /** Said in the small map's legend, whose section's places are drawn larger. */
    highlighted: text,
  }),
  z.strictObject({
    kind: z.literal('claims'),
    ...layerFields,
    actor: idSchema,
    /** One hatching each, in this order: the regions' `claimed` value and its words in the key. */
    keys: z
      .array(z.strictObject({ claimed: text, label: text }))
      .min(1)
      .max(2),
  }),
  z.strictObject({
    kind: z.literal('parties'),
    ...layerFields,
    actor: idSchema,
    /** The key's words for a party and for a country that is none. */
    party: text,
    nonParty: text,
  }),
  z.strictObject({
    kind: z.literal('distance'),
    ...layerFields,
    /** The two places, by id; the line between them is centred and `km` long. */
    places: z.tuple([idSchema, idSchema]),
    km: z.number().positive(),
    /** The words on the line and in the key ("etwa 4 km"). */
    label: text,
  }),
]);
export type MapLayerSpec = z.infer<typeof mapLayerSpecSchema>;

/**
 * The map of an article (its data/map.json; needed when site.json's views include the map): its
 * layers in the legend's order, the names of the areas it labels and where, the quick jumps, and
 * what the map leaves out (for the sources page).
 */
export const mapSchema = z.strictObject({
  /** Where the map's geography comes from, for the printed list of sources. */
  credit: text,
  /** The map's own name, for its frame and the keyboard-focusable map area. */
  label: text,
  layers: z.array(mapLayerSpecSchema).min(1),
  /** Names of areas (countries, regions), by id: the map's labels and the opening picture's. */
  areas: z.record(idSchema, text),
  /**
   * Where the map writes an area's name, each shown only at the zooms where it helps (a name may
   * stand twice, e.g. Russia's further west when the reader looks at Ukraine): a position for
   * the eye, not a fact. Longitudes shifted like the places'.
   */
  labels: z.array(
    z.strictObject({
      area: idSchema,
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-30).max(330),
      /** Shown from this zoom on (inclusive) … */
      minZoom: z.number().optional(),
      /** … up to below this zoom. */
      maxZoom: z.number().optional(),
    }),
  ),
  /** The map's quick jumps: a named area each, ([south, west], [north, east]). */
  jumps: z.array(z.strictObject({ id: idSchema, name: text, bounds: z.tuple([latLon, latLon]) })),
  /** What the map leaves out, and why: a paragraph each, on the sources page. */
  method: z.array(text),
});
export type MapSpec = z.infer<typeof mapSchema>;
