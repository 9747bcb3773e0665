import type { ReactNode } from 'react';
import { timelineUi } from '@locale/chronik';

/**
 * The timeline's buttons (zoom in and out, back to the section's view, to the summit) and the
 * dates in view. In the phone's panel band ("mini") it folds into one slim row with the
 * overview strip, the dates kept for screen readers only.
 */
export function TimelineToolbar({
  mini,
  iconReset,
  canZoomIn,
  canZoomOut,
  onZoomBy,
  onReset,
  summit,
  onSummit,
  fromLabel,
  toLabel,
  overview,
}: {
  mini: boolean;
  /** The reset button as an icon: a narrow toolbar keeps its words for "Zum Gipfel". */
  iconReset: boolean;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoomBy: (factor: number) => void;
  onReset: () => void;
  summit?: { id: string; dateLabel: string } | undefined;
  onSummit: () => void;
  fromLabel: string;
  toLabel: string;
  /** The overview strip, shown in the toolbar when mini. */
  overview: ReactNode;
}) {
  return (
    <div className="timeline__toolbar">
      <div className="timeline__buttons">
        <button
          type="button"
          className="timeline__button"
          aria-label={timelineUi.zoomIn}
          title={timelineUi.zoomIn}
          disabled={!canZoomIn}
          onClick={() => onZoomBy(2)}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className="timeline__button"
          aria-label={timelineUi.zoomOut}
          title={timelineUi.zoomOut}
          disabled={!canZoomOut}
          onClick={() => onZoomBy(0.5)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          className={iconReset ? 'timeline__button' : 'timeline__button timeline__button--text'}
          aria-label={iconReset ? timelineUi.reset : undefined}
          title={iconReset ? timelineUi.reset : undefined}
          onClick={onReset}
        >
          {iconReset ? <span aria-hidden="true">↺</span> : timelineUi.reset}
        </button>
        {summit && (
          <button
            type="button"
            className="timeline__button timeline__button--text timeline__button--summit"
            aria-label={timelineUi.toSummitLabel(summit.dateLabel)}
            data-summit={summit.id}
            onClick={onSummit}
          >
            {timelineUi.toSummit}
          </button>
        )}
      </div>
      <p className={mini ? 'visually-hidden' : 'timeline__range'}>
        <span className="visually-hidden">{timelineUi.visible(fromLabel, toLabel)}</span>
        <span aria-hidden="true">{`${fromLabel} – ${toLabel}`}</span>
      </p>
      {mini && overview}
    </div>
  );
}
