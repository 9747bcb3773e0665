import { useId, type KeyboardEvent, type Ref } from 'react';
import { Link, useLocation } from 'react-router';
import { content } from '../../content';
import { formatDateRange } from '../../lib/dates';
import { FactDetail, LinkOrText } from '../../components/facts/fact-detail';
import { describeTarget } from '../../components/facts/fact-summary';
import { withFilterOf } from '../../lib/use-actor-filter';
import { mapUi } from '@locale/karte';
import { eventLink } from '../../lib/links';

/**
 * The open place's detail beside (or over) the map: a non-modal dialog that takes focus when the
 * reader opens it and gives it back to the marker on close or Escape. Its content is the shared
 * FactDetail (what happened there, provenance, sources, paragraphs), then its timeline events as
 * links into the chronicle.
 */
export function PlaceDetail({
  placeId,
  onClose,
  ref,
  headingLevel,
  showMapLink,
}: {
  placeId: string;
  onClose: () => void;
  ref: Ref<HTMLDivElement>;
  headingLevel: 2 | 3;
  /** In the story's panel: a link to the place on the map page. */
  showMapLink: boolean;
}) {
  const headingId = useId();
  const { search } = useLocation();
  const summary = describeTarget({ type: 'place', id: placeId });
  if (!summary) return null;
  const events = summary.events.flatMap((id) => {
    const event = content.eventById.get(id);
    return event ? [event] : [];
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    // Escape closes from anywhere inside (a dialog's expected key); the dialog is focusable so
    // that focus can move into it when the reader opens a place.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={ref}
      className="map-detail"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-map-obstacle
    >
      <button type="button" className="map-detail__close" onClick={onClose}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{mapUi.close}</span>
      </button>
      {/* The events follow as links below, so FactDetail lists none of its own. */}
      <FactDetail
        summary={{ ...summary, events: [], link: undefined }}
        headingId={headingId}
        headingLevel={headingLevel}
      />
      {events.length > 0 && (
        <>
          <p className="fact__label">{mapUi.timelineEvents}</p>
          <ul className="fact__events map-detail__events">
            {events.map((event) => (
              <li key={event.id}>
                <span className="fact__date">{formatDateRange(event.date, event.dateEnd)}</span>{' '}
                <LinkOrText to={eventLink(event.id)}>{event.title}</LinkOrText>
              </li>
            ))}
          </ul>
        </>
      )}
      {showMapLink && summary.link && (
        <Link className="fact__action" to={withFilterOf(summary.link.to, search)}>
          {summary.link.label}
        </Link>
      )}
    </div>
  );
}
