import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

/**
 * False until the browser has painted a frame after the first render, then true (in a task of its
 * own, as a transition): work that measures the page then finds its layout done, and what the
 * first render drew is on screen before that work starts.
 */
export function useAfterPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => afterNextPaint(() => startTransition(() => setAfter(true))), []);
  return after;
}
