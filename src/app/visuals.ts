import { lazy } from 'react';
import type { PrefetchViews, VisualViews } from '../features/story/visual-views';
import { withEventTexts } from '../content/event-texts';

/**
 * The story's visual views, each its own chunk (with its libraries and data), fetched when the
 * reader approaches a section that shows it.
 */
export const prefetchViews = {
  karte: () => withEventTexts(import('../features/map/map-visual')),
  chronik: () => withEventTexts(import('../features/timeline/timeline-visual')),
  akteure: () => withEventTexts(import('../features/actors/diagram-visual')),
} satisfies PrefetchViews;

export const visualViews: VisualViews = {
  karte: lazy(prefetchViews.karte),
  chronik: lazy(prefetchViews.chronik),
  akteure: lazy(prefetchViews.akteure),
};
