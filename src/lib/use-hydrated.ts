import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React hydrates prerendered HTML (and on the server), true afterwards. State that
 * lives only in the browser's URL or storage waits for it, so hydration matches the HTML exactly.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * Like useHydrated, but true only a task after hydration, in a render of its own: for controls the
 * prerendered HTML shows disabled, so that enabling them is a small commit, not part of the large
 * one that ends hydration.
 */
export function useTaskAfterHydration(): boolean {
  const hydrated = useHydrated();
  const [later, setLater] = useState(false);
  useEffect(() => {
    if (!hydrated) return;
    const timer = window.setTimeout(() => startTransition(() => setLater(true)));
    return () => window.clearTimeout(timer);
  }, [hydrated]);
  return later;
}
