/**
 * The sources list is the largest piece of content and is needed only when a reader opens a
 * fact's detail or a page that lists sources. It is its own chunk: loaded before hydrating the
 * pages that show sources in their HTML, and on the story page at the first sign of interest.
 */
import { useSyncExternalStore } from 'react';
import { reportLoadFailure } from '../load-failure';
import type { Source } from './schema';

const retrySources = (): Promise<unknown> =>
  loadSources().catch(() => reportLoadFailure(retrySources));

let sourceById: Map<string, Source> | null = null;
let pending: Promise<Map<string, Source>> | null = null;
const listeners = new Set<() => void>();

export function loadSources(): Promise<Map<string, Source>> {
  pending ??= import('@article/data/sources.json').then(
    ({ default: list }) => {
      sourceById = new Map(list.map((s) => [s.id, s]));
      for (const listener of listeners) listener();
      return sourceById;
    },
    (error: unknown) => {
      pending = null; // A later attempt may succeed (the network may be back).
      throw error;
    },
  );
  return pending;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The sources by id, or null while they load (the caller shows that they are coming). */
export function useSources(): Map<string, Source> | null {
  const sources = useSyncExternalStore(
    subscribe,
    () => sourceById,
    () => sourceById,
  );
  // Should they not arrive, the page says so and offers to try again (src/load-failure.ts).
  if (!sources) void loadSources().catch(() => reportLoadFailure(retrySources));
  return sources;
}
