/**
 * Turns the stored data files into the indexed content the app reads. Pure: the same function
 * runs in the browser, in the prerender, in tests and in the build-time validator.
 */
import { articleBlocks, normaliseWhitespace, parseArticle } from './article-text';
import type {
  Actor,
  CalloutData,
  ContentFiles,
  FactNote,
  Issue,
  PhaseSpec,
  DiagramHints,
  Place,
  Position,
  Relation,
  SectionMeta,
  Site,
  Source,
  StepData,
  Term,
  TimelineEvent,
  VisualState,
} from './schema';
import { parseTarget, type AnnotationTarget } from './target';

export interface Annotation {
  id: string;
  paragraph: string;
  quote: string;
  target: AnnotationTarget;
}

export type Segment = { text: string; annotation?: Annotation };

/** What a callout is drawn beside; none: it stands free on the context card. */
export interface CalloutTarget {
  type: 'place' | 'event' | 'actor' | 'relation';
  id: string;
}

export interface Callout extends Omit<CalloutData, 'on'> {
  target?: CalloutTarget;
}

/** A step of the story: a paragraph, or the part of one from a sentence on, and its picture. */
export interface Step {
  /** The paragraph's id for its first step; "-b", "-c" … appended for the steps inside it. */
  id: string;
  sectionId: string;
  paragraph: string;
  /** Where the step starts in the paragraph's text (0: at its start). */
  offset: number;
  /** The first words of the sentence it starts at, if it starts inside the paragraph. */
  from?: string;
  /** The content says the picture stays as the previous step's. */
  same: boolean;
  /** Its position in the whole story (0 = the lead's first). */
  index: number;
  visual: VisualState;
  callouts: Callout[];
}

/** A run of a paragraph's segments that belongs to one step. */
export interface ParagraphPart {
  step: string;
  segments: Segment[];
}

export interface Paragraph {
  id: string;
  sectionId: string;
  text: string;
  segments: Segment[];
  /** The segments by step: one part for a paragraph that is one step, more where it is split. */
  parts: ParagraphPart[];
}

export interface Section extends Omit<SectionMeta, 'steps'> {
  index: number;
  paragraphs: Paragraph[];
  steps: Step[];
  /** The section's first picture (its first step's): what a print or an overview shows of it. */
  visual: VisualState;
}

export interface Content {
  articleId: string;
  title: string;
  author: string;
  written: string;
  language: string;
  sections: Section[];
  epilogue: { events: string[] };
  paragraphById: Map<string, Paragraph>;
  /** Every step of the story, in reading order. */
  steps: Step[];
  stepById: Map<string, Step>;
  annotations: Annotation[];
  annotationById: Map<string, Annotation>;
  actors: Actor[];
  actorById: Map<string, Actor>;
  places: Place[];
  placeById: Map<string, Place>;
  events: TimelineEvent[];
  eventById: Map<string, TimelineEvent>;
  terms: Term[];
  termById: Map<string, Term>;
  notes: FactNote[];
  noteById: Map<string, FactNote>;
  sources: Source[];
  sourceById: Map<string, Source>;
  relations: Relation[];
  relationById: Map<string, Relation>;
  issues: Issue[];
  positions: Position[];
  /** The timeline's phases (empty in the story's first load: see ./phases.ts). */
  phases: PhaseSpec[];
  /** Where the diagram's nodes stand (empty in the story's first load: see ./stakeholders.ts). */
  diagram: DiagramHints;
  /** The article's site: its name, its views and their texts (site.json). */
  site: Site;
  stand: string;
  changes: ContentFiles['site']['changes'];
  /** Words in another language in the newsroom's texts, marked with it where shown. */
  foreignPhrases: ContentFiles['site']['foreignPhrases'];
  /** The paragraphs whose annotations point at a target ("place:kyiv"), in reading order. */
  mentions: Map<string, string[]>;
}

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly id: string,
    message: string,
  ) {
    super(`${file}: "${id}": ${message}`);
  }
}

const byId = <T extends { id: string }>(items: T[], file: string): Map<string, T> => {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new ContentError(file, item.id, 'duplicate id');
    map.set(item.id, item);
  }
  return map;
};

/** Finds the n-th occurrence (1-based) of quote in text. */
function findOccurrence(text: string, quote: string, occurrence: number): number {
  let from = 0;
  for (let n = 1; ; n++) {
    const at = text.indexOf(quote, from);
    if (at < 0 || n === occurrence) return at;
    from = at + quote.length;
  }
}

function segmentParagraph(
  paragraph: { id: string; text: string },
  marks: { id: string; quote: string; occurrence?: number; target: string }[],
): { segments: Segment[]; annotations: Annotation[] } {
  const placed = marks
    .map((mark) => {
      const start = findOccurrence(paragraph.text, mark.quote, mark.occurrence ?? 1);
      if (start < 0) {
        throw new ContentError(
          'annotations.json',
          mark.id,
          `quote "${mark.quote}" not found in paragraph ${paragraph.id}`,
        );
      }
      const annotation: Annotation = {
        id: mark.id,
        paragraph: paragraph.id,
        quote: mark.quote,
        target: parseTarget(mark.target),
      };
      return { start, end: start + mark.quote.length, annotation };
    })
    .sort((a, b) => a.start - b.start);

  const segments: Segment[] = [];
  let cursor = 0;
  for (const { start, end, annotation } of placed) {
    if (start < cursor) {
      throw new ContentError('annotations.json', annotation.id, 'overlaps another annotation');
    }
    if (start > cursor) segments.push({ text: paragraph.text.slice(cursor, start) });
    segments.push({ text: paragraph.text.slice(start, end), annotation });
    cursor = end;
  }
  if (cursor < paragraph.text.length) segments.push({ text: paragraph.text.slice(cursor) });
  return { segments, annotations: placed.map((p) => p.annotation) };
}

/** Cuts the segments at a character offset of the paragraph (never inside an annotation). */
function splitSegments(segments: Segment[], offset: number, owner: string): [Segment[], Segment[]] {
  const before: Segment[] = [];
  const after: Segment[] = [];
  let at = 0;
  for (const segment of segments) {
    const end = at + segment.text.length;
    if (end <= offset) before.push(segment);
    else if (at >= offset) after.push(segment);
    else if (segment.annotation) {
      throw new ContentError('article.json', owner, 'a step starts inside an annotation');
    } else {
      before.push({ text: segment.text.slice(0, offset - at) });
      after.push({ text: segment.text.slice(offset - at) });
    }
    at = end;
  }
  return [before, after];
}

const parseCallout = ({ on, ...rest }: CalloutData): Callout => {
  if (!on) return rest;
  const [type, id] = on.split(':') as [CalloutTarget['type'], string];
  return { ...rest, target: { type, id } };
};

/**
 * The section's steps, in the order the content lists them, each tied to its paragraph and to
 * where in it it starts. Order and coverage are checked by the validator (validate-steps.ts).
 */
function buildSteps(meta: SectionMeta, paragraphs: { id: string; text: string }[]): Step[] {
  const seen = new Map<string, number>();
  return meta.steps.map((data: StepData) => {
    const paragraph = paragraphs.find((p) => p.id === data.paragraph);
    if (!paragraph) {
      throw new ContentError(
        'article.json',
        meta.id,
        `step names unknown paragraph ${data.paragraph}`,
      );
    }
    const n = seen.get(paragraph.id) ?? 0;
    seen.set(paragraph.id, n + 1);
    const id = n === 0 ? paragraph.id : `${paragraph.id}-${String.fromCharCode(97 + n)}`;
    let offset = 0;
    if (data.from !== undefined) {
      offset = paragraph.text.indexOf(data.from);
      if (offset <= 0) {
        throw new ContentError(
          'article.json',
          id,
          `"${data.from}" does not start a sentence inside paragraph ${paragraph.id}`,
        );
      }
    }
    return {
      id,
      sectionId: meta.id,
      paragraph: paragraph.id,
      offset,
      ...(data.from !== undefined ? { from: data.from } : {}),
      same: data.same === true,
      index: 0,
      visual: data.visual,
      callouts: data.callouts.map(parseCallout),
    };
  });
}

/** The paragraph's segments by step (steps that start in it, by where they start). */
function partsOf(paragraphId: string, segments: Segment[], steps: Step[]): ParagraphPart[] {
  const own = steps.filter((s) => s.paragraph === paragraphId).sort((a, b) => a.offset - b.offset);
  if (own.length === 0) return [];
  const parts: ParagraphPart[] = [];
  let rest = segments;
  let restStart = 0;
  own.forEach((step, i) => {
    const next = own[i + 1];
    if (!next) {
      parts.push({ step: step.id, segments: rest });
      return;
    }
    const [head, tail] = splitSegments(rest, next.offset - restStart, next.id);
    parts.push({ step: step.id, segments: head });
    rest = tail;
    restStart = next.offset;
  });
  return parts;
}

export function buildContent(files: ContentFiles): Content {
  const metas = files.article.sections;
  // The data names the headings; one the text does not have is named against the text's own guess.
  const blocks = new Set(articleBlocks(files.articleText));
  metas.forEach((meta, index) => {
    if (index === 0 || blocks.has(normaliseWhitespace(meta.heading))) return;
    const guess = parseArticle(files.articleText).sections[index]?.heading ?? '';
    throw new ContentError(
      'article.json',
      meta.id,
      `heading "${meta.heading}" does not match the article's "${guess}"`,
    );
  });
  const parsed = parseArticle(
    files.articleText,
    metas.slice(1).map((s) => s.heading),
  );
  if (metas.length !== parsed.sections.length) {
    throw new ContentError(
      'article.json',
      files.article.id,
      `describes ${metas.length} sections, the article file has ${parsed.sections.length}`,
    );
  }

  const marksByParagraph = new Map(files.annotations.map((a) => [a.paragraph, a.marks]));
  const annotations: Annotation[] = [];
  const sections: Section[] = parsed.sections.map((parsedSection, index) => {
    const meta = metas[index]!;
    if (meta.heading !== parsedSection.heading) {
      throw new ContentError(
        'article.json',
        meta.id,
        `heading "${meta.heading}" does not match the article's "${parsedSection.heading}"`,
      );
    }
    const texts = parsedSection.paragraphs.map((text, i) => ({ id: `${meta.id}-${i + 1}`, text }));
    const steps = buildSteps(meta, texts);
    const paragraphs = texts.map(({ id, text }) => {
      const { segments, annotations: found } = segmentParagraph(
        { id, text },
        marksByParagraph.get(id) ?? [],
      );
      annotations.push(...found);
      return { id, sectionId: meta.id, text, segments, parts: partsOf(id, segments, steps) };
    });
    const { id, heading, shortTitle } = meta;
    return { id, heading, shortTitle, index, paragraphs, steps, visual: steps[0]!.visual };
  });
  const steps = sections.flatMap((s) => s.steps);
  steps.forEach((step, i) => (step.index = i));

  const paragraphById = new Map(sections.flatMap((s) => s.paragraphs.map((p) => [p.id, p])));
  for (const group of files.annotations) {
    if (!paragraphById.has(group.paragraph)) {
      throw new ContentError('annotations.json', group.paragraph, 'no such paragraph');
    }
  }

  const mentions = new Map<string, string[]>();
  for (const a of annotations) {
    const key = `${a.target.type}:${a.target.id}`;
    const list = mentions.get(key) ?? [];
    if (!list.includes(a.paragraph)) list.push(a.paragraph);
    mentions.set(key, list);
  }

  const content: Content = {
    articleId: files.article.id,
    title: parsed.title,
    author: files.article.author,
    written: files.article.written,
    language: files.article.language,
    sections,
    epilogue: files.article.epilogue,
    paragraphById,
    steps,
    stepById: byId(steps, 'article.json'),
    annotations,
    annotationById: byId(annotations, 'annotations.json'),
    actors: files.actors,
    actorById: byId(files.actors, 'actors.json'),
    places: files.places,
    placeById: byId(files.places, 'places.json'),
    events: [...files.events].sort((a, b) => a.date.localeCompare(b.date)),
    eventById: byId(files.events, 'events.json'),
    terms: files.terms,
    termById: byId(files.terms, 'terms.json'),
    notes: files.notes,
    noteById: byId(files.notes, 'notes.json'),
    sources: files.sources,
    sourceById: byId(files.sources, 'sources.json'),
    relations: files.relations,
    phases: files.phases,
    diagram: files.diagram,
    relationById: byId(files.relations, 'relations.json'),
    issues: files.positions.issues,
    positions: files.positions.positions,
    site: files.site,
    stand: files.site.stand,
    changes: files.site.changes,
    foreignPhrases: files.site.foreignPhrases,
    mentions,
  };
  if (parsed.author !== files.article.author) {
    throw new ContentError('article.json', files.article.id, `author differs from the byline`);
  }
  return content;
}

/** Every reference in the content must resolve; returns the broken ones (empty when all is well). */
export function brokenReferences(content: Content): string[] {
  const errors: string[] = [];
  const check = (
    file: string,
    owner: string,
    kind: string,
    ids: string[],
    index: Map<string, unknown>,
  ) => {
    for (const id of ids) {
      if (!index.has(id)) errors.push(`${file}: "${owner}": unknown ${kind} "${id}"`);
    }
  };
  const indexFor = {
    actor: content.actorById,
    place: content.placeById,
    event: content.eventById,
    term: content.termById,
    note: content.noteById,
  } as const;
  const supported = (
    file: string,
    item: { id: string; sources: string[]; paragraphs: string[]; party?: string | undefined },
  ) => {
    check(file, item.id, 'source', item.sources, content.sourceById);
    check(file, item.id, 'paragraph', item.paragraphs, content.paragraphById);
    if (item.party) check(file, item.id, 'party', [item.party], content.actorById);
  };
  for (const a of content.annotations) {
    check('annotations.json', a.id, a.target.type, [a.target.id], indexFor[a.target.type]);
  }
  for (const actor of content.actors) {
    supported('actors.json', actor);
    if (actor.memberOf)
      check('actors.json', actor.id, 'actor', [actor.memberOf], content.actorById);
  }
  for (const place of content.places) {
    supported('places.json', place);
    check('places.json', place.id, 'source', place.summarySources, content.sourceById);
    check('places.json', place.id, 'actor', place.actors, content.actorById);
  }
  for (const event of content.events) {
    supported('events.json', event);
    check('events.json', event.id, 'source', event.report?.sources ?? [], content.sourceById);
    check('events.json', event.id, 'place', event.places, content.placeById);
    check('events.json', event.id, 'actor', event.actors, content.actorById);
  }
  for (const term of content.terms) supported('terms.json', term);
  for (const note of content.notes) {
    supported('notes.json', note);
    check('notes.json', note.id, 'event', note.events, content.eventById);
  }
  const visuals: [string, VisualState][] = content.steps.map((s) => [s.id, s.visual]);
  for (const [owner, visual] of visuals) {
    check('article.json', owner, 'actor', visual.actors, content.actorById);
    check('article.json', owner, 'place', visual.places, content.placeById);
    check('article.json', owner, 'event', visual.events, content.eventById);
    check('article.json', owner, 'relation', visual.relations ?? [], content.relationById);
    if (visual.view !== 'kontext' && !content.site.views.includes(visual.view)) {
      errors.push(
        `article.json: "${owner}": shows the view "${visual.view}", which the article does not have (site.json: views)`,
      );
    }
  }
  check('article.json', 'epilogue', 'event', content.epilogue.events, content.eventById);
  for (const phase of content.phases) {
    const events = [phase.start, ...(phase.end ? [phase.end] : []), ...phase.events];
    check('phases.json', phase.id, 'event', events, content.eventById);
  }
  for (const relation of content.relations) {
    supported('relations.json', relation);
    check('relations.json', relation.id, 'actor', [relation.from, relation.to], content.actorById);
    if (
      relation.quote &&
      !relation.paragraphs.some((p) => content.paragraphById.get(p)?.text.includes(relation.quote!))
    ) {
      errors.push(`relations.json: "${relation.id}": quote is not in the paragraphs it names`);
    }
  }
  const issueIds = new Map(content.issues.map((i) => [i.id, i]));
  for (const position of content.positions) {
    const owner = `${position.actor}/${position.issue}`;
    supported('positions.json', { ...position, id: owner });
    check('positions.json', owner, 'actor', [position.actor], content.actorById);
    check('positions.json', owner, 'issue', [position.issue], issueIds);
    if (
      position.quote &&
      !position.paragraphs.some((p) => content.paragraphById.get(p)?.text.includes(position.quote!))
    ) {
      errors.push(`positions.json: "${owner}": quote is not in the paragraphs it names`);
    }
  }
  return errors;
}
