import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

/** One query list for the page: asking the browser for a new one on every render costs time. */
let list: MediaQueryList | null | undefined;
function queryList(): MediaQueryList | null {
  if (list === undefined)
    list = typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
  return list;
}

function subscribe(notify: () => void) {
  const media = queryList();
  media?.addEventListener('change', notify);
  return () => media?.removeEventListener('change', notify);
}

/** Whether the reader asked for less motion: maps jump and timelines move without gliding. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => queryList()?.matches ?? false,
    () => false,
  );
}
