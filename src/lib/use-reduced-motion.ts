import { useMediaQuery } from './use-media-query';

/** Whether the reader asked for less motion: maps jump and timelines move without gliding. */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
