import {
  useEffect,
  useId,
  useRef,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { Emphasis } from '../../lib/actor-match';
import { timelineUi } from '@locale/chronik';

/** Kept free along the plot's edge, and between the tap and the chooser. */
const EDGE = 8;
const BESIDE = 14;

export interface ChooserEvent {
  id: string;
  dateLabel: string;
  title: string;
  emphasis: Emphasis;
}

/**
 * The events under one tap, to choose from: a small non-modal dialog beside the tapped point. It
 * takes focus when it opens; Escape (or the close button) closes it and gives focus back to the
 * mark; choosing an event opens that event's detail.
 */
export function EventChooser({
  events,
  anchor: { x, y },
  stageWidth,
  stageHeight,
  initial,
  onChoose,
  onZoom,
  onClose,
}: {
  events: readonly ChooserEvent[];
  /** The event to start at (nearest the finger): focused, and so scrolled into view. */
  initial?: string;
  /** Zoom in about the tapped point, so that the marks part. */
  onZoom?: () => void;
  /** The tapped point in the plot. */
  anchor: { x: number; y: number };
  stageWidth: number;
  stageHeight: number;
  onChoose: (id: string) => void;
  /** `refocus`: give focus back to the mark (Escape, the close button), not when focus left. */
  onClose: (refocus: boolean) => void;
}) {
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const start =
      (initial &&
        root.current?.querySelector<HTMLButtonElement>(
          `[data-event-choice="${CSS.escape(initial)}"]`,
        )) ||
      root.current?.querySelector<HTMLButtonElement>('button');
    start?.focus({ preventScroll: true });
    // Within the chooser only: the page itself must not move.
    const list = start?.closest('.timeline-chooser');
    if (start && list) {
      const top = start.offsetTop - list.clientHeight / 2 + start.offsetHeight / 2;
      list.scrollTop = Math.max(0, top);
    }
    // Only when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.nativeEvent.stopImmediatePropagation();
    onClose(true);
  };
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (!(next instanceof Element) || root.current?.contains(next)) return;
    onClose(false);
  };
  // In a narrow plot the chooser takes its width; in a wide one it sits beside the tap, towards
  // the middle. Above or below the tap, wherever there is more room.
  const narrow = stageWidth < 480;
  const down = y < stageHeight / 2;
  const horizontal: CSSProperties = narrow
    ? { left: EDGE, right: EDGE }
    : x > stageWidth / 2
      ? { right: Math.max(EDGE, stageWidth - x + BESIDE) }
      : { left: Math.max(EDGE, x + BESIDE) };
  const vertical: CSSProperties = down
    ? { top: Math.max(EDGE, narrow ? y + BESIDE : y - 16) }
    : { bottom: Math.max(EDGE, stageHeight - y + (narrow ? BESIDE : -16)) };
  const style: CSSProperties = {
    ...horizontal,
    ...vertical,
    maxHeight: `calc(100% - ${2 * EDGE}px)`,
  };
  return (
    // Escape closes from anywhere inside (a dialog's expected key).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={root}
      className="timeline-chooser"
      style={style}
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <p id={titleId} className="timeline-chooser__title">
        {timelineUi.chooser.title(events.length)}
      </p>
      <ul className="timeline-chooser__list">
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="timeline-chooser__event"
              data-event-choice={event.id}
              data-emphasis={event.emphasis}
              onClick={() => onChoose(event.id)}
            >
              <span className="timeline-chooser__date">{event.dateLabel}</span>{' '}
              <span className="timeline-chooser__name">{event.title}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="timeline-chooser__actions">
        {onZoom && (
          <button type="button" className="timeline-chooser__action" onClick={onZoom}>
            {timelineUi.chooser.zoomIn}
          </button>
        )}
        <button type="button" className="timeline-chooser__action" onClick={() => onClose(true)}>
          {timelineUi.close}
        </button>
      </div>
    </div>
  );
}
