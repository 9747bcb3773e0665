import { useEffect, useState } from 'react';

/**
 * Loads data once it is wanted (a chunk of geography for a layer the reader switched on) and keeps
 * it: undefined until it has arrived. A failed load is thrown in the next render, so it reaches
 * the nearest error boundary instead of leaving the view waiting for ever.
 */
export function useLoadedWhenWanted<T>(load: () => Promise<T>, wanted: boolean): T | undefined {
  const [state, setState] = useState<{ data?: T; error?: Error }>({});
  useEffect(() => {
    if (!wanted || state.data !== undefined) return;
    let live = true;
    load().then(
      (data) => live && setState({ data }),
      (error: unknown) =>
        live && setState({ error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [load, wanted, state.data]);
  if (state.error !== undefined) throw state.error;
  return state.data;
}
