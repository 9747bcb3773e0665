/**
 * Which section (and step) the reader is at. One IntersectionObserver watches every section and
 * step of the story against a reading line across the viewport; nothing listens to scroll events.
 * Kept outside React state so only the panel and the table of contents re-render (the panel a
 * moment later, in the background: see visual-panel.tsx).
 */
import { useMemo, useSyncExternalStore } from 'react';

export interface ActiveStep {
  section: string;
  /** The step paragraph being read, if the section pins any. */
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

/** The reading line sits a little above the middle of the viewport (below a phone's panel band). */
export const READING_LINE_MARGIN = '-55% 0px -45% 0px';

/**
 * Observes `[data-section]` and `[data-step]` elements inside root; calls onSection when the
 * section under the reading line changes. Returns a cleanup function.
 */
export function observeSteps(root: HTMLElement, onSection?: (id: string) => void): () => void {
  const inside = new Set<Element>();
  const pick = () => {
    let section: string | null = null;
    let step: string | null = null;
    for (const el of inside) {
      const s = (el as HTMLElement).dataset.section;
      const p = (el as HTMLElement).dataset.step;
      if (s) section = s;
      if (p) step = p;
    }
    if (!section) return; // between sections: keep the last one
    const changed = active?.section !== section;
    emit({ section, step });
    if (changed) onSection?.(section);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) inside.add(entry.target);
        else inside.delete(entry.target);
      }
      pick();
    },
    { rootMargin: READING_LINE_MARGIN, threshold: 0 },
  );
  root.querySelectorAll('[data-section], [data-step]').forEach((el) => observer.observe(el));
  return () => observer.disconnect();
}

/** For tests: forget the reading position. */
export function resetActiveStep() {
  active = null;
}
