import type { ComponentType } from 'react';
import type { Callout } from '../../content';
import type { VisualState } from '../../content/schema';

/** What every visual view gets from the story panel (and its own page). */
export interface VisualProps {
  visual: VisualState;
  /**
   * The step's callouts, drawn on the view beside what they name (the story's panel; a page has
   * none). The panel's card lists them as text, so on the view they are hidden from screen readers.
   */
  callouts?: readonly Callout[];
  /** The actor filter: ids of the selected actors (empty: no filter). */
  selected: readonly string[];
  /** The section whose state is shown (for ids and labels). */
  sectionId: string;
}

export type VisualView = Exclude<VisualState['view'], 'kontext'>;

/**
 * A view as the panel gets it. `forgetFailure`, called once the panel shows that the view could
 * not be loaded, lets the next mount (the reader's "try again", or the view coming back) fetch its
 * code afresh.
 */
export type ViewComponent = ComponentType<VisualProps> & { forgetFailure?: () => void };

/**
 * The views, loaded when needed, composed by the app (features do not import each other). A view
 * whose code has not arrived suspends: the panel shows its placeholder meanwhile.
 */
export type VisualViews = Partial<Record<VisualView, ViewComponent>>;

/** Starts loading the chunk of a lazy view without rendering it. */
export type PrefetchViews = Partial<Record<VisualView, () => Promise<unknown>>>;
