import { content } from '../../content';
import type { Provenance } from '../../content/schema';
import { factSourcesPath, type AnnotationTarget } from '../../content/target';
import { ui } from '@locale/ui';
import { formatDateRange } from '../../lib/dates';
import { eventLink, nodeLink, placeLink, termLink } from '../../lib/links';

/**
 * What a detail view shows of one fact (an actor, place, event, term or note), read from the
 * content. The story needs it at once (the epilogue, the popover's title); the detail itself,
 * `FactDetail`, is fetched when a reader first opens one.
 */
export interface FactSummary {
  kind: string;
  title: string;
  meta?: string;
  text: string;
  note?: string;
  provenance: Provenance;
  /** Whose claim it is, by name (for a 'behauptung'). */
  party?: string;
  /** A statement of another kind about the same fact, shown apart with its own badge. */
  report?: { text: string; provenance: Provenance; sources: string[] };
  /** A correction of the author's words at this spot (the article stays unaltered). */
  correction?: string;
  sources: string[];
  paragraphs: string[];
  /** Related events (for places and fact-check notes). */
  events: string[];
  /** Actors involved (for events): each links to its node in the diagram. */
  actors?: string[];
  /** An action on the fact; `object` names what it acts on, if not the fact itself. */
  link?: { to: string; label: string; object?: string };
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

/** The name of the party whose claim a statement is, if it is one. */
function partyOf(id: string | undefined): { party?: string } {
  const actor = id ? content.actorById.get(id) : undefined;
  return actor ? { party: actor.name } : {};
}

/** A link to where a fact is shown, if the article has that view. */
const linkTo = (to: string | undefined, label: string) => (to ? { to, label } : undefined);

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
        link: linkTo(nodeLink(actor.id), ui.popover.showInDiagram),
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
        // The point's sources, then those of what the card says happened there.
        sources: [...new Set([...place.sources, ...place.summarySources])],
        paragraphs: place.paragraphs,
        events: content.events.filter((e) => e.places.includes(place.id)).map((e) => e.id),
        link: linkTo(placeLink(place.id), ui.popover.showOnMap),
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
        ...partyOf(event.party),
        ...(event.report
          ? {
              report: {
                text: event.report.text,
                provenance: 'medien',
                sources: event.report.sources,
              },
            }
          : {}),
        sources: event.sources,
        paragraphs: event.paragraphs,
        events: [],
        actors: event.actors,
        link: linkTo(eventLink(event.id), ui.popover.showInTimeline),
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
        link: { to: termLink(term.id), label: ui.popover.showInGlossary },
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
        ...(note.correction ? { correction: note.correction } : {}),
        sources: note.sources,
        paragraphs: note.paragraphs,
        events: note.events,
        flags: [],
      };
    }
  }
}
