/**
 * Which section and step the reader is at. One IntersectionObserver watches every section and
 * step of the story against a reading line across the viewport; nothing listens to scroll events.
 * Kept outside React state so only the panel and the table of contents re-render (the panel a
 * moment later, in the background: see visual-panel.tsx).
 */
import { useMemo, useSyncExternalStore } from 'react';

export interface ActiveStep {
  section: string;
  /** The step being read (null: the section's first, its heading being on the line). */
  step: string | null;
}

type Listener = () => void;

let active: ActiveStep | null = null;
const listeners = new Set<Listener>();

function emit(next: ActiveStep) {
  if (active && active.section === next.section && active.step === next.step) return;
  active = next;
  for (const listener of listeners) listener();
}

export function setActiveStep(next: ActiveStep) {
  emit(next);
}

function subscribe(listener: Listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useActiveStep(initialSection: string): ActiveStep {
  const current = useSyncExternalStore(
    subscribe,
    () => active,
    () => null,
  );
  // The same object on every render until the position changes (the panel defers on it).
  return useMemo(
    () => current ?? { section: initialSection, step: null },
    [current, initialSection],
  );
}

/**
 * How long the reading position must rest before what follows it slowly does: the panel's view,
 * the address and the storage. A reader scrolling past several sections builds none of them.
 */
export const SETTLE_MS = 150;

/**
 * Everything above the reading line (a little above the middle of the viewport, below a phone's
 * panel band), however far up: a section intersects it once its top has
 * crossed the line. (A band, not the line itself: a fast scroll can carry a whole section across
 * the line between two frames, and the line would never see it.)
 */
export const ABOVE_READING_LINE_MARGIN = '100000% 0px -45% 0px';

/**
 * Observes `[data-section]` and `[data-step]` elements inside root and emits the reading position:
 * the last section whose top has crossed the reading line, and in it the last step whose top has
 * (null while none has: the section's heading is on the line, and its first step applies). So
 * every position belongs to one step, also between two paragraphs, and a step inside a paragraph
 * (an inline span from a sentence on) begins where its first line does. Calls onSection when the
 * section changes. Returns a cleanup function.
 */
export function observeSteps(root: HTMLElement, onSection?: (id: string) => void): () => void {
  const sections = [...root.querySelectorAll<HTMLElement>('[data-section]')];
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const above = new Set<Element>();
  const pick = () => {
    let current: HTMLElement | undefined;
    for (const el of sections) if (above.has(el)) current = el;
    if (!current) return;
    const section = current.dataset.section!;
    let step: string | null = null;
    for (const el of steps) if (above.has(el) && current.contains(el)) step = el.dataset.step!;
    const changed = active?.section !== section;
    emit({ section, step });
    if (changed) onSection?.(section);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) above.add(entry.target);
        else above.delete(entry.target);
      }
      pick();
    },
    { rootMargin: ABOVE_READING_LINE_MARGIN, threshold: 0 },
  );
  sections.forEach((el) => observer.observe(el));
  steps.forEach((el) => observer.observe(el));
  return () => observer.disconnect();
}

/** For tests: forget the reading position. */
export function resetActiveStep() {
  active = null;
}
