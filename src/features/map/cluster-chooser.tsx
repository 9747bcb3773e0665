import {
  useEffect,
  useId,
  useRef,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { Place } from '../../content/schema';
import type { Emphasis } from '../../lib/actor-match';
import { mapUi } from '@locale/karte';
import { colouredActorIds } from './coloured';

/** Pixels between the marker's centre and the chooser, and kept free along the frame's edge. */
const BESIDE = 18;
const EDGE = 8;
const MAX_WIDTH = 304;
/** Below this width the map has no room beside a marker: the chooser is a sheet along its foot. */
const SHEET_BELOW = 480;

/**
 * The places of a cluster to choose from: a small non-modal dialog beside the cluster's marker.
 * It takes focus when it opens; Escape closes it and gives focus back to the marker; choosing a
 * place opens that place's detail. Where zooming in would part the places, it offers that too.
 */
export function ClusterChooser({
  clusterKey,
  places,
  emphasis,
  anchor: { x, y },
  stageWidth,
  stageHeight,
  canZoom,
  onChoose,
  onZoom,
  onClose,
}: {
  /** The cluster's key: its marker is `[data-cluster=key]`. */
  clusterKey: string;
  places: readonly Place[];
  emphasis: ReadonlyMap<string, Emphasis>;
  /** The cluster's point in the map's container, where the chooser is anchored. */
  anchor: { x: number; y: number };
  stageWidth: number;
  stageHeight: number;
  canZoom: boolean;
  onChoose: (id: string) => void;
  onZoom: () => void;
  /** `refocus`: give focus back to the marker (Escape, the close button), not when focus left. */
  onClose: (refocus: boolean) => void;
}) {
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose(true);
  };
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget;
    // Focus went elsewhere on the page (not into the chooser, and not to nowhere): it is done.
    // Its own marker is the exception: a click there toggles the chooser itself.
    if (!(next instanceof Element) || root.current?.contains(next)) return;
    if (next.closest(`[data-cluster="${CSS.escape(clusterKey)}"]`)) return;
    onClose(false);
  };
  // Beside the marker, towards the middle of the map, and never beyond the frame (its list
  // scrolls, its buttons stay in view). A narrow map (a phone's) has no room beside a marker: the
  // chooser is a sheet along the map's foot, across its width.
  const sheet = stageWidth < SHEET_BELOW;
  const toLeft = x > stageWidth / 2;
  const down = y < stageHeight / 2;
  const top = Math.max(EDGE, y - 16);
  const bottom = Math.max(EDGE, stageHeight - y - 16);
  const style: CSSProperties = sheet
    ? { left: 0, right: 0, bottom: 0, maxHeight: stageHeight - EDGE }
    : {
        ...(toLeft ? { right: stageWidth - x + BESIDE } : { left: x + BESIDE }),
        ...(down ? { top } : { bottom }),
        maxWidth: Math.min(MAX_WIDTH, (toLeft ? x : stageWidth - x) - BESIDE - EDGE),
        maxHeight: stageHeight - (down ? top : bottom) - EDGE,
      };
  return (
    // Escape closes from anywhere inside (a dialog's expected key).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={root}
      className={`map-chooser${sheet ? ' map-chooser--sheet' : ''}`}
      style={style}
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <p id={titleId} className="map-chooser__title">
        {mapUi.cluster.title(places.length)}
      </p>
      <ul className="map-chooser__list">
        {places.map((place) => {
          const [first, second] = place.actors.filter((a) => colouredActorIds.has(a));
          return (
            <li key={place.id}>
              <button
                type="button"
                className="map-chooser__place"
                data-place={place.id}
                data-emphasis={emphasis.get(place.id) ?? 'neutral'}
                onClick={() => onChoose(place.id)}
              >
                <span
                  aria-hidden="true"
                  className={[
                    'map-marker__dot',
                    'map-chooser__dot',
                    `map-actor--${first ?? 'none'}`,
                    ...(second ? [`map-actor2--${second}`, 'map-marker__dot--split'] : []),
                  ].join(' ')}
                />
                {place.name}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="map-chooser__actions">
        {canZoom && (
          <button type="button" className="map-chooser__action" onClick={onZoom}>
            {mapUi.cluster.zoomIn}
          </button>
        )}
        <button type="button" className="map-chooser__action" onClick={() => onClose(true)}>
          {mapUi.close}
        </button>
      </div>
    </div>
  );
}
