import { createElement, lazy, useState, type ComponentType } from 'react';
import type { Callout } from '../content';
import type { VisualState } from '../content/schema';
import { withDetailTexts } from '../content/detail-texts';

// The panel's contract: the story's panel (features/story) and each view's page render the views
// through these types, and the views implement them; the app owns it, as it composes both.

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

type ViewModule = { default: ComponentType<VisualProps> };

/**
 * A view's chunk, fetched once, and the component that shows it. When the chunk is here already
 * (fetched ahead of need), the view renders at once, in the same render as the rest of the panel.
 * Otherwise it goes through React.lazy. (A lazy component suspends in its first render even when
 * its code has arrived: the panel would show its fallback first, and React reveals the view in a
 * later commit of its own, held back by its throttle for revealing suspended content.)
 */
function preloadable(name: string, load: () => Promise<ViewModule>) {
  let loaded: ViewModule | undefined;
  let pending: Promise<ViewModule> | undefined;
  const prefetch = () =>
    (pending ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        pending = undefined; // A later attempt may succeed (the network may be back).
        throw error;
      },
    ));
  // React.lazy keeps its failure: rendered again, it throws the same error at once. It is made
  // anew only once the panel has shown the failure (`forgetFailure`), never while a render is
  // under way: a transition retries its render from scratch, and a fresh lazy there would fetch
  // again and again without end.
  let Lazy = lazy(prefetch);
  function View(props: VisualProps) {
    // Chosen once per mount: changing from the lazy to the loaded component would remount it.
    const [Component] = useState<ComponentType<VisualProps>>(() => loaded?.default ?? Lazy);
    return createElement(Component, props);
  }
  View.displayName = `View(${name})`;
  View.forgetFailure = () => {
    if (!loaded) Lazy = lazy(prefetch);
  };
  return { prefetch, View };
}

/**
 * The story's visual views, each its own chunk (with its libraries and data), fetched when the
 * reader rests near a section that shows it.
 */
const karte = preloadable('karte', () => withDetailTexts(import('../features/map/map-visual')));
const chronik = preloadable('chronik', () =>
  withDetailTexts(import('../features/timeline/timeline-visual')),
);
const akteure = preloadable('akteure', () =>
  withDetailTexts(import('../features/actors/diagram-visual')),
);

export const prefetchViews = {
  karte: karte.prefetch,
  chronik: chronik.prefetch,
  akteure: akteure.prefetch,
} satisfies PrefetchViews;

export const visualViews: VisualViews = {
  karte: karte.View,
  chronik: chronik.View,
  akteure: akteure.View,
};
