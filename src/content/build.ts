/**
 * Turns the stored data files into the indexed content the app reads. Pure: the same function
 * runs in the browser, in the prerender, in tests and in the build-time validator.
 */
import { parseArticle } from './article-text';
import type {
  Actor,
  ContentFiles,
  FactNote,
  Issue,
  Place,
  Position,
  Relation,
  SectionMeta,
  Source,
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

export interface Paragraph {
  id: string;
  sectionId: string;
  text: string;
  segments: Segment[];
  /** The visual state this paragraph pins while it is read, if it is a step. */
  step?: VisualState;
}

export interface Section extends Omit<SectionMeta, 'steps'> {
  index: number;
  paragraphs: Paragraph[];
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
  stand: string;
  changes: ContentFiles['site']['changes'];
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

export function buildContent(files: ContentFiles): Content {
  const parsed = parseArticle(files.articleText);
  const metas = files.article.sections;
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
    // A step overrides only what it names.
    const stepByParagraph = new Map(
      meta.steps.map((s) => [s.paragraph, { ...meta.visual, ...s.visual }]),
    );
    const paragraphs = parsedSection.paragraphs.map((text, i) => {
      const id = `${meta.id}-${i + 1}`;
      const { segments, annotations: found } = segmentParagraph(
        { id, text },
        marksByParagraph.get(id) ?? [],
      );
      annotations.push(...found);
      const step = stepByParagraph.get(id);
      return { id, sectionId: meta.id, text, segments, ...(step ? { step } : {}) };
    });
    const { steps, ...rest } = meta;
    for (const step of steps) {
      if (!paragraphs.some((p) => p.id === step.paragraph)) {
        throw new ContentError(
          'article.json',
          meta.id,
          `step names unknown paragraph ${step.paragraph}`,
        );
      }
    }
    return { ...rest, index, paragraphs };
  });

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
    relationById: byId(files.relations, 'relations.json'),
    issues: files.positions.issues,
    positions: files.positions.positions,
    stand: files.site.stand,
    changes: files.site.changes,
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
  const visuals: [string, VisualState][] = content.sections.flatMap((s) => [
    [s.id, s.visual] as [string, VisualState],
    ...s.paragraphs.flatMap((p) => (p.step ? [[p.id, p.step] as [string, VisualState]] : [])),
  ]);
  for (const [owner, visual] of visuals) {
    check('article.json', owner, 'actor', visual.actors, content.actorById);
    check('article.json', owner, 'place', visual.places, content.placeById);
    check('article.json', owner, 'event', visual.events, content.eventById);
    check('article.json', owner, 'relation', visual.relations ?? [], content.relationById);
  }
  check('article.json', 'epilogue', 'event', content.epilogue.events, content.eventById);
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
