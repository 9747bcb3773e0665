/**
 * Which section and step the reader is at. One IntersectionObserver watches every section and
 * step of the story against a reading line across the viewport; no scroll event decides the
 * position. The one scroll listener here (passive, added by the panel) only notes the page's
 * position and time, so the panel can tell a flick from a rest (isPageMoving).
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
 * Above this speed the page is moving, not being read: 600 px/s, well above a reader who scrolls
 * while reading, well below a flick through the story (1500 px/s and more).
 */
export const FLICK_PX_PER_MS = 0.6;

/** The page's scroll position and speed, from scroll events (one listener for the page). */
const motion = { y: 0, at: -Infinity, speed: 0, listening: false };

function trackScroll() {
  const now = performance.now();
  const y = window.scrollY;
  const dt = now - motion.at;
  // Smoothed over the last few events; after a pause the speed starts afresh.
  const speed = dt > 0 ? Math.abs(y - motion.y) / dt : motion.speed;
  motion.speed = dt > 2 * SETTLE_MS ? speed : (motion.speed + speed) / 2;
  motion.y = y;
  motion.at = now;
}

/** Starts following the page's scroll speed (once; a passive listener). */
export function followScrollSpeed() {
  if (motion.listening || typeof window === 'undefined') return;
  motion.listening = true;
  motion.y = window.scrollY;
  window.addEventListener('scroll', trackScroll, { passive: true });
}

/**
 * Whether the page is still moving fast: a scroll within the last SETTLE_MS at flicking speed, or
 * a position that has changed since the last scroll event (a busy main thread delivers them late,
 * and a pause between them is then no rest).
 */
export function isPageMoving(now = performance.now()): boolean {
  if (!motion.listening) return false;
  if (Math.abs(window.scrollY - motion.y) > 1) return true;
  return now - motion.at < SETTLE_MS && motion.speed > FLICK_PX_PER_MS;
}

/** For tests: forget the scroll motion. */
export function resetScrollSpeed() {
  motion.y = typeof window === 'undefined' ? 0 : window.scrollY;
  motion.at = -Infinity;
  motion.speed = 0;
}

/**
 * Everything above the reading line (a little above the middle of the viewport), however far up:
 * a section or step intersects it once its top has crossed the line. (A band, not the line
 * itself: a fast scroll can carry a whole section across the line between two frames, and the
 * line would never see it.)
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
    const step =
      steps.findLast((el) => above.has(el) && current.contains(el))?.dataset.step ?? null;
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
