import { useSyncExternalStore } from 'react';

const QUERY = '(pointer: coarse)';

/** One query list per page (asked for anew only if the page's matchMedia itself changes). */
let list: MediaQueryList | null | undefined;
let askedOf: unknown;
function queryList(): MediaQueryList | null {
  const ask = typeof window.matchMedia === 'function' ? window.matchMedia.bind(window) : null;
  const current: unknown = Reflect.get(window, 'matchMedia');
  if (list === undefined || askedOf !== current) {
    askedOf = current;
    list = ask ? ask(QUERY) : null;
  }
  return list;
}

function subscribe(notify: () => void) {
  const media = queryList();
  media?.addEventListener('change', notify);
  return () => media?.removeEventListener('change', notify);
}

/**
 * Whether the reader's main pointer is a finger: hit areas grow to 44 px and the instructions
 * speak of swiping and pinching instead of the mouse wheel.
 */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => queryList()?.matches ?? false,
    () => false,
  );
}
