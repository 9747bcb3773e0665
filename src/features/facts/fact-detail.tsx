import { Link, useLocation } from 'react-router';
import { content } from '../../content';
import { useSources } from '../../content/sources';
import type { Provenance } from '../../content/schema';
import { factSourcesPath, type AnnotationTarget } from '../../content/target';
import { ui } from '../../content/ui.de';
import { ProvenanceBadge } from '../../components/ui/provenance-badge';
import { formatDateRange } from '../../lib/dates';
import { withActorFilter, FILTER_PARAM } from '../filter/use-actor-filter';

export interface FactSummary {
  kind: string;
  title: string;
  meta?: string;
  text: string;
  note?: string;
  provenance: Provenance;
  sources: string[];
  paragraphs: string[];
  /** Related events (for places and fact-check notes). */
  events: string[];
  /** Actors involved (for events): each links to its node in the diagram. */
  actors?: string[];
  link?: { to: string; label: string };
  flags: string[];
  /** The fact's entry on the sources page ("/quellen#fakt-place-kyiv"). */
  sourcesEntry?: string;
}

/** The summit date: events from it on happened after the article was written. */
const ARTICLE_WRITTEN_BEFORE = '2025-08-15';

/** The paragraphs a fact names as its support, then those that mention it, without repeats. */
function paragraphsFor(target: AnnotationTarget, own: string[]): string[] {
  const mentioned = content.mentions.get(`${target.type}:${target.id}`) ?? [];
  return [...new Set([...own, ...mentioned])];
}

export function describeTarget(target: AnnotationTarget): FactSummary | undefined {
  const summary = describeOwnTarget(target);
  return (
    summary && {
      ...summary,
      paragraphs: paragraphsFor(target, summary.paragraphs),
      sourcesEntry: factSourcesPath(target.type, target.id),
    }
  );
}

function describeOwnTarget(target: AnnotationTarget): FactSummary | undefined {
  switch (target.type) {
    case 'actor': {
      const actor = content.actorById.get(target.id);
      if (!actor) return undefined;
      return {
        kind: ui.annotationKind.actor,
        title: actor.fullName,
        text: actor.summary,
        provenance: actor.provenance,
        sources: actor.sources,
        paragraphs: actor.paragraphs,
        events: [],
        link: { to: `/akteure?knoten=${actor.id}`, label: ui.popover.showInDiagram },
        flags: [],
      };
    }
    case 'place': {
      const place = content.placeById.get(target.id);
      if (!place) return undefined;
      return {
        kind: ui.annotationKind.place,
        title: place.name,
        meta: `${ui.popover.precision}: ${place.precision}`,
        text: place.summary,
        provenance: place.provenance,
        sources: place.sources,
        paragraphs: place.paragraphs,
        events: content.events.filter((e) => e.places.includes(place.id)).map((e) => e.id),
        link: { to: `/karte?ort=${place.id}`, label: ui.popover.showOnMap },
        flags: place.verified ? [] : [ui.popover.approximate],
      };
    }
    case 'event': {
      const event = content.eventById.get(target.id);
      if (!event) return undefined;
      return {
        kind: ui.annotationKind.event,
        title: event.title,
        meta: formatDateRange(event.date, event.dateEnd),
        text: event.text,
        ...(event.note ? { note: event.note } : {}),
        provenance: event.provenance,
        sources: event.sources,
        paragraphs: event.paragraphs,
        events: [],
        actors: event.actors,
        link: { to: `/chronik?ereignis=${event.id}`, label: ui.popover.showInTimeline },
        flags: [
          ...(event.extra ? [ui.popover.extra] : []),
          ...(event.date >= ARTICLE_WRITTEN_BEFORE ? [ui.popover.afterArticle] : []),
        ],
      };
    }
    case 'term': {
      const term = content.termById.get(target.id);
      if (!term) return undefined;
      return {
        kind: ui.annotationKind.term,
        title: term.term,
        text: term.definition,
        provenance: term.provenance,
        sources: term.sources,
        paragraphs: term.paragraphs,
        events: [],
        link: { to: `/glossar#${term.id}`, label: ui.popover.showInGlossary },
        flags: [],
      };
    }
    case 'note': {
      const note = content.noteById.get(target.id);
      if (!note) return undefined;
      return {
        kind: ui.annotationKind.note,
        title: note.title,
        text: note.text,
        provenance: note.provenance,
        sources: note.sources,
        paragraphs: note.paragraphs,
        events: note.events,
        flags: [],
      };
    }
  }
}

export function SourceList({ ids }: { ids: string[] }) {
  const sources = useSources();
  if (ids.length === 0) return <p className="fact__sources-none">{ui.popover.noSources}</p>;
  if (!sources) return <p className="fact__sources-none">{ui.popover.sourcesLoading}</p>;
  return (
    <ul className="fact__sources">
      {ids.map((id) => {
        const source = sources.get(id);
        if (!source) return null;
        return (
          <li key={id}>
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** An internal link ("/karte?ort=kyiv", "/quellen#fakt-…") with the filter of `search` added. */
export function withFilterOf(to: string, search: string): string {
  const filter = new URLSearchParams(search).get(FILTER_PARAM);
  if (!filter) return to;
  const [path, hash = ''] = to.split('#');
  const [pathname = '', query = ''] = (path ?? '').split('?');
  const merged = withActorFilter(query ? `?${query}` : '', filter.split(','));
  return `${pathname}${merged}${hash ? `#${hash}` : ''}`;
}

/** Keeps the reader's actor filter on internal links. */
function useFilteredLink(to: string): string {
  return withFilterOf(to, useLocation().search);
}

function FilteredLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="fact__action" to={useFilteredLink(to)}>
      {children}
    </Link>
  );
}

/** Keeps the reader's actor filter on internal links: returns a function from path to link. */
export function useKeepFilter(): (to: string) => string {
  const { search } = useLocation();
  return (to) => withFilterOf(to, search);
}

/**
 * The "Quellen" line of every detail view: a link to the fact's entry on the sources page, where
 * its sources, kind and the method behind it stand together. Keeps the reader's filter.
 */
export function SourcesEntryLink({ to, title }: { to: string; title: string }) {
  return (
    <p className="fact__sources-entry">
      {/* The name says which fact, for lists of links; it begins with the visible words. */}
      <Link to={useFilteredLink(to)} aria-label={`${ui.popover.sourcesEntry}: ${title}`}>
        {ui.popover.sourcesEntry}
      </Link>
    </p>
  );
}

/** The detail of one fact: shared by popovers, the context panel and the text-alternative pages. */
export function FactDetail({
  summary,
  headingId,
  headingLevel = 2,
}: {
  summary: FactSummary;
  headingId?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const keep = useKeepFilter();
  const actors = (summary.actors ?? []).flatMap((id) => content.actorById.get(id) ?? []);
  return (
    <div className="fact">
      {summary.kind && <p className="fact__kind">{summary.kind}</p>}
      <Heading className="fact__title" id={headingId}>
        {summary.title}
      </Heading>
      {summary.meta && <p className="fact__meta">{summary.meta}</p>}
      <p className="fact__badges">
        <ProvenanceBadge kind={summary.provenance} />
        {summary.flags.map((flag) => (
          <span key={flag} className="badge badge--flag">
            {flag}
          </span>
        ))}
      </p>
      <p className="fact__text">{summary.text}</p>
      {summary.note && <p className="fact__note">{summary.note}</p>}
      {summary.events.length > 0 && (
        <>
          <p className="fact__label">{ui.popover.events}</p>
          <ul className="fact__events">
            {summary.events.map((id) => {
              const event = content.eventById.get(id);
              return event ? (
                <li key={id}>
                  <span className="fact__date">{formatDateRange(event.date, event.dateEnd)}</span>{' '}
                  <Link to={keep(`/chronik?ereignis=${id}`)}>{event.title}</Link>
                </li>
              ) : null;
            })}
          </ul>
        </>
      )}
      {actors.length > 0 && (
        <p className="fact__actors">
          {ui.popover.actors}:{' '}
          {actors.map((actor, i) => (
            <span key={actor.id}>
              {i > 0 && ', '}
              <Link to={keep(`/akteure?knoten=${actor.id}`)}>{actor.name}</Link>
            </span>
          ))}
        </p>
      )}
      {summary.paragraphs.length > 0 && (
        <p className="fact__paragraphs">
          {ui.popover.inArticle}:{' '}
          {summary.paragraphs.map((id, i) => {
            const paragraph = content.paragraphById.get(id);
            const section = paragraph && content.sections.find((s) => s.id === paragraph.sectionId);
            return section ? (
              <span key={id}>
                {i > 0 && ', '}
                <Link to={keep(`/#${id}`)}>{section.shortTitle}</Link>
              </span>
            ) : null;
          })}
        </p>
      )}
      <p className="fact__label">{ui.popover.sources}</p>
      <SourceList ids={summary.sources} />
      {summary.sourcesEntry && <SourcesEntryLink to={summary.sourcesEntry} title={summary.title} />}
      {summary.link && <FilteredLink to={summary.link.to}>{summary.link.label}</FilteredLink>}
    </div>
  );
}
