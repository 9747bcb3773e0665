import type { ComponentType, LazyExoticComponent } from 'react';
import type { VisualState } from '../../content/schema';

/** What every visual view gets from the story panel (and its own page). */
export interface VisualProps {
  visual: VisualState;
  /** The actor filter: ids of the selected actors (empty: no filter). */
  selected: readonly string[];
  /** The section whose state is shown (for ids and labels). */
  sectionId: string;
}

export type VisualView = Exclude<VisualState['view'], 'kontext'>;

/** The lazily loaded views, composed by the app (features do not import each other). */
export type VisualViews = Partial<
  Record<VisualView, LazyExoticComponent<ComponentType<VisualProps>>>
>;

/** Starts loading the chunk of a lazy view without rendering it. */
export type PrefetchViews = Partial<Record<VisualView, () => Promise<unknown>>>;
