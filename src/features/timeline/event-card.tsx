import { useId, type Ref } from 'react';
import { FactDetail } from '../../components/facts/fact-detail';
import { eventSummary } from './event-summary';
import { timelineUi } from '@locale/chronik';

/** The open event's detail beside the plot: the shared fact detail, with a way to close it. */
export function EventCard({
  id,
  headingLevel,
  onClose,
  ref,
}: {
  id: string;
  headingLevel: 2 | 3;
  onClose: () => void;
  ref: Ref<HTMLElement>;
}) {
  const headingId = useId();
  const summary = eventSummary(id);
  if (!summary) return null;
  return (
    <section
      ref={ref}
      className="timeline__card"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-event-detail={id}
    >
      <button type="button" className="popover__close timeline__close" onClick={onClose}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{timelineUi.close}</span>
      </button>
      <FactDetail summary={summary} headingId={headingId} headingLevel={headingLevel} />
    </section>
  );
}
