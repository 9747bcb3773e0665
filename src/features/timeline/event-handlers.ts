import type { KeyboardEvent, MouseEvent } from 'react';
import { eventsAt, nearestTo, type HitBox } from './events-at';

export interface EventTargets {
  /** The marks' hit areas and the labels' boxes, in the pixels of the picture that holds them. */
  markBoxes: readonly HitBox[];
  labelBoxes: readonly HitBox[];
  onActivate: (id: string) => void;
  /** Several events under the pointer: the chooser. Without it, the clicked element's event. */
  onAmbiguous?: (ids: string[], at: { x: number; y: number }, from: string) => void;
}

/**
 * The handlers of an event's mark and label, in the timeline's rows and in its column. A click
 * means the events under the pointer (eventsAt): one is activated, several open the chooser at
 * the one nearest the finger. A click without a position (from assistive technology) means the
 * element's own event, and so do Enter and Space.
 */
export function eventHandlers({ markBoxes, labelBoxes, onActivate, onAmbiguous }: EventTargets) {
  const onClick = (id: string) => (event: MouseEvent<SVGGElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    if (!onAmbiguous || !svg || (event.clientX === 0 && event.clientY === 0)) {
      onActivate(id);
      return;
    }
    const rect = svg.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    const ids = eventsAt(x, y, markBoxes, labelBoxes);
    if (ids.length > 1) {
      const near =
        nearestTo(
          x,
          y,
          markBoxes.filter((b) => ids.includes(b.id)),
        ) ?? id;
      onAmbiguous(ids, { x, y }, near);
    } else onActivate(ids[0] ?? id);
  };
  const onKeyDown = (id: string) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(id);
    }
  };
  return { onClick, onKeyDown };
}
