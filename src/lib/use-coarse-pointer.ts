import { useMediaQuery } from './use-media-query';

/**
 * Whether the reader's main pointer is a finger: targets then grow to a thumb's size (the map's
 * markers, grouped so that those never overlap; the timeline's 44 px hit areas), and instructions
 * speak of swiping and pinching instead of the mouse wheel.
 */
export function useCoarsePointer(): boolean {
  return useMediaQuery('(pointer: coarse)');
}
