import { useSyncExternalStore } from 'react';

const QUERY = '(pointer: coarse)';

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

/**
 * Whether the reader points with a finger: the map's markers then get targets a thumb can hit
 * (and are grouped so that those never overlap).
 */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => queryList()?.matches ?? false,
    () => false,
  );
}
