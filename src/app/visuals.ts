import { createElement, lazy, useState, type ComponentType } from 'react';
import type { PrefetchViews, VisualProps, VisualViews } from '../features/story/visual-views';
import { withDetailTexts } from '../content/detail-texts';

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
