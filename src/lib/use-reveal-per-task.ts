import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to draw: none while there are none, then `step` more in each task
 * (each a transition) until all are drawn (returned as Infinity), and from then on all of them at
 * once, whatever `total` becomes. Adding hundreds of elements in one commit would block the page
 * for a long task while it loads.
 */
export function useRevealPerTask(total: number, step: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown === Infinity || total === 0) return;
    const timer = window.setTimeout(() =>
      startTransition(() => setShown(shown + step >= total ? Infinity : shown + step)),
    );
    return () => window.clearTimeout(timer);
  }, [shown, step, total]);
  return shown;
}
