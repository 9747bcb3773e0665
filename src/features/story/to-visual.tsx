import type { Section } from '../../content';
import { ui } from '@locale/ui';
import type { ActiveStep } from './active-step';

/** The panel's id: "Grafik zu diesem Abschnitt" links to it (a plain jump without JavaScript). */
export const PANEL_ID = 'grafik';

type Listener = (at: ActiveStep) => void;
const listeners = new Set<Listener>();

/** Asks the panel to show a reading position's state and to take the focus. */
export function requestVisual(at: ActiveStep) {
  for (const listener of listeners) listener(at);
}

/** The panel listens for readers who ask for a section's visual. Returns the cleanup. */
export function onVisualRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * After each section: takes a keyboard (or screen-reader) reader into the panel, in the state the
 * section ends with, without tabbing through the rest of the article first.
 */
export function ToVisual({ section }: { section: Section }) {
  const lastStep = section.steps.at(-1);
  return (
    <div className="story__to-visual">
      <a
        href={`#${PANEL_ID}`}
        className="story__to-visual-link"
        onClick={(event) => {
          event.preventDefault();
          requestVisual({ section: section.id, step: lastStep?.id ?? null });
        }}
      >
        {ui.panel.toVisual}
        <span className="visually-hidden">: {section.shortTitle}</span>
      </a>
    </div>
  );
}
