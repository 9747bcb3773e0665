import { startTransition, useEffect, useState } from 'react';

/**
 * False until `ready` has been true in a committed render; then true, in a render of its own that
 * is a transition (React may interrupt it). A view draws its heavy parts from it, so that mounting
 * never blocks the page.
 *
 * Not `useDeferredValue(ready, false)`: on mount, a deferred value's initial value claims a new
 * transition lane in every render attempt. When the view appears inside a Suspense boundary's
 * retry (a lazy view whose code has arrived), that lane outranks the retry, interrupts it, and the
 * mount starts again from scratch — dozens of times, each one computing the whole view anew.
 */
export function useAfterCommit(ready = true): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (ready && !after) startTransition(() => setAfter(true));
  }, [ready, after]);
  return after;
}
