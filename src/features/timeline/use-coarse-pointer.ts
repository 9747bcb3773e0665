import { useMediaQuery } from '../../lib/use-media-query';

/**
 * Whether the reader's main pointer is a finger: the timeline's hit areas grow to 44 px and its
 * instructions speak of swiping and pinching instead of the mouse wheel.
 */
export function useCoarsePointer(): boolean {
  return useMediaQuery('(pointer: coarse)');
}
