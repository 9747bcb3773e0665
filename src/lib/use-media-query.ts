import { useSyncExternalStore } from 'react';

/**
 * One query list per query and page: asking the browser for a new one on every render costs time.
 * It is asked for anew only if the page's matchMedia itself changes (as tests replace it).
 */
const lists = new Map<string, { list: MediaQueryList | null; askedOf: unknown }>();
function queryList(query: string): MediaQueryList | null {
  const matchMedia: unknown = Reflect.get(window, 'matchMedia');
  let asked = lists.get(query);
  if (!asked || asked.askedOf !== matchMedia) {
    asked = {
      list: typeof matchMedia === 'function' ? window.matchMedia(query) : null,
      askedOf: matchMedia,
    };
    lists.set(query, asked);
  }
  return asked.list;
}

/** One subscribe function per query, so React keeps its subscription from render to render. */
const subscribers = new Map<string, (notify: () => void) => () => void>();
function subscriberFor(query: string) {
  let subscribe = subscribers.get(query);
  if (!subscribe) {
    subscribe = (notify) => {
      const media = queryList(query);
      media?.addEventListener('change', notify);
      return () => media?.removeEventListener('change', notify);
    };
    subscribers.set(query, subscribe);
  }
  return subscribe;
}

/**
 * Whether a media query (`(pointer: coarse)`) matches the reader's device, kept current when that
 * changes. False in the prerendered HTML and where the browser cannot tell (no matchMedia).
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    subscriberFor(query),
    () => queryList(query)?.matches ?? false,
    () => false,
  );
}
